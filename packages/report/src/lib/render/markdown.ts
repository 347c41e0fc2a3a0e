import type {Comparison, Corroboration} from '@claimtrace/syndication'
import type {ArticleReport, ClusterReport, Report, ReportStream, Summary} from '../report.js'
import {claimFigure, conflictLabels, describeRecord, describeRelation, plural, shorten, recordFigure, verdictLabels, verdictOrder} from './describe.js'
import {escapeMarkdown as md} from './escape.js'
import {placer, type RenderOptions, textLookup} from './texts.js'
import type {FactRecord} from '@claimtrace/facts'

/** The report as Markdown (GFM tables), for a pull request or an email, in pieces. */
export function* markdownChunks(report: ReportStream, options?: Readonly<RenderOptions> | null | undefined): Generator<string> {
  const textOf = textLookup(report, options)
  const records = new Map(report.records.map((record) => [record.id, record]))
  yield `# Provenance report\n\n${summaryTable(report.summary)}`
  yield `\n## Copies\n${report.summary.clusters === 0 ? '\nNo article is a copy of another.\n' : ''}`
  let clusters = 0
  for (const cluster of report.clusters) yield clusterSection(clusters++, cluster, textOf)
  yield '\n## Across articles\n\n'
  yield* corroborationTable(report.corroborations)
  yield `\n## Articles\n`
  for (const article of report.articles) yield articleSection(article, records)
  if (report.skipped.length > 0) yield `\n## Skipped\n\n${report.skipped.map((item) => `- ${md(item.id)}: ${md(item.reason)}\n`).join('')}`
}

/** The report as one Markdown document. */
export function toMarkdown(report: Report, options?: Readonly<RenderOptions> | null | undefined): string {
  return [...markdownChunks(report, options)].join('')
}

function summaryTable(summary: Summary): string {
  const rows: Array<[string, number | string]> = [
    ['articles', summary.articles],
    ['claims', summary.claims],
    ...verdictOrder.map((verdict): [string, number] => [`claims ${verdictLabels[verdict]}`, summary.verdicts[verdict]]),
    ['clusters of copies', `${summary.clusters} (${plural(summary.copies, 'article')})`],
    ['differences between copies', `${summary.divergences.error} error, ${summary.divergences.warning} warning, ${summary.divergences.info} info`],
    ['claim conflicts between copies', summary.copyConflicts],
    ['figures corroborated across articles', summary.corroborated],
    ['conflicts across articles', summary.crossArticleConflicts],
    ['inputs skipped', summary.skipped]
  ]
  return `| | |\n| --- | ---: |\n${rows.map(([label, value]) => `| ${label} | ${value} |\n`).join('')}`
}

function articleSection(article: ArticleReport, records: ReadonlyMap<string, FactRecord>): string {
  const counts = verdictOrder.map((verdict) => [verdict, article.links.filter((link) => link.verdict === verdict).length] as const).filter(([, count]) => count > 0)
  const lines = [
    `\n### ${md(article.id)}\n`,
    `${article.date ? `Published ${md(article.date)}. ` : ''}${plural(article.claims.length, 'claim')}${counts.length > 0 ? `: ${counts.map(([verdict, count]) => `${count} ${verdictLabels[verdict]}`).join(', ')}` : ''}.\n`
  ]
  if (article.claims.length > 0) {
    const place = placer(article.text)
    lines.push('| where | claim | reads as | verdict | record | recorded | source |', '| --- | --- | --- | --- | --- | ---: | --- |')
    for (const [index, claim] of article.claims.entries()) {
      const link = article.links[index]!
      const record = link.recordId ? records.get(link.recordId) : undefined
      lines.push(
        `| ${place(claim.start)} | ${md(claim.text)} | ${md(claimFigure(claim))} | ${verdictLabels[link.verdict]}${link.conflict ? ` (${conflictLabels[link.conflict.kind]})` : link.nearMiss ? ` (near miss: ${link.nearMiss.dimension})` : link.missing ? ` (missing ${link.missing.join(', ')})` : ''} | ${record ? md(describeRecord(record)) : ''} | ${record ? md(recordFigure(record)) : ''} | ${record ? md(`${record.source.publisher}, ${record.source.title}`) : ''} |`
      )
    }
  }
  return `${lines.join('\n')}\n`
}

function clusterSection(index: number, cluster: ClusterReport, textOf: (id: string) => string): string {
  const canonical = textOf(cluster.canonical)
  const copies = cluster.copies.map(({id, comparison, against}) => copySection(against ?? cluster.canonical, against === undefined ? canonical : textOf(against), id, textOf(id), comparison, against !== undefined))
  return `\n### Cluster ${index + 1}: ${cluster.ids.length} copies\n\nCanonical: ${md(cluster.canonical)} (${md(cluster.reason)}).\n${copies.join('')}`
}

/** One copy against its reference: the canonical copy, or (`linked`) the copy that links it to the cluster. */
function copySection(canonicalId: string, canonical: string, id: string, text: string, comparison: Comparison, linked: boolean): string {
  const kinds = new Map<string, number>()
  for (const item of comparison.divergences) kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1)
  const blocks = [
    `#### ${md(id)} against ${md(canonicalId)}${linked ? ', the copy linking it to the cluster (it shares no passage with the canonical copy)' : ''}`,
    `${describeRelation(comparison, linked ? canonicalId : undefined)}\nSimilarity ${comparison.similarity}, containment ${comparison.containment}; ${plural(comparison.paired.length, 'claim')} paired, ${plural(comparison.conflicts.length, 'conflict')}.\nDifferences: ${kinds.size === 0 ? 'none' : [...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ')}.`
  ]
  const inCanonical = placer(canonical)
  const inCopy = placer(text)
  const shown = comparison.divergences.filter((item) => item.kind !== 'whitespace')
  if (shown.length > 0) {
    const rows = shown.map((item) => `| ${item.severity} | ${item.kind} | ${inCanonical(item.a.start)} ${quote(item.a.text)} | ${inCopy(item.b.start)} ${quote(item.b.text)} |`)
    blocks.push(['| severity | kind | canonical | copy |', '| --- | --- | --- | --- |', ...rows].join('\n'))
  }
  const findings = [
    ...comparison.conflicts.map((conflict) => `- Claim conflict (${conflict.kind}): ${quote(conflict.a.text)} at ${inCanonical(conflict.a.start)} → ${quote(conflict.b.text)} at ${inCopy(conflict.b.start)}`),
    ...comparison.unpaired.map((item) => `- Only in ${item.side === 'a' ? 'the canonical copy' : 'this copy'} (${item.reason}): ${quote(item.claim.text)} at ${(item.side === 'a' ? inCanonical : inCopy)(item.claim.start)}`)
  ]
  if (findings.length > 0) blocks.push(findings.join('\n'))
  return `\n${blocks.join('\n\n')}\n`
}

/** The corroboration table, a row a piece. */
function* corroborationTable(items: Iterable<Corroboration>): Generator<string> {
  let any = false
  for (const {kind, claims} of items) {
    if (!any) yield '| | articles | claims |\n| --- | --- | --- |\n'
    any = true
    const articles = new Set(claims.map((claim) => claim.article)).size
    yield `| ${kind} | ${articles} | ${claims.map((claim) => `${quote(claim.text)} (${md(claim.article)})`).join(', ')} |\n`
  }
  if (!any) yield 'No figure is stated by two independent articles.\n'
}

/** Quoted text for a cell, shortened to 60 characters. */
function quote(text: string): string {
  return text === '' ? '–' : `“${md(shorten(text, 60))}”`
}
