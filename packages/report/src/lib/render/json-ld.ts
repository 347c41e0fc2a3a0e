import {articleHeadline, type Claim} from '@claimtrace/extract'
import {type FactRecord, IsoDate, type Link} from '@claimtrace/facts'
import type {ClaimReview, Claim as ReviewedClaim, CreativeWork} from 'schema-dts'
import type {ArticleReport, ClusterReport, ReportStream} from '../report.js'

export interface JsonLdOptions {
  /** When the reviews are published, `YYYY-MM-DD` (their `datePublished`). */
  date: string
  /** The organisation that publishes the reviews (their `author`); default `claimtrace`. */
  author?: string | null | undefined
  /**
   * Where the reviews are published: a review's `url` is this base, the
   * article's id (encoded) and `#` the claim's id. Default: a
   * `urn:claimtrace:review:` name.
   */
  url?: string | null | undefined
}

/** Terms of claimtrace's own: a claim's offsets in the article it appears in. */
const vocabulary = 'urn:claimtrace:vocab:'
const context = {'@vocab': 'https://schema.org/', prov: 'http://www.w3.org/ns/prov#', claimtrace: vocabulary}

/** A claim reviewed, with its offsets in the article (`claimtrace:start`, `claimtrace:end`) and the record's source as PROV's primary source. */
type OffsetClaim = Exclude<ReviewedClaim, string> & {'claimtrace:start': number; 'claimtrace:end': number; 'prov:hadPrimarySource'?: Reference | Exclude<CreativeWork, string>}
type Review = Exclude<ClaimReview, string> & {itemReviewed: OffsetClaim}
interface Reference {
  '@id': string
}
/** A copy and the canonical copy it was made from, in PROV-O. */
interface Derivation {
  '@id': string
  '@type': 'prov:Entity'
  'prov:wasDerivedFrom': Reference
  'prov:wasQuotedFrom'?: Reference
}

/**
 * The report as JSON-LD, in pieces: one schema.org `ClaimReview` per checked
 * claim (every verdict but `no-record`) and PROV-O for provenance — each copy
 * `prov:wasDerivedFrom` its canonical copy (and `prov:wasQuotedFrom` it when
 * it is cut short of it), each reviewed claim `prov:hadPrimarySource` the
 * record's primary source. One `@graph` under an inline context, so the
 * document expands without fetching anything.
 */
export function* jsonLdChunks(report: ReportStream, options: Readonly<JsonLdOptions>): Generator<string> {
  if (!IsoDate.safeParse(options.date).success) throw new TypeError(`jsonLd: \`date\` must be YYYY-MM-DD, not \`${options.date}\``)
  const records = new Map(report.records.map((record) => [record.id, record]))
  yield `{"@context":${JSON.stringify(context)},"@graph":[`
  let first = true
  const node = (value: object) => {
    const text = `${first ? '' : ','}\n${JSON.stringify(value)}`
    first = false
    return text
  }
  for (const cluster of report.clusters) for (const derivation of derivations(cluster)) yield node(derivation)
  for (const article of report.articles) {
    yield node(articleNode(article))
    for (const [index, claim] of article.claims.entries()) {
      const link = article.links[index]!
      if (link.verdict !== 'no-record') yield node(review(article, claim, link, records, options))
    }
  }
  yield '\n]}\n'
}

/** The report as one JSON-LD document. */
export function toJsonLd(report: ReportStream, options: Readonly<JsonLdOptions>): string {
  return [...jsonLdChunks(report, options)].join('')
}

function review(article: ArticleReport, claim: Claim, link: Link, records: ReadonlyMap<string, FactRecord>, options: Readonly<JsonLdOptions>): Review {
  const url = options.url ? `${options.url}${encodeURIComponent(article.id)}#${claim.id}` : `urn:claimtrace:review:${encodeURIComponent(article.id)}:${claim.id}`
  const record = link.recordId ? records.get(link.recordId) : undefined
  const itemReviewed: OffsetClaim = {
    '@type': 'Claim',
    text: claim.text,
    appearance: {'@id': articleIri(article.id)},
    'claimtrace:start': claim.start,
    'claimtrace:end': claim.end
  }
  if (record && record.source.kind === 'primary') itemReviewed['prov:hadPrimarySource'] = sourceOf(record)
  // A secondary source or an article the record was taken from: what the review is based on.
  const basedOn = record && record.source.kind !== 'primary' ? {isBasedOn: sourceOf(record)} : {}
  return {
    '@type': 'ClaimReview',
    '@id': url,
    url,
    claimReviewed: article.text.slice(claim.sentence.start, claim.sentence.end).replace(/\s+/g, ' ').trim(),
    datePublished: options.date,
    author: {'@type': 'Organization', name: options.author ?? 'claimtrace'},
    reviewRating: {'@type': 'Rating', alternateName: link.verdict, ratingExplanation: explanation(link)},
    itemReviewed,
    ...basedOn
  }
}

/** The arithmetic of the verdict and its likely cause, else its reasons. */
function explanation(link: Link): string {
  const parts: string[] = []
  if (link.arithmetic) {
    const {claimed, recorded, difference, tolerance, rule, fits} = link.arithmetic
    parts.push(`claimed ${claimed}, recorded ${recorded}, difference ${difference}, tolerance ${tolerance}: ${rule}, ${fits ? 'fits' : 'does not fit'}`)
  }
  if (link.conflict) parts.push(`likely ${link.conflict.kind}: ${link.conflict.explanation}`)
  if (parts.length === 0) parts.push(...link.reasons)
  return parts.join('; ')
}

function articleNode(article: ArticleReport): Exclude<CreativeWork, string> {
  const headline = articleHeadline(article.text)
  return {
    '@type': 'CreativeWork',
    '@id': articleIri(article.id),
    identifier: article.id,
    ...(headline ? {headline} : {}),
    ...(article.date ? {datePublished: article.date} : {})
  }
}

function* derivations(cluster: ClusterReport): Generator<Derivation> {
  for (const {id, comparison, against} of cluster.copies) {
    // A story in the cluster only through a splice of it derives from neither: the splice derives from it.
    if (against !== undefined) continue
    const from = {'@id': articleIri(cluster.canonical)}
    const derivation: Derivation = {'@id': articleIri(id), '@type': 'prov:Entity', 'prov:wasDerivedFrom': from}
    // A copy cut short of its canonical copy quotes it.
    if (comparison.divergences.some((divergence) => divergence.kind === 'truncation')) derivation['prov:wasQuotedFrom'] = from
    yield derivation
  }
}

/** A record's source: its address when it has one, else the document named. */
function sourceOf(record: FactRecord): Reference | Exclude<CreativeWork, string> {
  const {url, title, publisher, date} = record.source
  if (url) return {'@id': url}
  return {'@type': 'CreativeWork', name: title, publisher: {'@type': 'Organization', name: publisher}, ...(date ? {datePublished: date} : {})}
}

/** An article's IRI: its id when that is a web address, else a `urn:claimtrace:article:` name. */
function articleIri(id: string): string {
  return /^https?:\/\/\S+$/i.test(id) ? id : `urn:claimtrace:article:${encodeURIComponent(id)}`
}
