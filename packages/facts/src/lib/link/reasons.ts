import type {FactRecord} from '../fact-record.js'
import {type ArticleContext, describeDate} from './article-context.js'
import {type ClaimView, dependsOnDate, type PeriodChoice} from './claim-view.js'
import type {Scored} from './score.js'
import {inScope} from './score.js'

/** Why a record was chosen, for people: metric, period, scope and unit, each with how it is established. */
export function explain(view: ClaimView, scored: Scored, context: ArticleContext): string[] {
  const {record} = scored
  const reasons = [`metric \`${record.metric.name}\` matches as \`${scored.wording}\` (${round(scored.metric)})${scored.ownMetric ? '' : ', partly on words of the sentence rather than the claim’s own'}`]
  if (scored.period) reasons.push(`${choiceText(view, scored.period, context)} overlaps ${label(record)}`)
  else reasons.push(gapText(view))
  reasons.push(scopeText(view, record, scored))
  const figure = view.figures[scored.unit]!
  if (figure.unit !== view.claim.unit) reasons.push(`\`${view.claim.text}\` read as ${figure.value ?? `${figure.low}–${figure.high}`} ${figure.unit}`)
  return reasons
}

/** How the claim has the period it is matched in, for people. */
export function choiceText(view: ClaimView, choice: PeriodChoice, context: ArticleContext): string {
  const period = view.claim.period
  const span = `${choice.first}..${choice.last}`
  switch (choice.how) {
    case 'stated': {
      if (choice.level) return `the change ends at \`${choice.level.text}\`, of period \`${choice.level.period!.text}\` (${span})`
      const dated = period && dependsOnDate(period) && context.date ? `, read with the article's date ${describeDate(context.date)}` : ''
      return `period \`${period?.text}\` (${span})${period?.inherited ? ', carried from an earlier sentence' : ''}${dated}`
    }
    case 'date':
      return period
        ? `period \`${period.text}\` is carried from an earlier sentence; the claim may be of the article's date, ${describeDate(context.date!)}`
        : `the claim states no period: it takes the article's date, ${describeDate(context.date!)} (inherited)`
    case 'main':
      return `the claim states no period: it takes the period most of the article's claims state, \`${context.main?.text}\` (${span})${choice.established ? ", the article's news" : ''}`
    case 'placed':
      return `period \`${period?.text}\` is unresolved; placed in ${span}, after the figure it is compared with`
  }
}

/** Why a claim has no period to match in. */
export function gapText(view: ClaimView, context?: ArticleContext): string {
  const period = view.claim.period
  if (period && !period.first) return `period \`${period.text}\` is unresolved (${context?.date ? 'it names no dates' : "the article's date is unknown"})`
  if (period && context?.date && !context.date.exact) return `period \`${period.text}\` is counted from the article's date, which is only known to be ${describeDate(context.date)}`
  return 'the claim states no period, and the article has no date or main period to lend it one'
}

function scopeText(view: ClaimView, record: FactRecord, scored: Scored): string {
  const where = record.scope.description ?? record.scope.place ?? record.scope.organization
  const matched = view.names.filter((name) => inScope(record, name)).map((name) => name.toLowerCase())
  switch (view.scope) {
    case 'stated':
      return `scope ${matched.join(', ')} matches ${where} (${round(scored.scope)})`
    case 'previous':
      return `the claim names no place: it takes the scope of \`${view.scopeFrom?.text}\` just before it, ${matched.join(', ')}, which matches ${where} (${round(scored.scope)})`
    case 'article':
      if (view.unknownNames) return `no record of this metric is for the places the claim names (${view.unknownNames.join(', ')}); the article names ${matched.join(', ') || 'none of its places'}, which is ${where}, so the scope is not established`
      return scored.scopeEstablished
        ? `the claim names no place: the article names ${matched.join(', ')}, which is ${where} (inherited)`
        : `the claim names no place, and the article names none that is ${where}`
    case 'none':
      return 'the claim names no place or organisation'
  }
}

/** How people say a record's period: its label, else its dates. */
export function label(record: FactRecord): string {
  return record.period.label ?? `${record.period.start}..${record.period.end}`
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
