import type {Mention} from '../mention.js'
import {ambiguousUnits, rateNouns, units} from '../lexicon/units.js'
import type {Token} from '../tokenize.js'
import {tagsOf} from '../nlp.js'
import {matchUnitPhrase} from './_unit-phrases.js'

/** Time abbreviations that only a slash makes a denominator: "300,000 km/s", "5 MB/s", "60 mg/d". */
const slashDenominators: ReadonlyMap<string, string> = new Map([['s', 'second'], ['h', 'hour'], ['d', 'day'], ['wk', 'week'], ['mo', 'month'], ['yr', 'year']])

/** After a rate's "a year": "a year earlier", "a week ago" name a time, not a rate. */
const relativeAfter = new Set(['earlier', 'ago', 'before', 'later', 'after', 'prior', 'previously', 'on', 'since'])
/** What pay is counted before or after: "$21.40 an hour before expenses", "£30,000 a year after tax" stay rates. */
const payDeductions = new Set(['tax', 'taxes', 'expenses', 'deductions', 'costs', 'fees', 'inflation', 'bonuses', 'overtime', 'tips', 'commission'])
const timeRates = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'quarter', 'year', 'decade', 'century'])
/** Adverbs that state a rate after the amount: "1.5 billion shekels annually". */
const rateAdverbs = new Map([['annually', 'year'], ['yearly', 'year'], ['monthly', 'month'], ['weekly', 'week'], ['daily', 'day'], ['nightly', 'night'], ['hourly', 'hour']])
/** Words between a count and its rate that are the thing counted: "182,000 vehicles a day", "2.8 million litres of water a day". */
const maxCountedWords = 2

/** "a barrel", "per day", "per capita", "/kWh", "an hour", "for every resident": the denominator of a rate. */
export function readRate(tokens: readonly Token[], mention: Mention, to: number): void {
  if (mention.per !== undefined) return
  const adverb = rateAdverbs.get(tokens[mention.to]?.lower ?? '')
  if (adverb && mention.to < to && mention.unit !== 'count') {
    mention.per = adverb
    mention.rateWords = wordsOf(tokens, mention.to, mention.to + 1)
    return
  }
  if (rateAt(tokens, mention, mention.to, to, true)) return
  if (isAnnualRate(tokens, mention)) {
    mention.per = 'year'
    mention.rateWords = wordsOf(tokens, mention.from - 3, mention.from - 1)
    return
  }
  const named = namedRate(tokens, mention)
  if (named) {
    mention.per = named.per
    mention.rateWords = wordsOf(tokens, named.at, named.at + 1)
    return
  }
  // "182,000 vehicles a day": the rate stands after what is counted; the span stays the figure's.
  let index = mention.to
  if (tokens[index]?.lower === 'of') index++
  for (let words = 0; words < maxCountedWords && index < to; words++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.text !== token.lower || token.lower === 'a' || token.lower === 'an' || token.lower === 'per' || token.lower === 'for') break
    // "4.2 million in a year": a preposition ends what is counted.
    if (tagsOf(token.lower).has('Preposition') || tagsOf(token.lower).has('Determiner')) break
    index++
    if (rateAt(tokens, mention, index, to, false)) return
  }
}

function rateAt(tokens: readonly Token[], mention: Mention, at: number, to: number, adjacent: boolean): boolean {
  let index = at
  let cue = tokens[index]
  if (!cue || index + 1 >= to) return false
  // "$11,000 for every resident", "one for each".
  if (cue.lower === 'for' && (tokens[index + 1]?.lower === 'every' || tokens[index + 1]?.lower === 'each') && index + 2 < to) {
    index++
    cue = tokens[index]!
  }
  const word = cue.lower
  const slash = cue.text === '/' && !cue.spaced && !tokens[index + 1]!.spaced
  if (word !== 'per' && word !== 'a' && word !== 'an' && word !== 'every' && word !== 'each' && !slash) return false
  if (!adjacent && word !== 'a' && word !== 'an' && word !== 'per') return false
  if (word === 'per' && perPower(tokens, mention, index, to, adjacent)) return true
  if (word === 'per' && adjacent && perMeasure(tokens, mention, index, to)) return true
  // "$2,100 per 40-foot container": the thing counted after its measure, which stays a figure of its own.
  const measured = tokens[index + 4]
  if (word === 'per' && tokens[index + 1]?.kind === 'number' && tokens[index + 2]?.text === '-' && units.has(tokens[index + 3]?.lower ?? '') && index + 4 < to &&
    measured?.kind === 'word' && measured.text === measured.lower && !units.has(measured.lower)) {
    mention.per = singular(measured.lower)
    mention.rateWords = wordsOf(tokens, at, index + 1)
    if (adjacent) mention.rateEnd = index + 1
    return true
  }
  // Only what can be measured has a rate: "4 a.m." is a time, "3 a day" is a rate.
  const phrase = matchUnitPhrase(tokens, index + 1, to)
  const next = tokens[index + 1]!
  let per: string | undefined
  let end = index + 2
  if (phrase && phrase.info.dimension !== 'share') {
    per = phrase.info.unit
    end = phrase.to
  } else if (next.kind === 'word' && next.text !== 'per') {
    const unit = units.get(next.lower)
    const noun = rateNouns.get(next.lower)
    const open = word === 'per' || slash || word === 'every' || word === 'each'
    const abbreviated = slash ? slashDenominators.get(next.text) : undefined
    // "per TEU": an acronym counted as written.
    const acronym = word === 'per' && next.text.length >= 2 && next.text.length <= 5 && /^[A-Z]+s?$/.test(next.text) ? next.text.replace(/s$/, '') : undefined
    if (open) per = abbreviated ?? unit?.unit ?? noun ?? acronym ?? (next.text === next.lower && next.lower !== 'cent' && next.lower.length > 2 ? singular(next.lower) : undefined)
    else per = noun ?? (unit && unit.dimension !== 'currency' && unit.dimension !== 'share' && !ambiguousUnits.has(next.lower) ? unit.unit : undefined)
    if (per === 'percent') per = undefined
    // Across what is counted only time makes a rate with "a" ("16 trains a day", not "5 pupils a teacher"); "per" always does.
    if (!adjacent && word !== 'per' && !(unit?.dimension === 'time' || noun === 'night')) per = undefined
  }
  if (per === undefined) return false
  // "km/s2": a power glued to the denominator makes another unit (an acceleration), not this rate.
  if (slash && tokens[end]?.kind === 'number' && !tokens[end]!.spaced) return false
  if (timeRates.has(per) && relativeAfter.has(tokens[end]?.lower ?? '') && word !== 'per' && !isDeduction(tokens[end]!, tokens[end + 1]) &&
    !(tokens[end]!.lower === 'on' && isWhereOn(tokens[end + 1]))) return false
  if (tokens[end]?.text === '.' && !tokens[end]!.spaced && tokens[end + 1] && !tokens[end + 1]!.spaced) return false
  // A spelled rate stays out of the span ("$98 a share" → "$98"): the denominator is data, as public suites mark it.
  // A slash glues the denominator into the written unit ("$15.4/hour", "3 W/min", like "km/h"): it is spanned.
  mention.per = per
  if (slash) {
    mention.to = end
    mention.end = tokens[end - 1]!.end
    return true
  }
  mention.rateWords = wordsOf(tokens, at, end)
  if (adjacent) mention.rateEnd = end
  return true
}

/** Words after "before"/"after" that make a time ("a year before the election", "a week after it"), not what pay is counted before. */
const timeFollowers: ReadonlySet<string> = new Set(['the', 'a', 'an', 'that', 'this', 'these', 'those', 'it', 'its', 'his', 'her', 'their', 'our', 'he', 'she', 'they', 'we', 'i', 'you', 'then', 'being', 'last', 'next'])

/** "$812 a month before subsidies", "₹22,000 a month before fuel costs", "£30,000 a year after tax": what a rate is counted before or after. */
function isDeduction(relation: Token, next: Token | undefined): boolean {
  if (!next || next.kind !== 'word') return false
  if (payDeductions.has(next.lower)) return true
  return (relation.lower === 'before' || relation.lower === 'after') && next.text === next.lower && !timeFollowers.has(next.lower) && !next.lower.endsWith('ing')
}

/**
 * "34 per 1,000 people", "5.6 per 100,000 residents", "12 per 100": a rate
 * per a power of ten of what follows. Per 100 is a percentage and per 1,000
 * a per-mille, spanned as a unit is; per larger powers the denominator is
 * the power and what it counts ("100000 resident"), out of the span as a
 * spelled denominator is.
 */
function perPower(tokens: readonly Token[], mention: Mention, index: number, to: number, adjacent: boolean): boolean {
  const figure = tokens[index + 1]
  if (!figure || figure.kind !== 'number' || figure.decimals > 0 || index + 1 >= to || mention.unit !== 'count') return false
  let power = figure.value
  let end = index + 2
  // "per 100,000", "per million", "per 1 million".
  if (tokens[end]?.lower === 'million' && end < to) {
    power *= 1e6
    end++
  }
  if (![100, 1000, 10_000, 100_000, 1_000_000].includes(power)) return false
  const noun = tokens[end]?.kind === 'word' && end < to && tagsOf(tokens[end]!.lower).has('Plural') ? tokens[end]! : undefined
  // "12 doctors per 1,000 people": across what is counted, a count per that many.
  if (adjacent && (power === 100 || power === 1000)) {
    mention.unit = power === 100 ? 'percent' : 'per-mille'
    mention.dimension = 'share'
    mention.to = end
    mention.end = tokens[end - 1]!.end
    if (noun) mention.rateEnd = end + 1
    return true
  }
  mention.per = `${power} ${noun === undefined || noun.lower === 'people' ? 'person' : singular(noun.lower)}`
  mention.rateEnd = noun ? end + 1 : end
  mention.rateWords = wordsOf(tokens, index, mention.rateEnd)
  return true
}

/**
 * "45 euro cents per 1,000 litres", "6.5 litres per 100 km", "$2.50 per
 * 1,000 gallons": a rate per a stated amount of a unit. The denominator is
 * `per` ("1000 litre") and its words stay out of the claims: "1,000 litres"
 * is no figure of its own.
 */
function perMeasure(tokens: readonly Token[], mention: Mention, index: number, to: number): boolean {
  const figure = tokens[index + 1]
  if (!figure || figure.kind !== 'number' || figure.spaced === false || index + 2 >= to) return false
  const phrase = matchUnitPhrase(tokens, index + 2, to)
  const word = tokens[index + 2]!
  const info = phrase?.info ?? (word.kind === 'word' ? units.get(word.lower) : undefined)
  if (!info || info.dimension === 'currency' || info.dimension === 'share' || (!phrase && ambiguousUnits.has(word.lower))) return false
  const end = phrase ? phrase.to : index + 3
  mention.per = `${figure.value} ${info.unit}`
  mention.rateEnd = end
  mention.rateWords = wordsOf(tokens, index, end)
  return true
}

/** "a year on, the town…" is a time; "90 minutes a day on the bus", "five hours a day on screens" say where the time goes. */
function isWhereOn(next: Token | undefined): boolean {
  return next !== undefined && next.kind === 'word' && next.lower !== 'from'
}

const annualWords = new Set(['annual', 'annualized', 'annualised'])

/**
 * "starts rose to an annual rate of 1.47 million units", "sales ran at an
 * annualized pace of 17 million": economic releases state a monthly figure
 * as a yearly rate. A share ("an annual rate of 3%") is no amount per year.
 */
function isAnnualRate(tokens: readonly Token[], mention: Mention): boolean {
  const of = tokens[mention.from - 1]
  const rate = tokens[mention.from - 2]?.lower
  return mention.dimension !== 'share' && of?.lower === 'of' && (rate === 'rate' || rate === 'pace') && annualWords.has(tokens[mention.from - 3]?.lower ?? '')
}

/** Adjectives that name what a figure is per: "monthly repayments of about £240", "a nightly rate of €180". */
const rateAdjectives: ReadonlyMap<string, string> = new Map([['monthly', 'month'], ['weekly', 'week'], ['daily', 'day'], ['hourly', 'hour'], ['nightly', 'night']])
const hedgeWordsBefore: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'just', 'over', 'under', 'up', 'to', 'more', 'less', 'than', 'at', 'least', 'an', 'estimated'])

/** "monthly repayments of about £240", "an average weekly wage of £680": a rate adjective up to three words before "of" and the figure. */
function namedRate(tokens: readonly Token[], mention: Mention): {per: string; at: number} | undefined {
  let index = mention.from - 1
  for (let hedge = 0; hedge < 3 && hedgeWordsBefore.has(tokens[index]?.lower ?? ''); hedge++) index--
  if (tokens[index]?.lower !== 'of') return undefined
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
    const token = tokens[back]!
    if (token.kind !== 'word') return undefined
    const per = rateAdjectives.get(token.lower)
    if (per) return {per, at: back}
  }
  return undefined
}

/** The characters of tokens `[from, to)`. */
function wordsOf(tokens: readonly Token[], from: number, to: number): {start: number; end: number} {
  return {start: tokens[from]!.start, end: tokens[to - 1]!.end}
}

function singular(word: string): string {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}
