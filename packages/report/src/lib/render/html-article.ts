import {articleHeadline, type Claim} from '@claimtrace/extract'
import type {FactRecord, Link} from '@claimtrace/facts'
import type {ArticleReport} from '../report.js'
import {claimFigure, conflictLabels, describeRecord, plural, recordFigure, verdictLabels, verdictOrder} from './describe.js'
import {escapeHtml as html} from './escape.js'

/**
 * One article, named by its headline with its id beside it: its text, every
 * claim marked and coloured by verdict, each with a card (record, source,
 * arithmetic) shown on hover and on focus. A `<details>` section, `open`
 * when asked (a long report opens with its articles closed, and the browser
 * lays out only the ones a reader opens). `anchor` is the article's element
 * id (ids are positions, not paths, so any article id is safe).
 */
export function htmlArticle(article: ArticleReport, anchor: string, records: ReadonlyMap<string, FactRecord>, open = true): string {
  const counts = verdictOrder.map((verdict) => [verdict, article.links.filter((link) => link.verdict === verdict).length] as const).filter(([, count]) => count > 0)
  const chips = counts.map(([verdict, count]) => `<span class="v-${verdict}">${count} ${verdictLabels[verdict]}</span>`).join('')
  let body = ''
  let cursor = 0
  for (const [index, claim] of article.claims.entries()) {
    // Claims do not overlap; should one ever start inside the previous, its text is shown unmarked rather than twice.
    if (claim.start < cursor) continue
    const link = article.links[index]!
    body += html(article.text.slice(cursor, claim.start))
    body += `<mark class="claim v-${link.verdict}" tabindex="0" id="${anchor}-${claim.id}">${html(claim.text)}${card(claim, link, records)}</mark>`
    cursor = claim.end
  }
  body += html(article.text.slice(cursor))
  const headline = articleHeadline(article.text)
  const title = headline ? `<h3>${html(headline)}</h3> <span class="file">${html(article.id)}</span>` : `<h3>${html(article.id)}</h3>`
  const meta = `<span class="meta">${article.date ? `Published ${html(article.date)} · ` : ''}${plural(article.claims.length, 'claim')} <span class="chips">${chips}</span></span>`
  return `<details class="article" id="${anchor}"${open ? ' open' : ''}><summary>${title} ${meta}</summary><div class="text">${body}</div></details>\n`
}

function card(claim: Claim, link: Link, records: ReadonlyMap<string, FactRecord>): string {
  const record = link.recordId ? records.get(link.recordId) : undefined
  const rows = [`<span><b class="verdict">${verdictLabels[link.verdict]}</b>${link.repaired ? ' · figure repaired from a mangled number' : ''}</span>`]
  // Why no record, first: what was looked for, and the nearest record there is.
  if (link.verdict === 'no-record') rows.push(`<span class="finding"><b>Why no record</b> ${html(link.reasons[0] ?? 'no record in the store states this figure')}${nearest(link, records)}</span>`)
  rows.push(`<span><b>Claim</b> ${html(claimFigure(claim))}${describeClaim(claim)}</span>`)
  for (const repair of claim.repairs) rows.push(`<span><b>Repaired</b> “${html(repair.original)}” → “${html(repair.repaired)}”</span>`)
  if (record) {
    rows.push(`<span><b>Record</b> <code>${html(record.id)}</code> ${html(describeRecord(record))}: ${html(recordFigure(record))}</span>`)
    rows.push(`<span><b>Source</b> ${source(record)}</span>`)
  }
  if (link.arithmetic) {
    const {claimed, recorded, difference, tolerance, rule, fits} = link.arithmetic
    rows.push(`<span><b>Arithmetic</b> claimed ${claimed}, recorded ${recorded}, difference ${difference}, tolerance ${tolerance}: ${html(rule)} — ${fits ? 'fits' : 'does not fit'}</span>`)
  }
  if (link.conflict) rows.push(`<span class="finding"><b>Likely cause</b> ${html(conflictLabels[link.conflict.kind])}: ${html(link.conflict.explanation)}</span>`)
  if (link.nearMiss) {
    const other = records.get(link.nearMiss.recordId)
    rows.push(`<span class="finding"><b>Near miss</b> (${html(link.nearMiss.dimension)}) ${html(link.nearMiss.explanation)}${other ? `: ${html(recordFigure(other))}, ${link.nearMiss.fits ? 'which the claim would fit' : 'which the claim would not fit either'}` : ''}</span>`)
  }
  if (link.missing && link.missing.length > 0) rows.push(`<span class="finding"><b>Missing</b> ${html(link.missing.join(', '))}</span>`)
  if (link.revision) rows.push(`<span class="finding"><b>Revised</b> ${html(link.revision.explanation)}</span>`)
  if (link.from) {
    const {verdict, recordId, arithmetic} = link.from
    rows.push(`<span><b>Earlier figure</b> ${verdictLabels[verdict]}${recordId ? ` against <code>${html(recordId)}</code>` : ''}${arithmetic ? `: claimed ${arithmetic.claimed}, recorded ${arithmetic.recorded}` : ''}</span>`)
  }
  if (!record && link.candidates.length > 0) {
    const candidates = link.candidates.slice(0, 3).map((candidate) => {
      const other = records.get(candidate.recordId)
      return `<code>${html(candidate.recordId)}</code>${other ? ` ${html(describeRecord(other))}` : ''} (score ${candidate.score})`
    })
    rows.push(`<span><b>Candidates</b> ${candidates.join('; ')}</span>`)
  }
  const reasons = link.verdict === 'no-record' ? link.reasons.slice(1) : link.reasons
  if (reasons.length > 0) rows.push(`<span><b>Why</b> ${html(reasons.join('; '))}</span>`)
  return `<span class="card" role="tooltip">${rows.join('')}</span>`
}

/** "; nearest: `id` (scope), …": the near miss named, or none. */
function nearest(link: Link, records: ReadonlyMap<string, FactRecord>): string {
  if (!link.nearMiss) return ''
  const other = records.get(link.nearMiss.recordId)
  return `; nearest: <code>${html(link.nearMiss.recordId)}</code>${other ? ` ${html(describeRecord(other))}` : ''} (${html(link.nearMiss.dimension)} differs)`
}

function describeClaim(claim: Claim): string {
  const parts = [
    claim.subject ? ` of ${html(claim.subject)}` : '',
    claim.period ? ` · period “${html(claim.period.text)}”${claim.period.first ? ` (${html(claim.period.first)}..${html(claim.period.last ?? '')})` : ''}` : '',
    claim.scope.places.length + claim.scope.organizations.length > 0 ? ` · scope ${html([...claim.scope.places, ...claim.scope.organizations].join(', '))}` : '',
    claim.attribution ? ` · according to ${html(claim.attribution.source)}` : '',
    claim.hedge ? ` · hedged “${html(claim.hedge.text)}”` : ''
  ]
  return parts.join('')
}

function source(record: FactRecord): string {
  const {publisher, title, date, url} = record.source
  const text = `${html(publisher)}, “${html(title)}”${date ? ` (${html(date)})` : ''}`
  // Only web addresses become links: a record's `javascript:` URL must not.
  return url && /^https?:\/\//i.test(url) ? `<a href="${html(url)}">${text}</a>` : text
}
