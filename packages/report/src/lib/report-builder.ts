import {type Claim, ExtractError, articleDate} from '@claimtrace/extract'
import {type FactRecord, type FactStore, MemoryStore, type Verdict} from '@claimtrace/facts'
import {CopyIndex, type CopyCluster, type Corroboration, corroborate, fingerprint} from '@claimtrace/syndication'
import {analyzeArticle, type ReportArticle} from './analyze-article.js'
import {collectRecordIds, recordsById} from './referenced-records.js'
import type {ArticleReport, ClusterReport, ReportStream, Skipped} from './report.js'
import {countArticle, countCluster, countCorroborations, emptySummary} from './summarize.js'

export interface ReportBuilderOptions {
  /** Fact records to check claims against (default: none, so every claim is `no-record`). Ignored when `store` is given. */
  records?: readonly FactRecord[] | null | undefined
  /** A fact store to check claims against, e.g. a `SqliteStore` (default: a `MemoryStore` of `records`). */
  store?: FactStore | null | undefined
  /**
   * Publication date of every article, over its front matter and its own
   * `date` (default: none; see `analyzeArticle`). Checked at once: a date in
   * the wrong form throws `ExtractError` before any article is read.
   */
  date?: string | null | undefined
  /** Least shingle similarity for two articles to be copies (default: `0.5`, as `findCopies`). */
  threshold?: number | null | undefined
  /** Told of each input left out, as it is (default: nothing): a CLI prints it. */
  onSkip?: ((skipped: Skipped) => void) | null | undefined
  /**
   * Who finds the copies and the corroboration: the builder, holding every
   * article's shingles and claims in memory (`'memory'`, the default), or
   * the caller (`'caller'`), who keeps them elsewhere — the CLI in a corpus
   * index on disk, so memory stays flat however large the corpus — and
   * hands what it found to `finish`.
   */
  findings?: 'memory' | 'caller' | null | undefined
}

/** What a caller that finds copies and corroboration itself hands to `finish`: each read once, in order. */
export interface CallerFindings {
  /** The described clusters, in the order they were added with `addCluster`. */
  clusters: Iterable<ClusterReport>
  corroborations: Iterable<Corroboration>
  /** How many groups `corroborations` holds of each kind. */
  counts: {corroborated: number; conflicting: number}
}

/**
 * What the corpus-wide stages need of an article once it is analyzed: the
 * counts, the records its links point at, its fingerprint (to find copies,
 * boilerplate taken out) and its claims (to corroborate). Made where the article is analyzed
 * (`digestArticle`), so a streaming caller can keep the article itself on
 * disk or in another thread.
 */
export interface ArticleDigest {
  id: string
  claims: Claim[]
  verdicts: Verdict[]
  recordIds: string[]
  shingles: Uint32Array
  lines: Uint32Array
  shingleLines: Uint16Array
}

/** The digest of an analyzed article. */
export function digestArticle(article: ArticleReport): ArticleDigest {
  const recordIds = new Set<string>()
  collectRecordIds(recordIds, article.links)
  const {shingles, lines, shingleLines} = fingerprint(article.text)
  return {
    id: article.id,
    claims: article.claims,
    verdicts: article.links.map((link) => link.verdict),
    recordIds: [...recordIds],
    shingles,
    lines,
    shingleLines
  }
}

/**
 * A report built a piece at a time, so a corpus never has to be in memory:
 * add each article (analyzed here with `addArticle`, or elsewhere and added
 * as its digest with `addDigest`), then describe each cluster of copies
 * `copies()` finds (`describeCluster`, anywhere) and add it, then `finish`
 * with the articles, read back in the order they were added. `buildReport`
 * is this builder over articles held in memory; the `claimtrace report` CLI
 * is this builder over worker threads and a spool file. Bad input has one
 * behaviour: an article with an id already added, or whose own date is not
 * a date, is skipped with the reason (`report.skipped`), never thrown.
 */
export class ReportBuilder {
  readonly store: FactStore
  readonly date: string | null | undefined
  private readonly summary = emptySummary()
  private readonly skipped: Skipped[] = []
  private readonly recordIds = new Set<string>()
  private readonly ids = new Set<string>()
  private readonly claims: Array<{id: string; claims: Claim[]}> = []
  private readonly clusters: ClusterReport[] = []
  private readonly index: CopyIndex | undefined
  private found: CopyCluster[] | undefined
  private readonly onSkip: ((skipped: Skipped) => void) | null | undefined

  constructor(options?: Readonly<ReportBuilderOptions> | null | undefined) {
    this.store = options?.store ?? new MemoryStore(options?.records ?? [])
    this.date = options?.date
    // A bad date for every article is the caller's mistake: refused before any work, not once per article.
    if (this.date) articleDate('', {date: this.date})
    this.index = options?.findings === 'caller' ? undefined : new CopyIndex({threshold: options?.threshold})
    this.onSkip = options?.onSkip
  }

  /**
   * Analyze an article here and add it: its report, or `undefined` when it
   * is skipped (an id already added, a date in its front matter or its own
   * `date` that is not a date).
   */
  addArticle(article: Readonly<ReportArticle>): ArticleReport | undefined {
    if (this.ids.has(article.id)) {
      this.skip(article.id, duplicateReason(article.id))
      return undefined
    }
    let report: ArticleReport
    try {
      report = analyzeArticle(article, this.store, this.date)
    } catch (error) {
      if (!(error instanceof ExtractError)) throw error
      this.skipArticle(article.id, error.message)
      return undefined
    }
    this.addDigest(digestArticle(report))
    return report
  }

  /** Add an article analyzed elsewhere, as its digest; `false` when it is skipped (an id already added). */
  addDigest(digest: ArticleDigest): boolean {
    if (this.ids.has(digest.id)) {
      this.skip(digest.id, duplicateReason(digest.id))
      return false
    }
    this.ids.add(digest.id)
    this.found = undefined
    countArticle(this.summary, {claims: digest.claims, links: digest.verdicts.map((verdict) => ({verdict}))})
    for (const id of digest.recordIds) this.recordIds.add(id)
    if (!this.index) return true
    this.index.add({id: digest.id, shingles: digest.shingles, lines: digest.lines, shingleLines: digest.shingleLines})
    this.claims.push({id: digest.id, claims: digest.claims})
    return true
  }

  /** Whether an article with this id was added. */
  has(id: string): boolean {
    return this.ids.has(id)
  }

  /** Leave an input out of the report, with a sentence that names it and says why ("Cannot read `x`: …"). */
  skip(id: string, reason: string): void {
    const skipped = {id, reason}
    this.skipped.push(skipped)
    this.onSkip?.(skipped)
  }

  /** Leave out an article that could not be analyzed (where `addArticle` or a worker ran it), with why: "Skipped `x`: Invalid date …". */
  skipArticle(id: string, why: string): void {
    this.skip(id, `Skipped \`${id}\`: ${why}`)
  }

  /** The clusters of copies among the articles added so far, to describe and add; the builder's own findings only. */
  copies(): CopyCluster[] {
    if (!this.index) throw new TypeError('ReportBuilder: `copies()` is for a builder that finds copies itself (`findings: \'memory\'`)')
    this.found ??= this.index.clusters()
    return this.found
  }

  /** Add a cluster of copies, described (`describeCluster`), in the order of `copies()`: counted, and kept unless the caller keeps it. */
  addCluster(cluster: ClusterReport): void {
    countCluster(this.summary, cluster)
    if (this.index) this.clusters.push(cluster)
  }

  /**
   * The report: summary, clusters, corroboration across independent
   * articles, the records linked, the inputs skipped (by id), and
   * `articles`, which should give the reports of the articles added in the
   * order they were added (an array, or a generator over a spool file). A
   * builder whose caller finds copies and corroboration takes them here.
   */
  finish(articles: Iterable<ArticleReport>, found?: Readonly<CallerFindings> | undefined): ReportStream {
    if (this.index ? found !== undefined : found === undefined) {
      throw new TypeError(`ReportBuilder: \`finish\` takes the caller's findings ${this.index ? 'only with' : 'with'} \`findings: 'caller'\``)
    }
    const corroborations = found?.corroborations ?? corroborate(this.claims, this.copies())
    const skipped = this.skipped.toSorted((a, b) => compare(a.id, b.id) || compare(a.reason, b.reason))
    const summary = structuredClone(this.summary)
    countCorroborations(summary, found?.counts ?? tally(corroborations as Corroboration[]))
    summary.skipped += skipped.length
    return {version: 1, summary, articles, clusters: found?.clusters ?? [...this.clusters], corroborations, records: recordsById(this.recordIds, this.store), skipped}
  }
}

function duplicateReason(id: string): string {
  return `Skipped a second article with the id \`${id}\``
}

// Inputs may arrive in an order that depends on how many threads read them: sorted, the report does not.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function tally(corroborations: readonly Corroboration[]): CallerFindings['counts'] {
  const counts = {corroborated: 0, conflicting: 0}
  for (const {kind} of corroborations) counts[kind]++
  return counts
}
