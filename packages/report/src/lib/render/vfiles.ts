import {locator, type Point} from '@claimtrace/extract'
import type {FactRecord} from '@claimtrace/facts'
import type {Comparison} from '@claimtrace/syndication'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {ArticleReport, ClusterReport, Report} from '../report.js'
import {conflictLabels, recordContext, shorten} from './describe.js'
import {type RenderOptions, textLookup} from './texts.js'

export interface MessageOptions {
  /** Also add info messages for claims that agree or have no record (default: `false`, only what needs a look). */
  info?: boolean | null | undefined
}

const source = 'claimtrace'

/**
 * Messages on `file` for an article's links: a conflicting claim is an error
 * (`claim-conflicting`, with `actual`, `expected`, the likely cause and the
 * source as `note`), an ambiguous or unresolved one a warning, the rest info
 * when `options.info` is set (a claim without a record with its near miss).
 */
export function addLinkMessages(file: VFile, article: Pick<ArticleReport, 'text' | 'claims' | 'links'>, recordOf: (id: string) => FactRecord | undefined, options?: Readonly<MessageOptions> | null | undefined): void {
  // Most claims need no message: the text's lines are indexed only when one does.
  const span = spans(article.text)
  for (const [index, link] of article.links.entries()) {
    const needsLook = link.verdict === 'conflicting' || link.verdict === 'ambiguous' || link.verdict === 'unresolved'
    if (!needsLook && !options?.info) continue
    const claim = article.claims[index]!
    const record = link.recordId ? recordOf(link.recordId) : undefined
    const about = (of: FactRecord) => `\`${of.metric.name}\` ${recordContext(of)}`
    const settings = {place: span(claim.start, claim.end), ruleId: `claim-${link.verdict}`, source}
    const cause = link.conflict ? `; likely ${conflictLabels[link.conflict.kind]}: ${link.conflict.explanation}` : ''
    if (link.verdict === 'conflicting' && record) {
      const from = link.from?.verdict === 'conflicting' && link.from.recordId && link.from.arithmetic && (link.arithmetic?.fits ?? true) ? link.from : undefined
      const fromRecord = from ? recordOf(from.recordId!) : undefined
      let message
      if (from && fromRecord) {
        message = file.message(`Unexpected earlier figure \`${from.arithmetic!.claimed}\` in \`${claim.text}\` for ${about(fromRecord)}, expected \`${from.arithmetic!.recorded}\` (${from.arithmetic!.rule})${cause}`, settings)
        message.expected = [String(from.arithmetic!.recorded)]
      } else if (link.arithmetic && !link.arithmetic.fits) {
        message = file.message(`Unexpected \`${claim.text}\` for ${about(record)}, expected \`${link.arithmetic.recorded}\` (${link.arithmetic.rule})${cause}`, settings)
        message.expected = [String(link.arithmetic.recorded)]
      } else {
        message = file.message(`Unexpected \`${claim.text}\` for ${about(record)}${cause}`, settings)
      }
      message.fatal = true
      message.actual = claim.text
      message.note = `Source: ${(fromRecord ?? record).source.publisher}, ${(fromRecord ?? record).source.title}`
    } else if (link.verdict === 'ambiguous') {
      file.message(`Ambiguous \`${claim.text}\`: ${link.reasons[0]}`, settings)
    } else if (link.verdict === 'unresolved') {
      file.message(`Unresolved \`${claim.text}\` (missing ${(link.missing ?? []).join(', ')}): ${link.reasons.slice(0, 2).join('; ')}`, settings)
    } else if (!options?.info) {
      continue
    } else if (link.verdict === 'consistent' && record) {
      file.info(`\`${claim.text}\` agrees with ${about(record)}: \`${link.arithmetic?.recorded}\` (${record.source.publisher})${link.revision ? `; ${link.revision.explanation}` : ''}`, settings)
    } else {
      file.info(`No record for \`${claim.text}\`${link.nearMiss ? `: near miss (${link.nearMiss.dimension}): ${link.nearMiss.explanation}` : ''}`, settings)
    }
  }
}

/**
 * Messages on a copy (`file`) for how it differs from the canonical copy:
 * error-severity divergences (`copy-value-change`, …) and claim conflicts,
 * each with a `cause` at the place in the canonical copy.
 */
export function addCopyMessages(file: VFile, text: string, canonicalId: string, canonical: string, comparison: Comparison): void {
  const inCopy = spans(text)
  const inCanonical = spans(canonical)
  const original = (start: number, end: number, reason: string) => {
    const cause = new VFileMessage(reason, {place: inCanonical(start, end), source, ruleId: 'canonical'})
    cause.file = canonicalId
    return cause
  }
  for (const item of comparison.divergences) {
    if (item.severity !== 'error') continue
    const reason = `Unexpected ${item.kind.replace('-', ' ')}: \`${shorten(item.b.text, 60)}\` where ${canonicalId} has \`${shorten(item.a.text, 60)}\``
    const message = file.message(reason, {place: inCopy(item.b.start, item.b.end), ruleId: `copy-${item.kind}`, source, cause: original(item.a.start, item.a.end, `${canonicalId} has \`${shorten(item.a.text, 60)}\``)})
    message.fatal = true
    message.actual = item.b.text
    message.expected = [item.a.text]
  }
  for (const conflict of comparison.conflicts) {
    const message = file.message(`Unexpected \`${conflict.b.text}\` (${conflict.kind}), expected \`${conflict.a.text}\` as in ${canonicalId}`, {
      place: inCopy(conflict.b.start, conflict.b.end),
      ruleId: 'copy-claim-conflict',
      source,
      cause: original(conflict.a.start, conflict.a.end, `${canonicalId} states \`${conflict.a.text}\``)
    })
    message.fatal = true
  }
}

/** One VFile per article (path = article id), with link and copy messages, in article order. */
export function toVFiles(report: Report, options?: Readonly<MessageOptions & RenderOptions> | null | undefined): VFile[] {
  const textOf = textLookup(report, options)
  const records = new Map(report.records.map((record) => [record.id, record]))
  const files = new Map<string, VFile>()
  for (const article of report.articles) {
    const file = new VFile({path: article.id})
    addLinkMessages(file, article, (id) => records.get(id), options)
    files.set(article.id, file)
  }
  for (const cluster of report.clusters) addClusterMessages(cluster, (id) => files.get(id)!, textOf)
  return [...files.values()]
}

/** Copy messages for every copy of a cluster. */
export function addClusterMessages(cluster: ClusterReport, fileOf: (id: string) => VFile, textOf: (id: string) => string): void {
  const canonical = textOf(cluster.canonical)
  for (const {id, comparison, against} of cluster.copies) {
    addCopyMessages(fileOf(id), textOf(id), against ?? cluster.canonical, against === undefined ? canonical : textOf(against), comparison)
  }
}

/** Positions of `start..end` spans in `text`; its lines are indexed on first use. */
function spans(text: string): (start: number, end: number) => {start: Point; end: Point} {
  let locate: ((offset: number) => Point) | undefined
  return (start, end) => {
    locate ??= locator(text)
    return {start: locate(start), end: locate(end)}
  }
}
