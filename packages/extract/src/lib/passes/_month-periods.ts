import type {Period} from '../claim.js'
import {fullMonthNames, months} from '../lexicon/calendar.js'
import type {Mention} from '../mention.js'
import type {Token} from '../tokenize.js'
import {dayAt, type Found, make, yearAt} from './_period-words.js'
import type {MentionsAt} from '../mentions-at.js'

const dashes = new Set(['-', '–', '—', '‐', '‑'])
const monthCues = new Set(['in', 'since', 'of', 'during', 'until', 'through', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'to', 'before', 'after', 'starting', 'beginning', 'effective', 'till'])
/** "next March", "last March", "this March": which occurrence of the month. */
const monthModifiers = new Map([['next', 'next'], ['last', 'last'], ['this', 'this']] as const)
const spanJoiners = new Set(['to', 'through', 'thru', 'until', 'till'])

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
function monthYearAt(tokens: readonly Token[], index: number, to: number, at: MentionsAt): {month: number; year: Mention | undefined; to: number} | undefined {
  const month = monthAt(tokens, index, to)
  if (!month || dayAt(at, month.to)) return undefined
  const comma = tokens[month.to]?.text === ',' ? month.to + 1 : month.to
  const year = yearAt(at, comma) ?? yearAt(at, month.to)
  return {month: month.month, year, to: year ? year.to : month.to}
}

/** What ends a year at a month: "the year to March", "the 12 months ending June 2024". */
const yearEnds = new Set(['to', 'ending', 'through'])

/**
 * "the year to March", "the 12 months to June 2024", "the year ending
 * September": the twelve months that end with that month (April to March).
 */
export function yearToPeriod(tokens: readonly Token[], index: number, to: number, at: MentionsAt): Found | undefined {
  const word = tokens[index]!.lower
  const twelve = word === 'months' ? at.get(index - 1) : undefined
  // "12 months" is read as a duration first: the figure and its unit end at this word.
  const counted = twelve !== undefined && twelve.value === 12 && twelve.to === index + 1 && twelve.unit === 'month'
  if (!(word === 'year' || counted) || !yearEnds.has(tokens[index + 1]?.lower ?? '') || index + 2 >= to) return undefined
  const last = monthYearAt(tokens, index + 2, to, at)
  if (!last) return undefined
  // "12 months" stays a figure, as news copy counts it ("in the 12 months to March"); the month's year is a date.
  if (last.year) last.year.role = 'date'
  const month = (last.month % 12) + 1
  const lastYear = last.year?.value
  return make(tokens, counted ? twelve.from : index, last.to, 'date-range', {
    type: 'months',
    month,
    year: lastYear === undefined ? undefined : month > last.month ? lastYear - 1 : lastYear,
    lastMonth: last.month,
    lastYear
  })
}

/** A month, its day and an optional year: "March 1", "Dec. 28, 2025". */
function monthDayAt(tokens: readonly Token[], index: number, to: number, at: MentionsAt): {month: number; day: Mention; year: Mention | undefined; to: number} | undefined {
  const month = monthAt(tokens, index, to)
  const day = month && dayAt(at, month.to)
  if (!month || !day) return undefined
  const comma = tokens[day.to]?.text === ',' ? day.to + 1 : day.to
  const year = yearAt(at, comma)
  return {month: month.month, day, year, to: year ? year.to : day.to}
}

/**
 * "between January and June 2024", "from March to May", "January–June 2024",
 * "January through March"; with days, "between March 1 and May 1", "from
 * June 3 to June 9", "Dec. 28, 2025 through Jan. 3, 2026".
 */
export function monthSpanPeriod(tokens: readonly Token[], index: number, to: number, at: MentionsAt): Found | undefined {
  const lead = tokens[index]!.lower
  const led = lead === 'between' || lead === 'from'
  const start = led ? index + 1 : index
  const joins = (joiner: Token | undefined) =>
    joiner !== undefined && (lead === 'between' ? joiner.lower === 'and' : dashes.has(joiner.text) || (led ? spanJoiners.has(joiner.lower) : joiner.lower === 'through' || joiner.lower === 'thru'))
  const firstDay = monthDayAt(tokens, start, to, at)
  if (firstDay) {
    // "Feb. 4-10" and "Jan. 28–Feb. 3" are `monthPeriod`'s: a dash right after the day.
    if (firstDay.to >= to || dashes.has(tokens[firstDay.to]!.text) || !joins(tokens[firstDay.to])) return undefined
    const lastDay = monthDayAt(tokens, firstDay.to + 1, to, at)
    if (!lastDay) return undefined
    for (const mention of [firstDay.day, firstDay.year, lastDay.day, lastDay.year]) if (mention) mention.role = 'date'
    return make(tokens, index, lastDay.to, 'date-range', {type: 'days', month: firstDay.month, day: firstDay.day.value, lastMonth: lastDay.month, lastDay: lastDay.day.value, year: (firstDay.year ?? lastDay.year)?.value})
  }
  const first = monthYearAt(tokens, start, to, at)
  if (!first || first.to >= to || !joins(tokens[first.to])) return undefined
  const last = monthYearAt(tokens, first.to + 1, to, at)
  if (!last) return undefined
  for (const year of [first.year, last.year]) if (year) year.role = 'date'
  return make(tokens, index, last.to, 'date-range', {type: 'months', month: first.month, year: first.year?.value, lastMonth: last.month, lastYear: last.year?.value})
}

/** "Feb. 4-10", "February 4, 2017", "Jan. 28–Feb. 3", "February 2017", "in November", "4 February". */
export function monthPeriod(tokens: readonly Token[], index: number, to: number, at: MentionsAt): Found | undefined {
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
