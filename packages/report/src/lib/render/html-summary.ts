import type {Summary} from '../report.js'
import {plural, verdictLabels, verdictOrder} from './describe.js'

const colours = {conflicting: '#cf222e', ambiguous: '#9a6700', unresolved: '#8250df', consistent: '#1a7f37', 'no-record': '#57606a', error: '#cf222e', warning: '#bf8700', info: '#0969da'} as const

/** The summary table and a bar chart of verdicts and findings, as inline SVG. */
export function htmlSummary(summary: Summary): string {
  const rows: Array<[string, string]> = [
    ['Articles', String(summary.articles)],
    ['Claims', String(summary.claims)],
    ...verdictOrder.map((verdict): [string, string] => [`Claims ${verdictLabels[verdict]}`, String(summary.verdicts[verdict])]),
    ['Clusters of copies', `${summary.clusters} (${plural(summary.copies, 'article')})`],
    ['Differences between copies', `${summary.divergences.error} error, ${summary.divergences.warning} warning, ${summary.divergences.info} info`],
    ['Claim conflicts between copies', String(summary.copyConflicts)],
    ['Figures corroborated across articles', String(summary.corroborated)],
    ['Conflicts across articles', String(summary.crossArticleConflicts)],
    ['Inputs skipped', String(summary.skipped)]
  ]
  const table = `<table class="summary"><tbody>${rows.map(([label, value]) => `<tr><th scope="row">${label}</th><td class="n">${value}</td></tr>`).join('')}</tbody></table>`
  return `<div class="overview">${table}${chart(summary)}</div>`
}

function chart(summary: Summary): string {
  const bars: Array<[string, number, string]> = [
    ...verdictOrder.map((verdict): [string, number, string] => [verdictLabels[verdict], summary.verdicts[verdict], colours[verdict]]),
    ['copy differences: error', summary.divergences.error, colours.error],
    ['copy differences: warning', summary.divergences.warning, colours.warning],
    ['claim conflicts between copies', summary.copyConflicts, colours.conflicting],
    ['conflicts across articles', summary.crossArticleConflicts, colours.conflicting],
    ['corroborated across articles', summary.corroborated, colours.consistent]
  ]
  const most = Math.max(1, ...bars.map(([, value]) => value))
  const labelWidth = 210
  const barWidth = 260
  const height = 22
  const body = bars
    .map(([label, value, colour], index) => {
      const y = index * height
      const width = Math.round((value / most) * barWidth)
      return `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${label}</text><rect x="${labelWidth}" y="${y + 4}" width="${width}" height="${height - 8}" fill="${colour}"/><text x="${labelWidth + width + 6}" y="${y + 15}">${value}</text>`
    })
    .join('')
  return `<svg class="chart" role="img" width="${labelWidth + barWidth + 50}" height="${bars.length * height}" viewBox="0 0 ${labelWidth + barWidth + 50} ${bars.length * height}"><title>Verdicts and conflicts</title>${body}</svg>`
}
