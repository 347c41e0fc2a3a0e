import type {Period} from '../claim.js'
import {fiscalWords, fullMonthNames, months, schoolYearWords, yearCues} from '../lexicon/calendar.js'
import type {Mention} from '../mention.js'
import {tagsOf} from '../nlp.js'
import type {PeriodSpec} from '../period-spec.js'
import type {Token} from '../tokenize.js'
import {readContext} from './_period-context.js'
import {relativePeriod, seasonPeriod} from './_relative-periods.js'

/** A period phrase in a sentence, not yet resolved. */
export interface PeriodMention {
  from: number
  to: number
  start: number
  end: number
  kind: Period['kind']
  spec: PeriodSpec
  /** The lower-case word before the phrase (past a "the"): `since`, `from`, `starting`, … */
  lead: string | undefined
  /** The phrase looks ahead: "will rise in January", "starting March 1", "applies from July". */
  future: boolean
  /** A day on which something was said or done ("said Monday", "approved Tuesday"): not the period of the figures. */
  event: boolean
  /** A record's baseline ("the lowest since 2021", "for the first time since 1990"): neither a period nor an earlier value's. */
  baseline: boolean
}

type Found = Omit<PeriodMention, 'lead' | 'future' | 'event' | 'baseline'>

const dashes = new Set(['-', '–', '—', '‐', '‑'])
const monthCues = new Set(['in', 'since', 'of', 'during', 'until', 'through', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'to', 'before', 'after', 'starting', 'beginning', 'effective', 'till'])
/** "next March", "last March", "this March": which occurrence of the month. */
const monthModifiers = new Map([['next', 'next'], ['last', 'last'], ['this', 'this']] as const)
const spanJoiners = new Set(['to', 'through', 'thru', 'until', 'till'])

/**
 * Find years, dates, seasons and relative periods in a sentence, and mark the
 * numbers they use as years or dates so that they are not reported as counts.
 */
export function findPeriods(tokens: readonly Token[], from: number, to: number, mentions: readonly Mention[]): PeriodMention[] {
  const at = new Map<number, Mention>()
  for (const mention of mentions) at.set(mention.from, mention)
  const periods: PeriodMention[] = []

  for (let index = from; index < to; index++) {
    const found = monthSpanPeriod(tokens, index, to, at) ?? monthPeriod(tokens, index, to, at) ?? quarterPeriod(tokens, index, to, at) ??
      fiscalPeriod(tokens, index, to, at) ?? yearPeriod(tokens, index, to, at) ?? seasonPeriod(tokens, index, to, at) ?? relativePeriod(tokens, index, to)
    if (found) {
      periods.push({...found, ...readContext(tokens, found.from, found.to, from, found.spec)})
      index = found.to - 1
    }
  }
  return periods
}

export function make(tokens: readonly Token[], from: number, to: number, kind: Period['kind'], spec: PeriodSpec): Found {
  return {from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end, kind, spec}
}

function dayAt(at: Map<number, Mention>, index: number): Mention | undefined {
  const mention = at.get(index)
  return mention && mention.form === 'numeral' && mention.unit === 'count' && Number.isInteger(mention.value) &&
    mention.value >= 1 && mention.value <= 31 && mention.end - mention.start <= 4 ? mention : undefined
}

export function yearAt(at: Map<number, Mention>, index: number): Mention | undefined {
  const mention = at.get(index)
  return mention && isYearLike(mention) ? mention : undefined
}

function isYearLike(mention: Mention): boolean {
  return mention.form === 'numeral' && mention.unit === 'count' && Number.isInteger(mention.value) && mention.value >= 1000 &&
    mention.value <= 2200 && mention.end - mention.start === 4 && mention.repairs.length === 0
}

function monthAt(tokens: readonly Token[], index: number, to: number): {month: number; to: number} | undefined {
  const token = tokens[index]
  if (!token || index >= to || token.kind !== 'word') return undefined
  const month = months.get(token.lower)
  if (month === undefined || token.text.charAt(0) === token.lower.charAt(0)) return undefined
  let end = index + 1
  // "Feb." is abbreviated; the full stop after "May" ends the sentence.
  if (tokens[end]?.text === '.' && !tokens[end]!.spaced && end < to && !fullMonthNames.has(token.lower)) end++
  return {month, to: end}
}

/** A month with an optional year after it: "June 2024", "June, 2024", "March". */
function monthYearAt(tokens: readonly Token[], index: number, to: number, at: Map<number, Mention>): {month: number; year: Mention | undefined; to: number} | undefined {
  const month = monthAt(tokens, index, to)
  if (!month || dayAt(at, month.to)) return undefined
  const comma = tokens[month.to]?.text === ',' ? month.to + 1 : month.to
  const year = yearAt(at, comma) ?? yearAt(at, month.to)
  return {month: month.month, year, to: year ? year.to : month.to}
}

/** "between January and June 2024", "from March to May", "January–June 2024", "January through March". */
function monthSpanPeriod(tokens: readonly Token[], index: number, to: number, at: Map<number, Mention>): Found | undefined {
  const lead = tokens[index]!.lower
  const led = lead === 'between' || lead === 'from'
  const first = monthYearAt(tokens, led ? index + 1 : index, to, at)
  if (!first) return undefined
  const joiner = tokens[first.to]
  if (!joiner || first.to >= to) return undefined
  const joins = lead === 'between' ? joiner.lower === 'and' : dashes.has(joiner.text) || (led ? spanJoiners.has(joiner.lower) : joiner.lower === 'through' || joiner.lower === 'thru')
  if (!joins) return undefined
  const last = monthYearAt(tokens, first.to + 1, to, at)
  if (!last) return undefined
  for (const year of [first.year, last.year]) if (year) year.role = 'date'
  return make(tokens, index, last.to, 'date-range', {type: 'months', month: first.month, year: first.year?.value, lastMonth: last.month, lastYear: last.year?.value})
}

/** "Feb. 4-10", "February 4, 2017", "Jan. 28–Feb. 3", "February 2017", "in November", "4 February". */
function monthPeriod(tokens: readonly Token[], index: number, to: number, at: Map<number, Mention>): Found | undefined {
  const leadingDay = dayAt(at, index)
  if (leadingDay) {
    const month = monthAt(tokens, leadingDay.to, to)
    if (!month) return undefined
    const year = yearAt(at, month.to)
    leadingDay.role = 'date'
    if (year) year.role = 'date'
    const end = year ? year.to : month.to
    return make(tokens, index, end, 'date', {type: 'days', month: month.month, day: leadingDay.value, lastMonth: month.month, lastDay: leadingDay.value, year: year?.value})
  }

  const month = monthAt(tokens, index, to)
  if (!month) return undefined
  const day = dayAt(at, month.to)
  if (day) {
    let end = day.to
    let lastMonth = month.month
    let lastDay = day.value
    let kind: Period['kind'] = 'date'
    const dash = tokens[end]
    if (dash && dashes.has(dash.text) && end < to) {
      const secondMonth = monthAt(tokens, end + 1, to)
      const second = secondMonth ? dayAt(at, secondMonth.to) : dayAt(at, end + 1)
      if (second) {
        lastMonth = secondMonth?.month ?? month.month
        lastDay = second.value
        second.role = 'date'
        end = second.to
        kind = 'date-range'
      }
    }
    day.role = 'date'
    let year: number | undefined
    const comma = tokens[end]?.text === ',' ? end + 1 : end
    const yearMention = yearAt(at, comma)
    if (yearMention) {
      yearMention.role = 'date'
      year = yearMention.value
      end = yearMention.to
    }
    return make(tokens, index, end, kind, {type: 'days', month: month.month, day: day.value, lastMonth, lastDay, year})
  }

  const year = yearAt(at, month.to)
  if (year) {
    year.role = 'date'
    return make(tokens, index, year.to, 'month', {type: 'month', month: month.month, year: year.value})
  }

  // A bare month name needs a cue ("in November", "since January"): "May" is also a verb.
  const cue = tokens[index - 1]?.lower ?? ''
  if (!monthCues.has(cue)) return undefined
  const modifier = monthModifiers.get(cue as 'next')
  if (modifier) return make(tokens, index - 1, month.to, 'month', {type: 'month', month: month.month, year: undefined, direction: modifier})
  return make(tokens, index, month.to, 'month', {type: 'month', month: month.month, year: undefined})
}

const quarterOrdinals = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4]])

/** "Q2", "Q2 2023", "the second quarter of 2023", "third-quarter". */
function quarterPeriod(tokens: readonly Token[], index: number, to: number, at: Map<number, Mention>): Found | undefined {
  const token = tokens[index]!
  let quarter: number | undefined
  let end = index
  if (token.lower === 'q' && tokens[index + 1]?.kind === 'number' && !tokens[index + 1]!.spaced) {
    const number = at.get(index + 1)
    if (!number || !Number.isInteger(number.value) || number.value < 1 || number.value > 4) return undefined
    number.role = 'date'
    quarter = number.value
    end = number.to
  } else {
    const ordinal = quarterOrdinals.get(token.lower)
    const joined = tokens[index + 1]?.text === '-' ? index + 2 : index + 1
    if (ordinal === undefined || tokens[joined]?.lower !== 'quarter' || joined >= to) return undefined
    quarter = ordinal
    end = joined + 1
  }
  const yearIndex = tokens[end]?.lower === 'of' || tokens[end]?.text === ',' ? end + 1 : end
  const year = yearAt(at, yearIndex)
  if (year) {
    year.role = 'date'
    end = year.to
  }
  return make(tokens, index, end, 'quarter', {type: 'quarter', quarter, year: year?.value})
}

/**
 * "fiscal 2026", "FY2025", "FY25", "fiscal year 2024", "financial year
 * 2023-24": the fiscal year's label, read as that calendar year (or span of
 * years). Fiscal calendars differ by organisation and country; the label is
 * what the text states.
 */
function fiscalPeriod(tokens: readonly Token[], index: number, to: number, at: Map<number, Mention>): Found | undefined {
  const token = tokens[index]!
  if (!fiscalWords.has(token.lower)) return undefined
  const year = tokens[index + 1]?.lower === 'year' ? index + 2 : index + 1
  if (year >= to || (token.lower === 'financial' && year === index + 1)) return undefined
  const found = yearPeriod(tokens, year, to, at, true)
  if (found) return {...found, from: index, start: token.start}
  // "FY25": two digits glued to the abbreviation.
  const short = at.get(year)
  if (token.lower !== 'fy' || !short || short.end - short.start !== 2 || !Number.isInteger(short.value) || short.form !== 'numeral') return undefined
  short.role = 'year'
  return make(tokens, index, short.to, 'year', {type: 'year', year: 2000 + short.value})
}

/** "in 2014", "2014-15", "2014–2016", "between 2010 and 2020", "the 1990s", "the 2023-24 school year". Not "2000 people". */
function yearPeriod(tokens: readonly Token[], index: number, to: number, at: Map<number, Mention>, cuedBefore = false): Found | undefined {
  const year = yearAt(at, index)
  if (!year || year.from !== index) return undefined
  const before = tokens[index - 1]
  const cued = cuedBefore || (before !== undefined && (yearCues.has(before.lower) || before.text === '(' || before.text === ','))
  const inRange = year.value >= 1900 && year.value <= 2100
  if (!inRange && !cued) return undefined
  if (!cued && countsSomething(tokens, year.to, to)) return undefined

  const dash = tokens[year.to]
  const next = at.get(year.to + 1)
  if (dash && dashes.has(dash.text) && !dash.spaced && next && next.form === 'numeral' && Number.isInteger(next.value)) {
    const last = next.end - next.start === 2 ? Math.floor(year.value / 100) * 100 + next.value : next.value
    if (isYearLike(next) || (next.end - next.start === 2 && last > year.value)) {
      year.role = 'year'
      next.role = 'year'
      return schoolYear(tokens, index, next.to, to, year.value, last)
    }
  }
  // "the 1990s".
  const plural = tokens[year.to]
  if (plural?.lower === 's' && !plural.spaced && year.value % 10 === 0) {
    year.role = 'year'
    return make(tokens, index, year.to + 1, 'decade', {type: 'years', first: year.value, last: year.value + 9})
  }
  // "between 2010 and 2020", "from 2010 to 2020".
  const joiner = tokens[year.to]?.lower
  const spanned = (before?.lower === 'between' && joiner === 'and') || (before?.lower === 'from' && (joiner === 'to' || joiner === 'through' || joiner === 'until'))
  const last = spanned ? yearAt(at, year.to + 1) : undefined
  if (last && last.value > year.value) {
    year.role = 'year'
    last.role = 'year'
    return make(tokens, index - 1, last.to, 'year-range', {type: 'years', first: year.value, last: last.value})
  }
  year.role = 'year'
  return make(tokens, index, year.to, 'year', {type: 'year', year: year.value})
}

/**
 * "2023-24" is two calendar years, except in a school or academic year
 * ("the 2023-24 school year", "academic year 2021-22"), which runs from
 * September to August.
 */
function schoolYear(tokens: readonly Token[], index: number, end: number, to: number, first: number, last: number): Found {
  const after = schoolYearWords.has(tokens[end]?.lower ?? '') && tokens[end + 1]?.lower === 'year' && end + 1 < to
  const before = tokens[index - 1]?.lower === 'year' && schoolYearWords.has(tokens[index - 2]?.lower ?? '')
  if (!(after || before) || last !== first + 1) return make(tokens, index, end, 'year-range', {type: 'years', first, last})
  return make(tokens, before ? index - 2 : index, after ? end + 2 : end, 'year-range', {type: 'years', first, last, startMonth: 9})
}

/** A number followed by a plural noun counts things: "2000 people". */
function countsSomething(tokens: readonly Token[], index: number, to: number): boolean {
  const next = tokens[index]
  if (!next || index >= to || next.kind !== 'word' || next.text !== next.lower) return false
  const tags = tagsOf(next.lower)
  return tags.has('Plural') || (tags.size === 0 && next.lower.endsWith('s') && !next.lower.endsWith('ss'))
}
