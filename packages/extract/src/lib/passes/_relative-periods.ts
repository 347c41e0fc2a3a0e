import {relativeOffsets, seasons, weekdays} from '../lexicon/calendar.js'
import type {Mention} from '../mention.js'
import type {RelativeUnit} from '../period-spec.js'
import type {Token} from '../tokenize.js'
import {type Found, make, yearAt} from './_period-words.js'
import type {MentionsAt} from '../mentions-at.js'

const relativeUnitWords = new Map<string, RelativeUnit>([['year', 'year'], ['month', 'month'], ['week', 'week'], ['quarter', 'quarter']])
/** Modifiers counted from the figure compared with (or the period in force), not from the article date. */
const anaphoricOffsets = new Map([['previous', -1], ['prior', -1], ['preceding', -1], ['following', 1]])
/** "a year earlier", "a year ago", "the year before", "a year later". */
const shiftWords = new Map([['ago', -1], ['earlier', -1], ['before', -1], ['later', 1]])
const seasonOffsets = new Map([['this', 0], ['last', -1], ['past', -1], ['next', 1], ['coming', 1]])
/** Words before a bare season that make it a period: "in the spring", "during the winter", "by early summer". */
const seasonLeads = new Set(['in', 'during', 'over', 'throughout', 'through', 'by', 'until', 'since', 'for', 'from', 'starting', 'beginning'])
const seasonSkips = new Set(['the', 'early', 'late', 'mid'])
const weekdayNames = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/** Words that place a figure at a time named by an event: "before the pandemic", "during the war" ("since the crash" counts up to now). */
const eventLeads = new Set(['before', 'during', 'pre'])
/** Events a time is named by. */
const events = new Set(['pandemic', 'war', 'crisis', 'recession', 'crash', 'lockdown', 'lockdowns', 'outbreak', 'referendum', 'invasion', 'covid', 'coronavirus'])

/** "last year", "the previous week", "that week", "a year earlier", "yesterday", "on Wednesday", "before the pandemic". */
export function relativePeriod(tokens: readonly Token[], index: number, to: number): Found | undefined {
  const token = tokens[index]!
  if (token.kind !== 'word') return undefined
  if (eventLeads.has(token.lower)) return eventPeriod(tokens, index, to)
  const start = token.lower === 'the' ? index + 1 : index
  const modifier = tokens[start]
  const unitToken = tokens[start + 1]
  if (modifier && unitToken && start + 1 < to) {
    const unit = relativeUnitWords.get(unitToken.lower)
    const anaphoric = anaphoricOffsets.get(modifier.lower)
    if (unit && anaphoric !== undefined) return make(tokens, index, start + 2, 'relative', {type: 'shifted', unit, offset: anaphoric})
    const offset = relativeOffsets.get(modifier.lower)
    if (unit && offset !== undefined && !(start === index && modifier.lower === 'same')) {
      return make(tokens, index, start + 2, 'relative', {type: 'relative', unit, offset})
    }
    if (unit && modifier.lower === 'that') {
      return make(tokens, index, start + 2, 'relative', {type: 'anaphoric', unit})
    }
  }
  // "a year earlier", "one year ago", "the year before".
  if ((token.lower === 'a' || token.lower === 'one' || token.lower === 'the') && relativeUnitWords.has(tokens[index + 1]?.lower ?? '') && index + 2 < to) {
    const offset = shiftWords.get(tokens[index + 2]!.lower)
    if (offset !== undefined && !(token.lower === 'the' && tokens[index + 2]!.lower === 'ago')) {
      return make(tokens, index, index + 3, 'relative', {type: 'shifted', unit: relativeUnitWords.get(tokens[index + 1]!.lower)!, offset})
    }
  }
  if (token.lower === 'yesterday' || token.lower === 'today' || token.lower === 'tomorrow') {
    const offset = token.lower === 'yesterday' ? -1 : token.lower === 'today' ? 0 : 1
    return make(tokens, index, index + 1, 'relative', {type: 'relative', unit: 'day', offset})
  }
  if (weekdays.has(token.lower) && token.text !== token.lower && token.lower.length > 3) {
    const weekday = weekdayNames.indexOf(token.lower)
    if (weekday >= 0) return make(tokens, index, index + 1, 'relative', {type: 'weekday', weekday})
  }
  return undefined
}

/** A season word, without a possessive: "summer’s" → `summer`. */
function seasonAt(tokens: readonly Token[], index: number): {month: number; lower: boolean} | undefined {
  const token = tokens[index]
  if (!token || token.kind !== 'word') return undefined
  // "summer's": the possessive cut only where there is one (this runs for every word).
  const word = token.lower.endsWith('s') ? token.lower.replace(/['’]s$/, '') : token.lower
  const month = seasons.get(word)
  return month === undefined ? undefined : {month, lower: token.text.charAt(0) === token.lower.charAt(0)}
}

/**
 * "this spring", "last summer", "in the fall of 2023", "winter 2022", "during
 * the winter". A bare season needs a lead word and lower case ("Fall River",
 * "Spring Valley" are places); "fall" also needs "the" ("in the fall", not
 * "a fall in prices"). Resolution is in `period-spec.ts`.
 */
export function seasonPeriod(tokens: readonly Token[], index: number, to: number, at: MentionsAt): Found | undefined {
  const offset = seasonOffsets.get(tokens[index]!.lower)
  if (offset !== undefined) {
    const season = index + 1 < to ? seasonAt(tokens, index + 1) : undefined
    if (!season || !season.lower) return undefined
    return make(tokens, index, index + 2, 'relative', {type: 'season', month: season.month, year: undefined, offset})
  }
  const season = seasonAt(tokens, index)
  if (!season) return undefined
  const ofYear = tokens[index + 1]?.lower === 'of' ? index + 2 : index + 1
  const year = ofYear < to ? yearAt(at, ofYear) : undefined
  if (year) {
    year.role = 'year'
    // "the winter of 2022-23": the season that runs into the next year names both; the second is part of the label.
    const dash = tokens[year.to]
    const next = at.get(year.to + 1)
    const end = dash && (dash.text === '-' || dash.text === '–') && !dash.spaced && next && next.end - next.start === 2 && next.value === (year.value + 1) % 100 ? next.to : year.to
    if (end !== year.to) next!.role = 'year'
    return make(tokens, index, end, 'date-range', {type: 'season', month: season.month, year: year.value, offset: undefined})
  }
  if (!season.lower) return undefined
  let lead = index - 1
  let article = false
  while (lead > index - 4 && seasonSkips.has(tokens[lead]?.lower ?? '')) {
    if (tokens[lead]!.lower === 'the') article = true
    lead--
  }
  if (!seasonLeads.has(tokens[lead]?.lower ?? '') || (season.month === 9 && tokens[index]!.lower.startsWith('fall') && !article)) return undefined
  return make(tokens, index, index + 1, 'relative', {type: 'season', month: season.month, year: undefined, offset: undefined})
}

/**
 * A time named by an event, which no date resolves: "before the pandemic",
 * "during the financial crisis", "pre-pandemic". Its figure is of another
 * time than the article's, so it must not take the article's period; with
 * no dates, it is matched to no record's period.
 */
function eventPeriod(tokens: readonly Token[], index: number, to: number): Found | undefined {
  let at = index + 1
  // "pre-pandemic", "pre-war".
  if (tokens[index]!.lower === 'pre') return tokens[at]?.text === '-' && !tokens[at]!.spaced && events.has(tokens[at + 1]?.lower ?? '') && at + 1 < to ? make(tokens, index, at + 2, 'relative', {type: 'event'}) : undefined
  if (tokens[at]?.lower !== 'the') return undefined
  at++
  // "the financial crisis", "the Covid pandemic": one word may name the event's kind; "the 2009 recession" is dated by its year, read as one.
  const end = events.has(tokens[at]?.lower ?? '') ? at + 1 : tokens[at]?.kind === 'word' && events.has(tokens[at + 1]?.lower ?? '') ? at + 2 : -1
  return end !== -1 && end <= to ? make(tokens, index, end, 'relative', {type: 'event'}) : undefined
}
