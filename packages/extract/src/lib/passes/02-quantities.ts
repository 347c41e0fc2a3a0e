import {createMention, type Mention} from '../mention.js'
import {abbreviatedScales, negatives, ordinalSuffixes, scales} from '../lexicon/number-words.js'
import type {Token} from '../tokenize.js'
import {andFraction} from './_number-words.js'
import {readCore, readOdds} from './_numerals.js'
import {readCurrencyPrefix, readUnit} from './_units.js'

const pronounDeterminers = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another', 'one', 'someone', 'little', 'only'])

/**
 * Find every number in tokens `[from, to)`: numerals, spelled-out numbers,
 * scales, currency, units, fractions, ordinals. Each token is looked at a
 * bounded number of times, so this is linear in the sentence length.
 */
export function readQuantities(tokens: readonly Token[], from: number, to: number): Mention[] {
  const mentions: Mention[] = []
  for (let index = from; index < to; index++) {
    const mention = readQuantity(tokens, index, to)
    if (mention) {
      mentions.push(mention)
      index = mention.to - 1
    }
  }
  return mentions
}

function readQuantity(tokens: readonly Token[], index: number, to: number): Mention | undefined {
  let position = index
  let negative = false
  let currency: string | undefined

  // Sign and currency before the amount: "-5", "minus 5", "$1", "US$ 2", "USD 5".
  const sign = tokens[position]!
  if ((sign.text === '-' || sign.text === '−') && sign.spaced && tokens[position + 1]?.kind === 'number' && !tokens[position + 1]!.spaced &&
    tokens[position - 1]?.kind !== 'number') {
    negative = true
    position++
  } else if (sign.kind === 'word' && negatives.has(sign.lower) && tokens[position + 1]) {
    negative = true
    position++
  }
  const prefix = readCurrencyPrefix(tokens, position, to)
  if (prefix) {
    currency = prefix.code
    position = prefix.to
  }

  const core = readCore(tokens, position, to)
  if (!core) return undefined
  // "the one you mentioned", "which one": a pronoun, not a number.
  if (core.words && core.value === 1 && core.to === position + 1 && pronounDeterminers.has(tokens[position - 1]?.lower ?? '')) return undefined
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
    const allowed = scale !== undefined && (!abbreviated || glued || currency !== undefined || scaleToken.lower.length > 1) &&
      !(scaleToken.text === 'm' && !currency && !followedByNoun(tokens, end + 1, to)) &&
      !(scaleToken.text === 'b' && !currency && !glued)
    if (allowed) {
      value *= scale
      precision *= scale
      end++
      if (!core.words) form = 'mixed'
    } else if (scaleToken.lower === 'dozen' || scaleToken.lower === 'dozens') {
      value *= 12
      end++
      form = core.words ? 'words' : 'mixed'
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
  const mention = createMention({
    from: index,
    to: end,
    start: tokens[index]!.start,
    end: tokens[end - 1]!.end,
    value,
    precision,
    form,
    role: ordinal ? 'ordinal' : 'cardinal',
    repairs: tokens.slice(position, core.to).flatMap((token) => token.repairs)
  })

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
    mention.weak = !isFollowedBy(tokens, end, 'of') && !hedged(tokens, index)
  }

  if (!ordinal) readUnit(tokens, mention, to, currency !== undefined)
  if (core.words && !core.fraction && mention.unit === 'count' && (value === 1 || value === 0)) mention.weak = true
  return mention
}

function followedByNoun(tokens: readonly Token[], index: number, to: number): boolean {
  const token = tokens[index]
  return index < to && token !== undefined && token.kind === 'word' && token.text === token.lower
}

function isFollowedBy(tokens: readonly Token[], index: number, word: string): boolean {
  return tokens[index]?.lower === word
}

/** Words that make a lone fraction a claim: "nearly half", "more than half", "fell by half". */
const fractionHedges = new Set(['nearly', 'almost', 'about', 'around', 'roughly', 'than', 'over', 'under', 'approximately', 'some', 'just', 'least', 'by'])

function hedged(tokens: readonly Token[], index: number): boolean {
  return fractionHedges.has(tokens[index - 1]?.lower ?? '')
}
