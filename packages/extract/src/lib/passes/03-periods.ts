import {fiscalWords, schoolYearWords, yearCues} from '../lexicon/calendar.js'
import type {Mention} from '../mention.js'
import {tagsOf} from '../nlp.js'
import type {Token} from '../tokenize.js'
import {monthPeriod, monthSpanPeriod, yearToPeriod} from './_month-periods.js'
import {numericDatePeriod} from './_numeric-dates.js'
import {readContext} from './_period-context.js'
import {type Found, isYearLike, make, yearAt} from './_period-words.js'
import {relativePeriod, seasonPeriod} from './_relative-periods.js'
import {MentionsAt} from '../mentions-at.js'

/** A period phrase in a sentence, not yet resolved. */
export interface PeriodMention extends Found {
  /** The lower-case word before the phrase (past a "the"): `since`, `from`, `starting`, … */
  lead: string | undefined
  /** The phrase looks ahead: "will rise in January", "starting March 1", "applies from July". */
  future: boolean
  /** A day on which something was said or done ("said Monday", "approved Tuesday"): not the period of the figures. */
  event: boolean
  /** A record's baseline ("the lowest since 2021", "for the first time since 1990"): neither a period nor an earlier value's. */
  baseline: boolean
}

const dashes = new Set(['-', '–', '—', '‐', '‑'])

/**
 * Find years, dates, seasons and relative periods in a sentence, and mark the
 * numbers they use as years or dates so that they are not reported as counts.
 */
export function findPeriods(tokens: readonly Token[], from: number, to: number, mentions: readonly Mention[]): PeriodMention[] {
  const at = new MentionsAt(mentions)
  const periods: PeriodMention[] = []

  // The denominator of a spelled rate ("$812 a month before subsidies") is no period.
  let mention = 0
  for (let index = from; index < to; index++) {
    while (mention < mentions.length && (mentions[mention]!.rateEnd ?? mentions[mention]!.to) <= index) mention++
    const rate = mentions[mention]
    if (rate?.rateEnd !== undefined && index >= rate.to && index < rate.rateEnd) continue
    // A period opens with a word ("March", "last", "fiscal") or a figure (a day, "4 March"; a year); never with punctuation.
    const kind = tokens[index]!.kind
    const found = kind === 'word'
      ? yearToPeriod(tokens, index, to, at) ?? monthSpanPeriod(tokens, index, to, at) ?? monthPeriod(tokens, index, to, at) ?? quarterPeriod(tokens, index, to, at) ??
        fiscalPeriod(tokens, index, to, at) ?? yearPeriod(tokens, index, to, at) ?? seasonPeriod(tokens, index, to, at) ?? relativePeriod(tokens, index, to)
      : kind === 'number' ? numericDatePeriod(tokens, index, to, at) ?? monthPeriod(tokens, index, to, at) ?? yearPeriod(tokens, index, to, at) : undefined
    if (found) {
      const context = readContext(tokens, found.from, found.to, from, found.spec)
      periods.push({from: found.from, to: found.to, start: found.start, end: found.end, kind: found.kind, spec: found.spec, lead: context.lead, future: context.future, event: context.event, baseline: context.baseline})
      index = found.to - 1
    }
  }
  return periods
}

const quarterOrdinals = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4]])

/** "Q2", "Q2 2023", "the second quarter of 2023", "third-quarter". */
function quarterPeriod(tokens: readonly Token[], index: number, to: number, at: MentionsAt): Found | undefined {
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
function fiscalPeriod(tokens: readonly Token[], index: number, to: number, at: MentionsAt): Found | undefined {
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

const fiscalPrefixes = new Set(['fy', 'cy'])

/** "in 2014", "2014-15", "2014–2016", "between 2010 and 2020", "the 1990s", "the 2023-24 school year". Not "2000 people". */
function yearPeriod(tokens: readonly Token[], index: number, to: number, at: MentionsAt, cuedBefore = false): Found | undefined {
  const year = yearAt(at, index)
  if (!year || year.from !== index) return undefined
  const before = tokens[index - 1]
  // "PSR B1919+21", "Vote2016": letters glued on make a code, though "FY2024" is a fiscal year.
  if (before?.kind === 'word' && !tokens[index]!.spaced && !fiscalPrefixes.has(before.lower)) return undefined
  const cued = cuedBefore || (before !== undefined && (yearCues.has(before.lower) || before.text === '(' || before.text === ','))
  const inRange = year.value >= 1900 && year.value <= 2100
  // "a 1954 canvas", "a 2019 law": a year that describes one thing dates it, not the sentence's figures.
  if (inRange && (before?.lower === 'a' || before?.lower === 'an') && tokens[index]!.digits === 4 && tokens[year.to]?.kind === 'word') {
    year.role = 'date'
    return undefined
  }
  if (!inRange && !cued) return undefined
  if (!cued && countsSomething(tokens, year.to, to)) return undefined

  const dash = tokens[year.to]
  const next = at.get(year.to + 1)
  // "2013-14", "2023/24": one season, school or fiscal year.
  if (dash && (dashes.has(dash.text) || dash.text === '/') && !dash.spaced && next && !tokens[year.to + 1]!.spaced && next.form === 'numeral' && Number.isInteger(next.value)) {
    const last = next.end - next.start === 2 ? Math.floor(year.value / 100) * 100 + next.value : next.value
    if (isYearLike(next) || (next.end - next.start === 2 && last > year.value)) {
      // "2013-14" labels one season, school or fiscal year: a date, not the year 2013 and a 14; "2013-2015" states two years.
      const label = next.end - next.start === 2
      year.role = label ? 'date' : 'year'
      next.role = label ? 'date' : 'year'
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
