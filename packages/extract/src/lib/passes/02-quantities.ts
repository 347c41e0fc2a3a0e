import type {Repair} from '../claim.js'
import {createMention, type Mention, newMention} from '../mention.js'
import {abbreviatedScales, fractions, negatives, ordinals, ordinalSuffixes, scales, smallNumbers} from '../lexicon/number-words.js'
import type {Token} from '../tokenize.js'
import {andFraction} from './_number-words.js'
import {readCore, readOdds} from './_numerals.js'
import {measureAdjectives, readUnit} from './_units.js'
import {isGluedMinus, opensAccountingNegative, readCurrencyPrefix, readMinorAmount, readScaleAfterCurrency} from './_currency.js'
import {magnitudes, readMagnitude, vagueOpeners} from './_magnitudes.js'
import {readPercentWord} from './_percent-words.js'
import {readScaleLetter} from './_scale-letters.js'
import {shiftDecimal} from '../decimal.js'
import {units} from '../lexicon/units.js'
import {changeNouns} from '../lexicon/changes.js'
import {tagsOf} from '../nlp.js'

const pronounDeterminers = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another', 'one', 'someone', 'little', 'only'])

/**
 * Find every number in tokens `[from, to)`: numerals, spelled-out numbers,
 * scales, currency, units, fractions, ordinals. Each token is looked at a
 * bounded number of times, so this is linear in the sentence length.
 */
export function readQuantities(tokens: readonly Token[], from: number, to: number): Mention[] {
  const mentions: Mention[] = []
  for (let index = from; index < to; index++) {
    if (!mayStartQuantity(tokens[index]!)) continue
    const mention = readQuantity(tokens, index, to) ?? readPercentWord(tokens, index, to)
    if (mention) {
      mentions.push(mention)
      // A spelled rate's words are its denominator, no figure of their own: "$4.82 a dozen".
      index = (mention.rateEnd ?? mention.to) - 1
    }
  }
  return mentions
}

/** Words a quantity can open with; any other word is passed over at once, which keeps prose cheap. */
const openingWords: ReadonlySet<string> = new Set([
  ...smallNumbers.keys(), ...scales.keys(), ...ordinals.keys(), ...fractions.keys(), ...magnitudes.keys(), ...vagueOpeners, ...negatives,
  'a', 'an', 'half', 'quarter', 'dozen', 'percent', 'percents', 'percentage', 'per', 'u', 'us', 'c', 'ca', 'hk', 'nz', 's', 'nt',
  'r', 'mx', 'mex', 'au', 'rs', 'rm', 'rp', 'sh', 'ksh', 'sfr', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'inr', 'aud', 'cad', 'chf', 'hkd',
  'sgd', 'nzd', 'krw', 'brl', 'mxn', 'zar', 'sek', 'nok', 'dkk', 'twd'
])

const comparisonSigns: ReadonlySet<string> = new Set(['<', '>', '=', '≤', '≥'])

/** The repairs of tokens `[from, to)`: most figures have none, and then share the tokens' empty list. */
function repairsOf(tokens: readonly Token[], from: number, to: number): Repair[] {
  let repairs: Repair[] | undefined
  for (let index = from; index < to; index++) {
    const own = tokens[index]!.repairs
    if (own.length === 0) continue
    repairs ??= []
    for (const repair of own) repairs.push(repair)
  }
  return repairs ?? tokens[from]!.repairs
}

function mayStartQuantity(token: Token): boolean {
  if (token.kind !== 'word') return true
  // Capitalised ISO codes ("SEK 5", "MUSD 30") are checked where they stand.
  if (openingWords.has(token.lower)) return true
  // Upper case before anything is allocated: this runs for every word.
  const first = token.text.charCodeAt(0)
  return token.text.length <= 4 && first >= 65 && first <= 90 && token.text === token.text.toUpperCase()
}

function readQuantity(tokens: readonly Token[], index: number, to: number): Mention | undefined {
  let position = index
  let negative = false
  let currency: string | undefined

  // Sign and currency before the amount: "-5", "minus 5", "$1", "US$ 2", "USD 5".
  const sign = tokens[position]!
  // "<-30", ">= -5": after a comparison sign a glued minus is a sign too.
  const afterSign = comparisonSigns.has(tokens[position - 1]?.text ?? '')
  if ((sign.text === '-' || sign.text === '−') && (sign.spaced || afterSign) && tokens[position + 1]?.kind === 'number' && !tokens[position + 1]!.spaced &&
    tokens[position - 1]?.kind !== 'number') {
    negative = true
    position++
  } else if (sign.kind === 'word' && negatives.has(sign.lower) && tokens[position + 1] && !(tokens[position - 1]?.lower === 'or' && tokens[position - 2]?.lower === 'plus')) {
    negative = true
    position++
  }
  // "was ($99.99)": an accounting negative, read when its bracket closes right after the amount.
  const accounting = !negative && opensAccountingNegative(tokens, position, to)
  if (accounting) position++
  const prefix = readCurrencyPrefix(tokens, position, to)
  if (prefix) {
    currency = prefix.code
    position = prefix.to
    // "$-99.99": the minus after the sign.
    if (!negative && isGluedMinus(tokens, position)) {
      negative = true
      position++
    }
  }
  const prefixFactor = prefix?.factor ?? 1

  const core = readCore(tokens, position, to)
  if (!core) return currency || negative ? undefined : readMagnitudeMention(tokens, index, to) ?? readHedgedArticle(tokens, index, to)
  // "the one you mentioned", "which one": a pronoun, not a number; "that one in four" is odds.
  if (core.words && core.value === 1 && core.to === position + 1 && pronounDeterminers.has(tokens[position - 1]?.lower ?? '') &&
    !readOdds(tokens, core.to, to, 1) && !units.has(tokens[core.to]?.lower ?? '')) return undefined
  // "a one-off payment", "two-wheeler makers", "a five-star hotel": a compound that names a kind of thing, no count.
  if (!currency && tokens[core.to]?.text === '-' && !tokens[core.to]!.spaced && numberCompounds.has(tokens[core.to + 1]?.lower ?? '') && !tokens[core.to + 1]!.spaced) return undefined
  let {value, precision} = core
  let end = core.to
  // "one in five", "1 out of 3": odds, read as a share.
  const odds = !currency && !core.ordinal && !core.fraction ? readOdds(tokens, end, to, value) : undefined
  if (odds) {
    core.fraction = true
    value /= odds.denominator
    precision = 0.05
    end = odds.to
  }
  let form: Mention['form'] = core.words ? 'words' : 'numeral'

  // Scales: "1 million", "2.5bn", "$1m", "10k", "3 dozen".
  const scaleToken = tokens[end]
  if (!core.ordinal && !core.fraction && scaleToken && scaleToken.kind === 'word' && end < to) {
    const glued = !scaleToken.spaced
    const scale = scales.get(scaleToken.lower)
    const abbreviated = abbreviatedScales.has(scaleToken.lower)
    // "2.5bn", "10 bn", "$1m", "10M": one-letter abbreviations must be glued, and a lower-case "m" could be metres.
    // "2.33 k" at the end of a phrase is thousands too.
    const closing = tokens[end + 1] === undefined || end + 1 >= to || tokens[end + 1]!.kind === 'punct'
    // "US$ 1MM": bankers' millions.
    const millions = scaleToken.text === 'MM' && glued && currency !== undefined
    const allowed = millions || scale !== undefined && (!abbreviated || glued || currency !== undefined || scaleToken.lower.length > 1 || (scaleToken.lower === 'k' && closing)) &&
      !(scaleToken.text === 'm' && !currency && (!followedByNoun(tokens, end + 1, to) || measureAdjectives.has(tokens[end + 1]?.lower ?? ''))) &&
      !(scaleToken.text === 'b' && !currency && !glued) &&
      // "4K", "8K" screens and "5K" races: a one-digit figure glued to a capital K names a standard.
      !(scaleToken.text === 'K' && glued && !currency && !core.words && tokens[core.to - 1]!.text.length === 1)
    if (allowed) {
      const places = Math.log10(millions ? 1e6 : scale!)
      value = shiftDecimal(value, places)
      precision = shiftDecimal(precision, places)
      end++
      if (!core.words) form = 'mixed'
    } else if (dozens.has(scaleToken.lower)) {
      value *= 12
      end++
      form = core.words ? 'words' : 'mixed'
    } else {
      const letter = core.words ? undefined : readScaleLetter(tokens, end, to, tokens[core.to - 1]!, currency !== undefined)
      if (letter !== undefined) {
        value = shiftDecimal(value, Math.log10(letter))
        precision = shiftDecimal(precision, Math.log10(letter))
        end++
        form = 'mixed'
      }
    }
  }

  // "4 thousand 3 hundred and 21", "6 crore and two hundred": smaller parts after a scale.
  if (!core.ordinal && !core.fraction && end > core.to && scales.has(tokens[end - 1]!.lower) && !abbreviatedScales.has(tokens[end - 1]!.lower)) {
    const tail = readScaledTail(tokens, end, to, scales.get(tokens[end - 1]!.lower)!)
    if (tail) {
      value += tail.value
      end = tail.to
    }
  }

  // "3 million and a half".
  if (tokens[end - 1] && scales.has(tokens[end - 1]!.lower) && !core.words && tokens[end]?.lower === 'and') {
    const part = andFraction(tokens, end + 1, to, scales.get(tokens[end - 1]!.lower)!)
    if (part) {
      value += part.value
      end = part.to
    }
  }

  // Ordinal numerals: "4th", "21st".
  let ordinal = core.ordinal
  const suffix = tokens[end]
  if (!core.words && suffix && suffix.kind === 'word' && !suffix.spaced && ordinalSuffixes.has(suffix.lower) && end < to) {
    ordinal = true
    end++
  }

  if (negative) value = -value
  // "a quarter-century", "a half-hour": a fraction of the unit it is glued to.
  // "½ teaspoon": a written fraction before a unit is an amount of it.
  const vulgar = core.fraction && tokens[position]!.kind !== 'word' && !odds
  // "one-half miles", "three-quarters inch": a hyphenated fraction word before a unit is an amount of it.
  const hyphenatedWord = core.fraction && core.words && position + 1 < core.to - 1 && tokens[position + 1]!.text === '-' && !tokens[position + 1]!.spaced
  // "half an hour", "half a percentage point": an article between the fraction and its unit.
  const beforeArticle = tokens[end]?.lower === 'a' || tokens[end]?.lower === 'an'
  const articled = vulgar || hyphenatedWord || beforeArticle || tokens[position]!.lower === 'a' || tokens[position]!.lower === 'an' || fractionLeads.has(tokens[position - 1]?.lower ?? '')
  // "for a third week", "a fifth straight week": an ordinal before what it counts in a series, not a third of a week.
  if (core.fraction && core.words && !odds && ordinalFractions.has(tokens[end - 1]!.lower) && seriesAfter(tokens, end)) return undefined
  const partOf = core.fraction && !odds && articled ? fractionOfUnit(tokens, end, to, value) : undefined
  if (partOf) {
    const mention = createMention({from: index, to: partOf.to, start: tokens[index]!.start, end: tokens[partOf.to - 1]!.end, value: partOf.value, precision: partOf.precision, form: 'words'})
    mention.unit = partOf.unit
    mention.dimension = partOf.dimension
    return mention
  }
  const mention = newMention(index, end, tokens[index]!.start, tokens[end - 1]!.end, value, precision, form)
  if (ordinal) mention.role = 'ordinal'
  mention.repairs = repairsOf(tokens, position, core.to)

  if (currency) {
    mention.unit = currency
    mention.dimension = 'currency'
  } else if (core.fraction) {
    mention.fraction = true
    // "nearly half", "a third of": a share, stated in percent.
    mention.value = value * 100
    mention.precision = 5
    mention.unit = 'percent'
    mention.dimension = 'share'
    mention.weak = !odds && !isFollowedBy(tokens, end, 'of') && !hedged(tokens, index)
  }

  mention.figure = {start: tokens[prefix ? position : index]!.start, end: tokens[end - 1]!.end}
  if (prefixFactor !== 1) {
    mention.value = shiftDecimal(mention.value, Math.log10(prefixFactor))
    mention.precision = shiftDecimal(mention.precision, Math.log10(prefixFactor))
  }
  // Odds count what follows ("one in every eight dollars" is a share of dollars): no unit.
  if (!ordinal && !odds) readUnit(tokens, mention, to, currency !== undefined)
  // "half-year", "a half percent": a fraction given a unit is an amount of that unit, no longer a share in percent.
  if (mention.fraction && mention.unitSpan !== undefined) {
    mention.fraction = false
    mention.value = value
    mention.precision = precision
    // "a half percent rise" states an amount; "a half-year profit" names a period by an adjective.
    mention.weak = tokens[end]?.text === '-'
  }
  if (mention.dimension === 'currency') {
    readScaleAfterCurrency(tokens, mention, to)
    readMinorAmount(tokens, mention, to)
  }
  if (core.words && !core.fraction && (value === 1 || value === 0) && core.to === position + 1) mention.weak = isIdiomatic(tokens, index, mention)
  // "three times the size of France", "four times higher than": a multiplier compares, it counts nothing (as "doubled" does not).
  if (mention.unit === 'count' && tokens[end]?.lower === 'times' && multiplied.has(tokens[end + 1]?.lower ?? '')) mention.weak = true
  if (accounting) return closeAccountingNegative(tokens, mention, to)
  return mention
}

/** The amount after an accounting bracket is negative when the bracket closes right after it: "($99.99)", "($2.1 million)". */
function closeAccountingNegative(tokens: readonly Token[], mention: Mention, to: number): Mention | undefined {
  const closer = tokens[mention.to]
  if (closer?.text !== ')' || closer.spaced || mention.to >= to || mention.dimension !== 'currency') return undefined
  mention.value = -mention.value
  mention.to++
  mention.end = closer.end
  return mention
}

const dozens = new Set(['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs'])

/**
 * What follows a scaled figure and is smaller than its scale: "3 hundred and
 * 21", "4 thousand 3 hundred and 21". A part must be smaller than the scale
 * before it; "and" joins only the last part, and a part must close the
 * phrase or end on a smaller scale, so "2 million and 300 people" stays two figures.
 */
function readScaledTail(tokens: readonly Token[], index: number, to: number, scale: number): {value: number; to: number} | undefined {
  let total = 0
  let position = index
  let limit = scale
  let read = false
  for (let parts = 0; parts < 4; parts++) {
    const joined = tokens[position]?.lower === 'and' || tokens[position]?.text === '&' || (tokens[position]?.text === ',' && parts === 0 && read === false && false)
    const start = joined ? position + 1 : position
    const part = readCore(tokens, start, to)
    if (!part || part.ordinal || part.fraction || part.value >= limit || part.value <= 0) break
    let value = part.value
    let next = part.to
    const partScale = scales.get(tokens[next]?.lower ?? '')
    if (partScale !== undefined && partScale < limit && !abbreviatedScales.has(tokens[next]!.lower) && next < to) {
      value *= partScale
      next++
    }
    const after = tokens[next]
    const closes = !after || next >= to || after.kind === 'punct' || tagsOf(after.lower).has('Verb') || tagsOf(after.lower).has('Copula') || after.lower === 'and' || after.lower === 'is' || after.lower === 'are' || units.has(after.lower)
    const scaled = partScale !== undefined && partScale < limit
    // "4 thousand 3 hundred and 21", not "up from 14 million five years ago": a last part without a scale is joined by "and".
    if (!scaled && (!closes || !joined)) break
    if (value >= limit) break
    total += value
    position = next
    read = true
    limit = scaled ? partScale! : value
    if (!scaled) break
  }
  return read ? {value: total, to: position} : undefined
}

/** Words a hedge ends with before an article: "more than a decade", "nearly a year", "in under an hour", "at least a week". */
const hedgeEnds: ReadonlySet<string> = new Set(['nearly', 'almost', 'over', 'under', 'about', 'around', 'roughly', 'least', 'barely', 'just'])
const comparativesBeforeThan: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'longer', 'shorter'])
const relativeWords: ReadonlySet<string> = new Set(['ago', 'earlier', 'later'])

/** After a hedge, an article counts one of a measure: "more than a decade" is a decade or more; "a year ago" stays a date. */
function readHedgedArticle(tokens: readonly Token[], index: number, to: number): Mention | undefined {
  const article = tokens[index]!
  const before = tokens[index - 1]?.lower ?? ''
  if ((article.lower !== 'a' && article.lower !== 'an') || index + 1 >= to) return undefined
  if (!hedgeEnds.has(before) && !(before === 'than' && comparativesBeforeThan.has(tokens[index - 2]?.lower ?? ''))) return undefined
  const word = tokens[index + 1]!
  const info = word.kind === 'word' && word.text.length > 2 && !word.lower.endsWith('s') ? units.get(word.lower) : undefined
  if (!info || info.dimension === 'currency' || info.dimension === 'share' || relativeWords.has(tokens[index + 2]?.lower ?? '')) return undefined
  const mention = createMention({from: index, to: index + 2, start: article.start, end: word.end, value: 1, precision: 1, form: 'words'})
  mention.unit = info.unit
  mention.dimension = info.dimension
  mention.unitSpan = {from: index + 1, to: index + 2}
  return mention
}

function readMagnitudeMention(tokens: readonly Token[], index: number, to: number): Mention | undefined {
  const magnitude = readMagnitude(tokens, index, to)
  if (!magnitude) return undefined
  const mention = createMention({from: index, to: magnitude.to, start: tokens[index]!.start, end: tokens[magnitude.to - 1]!.end, value: magnitude.low, precision: magnitude.base, form: 'words'})
  // "a couple hundred" is about one figure; the rest span a range.
  if (magnitude.low !== magnitude.high) {
    mention.low = magnitude.low
    mention.high = magnitude.high
  }
  mention.bound = '~'
  // "several hundred years", "a few thousand dollars": the unit after a vague count, as after a figure.
  if (magnitude.counted) {
    readUnit(tokens, mention, to, false)
    return mention
  }
  // "hundreds of millions of euros": the currency after "of" is the unit.
  const currency = tokens[magnitude.to]?.lower === 'of' ? units.get(tokens[magnitude.to + 1]?.lower ?? '') : undefined
  if (currency?.dimension === 'currency' && magnitude.to + 1 < to) {
    mention.unit = currency.unit
    mention.dimension = 'currency'
    mention.to = magnitude.to + 2
    mention.end = tokens[magnitude.to + 1]!.end
  }
  return mention
}

/** Words after a lone "one" that make it an idiom, not a count: "one of the best", "at one point", "one day he…". */
/** Words a number is hyphenated to in a compound that counts nothing: "one-off", "two-wheeler", "five-star", "three-way". */
const numberCompounds: ReadonlySet<string> = new Set(['off', 'time', 'way', 'sided', 'stop', 'wheeler', 'wheelers', 'tier', 'man', 'party', 'horse', 'liner', 'liners', 'star', 'handed', 'on', 'to'])

const idiomNouns = new Set(['another', 'other', 'thing', 'way', 'time', 'point', 'hand', 'side', 'more', 'last', 'such', 'or', 'and', 'too', 'either', 'which', 'who', 'that', 'after', 'by', 'to', 'is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'might', 'may', 'must', 'does', 'did', 'in', 'on', 'at', 'for', 'with', 'as'])
const countingCues = new Set(['for', 'in', 'within', 'just', 'only', 'about', 'than', 'nearly', 'almost', 'over', 'least', 'lasted', 'after', 'exactly'])
const functionTags = ['Preposition', 'Determiner', 'Conjunction', 'Copula', 'Modal', 'Pronoun', 'Adverb', 'Auxiliary', 'QuestionWord', 'Possessive']

/**
 * A lone "one" (or "zero") counts something when a noun follows ("one count
 * of perjury", "zero deaths") or a count of the whole ("one of three
 * proposals"); it is a pronoun or idiom otherwise ("one of the best", "one
 * day he left").
 */
function isIdiomatic(tokens: readonly Token[], index: number, mention: Mention): boolean {
  const next = tokens[mention.to]
  if (mention.unit !== 'count') {
    // "One day, he…" against "the strike lasted one day".
    if (mention.dimension !== 'time') return false
    return !countingCues.has(tokens[index - 1]?.lower ?? '')
  }
  // "a one-bedroom flat", "a one-day strike": the hyphen makes a count of what follows.
  if (next?.text === '-' && !next.spaced && tokens[mention.to + 1]?.kind === 'word' && !tokens[mention.to + 1]!.spaced) return false
  if (!next || next.kind !== 'word') return true
  if (next.lower === 'of') {
    const whole = tokens[mention.to + 1]
    return !(whole && (whole.kind === 'number' || readCore(tokens, mention.to + 1, mention.to + 6)?.words === true))
  }
  if (next.text !== next.lower || idiomNouns.has(next.lower)) return true
  // "number one responsibility"; "in one recent week" names a time, not a count.
  if (tokens[index - 1]?.lower === 'number') return true
  const tags = tagsOf(next.lower)
  if (tags.has('Adjective') && units.get(tokens[mention.to + 1]?.lower ?? '')?.dimension === 'time') return true
  return functionTags.some((tag) => tags.has(tag)) || (tags.has('PastTense') && !tags.has('Noun'))
}

/** Units a reader restates a fraction of in a smaller one: a quarter-century is 25 years. */
const restatedUnits: ReadonlyMap<string, {unit: string; size: number}> = new Map([['century', {unit: 'year', size: 100}], ['decade', {unit: 'year', size: 10}]])
/** Words before a bare fraction that make "half-hour" a quantity ("for a half-hour"), not an adjective ("half-year profit"). */
const fractionLeads = new Set(['a', 'an', 'for', 'over', 'about', 'nearly', 'almost', 'than', 'of', 'past', 'last', 'within', 'by', 'just', 'some', 'around', 'roughly'])

/** "a quarter-century", "a quarter-acre lot", "by half a cent", "half a percentage point": a fraction of one unit. */
function fractionOfUnit(tokens: readonly Token[], index: number, to: number, share: number): {value: number; unit: string; dimension: Mention['dimension']; precision: number; to: number} | undefined {
  const joiner = tokens[index]
  if (!joiner || index + 1 >= to) return undefined
  const hyphen = joiner.text === '-' && !joiner.spaced && !tokens[index + 1]!.spaced
  const article = (joiner.lower === 'a' || joiner.lower === 'an') && !hyphen
  const direct = joiner.kind === 'word' && !article
  if (!hyphen && !article && !direct) return undefined
  const probe = createMention({from: index - 1, to: direct ? index : index + 1, start: 0, end: 0, value: 1, precision: 1, form: 'words'})
  readUnit(tokens, probe, to, false)
  if (probe.unit === 'count' || probe.dimension === 'share' && probe.unit === 'percent' || probe.per !== undefined) return undefined
  const restated = restatedUnits.get(probe.unit)
  const size = restated?.size ?? 1
  return {value: Number((share * size).toPrecision(12)), unit: restated?.unit ?? probe.unit, dimension: probe.dimension, precision: size * 0.05, to: probe.to}
}

/** "10m people" is ten million of them; "1.8m tall" and "1m is" are metres. */
function followedByNoun(tokens: readonly Token[], index: number, to: number): boolean {
  const token = tokens[index]
  if (index >= to || token === undefined || token.kind !== 'word' || token.text !== token.lower) return false
  // "1m isn't": a contraction is a verb.
  if (token.lower.includes("'") || token.lower.includes('’')) return false
  const tags = tagsOf(token.lower)
  return !(tags.has('Copula') || tags.has('Preposition') || tags.has('Conjunction') || tags.has('Modal') || tags.has('Auxiliary') || tags.has('Adverb'))
}

function isFollowedBy(tokens: readonly Token[], index: number, word: string): boolean {
  return tokens[index]?.lower === word
}

/** Words after "N times" that make it a multiplier: "the size", "as many", "higher", "more than". */
const multiplied: ReadonlySet<string> = new Set(['the', 'as', 'more', 'higher', 'larger', 'bigger', 'greater', 'faster', 'lower', 'smaller', 'less', 'fewer', 'over', 'that', 'its', 'their', 'what'])

/** Fraction words that are ordinals too ("a third week"); "half" and "quarter" are not. */
const ordinalFractions: ReadonlySet<string> = new Set(['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'])
const seriesWords: ReadonlySet<string> = new Set(['straight', 'consecutive', 'successive', 'week', 'day', 'month', 'year', 'quarter', 'time', 'term', 'season', 'round', 'session', 'night', 'weekend', 'game', 'race'])

function seriesAfter(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index]
  return next !== undefined && next.spaced && seriesWords.has(next.lower)
}

/** Words that make a lone fraction a claim: "nearly half", "more than half", "fell by half". */
const fractionHedges = new Set(['nearly', 'almost', 'about', 'around', 'roughly', 'than', 'over', 'under', 'approximately', 'some', 'just', 'least', 'by', 'up', 'down'])

function hedged(tokens: readonly Token[], index: number): boolean {
  // "a fall of a fifth", "a rise of a third": the size of a change named before it.
  return fractionHedges.has(tokens[index - 1]?.lower ?? '') || (tokens[index - 1]?.lower === 'of' && changeNouns.has(tokens[index - 2]?.lower ?? ''))
}
