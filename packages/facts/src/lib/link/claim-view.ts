import type {ArticleDate, Claim, Period} from '@claimtrace/extract'
import {type ArticleContext, type Span, scopeNames} from './article-context.js'
import type {Figure} from './compare.js'

/** A period a claim is matched in, and how it came by it. */
export interface PeriodChoice extends Span {
  /** `stated` by the claim; inherited from the article's `date`; the article's `main` period; `placed` by the figure it is compared with. */
  how: 'stated' | 'date' | 'main' | 'placed'
  /** Enough to call the claim conflicting: stated, or inherited from a date the article is known to have. */
  established: boolean
  /** The level a change ends at, whose period it takes ("fell 1.4 percent to 6.2 percent in 2023"). */
  level?: Claim | undefined
}

/** A claim as linking reads it: its figures by unit, its periods and its scope. */
export interface ClaimView {
  claim: Claim
  /** The figure in its main unit first (`0.37` USD for `37 cents`), then as stated (the claim itself). */
  figures: ReadonlyArray<Figure & {unit: string}>
  periods: PeriodChoice[]
  /** Why there is no period to match in: `unresolved` (stated, not resolved), `none` (none stated, none to inherit). */
  gap: 'unresolved' | 'none' | undefined
  /** The places and organisations it is about, and whence. */
  names: readonly string[]
  scope: 'stated' | 'previous' | 'article' | 'none'
  /** The claim whose scope it takes (`previous`). */
  scopeFrom: Claim | undefined
  /**
   * Places the claim names that no record of its metric holds ("City Hall",
   * "Court St."), set when the article's places stand in for them: a match
   * there is not established.
   */
  unknownNames?: readonly string[] | undefined
  /** Years its periods cover, for the store's index. */
  years: readonly [number, number] | undefined
}

/** The year of an ISO date, without cutting a string. */
function yearOf(date: string): number {
  return (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48)
}

/** Whether a period is read against the article's date: "last year", "Feb. 4-10", "Monday" (no year of its own). */
export function dependsOnDate(period: Period): boolean {
  return !/(?:^|\D)(?:1[89]|20)\d\d(?:\D|$)|\bFY ?\d\d\b|['’]\d\d\b/i.test(period.text)
}

/** Whether the article's date is exact, and precise enough, for a period read against it. */
function dateEstablishes(period: Period, date: ArticleDate): boolean {
  if (!date.exact) return false
  const precision = date.value.length === 4 ? 'year' : date.value.length === 7 ? 'month' : 'day'
  if (precision === 'day') return true
  const text = period.text.toLowerCase()
  if (/\b(?:years?|annual)\b/.test(text)) return true
  if (precision === 'year') return false
  // Counted from the article's day: "last week", "yesterday", "Monday". "That week" and "the previous week" count from a stated week.
  return !/\b(?:(?:last|this|next|past) (?:week|weekend)|today|yesterday|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(text)
}

/**
 * How linking reads a claim. `previous` is the view of the claim before it:
 * a claim that names no place takes the scope of a claim in the sentence just
 * before ("… throughout the United States. A total of 47 …"), else the
 * places the article names. `placed` is the period the figure it is compared
 * with places it in ("59 last year, up from 56 in 2015": 2016). `next` is
 * the claim after it: a change with no period takes the period of the level
 * it ends at ("fell 1.4 percent to 6.2 percent in 2023").
 */
export function claimView(claim: Claim, previous: ClaimView | undefined, context: ArticleContext, placed: Span | undefined, next?: Claim | undefined): ClaimView {
  const level = claim.kind === 'change' && next && next.kind === undefined && next.sentence.start === claim.sentence.start && next.subject === claim.subject ? next : undefined
  // A claim is a figure (value, low, high, bound, precision, unit) as it stands.
  let figures: ClaimView['figures'] = [claim]
  if (claim.normalized) {
    const {value, low, high, unit} = claim.normalized
    const base = claim.value ?? claim.low ?? claim.high
    const scaled = base !== undefined && base !== null && base !== 0 ? (value ?? low ?? high ?? base) / base : 1
    figures = [{unit, value, low, high, bound: claim.bound, precision: claim.precision * scaled}, claim]
  }

  const periods: PeriodChoice[] = []
  let gap: ClaimView['gap']
  const period = claim.period
  if (period?.first && period.last && dependsOnDate(period) && context.date && !context.date.exact) {
    // Read against a date the text only bounds ("2013 or later"): the period is not known.
    gap = 'unresolved'
  } else if (period?.first && period.last) {
    const dated = dependsOnDate(period) && context.date !== undefined
    periods.push({first: period.first, last: period.last, how: 'stated', established: !dated || dateEstablishes(period, context.date!)})
    // A period carried from an earlier sentence may not be this figure's ("… in 2023. The department has 1,012 officers"):
    // the article's date is tried too, enough to agree, not to conflict.
    if (period.inherited && context.date && context.dateSpan) periods.push({first: context.dateSpan.first, last: context.dateSpan.last, how: 'date', established: false})
  } else if (period) {
    if (placed) periods.push({first: placed.first, last: placed.last, how: 'placed', established: false})
    else gap = 'unresolved'
  } else if (level?.period?.first && level.period.last) {
    // "fell 1.4 percent to 6.2 percent in 2023": a change takes the period of the level it ends at.
    periods.push({first: level.period.first, last: level.period.last, how: 'stated', established: true, level})
  } else {
    const {date, dateSpan, main} = context
    if (date && dateSpan) periods.push({first: dateSpan.first, last: dateSpan.last, how: 'date', established: date.exact})
    if (main) periods.push({first: main.first, last: main.last, how: 'main', established: main.recent})
    if (periods.length === 0) gap = 'none'
  }

  let names: readonly string[] = scopeNames(claim)
  let scope: ClaimView['scope'] = names.length > 0 ? 'stated' : 'none'
  let scopeFrom: Claim | undefined
  if (scope === 'none' && previous && (previous.scope === 'stated' || previous.scope === 'previous') && claim.sentence.start - previous.claim.sentence.end <= 2) {
    names = previous.names
    scope = 'previous'
    scopeFrom = previous.scopeFrom ?? previous.claim
  }
  if (scope === 'none' && context.names.length > 0) {
    names = context.names
    scope = 'article'
  }

  let years: readonly [number, number] | undefined
  if (periods.length > 0) {
    let first = yearOf(periods[0]!.first)
    let last = yearOf(periods[0]!.last)
    for (let index = 1; index < periods.length; index++) {
      first = Math.min(first, yearOf(periods[index]!.first))
      last = Math.max(last, yearOf(periods[index]!.last))
    }
    years = [first, last]
  }
  return {claim, figures, periods, gap, names, scope, scopeFrom, years}
}
