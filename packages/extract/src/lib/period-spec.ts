import {addDays, isoDate, monthSpan, type PartialDate, shiftMonths, weekdayOf} from './dates.js'

/**
 * Which occurrence of a month, quarter or season a phrase means: `past` the
 * latest not after the article date (the default: news reports what
 * happened), `future` the earliest not before it ("will rise in January",
 * "starting March 1"), `last`/`next` the one strictly before/after the
 * article's month ("last March", "next spring"), `this` the article's own.
 */
export type Direction = 'past' | 'future' | 'last' | 'next' | 'this'
export type RelativeUnit = 'year' | 'month' | 'week' | 'quarter'

/** What a period phrase says, before it is resolved against the article date. */
export type PeriodSpec =
  | {type: 'year'; year: number}
  /** Calendar years, or with `startMonth` years that start in that month: the 2023-24 school year starts in September. */
  | {type: 'years'; first: number; last: number; startMonth?: number}
  | {type: 'month'; month: number; year: number | undefined; direction?: Direction}
  /** "between January and June 2024", "from March to May". */
  | {type: 'months'; month: number; year: number | undefined; lastMonth: number; lastYear: number | undefined}
  | {type: 'quarter'; quarter: number; year: number | undefined}
  | {type: 'days'; month: number; day: number; lastMonth: number; lastDay: number; year: number | undefined}
  /** A season by its first month: a stated year ("winter 2022"), an offset ("last summer": -1), or neither ("in the spring"). */
  | {type: 'season'; month: number; year: number | undefined; offset: number | undefined}
  | {type: 'relative'; unit: RelativeUnit | 'day'; offset: number}
  /** "a year earlier", "the previous quarter": counted from the figure compared with, else from the article date. */
  | {type: 'shifted'; unit: RelativeUnit; offset: number}
  | {type: 'anaphoric'; unit: RelativeUnit}
  | {type: 'weekday'; weekday: number}
  /** "before the pandemic", "during the war": a time named by an event, which no date resolves. */
  | {type: 'event'}

export interface Resolved {
  first: string
  last: string
  /** Length class, to find the anchor of "the previous week" or "that week". */
  unit: RelativeUnit | 'day'
  /** A running total from `first` ("23 cases since March 1"): a week earlier it ran from the same day. */
  since?: true
}

export interface ResolveContext {
  /** The article date. */
  date: PartialDate | undefined
  /** The latest resolved period of a length: what "that week" or "the previous week" refers back to. */
  anchors: (unit: Resolved['unit']) => Resolved | undefined
  /** The phrase looks ahead ("will rise in January", "starting March 1"): months and seasons resolve forward. */
  future?: boolean
  /** What "a year earlier" counts from: the period of the figure it is compared with. */
  reference?: Resolved | undefined
}

/** Resolve a period against the article's date, the periods before it, and the figure it is compared with. */
export function resolvePeriod(spec: PeriodSpec, context: ResolveContext): Resolved | undefined {
  const {date} = context
  const direction = (stated: Direction | undefined): Direction => stated ?? (context.future ? 'future' : 'past')
  switch (spec.type) {
    case 'year':
      return {first: isoDate(spec.year, 1, 1), last: isoDate(spec.year, 12, 31), unit: 'year'}
    case 'years': {
      if (spec.startMonth === undefined) return {first: isoDate(spec.first, 1, 1), last: isoDate(spec.last, 12, 31), unit: 'year'}
      return {...monthSpan(spec.first * 12 + spec.startMonth - 1, (spec.last - spec.first) * 12), unit: 'year'}
    }
    case 'month': {
      const year = spec.year ?? pickYear(spec.month, undefined, date, direction(spec.direction))
      if (year === undefined) return undefined
      return {...monthSpan(year * 12 + spec.month - 1, 1), unit: 'month'}
    }
    case 'months':
      return resolveMonths(spec, date, direction(undefined))
    case 'quarter': {
      const firstMonth = (spec.quarter - 1) * 3 + 1
      const way = direction(undefined)
      const year = spec.year ?? pickYear(way === 'future' ? firstMonth + 2 : firstMonth, undefined, date, way)
      if (year === undefined) return undefined
      return {...monthSpan(year * 12 + firstMonth - 1, 3), unit: 'quarter'}
    }
    case 'days': {
      const year = spec.year ?? pickYear(spec.month, spec.day, date, direction(undefined))
      if (year === undefined) return undefined
      const lastYear = spec.lastMonth < spec.month ? year + 1 : year
      const first = isoDate(year, spec.month, spec.day)
      const last = isoDate(lastYear, spec.lastMonth, spec.lastDay)
      const days = (Date.parse(last) - Date.parse(first)) / 864e5
      return {first, last, unit: days === 0 ? 'day' : days <= 7 ? 'week' : 'month'}
    }
    case 'season':
      return resolveSeason(spec, date, context.future ?? false)
    case 'anaphoric':
      return context.anchors(spec.unit)
    case 'relative':
      return resolveRelative(spec.unit, spec.offset, date, context.anchors(spec.unit))
    case 'shifted':
      return context.reference ? shift(context.reference, spec.unit, spec.offset) : resolveRelative(spec.unit, spec.offset, date, context.anchors(spec.unit))
    case 'event':
      return undefined
    case 'weekday': {
      if (!date || date.month === undefined || date.day === undefined) return undefined
      const today = isoDate(date.year, date.month, date.day)
      // The latest such day, or the next one when the sentence looks ahead ("will vote Tuesday").
      const step = context.future ? (spec.weekday - weekdayOf(today) + 7) % 7 : -((weekdayOf(today) - spec.weekday + 7) % 7)
      const day = addDays(today, step)
      return {first: day, last: day, unit: 'day'}
    }
  }
}

/** A resolved period moved by `offset` units: Q2 2024 a year earlier is Q2 2023. */
export function shift(period: Resolved, unit: RelativeUnit, offset: number): Resolved {
  const move = (day: string) => (unit === 'week' ? addDays(day, 7 * offset) : shiftMonths(day, (unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1) * offset))
  const last = move(period.last)
  // "23 cases since March 1, up from 14 a week ago": the earlier total ran from March 1 too, unless that is after its end.
  if (period.since && last >= period.first) return {first: period.first, last, unit: period.unit, since: true}
  return {first: move(period.first), last, unit: period.unit}
}

function resolveRelative(unit: RelativeUnit | 'day', offset: number, date: PartialDate | undefined, anchor: Resolved | undefined): Resolved | undefined {
  // "the previous week" after "the week of Feb. 4-10" is the week before that one.
  if (anchor && anchor.unit === unit && unit === 'week' && offset !== 0) return shift(anchor, 'week', offset)
  if (!date) return undefined
  if (unit === 'year') {
    const year = date.year + offset
    return {first: isoDate(year, 1, 1), last: isoDate(year, 12, 31), unit}
  }
  if (date.month === undefined) return undefined
  if (unit === 'month' || unit === 'quarter') {
    const size = unit === 'month' ? 1 : 3
    const base = unit === 'month' ? date.month : Math.floor((date.month - 1) / 3) * 3 + 1
    return {...monthSpan(date.year * 12 + base - 1 + offset * size, size), unit}
  }
  if (date.day === undefined) return undefined
  const today = isoDate(date.year, date.month, date.day)
  if (unit === 'day') {
    const day = addDays(today, offset)
    return {first: day, last: day, unit}
  }
  const monday = addDays(today, -weekdayOf(today) + 7 * offset)
  return {first: monday, last: addDays(monday, 6), unit}
}

/** The year of a month (and day) without one, in the given direction from the article date. */
function pickYear(month: number, day: number | undefined, date: PartialDate | undefined, direction: Direction): number | undefined {
  if (!date) return undefined
  if (date.month === undefined) return direction === 'last' || direction === 'next' ? undefined : date.year
  const order = month !== date.month ? month - date.month : day === undefined || date.day === undefined ? 0 : day - date.day
  switch (direction) {
    case 'past':
      return order <= 0 ? date.year : date.year - 1
    case 'future':
      return order >= 0 ? date.year : date.year + 1
    case 'last':
      return month < date.month ? date.year : date.year - 1
    case 'next':
      return month > date.month ? date.year : date.year + 1
    case 'this':
      return date.year
  }
}

function resolveMonths(spec: Extract<PeriodSpec, {type: 'months'}>, date: PartialDate | undefined, direction: Direction): Resolved | undefined {
  const wraps = spec.lastMonth < spec.month
  let firstYear = spec.year
  let lastYear = spec.lastYear
  if (lastYear === undefined && firstYear !== undefined) lastYear = wraps ? firstYear + 1 : firstYear
  if (lastYear === undefined) {
    // Neither end has a year: the span ends before the article date (or starts after it, looking ahead).
    if (direction === 'future') {
      firstYear = pickYear(spec.month, undefined, date, 'future')
      lastYear = firstYear === undefined ? undefined : wraps ? firstYear + 1 : firstYear
    } else {
      lastYear = pickYear(spec.lastMonth, undefined, date, 'past')
    }
  }
  if (lastYear === undefined) return undefined
  firstYear ??= wraps ? lastYear - 1 : lastYear
  const first = firstYear * 12 + spec.month - 1
  const last = lastYear * 12 + spec.lastMonth - 1
  if (last < first) return undefined
  return {...monthSpan(first, last - first + 1), unit: 'month'}
}

/**
 * Seasons are meteorological and northern-hemisphere, three months from
 * their first (`spring` March–May … `winter` December–February). A stated year
 * is the year the season starts in ("winter 2022" is December 2022 to
 * February 2023). "this" is the occurrence holding the article's month, else
 * the nearest one; "last" the latest one over before the article's month;
 * "next" the first to start after it; a bare "in the spring" the latest one
 * begun by then (the first not yet over, looking ahead).
 */
function resolveSeason(spec: Extract<PeriodSpec, {type: 'season'}>, date: PartialDate | undefined, future: boolean): Resolved | undefined {
  const span = (startYear: number): Resolved => ({...monthSpan(startYear * 12 + spec.month - 1, 3), unit: 'quarter'})
  if (spec.year !== undefined) return span(spec.year)
  if (!date) return undefined
  if (date.month === undefined) return spec.offset === undefined || spec.offset === 0 ? span(date.year) : undefined
  const now = date.year * 12 + date.month - 1
  // Occurrences starting in the year before, this year and the next: every candidate lies among them.
  const starts = [date.year - 2, date.year - 1, date.year, date.year + 1].map((year) => year * 12 + spec.month - 1)
  let start: number | undefined
  if (spec.offset === -1) start = starts.filter((candidate) => candidate + 2 < now).at(-1)
  else if (spec.offset === 1) start = starts.find((candidate) => candidate > now)
  else if (spec.offset === 0) {
    start = starts.find((candidate) => candidate <= now && now <= candidate + 2) ??
      starts.reduce((best, candidate) => (distance(candidate, now) < distance(best, now) ? candidate : best))
  } else if (future) start = starts.find((candidate) => candidate + 2 >= now)
  else start = starts.filter((candidate) => candidate <= now).at(-1)
  if (start === undefined) return undefined
  return span(Math.floor(start / 12))
}

function distance(start: number, now: number): number {
  return now < start ? start - now : now > start + 2 ? now - start - 2 : 0
}
