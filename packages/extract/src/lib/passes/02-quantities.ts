import {createMention, type Mention} from '../mention.js'
import {abbreviatedScales, negatives, ordinalSuffixes, scales, vulgarFractions} from '../lexicon/number-words.js'
import {ambiguousUnits, currencyPrefixes, type UnitInfo, unitPhrases, units} from '../lexicon/units.js'
import type {Token} from '../tokenize.js'
import {andFraction, readNumberWords} from './_number-words.js'

const slashDenominators = new Set([2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100])
const pronounDeterminers = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another', 'one', 'someone', 'little', 'only'])
/** "one in five", "1 out of 3": a share written as odds. */
const oddsWords = new Set(['in', 'out', 'over'])

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

interface Core {
  value: number
  precision: number
  to: number
  words: boolean
  ordinal: boolean
  fraction: boolean
}

function readCore(tokens: readonly Token[], index: number, to: number): Core | undefined {
  const token = tokens[index]
  if (!token || index >= to) return undefined

  if (token.kind === 'number') {
    let value = token.value
    let end = index + 1
    let precision = numeralPrecision(token)
    // "1 234 567": groups of three after single spaces (SI style).
    if (!token.grouped && token.decimals === 0 && token.digits <= 3) {
      let groups = 0
      while (isSpacedGroup(tokens, end + groups, to, tokens[end + groups - 1]!)) groups++
      if (groups > 0) {
        const last = tokens[end + groups - 1]!
        const digits = tokens.slice(index, end + groups).map((part) => part.text).join('')
        value = Number(digits)
        precision = last.decimals > 0 ? 10 ** -last.decimals : 1
        end += groups
      }
    }
    // "1e10", "12.32e+14", "2.5^-1".
    const power = readExponent(tokens, end, to)
    if (power) {
      value = power.caret ? value ** power.exponent : value * 10 ** power.exponent
      precision = Math.abs(value) * 1e-12 || 1e-12
      end = power.to
    }
    // "2 1/2" and "1/2".
    const slash = readSlashFraction(tokens, end, to)
    if (slash && tokens[end]!.spaced && token.decimals === 0) {
      value += slash.value
      precision = 1 / slash.denominator
      end = slash.to
    } else {
      const own = readSlashFraction(tokens, index, to)
      if (own) return {value: own.value, precision: 1 / own.denominator, to: own.to, words: false, ordinal: false, fraction: false}
    }
    return {value, precision, to: end, words: false, ordinal: false, fraction: false}
  }

  const vulgar = vulgarFractions.get(token.text)
  if (vulgar !== undefined) return {value: vulgar, precision: 0.05, to: index + 1, words: false, ordinal: false, fraction: true}

  if (token.kind === 'word') {
    const words = readNumberWords(tokens, index, to)
    if (!words) return undefined
    return {value: words.value, precision: words.precision, to: words.to, words: true, ordinal: words.ordinal, fraction: words.fraction}
  }
  return undefined
}

function readOdds(tokens: readonly Token[], index: number, to: number, numerator: number): {denominator: number; to: number} | undefined {
  const word = tokens[index]
  if (!word || !oddsWords.has(word.lower) || numerator > 10 || !Number.isInteger(numerator)) return undefined
  const start = word.lower === 'out' ? (tokens[index + 1]?.lower === 'of' ? index + 2 : -1) : index + 1
  if (start < 0 || start >= to) return undefined
  const denominator = readCore(tokens, start, to)
  if (!denominator || denominator.ordinal || denominator.fraction || denominator.value <= numerator || denominator.value >= 1000) return undefined
  // "2 in 10 years", "5 over 3 days": a count and a duration, not odds.
  const after = tokens[denominator.to]
  if (after && after.kind === 'word' && units.has(after.lower)) return undefined
  return {denominator: denominator.value, to: denominator.to}
}

function isSpacedGroup(tokens: readonly Token[], index: number, to: number, previous: Token): boolean {
  const token = tokens[index]
  return index < to && token !== undefined && token.kind === 'number' && !token.grouped && token.digits === 3 &&
    token.start === previous.end + 1 && previous.decimals === 0 && (token.decimals === 0 || tokens[index + 1]?.kind !== 'number')
}

function readExponent(tokens: readonly Token[], index: number, to: number): {exponent: number; caret: boolean; to: number} | undefined {
  const marker = tokens[index]
  if (!marker || index >= to || marker.spaced) return undefined
  const caret = marker.text === '^'
  if (!caret && marker.lower !== 'e') return undefined
  let position = index + 1
  let sign = 1
  while ((tokens[position]?.text === '+' || tokens[position]?.text === '-') && !tokens[position]!.spaced) {
    if (tokens[position]!.text === '-') sign = -sign
    position++
  }
  const exponent = tokens[position]
  if (!exponent || exponent.kind !== 'number' || exponent.spaced || position >= to) return undefined
  return {exponent: sign * exponent.value, caret, to: position + 1}
}

function readSlashFraction(tokens: readonly Token[], index: number, to: number): {value: number; denominator: number; to: number} | undefined {
  const numerator = tokens[index]
  const slash = tokens[index + 1]
  const denominator = tokens[index + 2]
  if (!numerator || !slash || !denominator || index + 2 >= to) return undefined
  if (numerator.kind !== 'number' || slash.text !== '/' || slash.spaced || denominator.kind !== 'number' || denominator.spaced) return undefined
  if (numerator.decimals || denominator.decimals || !slashDenominators.has(denominator.value) || numerator.value >= denominator.value) return undefined
  return {value: numerator.value / denominator.value, denominator: denominator.value, to: index + 3}
}

/** The step a numeral is stated to: decimals give tenths…; two or more trailing zeros suggest rounding. */
function numeralPrecision(token: Token): number {
  if (token.decimals > 0) return 10 ** -token.decimals
  let zeros = 0
  let value = Math.abs(token.value)
  while (value >= 10 && value % 10 === 0) {
    zeros++
    value /= 10
  }
  return zeros >= 2 ? 10 ** zeros : 1
}

function readCurrencyPrefix(tokens: readonly Token[], index: number, to: number): {code: string; to: number} | undefined {
  const token = tokens[index]
  if (!token || index >= to) return undefined
  if (token.kind === 'punct') {
    const code = currencyPrefixes.get(token.text)
    return code && isAmountAt(tokens, index + 1) ? {code, to: index + 1} : undefined
  }
  if (token.kind === 'word') {
    const next = tokens[index + 1]
    // "US$5", "C$ 10", "HK$3"; "c $ 10" in tokenized text, but never "a $5 fee".
    if (next && next.text === '$' && (!next.spaced || token.lower.length > 1 || token.lower === 'c')) {
      const code = currencyPrefixes.get(`${token.lower}$`)
      return code && isAmountAt(tokens, index + 2) ? {code, to: index + 2} : undefined
    }
    // "USD 5", but only in capitals so "eur" in prose stays a word.
    const code = currencyPrefixes.get(token.lower)
    if (code && token.text === token.text.toUpperCase() && token.text.length === 3 && next?.kind === 'number') return {code, to: index + 1}
  }
  return undefined
}

function isAmountAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  return token !== undefined && (token.kind === 'number' || (token.kind === 'word' && readNumberWords(tokens, index, index + 8) !== undefined))
}

/** Units after the figure: "percent", "%", "percentage points", "48 hours", "48-hour", "dollars". */
function readUnit(tokens: readonly Token[], mention: Mention, to: number, hasCurrency: boolean): void {
  let index = mention.to
  const first = tokens[index]
  if (!first || index >= to) return
  // "48-hour hold": the hyphen glues an adjectival unit.
  const hyphenated = first.text === '-' && !first.spaced && tokens[index + 1] !== undefined && !tokens[index + 1]!.spaced
  if (hyphenated) index++

  const phrase = matchUnitPhrase(tokens, index, to)
  let info: UnitInfo | undefined
  let end = index
  if (phrase) {
    info = phrase.info
    end = phrase.to
  } else {
    const token = tokens[index]
    if (!token || index >= to) return
    const candidate = units.get(token.lower)
    const glued = !token.spaced || hyphenated
    if (candidate && (!ambiguousUnits.has(token.lower) || glued) && (token.kind === 'word' || token.text === '%' || token.text === '‰')) {
      // "pounds" after a number is weight unless a pound sign already said money.
      info = candidate
      end = index + 1
    }
  }
  if (!info) return
  if (hasCurrency && info.dimension === 'currency') {
    // "$5 dollars": the word repeats the sign.
    mention.to = end
    mention.end = tokens[end - 1]!.end
    return
  }
  if (hasCurrency) return
  // "361 million pounds" is money; "200 pounds" could be weight.
  if (info.unit === 'pound' && tokens[mention.to - 1] && scales.has(tokens[mention.to - 1]!.lower)) info = {unit: 'GBP', dimension: 'currency'}
  mention.unit = info.unit
  mention.dimension = info.dimension
  if (info.factor) {
    mention.value *= info.factor
    mention.precision *= info.factor
  }
  mention.unitSpan = {from: mention.to, to: end}
  mention.to = end
  mention.end = tokens[end - 1]!.end
}

function matchUnitPhrase(tokens: readonly Token[], index: number, to: number): {info: UnitInfo; to: number} | undefined {
  for (const [words, info] of unitPhrases) {
    if (index + words.length > to) continue
    let matches = true
    for (const [offset, word] of words.entries()) {
      if (tokens[index + offset]!.lower !== word) {
        matches = false
        break
      }
    }
    if (matches) return {info, to: index + words.length}
  }
  return undefined
}

function followedByNoun(tokens: readonly Token[], index: number, to: number): boolean {
  const token = tokens[index]
  return index < to && token !== undefined && token.kind === 'word' && token.text === token.lower
}

function isFollowedBy(tokens: readonly Token[], index: number, word: string): boolean {
  return tokens[index]?.lower === word
}

const fractionHedges = new Set(['nearly', 'almost', 'about', 'around', 'roughly', 'than', 'over', 'under', 'approximately', 'some', 'just', 'least'])

function hedged(tokens: readonly Token[], index: number): boolean {
  return fractionHedges.has(tokens[index - 1]?.lower ?? '')
}
