import {vulgarFractions} from '../lexicon/number-words.js'
import {units} from '../lexicon/units.js'
import type {Token} from '../tokenize.js'
import {readNumberWords} from './_number-words.js'
import {readDecimalComma} from './_decimal-comma.js'
import {shiftDecimal} from '../decimal.js'

const slashDenominators = new Set([2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100])

/** "one in five", "1 out of 3": a share written as odds. */
const oddsWords = new Set(['in', 'out', 'over'])

export interface Core {
  value: number
  precision: number
  to: number
  words: boolean
  ordinal: boolean
  fraction: boolean
}

export function readCore(tokens: readonly Token[], index: number, to: number): Core | undefined {
  const token = tokens[index]
  if (!token || index >= to) return undefined

  if (token.kind === 'number') {
    let value = token.value
    let end = index + 1
    let precision = numeralPrecision(token)
    const decimalComma = readDecimalComma(tokens, index, to)
    if (decimalComma) {
      value = decimalComma.value
      precision = decimalComma.precision
      end = decimalComma.to
    }
    // "1 234 567": groups of three after single spaces (SI style); never after a code's letters ("S23 128 GB", "i7 860").
    if (!decimalComma && !token.grouped && token.decimals === 0 && token.digits <= 3 && (token.spaced || tokens[index - 1]?.kind !== 'word')) {
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
      value = power.caret ? value ** power.exponent : shiftDecimal(value, power.exponent)
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

export function readOdds(tokens: readonly Token[], index: number, to: number, numerator: number): {denominator: number; to: number} | undefined {
  const word = tokens[index]
  if (!word || !oddsWords.has(word.lower) || numerator > 10 || !Number.isInteger(numerator)) return undefined
  let start = word.lower === 'out' ? (tokens[index + 1]?.lower === 'of' ? index + 2 : -1) : index + 1
  // "one in every eight dollars".
  if (word.lower === 'in' && (tokens[start]?.lower === 'every' || tokens[start]?.lower === 'each')) start++
  if (start < 0 || start >= to) return undefined
  const denominator = readCore(tokens, start, to)
  if (!denominator || denominator.ordinal || denominator.fraction || denominator.value <= numerator || denominator.value >= 1000) return undefined
  // "2 in 10 years", "5 over 3 days": a count and a duration, not odds.
  const after = tokens[denominator.to]
  if (after && after.kind === 'word' && units.get(after.lower)?.dimension === 'time') return undefined
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
  // "1.3x10^6", "2.48×10^-5", "2.48×10⁻⁵", "2.48×10−5": a power of ten written out.
  if ((marker.lower === 'x' || marker.text === '×') && tokens[index + 1]?.text === '10' && !tokens[index + 1]!.spaced) {
    const power = tokens[index + 2]?.text === '^' ? readExponent(tokens, index + 2, to) : readSuperscript(tokens, index + 2, to) ??
      // After the multiplication sign a glued minus can only be the exponent's (the superscript lost in copying).
      (marker.text === '×' && minusOrPlus.has(tokens[index + 2]?.text ?? '') ? readSignedExponent(tokens, index + 2, to) : undefined)
    return power ? {exponent: power.exponent, caret: false, to: power.to} : undefined
  }
  const caret = marker.text === '^'
  if (!caret && marker.lower !== 'e') return undefined
  const power = readSignedExponent(tokens, index + 1, to)
  return power ? {...power, caret} : undefined
}

/** "-5", "+14", "−3" glued after an exponent marker. */
function readSignedExponent(tokens: readonly Token[], index: number, to: number): {exponent: number; to: number} | undefined {
  let position = index
  let sign = 1
  while (minusOrPlus.has(tokens[position]?.text ?? '') && !tokens[position]!.spaced) {
    if (tokens[position]!.text !== '+') sign = -sign
    position++
  }
  const exponent = tokens[position]
  if (!exponent || exponent.kind !== 'number' || exponent.spaced || exponent.decimals > 0 || position >= to) return undefined
  return {exponent: sign * exponent.value, to: position + 1}
}

const minusOrPlus = new Set(['+', '-', '−'])
const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** "⁻⁵", "²³": an exponent in superscript characters, glued. */
function readSuperscript(tokens: readonly Token[], index: number, to: number): {exponent: number; to: number} | undefined {
  let position = index
  const sign = tokens[position]?.text === '⁻' ? -1 : 1
  if ((tokens[position]?.text === '⁻' || tokens[position]?.text === '⁺') && !tokens[position]!.spaced) position++
  let digits = ''
  while (position < to && tokens[position]?.kind === 'punct' && !tokens[position]!.spaced && superscripts.includes(tokens[position]!.text)) {
    digits += String(superscripts.indexOf(tokens[position]!.text))
    position++
  }
  return digits ? {exponent: sign * Number(digits), to: position} : undefined
}

function readSlashFraction(tokens: readonly Token[], index: number, to: number): {value: number; denominator: number; to: number} | undefined {
  const numerator = tokens[index]
  const slash = tokens[index + 1]
  const denominator = tokens[index + 2]
  if (!numerator || !slash || !denominator || index + 2 >= to) return undefined
  if (numerator.kind !== 'number' || slash.text !== '/' || slash.spaced || denominator.kind !== 'number' || denominator.spaced) return undefined
  if (numerator.decimals || denominator.decimals || numerator.value >= denominator.value) return undefined
  // "3/4", "1/100": denominators a reader meets in fractions. Any other needs "of" after it and must not
  // read as a month and day ("1/40 of the wavelength"), since "9/11" and "on 5/17 of last year" are dates.
  const monthDay = numerator.value >= 1 && numerator.value <= 12 && denominator.value <= 31
  if (!slashDenominators.has(denominator.value) && !(tokens[index + 3]?.lower === 'of' && index + 3 < to && !monthDay)) return undefined
  return {value: numerator.value / denominator.value, denominator: denominator.value, to: index + 3}
}

/**
 * The step a numeral is stated to: decimals give tenths, hundredths…; an
 * integer is stated to 1. A bare "200" claims 200: rounding is stated by a
 * hedge ("about 200", "more than 200") or a scale word ("$1 million").
 */
function numeralPrecision(token: Token): number {
  return token.decimals > 0 ? 10 ** -token.decimals : 1
}
