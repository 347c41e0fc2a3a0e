import {alignCopies, type Comparison, type Divergence, type Place} from '@claimtrace/syndication'
import type {ClusterReport} from '../report.js'
import {alignedRows} from './aligned-rows.js'
import {plural, shorten} from './describe.js'
import {escapeHtml as html} from './escape.js'

/** A cluster of copies: for each copy, counts by kind and a side-by-side view against the canonical copy with every difference marked by class. */
export function htmlCluster(cluster: ClusterReport, anchor: string, textOf: (id: string) => string): string {
  const canonical = textOf(cluster.canonical)
  const copies = cluster.copies.map(({id, comparison}, index) => htmlCopy(cluster.canonical, canonical, id, textOf(id), comparison, `${anchor}-${index + 1}`)).join('')
  return `<section class="cluster" id="${anchor}"><h3>${cluster.ids.length} copies of one story</h3><p class="meta">Canonical: <b>${html(cluster.canonical)}</b> (${html(cluster.reason)})</p>${copies}</section>\n`
}

function htmlCopy(canonicalId: string, canonical: string, id: string, text: string, comparison: Comparison, anchor: string): string {
  const kinds = new Map<string, {count: number; severity: string}>()
  for (const item of comparison.divergences) kinds.set(item.kind, {count: (kinds.get(item.kind)?.count ?? 0) + 1, severity: item.severity})
  const legend = [...kinds].map(([kind, {count, severity}]) => `<span class="d k-${kind} s-${severity}">${count} ${kind}</span>`).join('')
  const shown = comparison.divergences.filter((item) => item.kind !== 'whitespace')
  // The comparison keeps divergences, not the alignment; aligning again is deterministic and cheap next to rendering.
  const rows = alignedRows(alignCopies(canonical, text))
    .map((row) => `<div class="a">${marked(canonical, row.a, shown, 'a')}</div><div class="b">${marked(text, row.b, shown, 'b')}</div>`)
    .join('')
  const findings = [
    ...comparison.conflicts.map((conflict) => `<li class="s-error">Claim conflict (${conflict.kind}): “${html(conflict.a.text)}” → “${html(conflict.b.text)}”</li>`),
    ...comparison.unpaired.map((item) => `<li>Only in ${item.side === 'a' ? 'the canonical copy' : 'this copy'} (${item.reason}): “${html(item.claim.text)}”</li>`)
  ]
  return (
    `<div class="copy" id="${anchor}"><h4>${html(id)}</h4>` +
    `<p class="meta">Similarity ${comparison.similarity}, containment ${comparison.containment}; ${plural(comparison.paired.length, 'claim')} paired, ${plural(comparison.conflicts.length, 'claim conflict')}.</p>` +
    `<p class="legend">${legend || 'No differences.'}</p>` +
    (findings.length > 0 ? `<ul>${findings.join('')}</ul>` : '') +
    `<div class="aligned"><div class="head a">${html(canonicalId)} (canonical)</div><div class="head b">${html(id)}</div>${rows}</div></div>`
  )
}

/** The text of one side of a row, its differences marked; an empty difference (a gap) is a caret. */
function marked(text: string, range: {start: number; end: number}, divergences: readonly Divergence[], side: 'a' | 'b'): string {
  let result = ''
  let cursor = range.start
  for (const item of divergences) {
    const place: Place = item[side]
    // A difference starting where the row ends belongs to the next row (the last row keeps a gap at the very end).
    if (place.start < cursor || place.start > range.end || (place.start === range.end && range.end !== text.length)) continue
    const title = `${item.kind} (${item.severity}): “${shorten(item.a.text, 80)}” → “${shorten(item.b.text, 80)}”`
    result += html(text.slice(cursor, place.start))
    result += `<span class="d k-${item.kind} s-${item.severity}${place.end === place.start ? ' gap' : ''}" title="${html(title)}">${html(text.slice(place.start, Math.min(place.end, range.end)))}</span>`
    cursor = Math.min(place.end, range.end)
  }
  return result + html(text.slice(cursor, range.end))
}
