import {addDays, daysInMonth, isoDate, type PartialDate, weekdayOf} from './dates.js'

/** What a period phrase says, before it is resolved against the article date. */
export type PeriodSpec =
  | {type: 'year'; year: number}
  | {type: 'years'; first: number; last: number}
  | {type: 'month'; month: number; year: number | undefined}
  | {type: 'quarter'; quarter: number; year: number | undefined}
  | {type: 'days'; month: number; day: number; lastMonth: number; lastDay: number; year: number | undefined}
  | {type: 'relative'; unit: 'year' | 'month' | 'week' | 'quarter' | 'day'; offset: number}
  | {type: 'anaphoric'; unit: 'year' | 'month' | 'week' | 'quarter'}
  | {type: 'weekday'; weekday: number}

export interface Resolved {
  first: string
  last: string
  /** Length class, to find the anchor of "the previous week" or "that week". */
  unit: 'year' | 'month' | 'week' | 'quarter' | 'day'
}

/**
 * Resolve a period against the article's date and the period in force
 * (`anchor`: what "the previous week" or "that year" refers back to).
 */
export function resolvePeriod(spec: PeriodSpec, date: PartialDate | undefined, anchors: (unit: Resolved['unit']) => Resolved | undefined): Resolved | undefined {
  const anchor = spec.type === 'anaphoric' || spec.type === 'relative' ? anchors(spec.unit) : undefined
  switch (spec.type) {
    case 'year':
      return {first: isoDate(spec.year, 1, 1), last: isoDate(spec.year, 12, 31), unit: 'year'}
    case 'years':
      return {first: isoDate(spec.first, 1, 1), last: isoDate(spec.last, 12, 31), unit: 'year'}
    case 'month': {
      const year = spec.year ?? inferYear(spec.month, 1, date)
      if (year === undefined) return undefined
      return {first: isoDate(year, spec.month, 1), last: isoDate(year, spec.month, daysInMonth(year, spec.month)), unit: 'month'}
    }
    case 'quarter': {
      const firstMonth = (spec.quarter - 1) * 3 + 1
      const year = spec.year ?? inferYear(firstMonth, 1, date)
      if (year === undefined) return undefined
      return {first: isoDate(year, firstMonth, 1), last: isoDate(year, firstMonth + 2, daysInMonth(year, firstMonth + 2)), unit: 'quarter'}
    }
    case 'days': {
      const year = spec.year ?? inferYear(spec.month, spec.day, date)
      if (year === undefined) return undefined
      const lastYear = spec.lastMonth < spec.month ? year + 1 : year
      const first = isoDate(year, spec.month, spec.day)
      const last = isoDate(lastYear, spec.lastMonth, spec.lastDay)
      const days = (Date.parse(last) - Date.parse(first)) / 864e5
      return {first, last, unit: days === 0 ? 'day' : days <= 7 ? 'week' : 'month'}
    }
    case 'anaphoric':
      return anchor
    case 'relative':
      return resolveRelative(spec.unit, spec.offset, date, anchor)
    case 'weekday': {
      if (!date || date.month === undefined || date.day === undefined) return undefined
      const today = isoDate(date.year, date.month, date.day)
      const back = (weekdayOf(today) - spec.weekday + 7) % 7
      const day = addDays(today, -back)
      return {first: day, last: day, unit: 'day'}
    }
  }
}

function resolveRelative(unit: 'year' | 'month' | 'week' | 'quarter' | 'day', offset: number, date: PartialDate | undefined, anchor: Resolved | undefined): Resolved | undefined {
  // "the previous week" after "the week of Feb. 4-10" is the week before that one.
  if (anchor && anchor.unit === unit && unit === 'week' && offset !== 0) {
    return {first: addDays(anchor.first, 7 * offset), last: addDays(anchor.last, 7 * offset), unit}
  }
  if (!date) return undefined
  if (unit === 'year') {
    const year = date.year + offset
    return {first: isoDate(year, 1, 1), last: isoDate(year, 12, 31), unit}
  }
  if (date.month === undefined) return undefined
  if (unit === 'month' || unit === 'quarter') {
    const size = unit === 'month' ? 1 : 3
    const base = unit === 'month' ? date.month : Math.floor((date.month - 1) / 3) * 3 + 1
    const start = new Date(Date.UTC(date.year, base - 1 + offset * size, 1))
    const year = start.getUTCFullYear()
    const month = start.getUTCMonth() + 1
    const endMonth = new Date(Date.UTC(year, month - 1 + size - 1, 1))
    return {
      first: isoDate(year, month, 1),
      last: isoDate(endMonth.getUTCFullYear(), endMonth.getUTCMonth() + 1, daysInMonth(endMonth.getUTCFullYear(), endMonth.getUTCMonth() + 1)),
      unit
    }
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

/** A month and day without a year: the latest such date not after the article date. */
function inferYear(month: number, day: number, date: PartialDate | undefined): number | undefined {
  if (!date) return undefined
  if (date.month === undefined) return date.year
  const after = month > date.month || (month === date.month && date.day !== undefined && day > date.day)
  return after ? date.year - 1 : date.year
}
