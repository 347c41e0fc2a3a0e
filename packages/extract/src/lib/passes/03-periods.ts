import type {Period} from '../claim.js'
import {months, relativeOffsets, weekdays, yearCues} from '../lexicon/calendar.js'
import type {Mention} from '../mention.js'
import {tagsOf} from '../nlp.js'
import type {PeriodSpec} from '../period-spec.js'
import type {Token} from '../tokenize.js'

/** A period phrase in a sentence, not yet resolved. */
export interface PeriodMention {
  from: number
  to: number
  start: number
  end: number
  kind: Period['kind']
  spec: PeriodSpec
}

const dashes = new Set(['-', '–', '—', '‐', '‑'])
const relativeUnitWords = new Map<string, 'year' | 'month' | 'week' | 'quarter'>([
  ['year', 'year'], ['month', 'month'], ['week', 'week'], ['quarter', 'quarter']
])
const monthCues = new Set(['in', 'since', 'of', 'during', 'until', 'through', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'to', 'before', 'after'])

/**
 * Find years, dates and relative periods in a sentence, and mark the numbers
 * they use as years or dates so that they are not reported as counts.
 */
export function findPeriods(tokens: readonly Token[], from: number, to: number, mentions: readonly Mention[]): PeriodMention[] {
  const at = new Map<number, Mention>()
  for (const mention of mentions) at.set(mention.from, mention)
  const periods: PeriodMention[] = []

  for (let index = from; index < to; index++) {
    const found = monthPeriod(tokens, index, to, at) ?? quarterPeriod(tokens, index, to, at) ?? yearPeriod(tokens, index, to, at) ?? relativePeriod(tokens, index, to)
    if (found) {
      periods.push(found)
      index = found.to - 1
    }
  }
  return periods
}

function make(tokens: readonly Token[], from: number, to: number, kind: Period['kind'], spec: PeriodSpec): PeriodMention {
  return {from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end, kind, spec}
}

function dayAt(at: Map<number, Mention>, index: number): Mention | undefined {
  const mention = at.get(index)
  return mention && mention.form === 'numeral' && mention.unit === 'count' && Number.isInteger(mention.value) &&
    mention.value >= 1 && mention.value <= 31 && mention.end - mention.start <= 4 ? mention : undefined
}

function yearAt(at: Map<number, Mention>, index: number): Mention | undefined {
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
  if (tokens[end]?.text === '.' && !tokens[end]!.spaced && end < to) end++
  return {month, to: end}
}

/** "Feb. 4-10", "February 4, 2017", "Jan. 28–Feb. 3", "February 2017", "in November", "4 February". */
function monthPeriod(tokens: readonly Token[], index: number, to: number, at: Map<number, Mention>): PeriodMention | undefined {
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
  if (!monthCues.has(tokens[index - 1]?.lower ?? '')) return undefined
  return make(tokens, index, month.to, 'month', {type: 'month', month: month.month, year: undefined})
}

const quarterOrdinals = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4]])

/** "Q2", "Q2 2023", "the second quarter of 2023", "third-quarter". */
function quarterPeriod(tokens: readonly Token[], index: number, to: number, at: Map<number, Mention>): PeriodMention | undefined {
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

/** "in 2014", "2014-15", "2014–2016", "between 2010 and 2020", "the 1990s". Not "2000 people". */
function yearPeriod(tokens: readonly Token[], index: number, to: number, at: Map<number, Mention>): PeriodMention | undefined {
  const year = yearAt(at, index)
  if (!year || year.from !== index) return undefined
  const before = tokens[index - 1]
  const cued = before !== undefined && (yearCues.has(before.lower) || before.text === '(' || before.text === ',')
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
      return make(tokens, index, next.to, 'year-range', {type: 'years', first: year.value, last})
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

/** A number followed by a plural noun counts things: "2000 people". */
function countsSomething(tokens: readonly Token[], index: number, to: number): boolean {
  const next = tokens[index]
  if (!next || index >= to || next.kind !== 'word' || next.text !== next.lower) return false
  const tags = tagsOf(next.lower)
  return tags.has('Plural') || (tags.size === 0 && next.lower.endsWith('s') && !next.lower.endsWith('ss'))
}

/** "last year", "the previous week", "that week", "a year earlier", "yesterday", "on Wednesday". */
function relativePeriod(tokens: readonly Token[], index: number, to: number): PeriodMention | undefined {
  const token = tokens[index]!
  if (token.kind !== 'word') return undefined
  const start = token.lower === 'the' ? index + 1 : index
  const modifier = tokens[start]
  const unitToken = tokens[start + 1]
  if (modifier && unitToken && start + 1 < to) {
    const unit = relativeUnitWords.get(unitToken.lower)
    const offset = relativeOffsets.get(modifier.lower)
    if (unit && offset !== undefined && !(start === index && modifier.lower === 'same')) {
      return make(tokens, index, start + 2, 'relative', {type: 'relative', unit, offset})
    }
    if (unit && modifier.lower === 'that') {
      return make(tokens, index, start + 2, 'relative', {type: 'anaphoric', unit})
    }
  }
  if ((token.lower === 'a' || token.lower === 'one') && relativeUnitWords.has(tokens[index + 1]?.lower ?? '') && index + 2 < to) {
    const after = tokens[index + 2]!.lower
    if (after === 'ago' || after === 'earlier' || after === 'before') {
      return make(tokens, index, index + 3, 'relative', {type: 'relative', unit: relativeUnitWords.get(tokens[index + 1]!.lower)!, offset: -1})
    }
  }
  if (token.lower === 'yesterday' || token.lower === 'today' || token.lower === 'tomorrow') {
    const offset = token.lower === 'yesterday' ? -1 : token.lower === 'today' ? 0 : 1
    return make(tokens, index, index + 1, 'relative', {type: 'relative', unit: 'day', offset})
  }
  if (weekdays.has(token.lower) && token.text !== token.lower && token.lower.length > 3) {
    const weekday = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(token.lower)
    if (weekday >= 0) return make(tokens, index, index + 1, 'relative', {type: 'weekday', weekday})
  }
  return undefined
}
