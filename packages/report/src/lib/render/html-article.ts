import type {Claim} from '@claimtrace/extract'
import type {FactRecord, Link} from '@claimtrace/facts'
import type {ArticleReport} from '../report.js'
import {claimFigure, conflictLabels, describeRecord, recordFigure, verdictLabels, verdictOrder} from './describe.js'
import {escapeHtml as html} from './escape.js'

/**
 * One article: its text, every claim marked and coloured by verdict, each
 * with a card (record, source, arithmetic) shown on hover and on focus.
 * `anchor` is the article's element id (ids are positions, not paths, so
 * any article id is safe).
 */
export function htmlArticle(article: ArticleReport, anchor: string, records: ReadonlyMap<string, FactRecord>): string {
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
  return `<section class="article" id="${anchor}"><h3>${html(article.id)}</h3><p class="meta">${article.date ? `Published ${html(article.date)} · ` : ''}${article.claims.length} claim${article.claims.length === 1 ? '' : 's'} <span class="chips">${chips}</span></p><div class="text">${body}</div></section>\n`
}

function card(claim: Claim, link: Link, records: ReadonlyMap<string, FactRecord>): string {
  const record = link.recordId ? records.get(link.recordId) : undefined
  const rows = [`<span><b class="verdict">${verdictLabels[link.verdict]}</b>${link.repaired ? ' · figure repaired from a mangled number' : ''}</span>`, `<span><b>Claim</b> ${html(claimFigure(claim))}${describeClaim(claim)}</span>`]
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
  if (link.reasons.length > 0) rows.push(`<span><b>Why</b> ${html(link.reasons.join('; '))}</span>`)
  return `<span class="card" role="tooltip">${rows.join('')}</span>`
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
