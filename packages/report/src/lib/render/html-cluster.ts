import {articleHeadline} from '@claimtrace/extract'
import type {AlignedRow, Comparison, Divergence, Place} from '@claimtrace/syndication'
import type {ClusterReport} from '../report.js'
import {describeRelation, plural, shorten} from './describe.js'
import {escapeHtml as html} from './escape.js'

/**
 * A cluster of copies, named by the canonical copy's headline: for each copy,
 * counts by kind and a side-by-side view against the canonical copy with
 * every difference marked by class. A `<details>` section, `open` when asked.
 */
export function htmlCluster(cluster: ClusterReport, anchor: string, textOf: (id: string) => string, open = true): string {
  const canonical = textOf(cluster.canonical)
  const copies = cluster.copies
    .map(({id, comparison, against}, index) => htmlCopy(against ?? cluster.canonical, against === undefined ? canonical : textOf(against), id, textOf(id), comparison, `${anchor}-${index + 1}`, against !== undefined))
    .join('')
  const headline = articleHeadline(canonical)
  return `<details class="cluster" id="${anchor}"${open ? ' open' : ''}><summary><h3>${cluster.ids.length} copies of one story${headline ? `: ${html(headline)}` : ''}</h3></summary><p class="meta">Canonical: <b>${html(cluster.canonical)}</b> (${html(cluster.reason)})</p>${copies}</details>\n`
}

/** One copy against its reference: the canonical copy, or (`linked`) the copy that links it to the cluster. */
function htmlCopy(canonicalId: string, canonical: string, id: string, text: string, comparison: Comparison, anchor: string, linked: boolean): string {
  const kinds = new Map<string, {count: number; severity: string}>()
  for (const item of comparison.divergences) kinds.set(item.kind, {count: (kinds.get(item.kind)?.count ?? 0) + 1, severity: item.severity})
  const legend = [...kinds].map(([kind, {count, severity}]) => `<span class="d k-${kind} s-${severity}">${count} ${kind}</span>`).join('')
  const shown = comparison.divergences.filter((item) => item.kind !== 'whitespace')
  const {rows} = comparison
  const byRow = differencesByRow(rows, shown)
  const cells = rows
    .map((row, index) => `<div class="a">${marked(canonical, row.a, byRow[index]!, 'a')}</div><div class="b">${marked(text, row.b, byRow[index]!, 'b')}</div>`)
    .join('')
  const findings = [
    ...comparison.conflicts.map((conflict) => `<li class="s-error">Claim conflict (${conflict.kind}): “${html(conflict.a.text)}” → “${html(conflict.b.text)}”</li>`),
    ...comparison.unpaired.map((item) => `<li>Only in ${item.side === 'a' ? (linked ? html(canonicalId) : 'the canonical copy') : 'this copy'} (${item.reason}): “${html(item.claim.text)}”</li>`)
  ]
  return (
    `<div class="copy" id="${anchor}"><h4>${html(id)}</h4>` +
    `<p class="meta">${html(describeRelation(comparison, linked ? canonicalId : undefined))} Similarity ${comparison.similarity}, containment ${comparison.containment}; ${plural(comparison.paired.length, 'claim')} paired, ${plural(comparison.conflicts.length, 'claim conflict')}.</p>` +
    `<p class="legend">${legend || 'No differences.'}</p>` +
    (findings.length > 0 ? `<ul>${findings.join('')}</ul>` : '') +
    `<div class="aligned"><div class="head a">${html(canonicalId)} (${linked ? 'the copy linking it' : 'canonical'})</div><div class="head b">${html(id)}</div>${cells}</div></div>`
  )
}

/**
 * Each difference goes to one row: the row holding its text in the
 * canonical copy, or in the copy when the canonical has none (words the copy
 * added). So a gap is drawn beside the text it stands for, never twice.
 */
function differencesByRow(rows: readonly AlignedRow[], divergences: readonly Divergence[]): Divergence[][] {
  const byRow = rows.map((): Divergence[] => [])
  for (const item of divergences) {
    const side = item.a.start < item.a.end || item.b.start === item.b.end ? 'a' : 'b'
    byRow[rowAt(rows, side, item[side].start)]!.push(item)
  }
  return byRow
}

/** The row whose `side` holds `position`: the first that ends after it, or the last. */
function rowAt(rows: readonly AlignedRow[], side: 'a' | 'b', position: number): number {
  let low = 0
  let high = rows.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (rows[middle]![side].end > position) high = middle
    else low = middle + 1
  }
  return low
}

/** The text of one side of a row, its differences marked; an empty difference (a gap) is a caret. */
function marked(text: string, range: {start: number; end: number}, divergences: readonly Divergence[], side: 'a' | 'b'): string {
  let result = ''
  let cursor = range.start
  for (const item of [...divergences].sort((x, y) => x[side].start - y[side].start)) {
    const place: Place = item[side]
    const start = Math.min(Math.max(place.start, cursor), range.end)
    const end = Math.min(Math.max(place.end, start), range.end)
    // One that starts inside the previous is left unmarked rather than shown twice.
    if (place.start < cursor && place.end <= cursor && place.start !== place.end) continue
    const title = `${item.kind} (${item.severity}): “${shorten(item.a.text, 80)}” → “${shorten(item.b.text, 80)}”`
    result += html(text.slice(cursor, start))
    result += `<span class="d k-${item.kind} s-${item.severity}${place.end === place.start ? ' gap' : ''}" title="${html(title)}">${html(text.slice(start, end))}</span>`
    cursor = end
  }
  return result + html(text.slice(cursor, range.end))
}
