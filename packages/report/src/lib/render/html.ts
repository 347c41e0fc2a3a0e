import type {Corroboration} from '@claimtrace/syndication'
import type {Report, ReportStream} from '../report.js'
import {plural} from './describe.js'
import {escapeHtml as html} from './escape.js'
import {htmlArticle} from './html-article.js'
import {htmlCluster} from './html-cluster.js'
import {htmlStyle} from './html-style.js'
import {htmlSummary} from './html-summary.js'
import {type RenderOptions, textLookup} from './texts.js'

/** Articles a report shows open; beyond this many every article starts closed. */
const openArticles = 50

// No script may run: article text is untrusted, and the page needs none.
const policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/**
 * The report as one self-contained HTML page (no script, no network, no
 * external asset), in pieces: summary with chart, copies side by side,
 * corroboration, then every article with its claims coloured by verdict.
 * Every piece of article text is escaped.
 */
export function* htmlChunks(report: ReportStream, options?: Readonly<RenderOptions> | null | undefined): Generator<string> {
  const textOf = textLookup(report, options)
  const records = new Map(report.records.map((record) => [record.id, record]))
  const {summary} = report
  yield `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="${policy}">\n<title>claimtrace provenance report</title>\n<style>${htmlStyle}</style>\n</head>\n<body>\n`
  yield `<header><h1>Provenance report</h1><p class="meta">${plural(summary.articles, 'article')} · ${plural(summary.claims, 'claim')} · ${plural(summary.clusters, 'cluster')} of copies · made by claimtrace</p></header>\n`
  yield `<nav><a href="#summary">Summary</a> · <a href="#copies">Copies</a> · <a href="#across">Across articles</a> · <a href="#articles">Articles</a></nav>\n`
  yield `<section id="summary"><h2>Summary</h2>${htmlSummary(summary)}</section>\n`
  yield `<section id="copies"><h2>Copies</h2>${summary.clusters === 0 ? '<p>No article is a copy of another.</p>' : ''}\n`
  let clusters = 0
  for (const cluster of report.clusters) yield htmlCluster(cluster, `k${++clusters}`, textOf, summary.clusters <= openArticles)
  yield '</section>\n<section id="across"><h2>Across articles</h2>'
  yield* corroborations(report.corroborations)
  yield '</section>\n<section id="articles"><h2>Articles</h2>\n'
  // A short report opens with every article open; a long one opens fast, closed, each a click away.
  const open = summary.articles <= openArticles
  let index = 0
  for (const article of report.articles) yield htmlArticle(article, `a${++index}`, records, open)
  yield `</section>\n${skipped(report)}</body>\n</html>\n`
}

/** The report as one HTML page. */
export function toHtml(report: Report, options?: Readonly<RenderOptions> | null | undefined): string {
  return [...htmlChunks(report, options)].join('')
}

/** The corroboration table, a row a piece: a corpus has as many groups as articles. */
function* corroborations(items: Iterable<Corroboration>): Generator<string> {
  let any = false
  for (const {kind, claims} of items) {
    if (!any) yield '<table><thead><tr><th></th><th>articles</th><th>claims</th></tr></thead><tbody>'
    any = true
    const cited = claims.map((claim) => `<li>“${html(claim.text)}” <span class="meta">${html(claim.article)}</span></li>`)
    yield `<tr class="${kind === 'conflicting' ? 's-error' : ''}"><td>${kind}</td><td class="n">${new Set(claims.map((claim) => claim.article)).size}</td><td><ul class="cited">${cited.join('')}</ul></td></tr>`
  }
  yield any ? '</tbody></table>' : '<p>No figure is stated by two independent articles.</p>'
}

function skipped(report: ReportStream): string {
  if (report.skipped.length === 0) return ''
  return `<section id="skipped"><h2>Skipped</h2><ul>${report.skipped.map((item) => `<li>${html(item.id)}: ${html(item.reason)}</li>`).join('')}</ul></section>\n`
}
