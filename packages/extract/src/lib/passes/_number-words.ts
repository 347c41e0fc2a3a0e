import {abbreviatedScales, fractions, ordinals, scales, smallNumbers} from '../lexicon/number-words.js'
import type {Token} from '../tokenize.js'

export interface WordNumber {
  value: number
  /** Token index after the last word used. */
  to: number
  ordinal: boolean
  /** A fraction of something ("a third", "half", "three fifths"), not a count. */
  fraction: boolean
  precision: number
}

const joiners = new Set(['-', '‐', '‑'])
const digitWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const zeroWords = new Set(['nought', 'naught'])
/** Ordinals that never name a denominator: "one second" is a duration, "first" stands alone. */
const notDenominators = new Set(['first', 'second', 'seconds'])
const limit = 24

/**
 * Read a spelled-out number at `index`: "fifteen", "two dozen", "one hundred
 * and twenty-three", "a third", "three fifths", "twenty-three fifths", "one and
 * a half", "half a million", "two hundred point five". Reads at most 24 tokens,
 * so it stays linear on any input.
 */
/** Words that make "half" a part of a period or a season: "the first half", "the back half", "the latter half". */
const positions: ReadonlySet<string> = new Set(['first', 'second', 'latter', 'former', 'back', 'front', 'final', 'last', 'opening', 'closing'])

export function readNumberWords(tokens: readonly Token[], index: number, to: number): WordNumber | undefined {
  // Callers may pass a bound past the last token ("one of two" reads ahead five tokens).
  const end = Math.min(to, index + limit, tokens.length)
  const first = tokens[index]
  if (!first || first.kind !== 'word') return undefined

  // "half a million", "half a dozen", "quarter million", "half".
  if (first.lower === 'half' || first.lower === 'quarter') {
    const share = first.lower === 'half' ? 0.5 : 0.25
    const skip = tokens[index + 1]?.lower === 'a' ? 2 : 1
    const multiplier = multiplierAt(tokens, index + skip, end)
    if (multiplier) return {value: share * multiplier.value, to: multiplier.to, ordinal: false, fraction: false, precision: share * multiplier.value}
    // "the first half of the year", "the back half of the season": a part of a period, not a share.
    if (positions.has(tokens[index - 1]?.lower ?? '')) return undefined
    return first.lower === 'half' ? {value: 0.5, to: index + 1, ordinal: false, fraction: true, precision: 0.05} : undefined
  }

  // An ordinal on its own: "the third", "his second term".
  const lone = ordinals.get(first.lower)
  if (lone !== undefined) return {value: lone, to: index + 1, ordinal: true, fraction: false, precision: 1}

  let position = index
  let article = false
  if (first.lower === 'a' || first.lower === 'an') {
    const next = tokens[index + 1]
    if (!next || next.kind !== 'word') return undefined
    const denominator = denominatorAt(tokens, index + 1, end, true)
    if (denominator) return fraction(1, denominator.value, denominator.to, tokens, end)
    if (!((scales.has(next.lower) && !abbreviatedScales.has(next.lower)) || next.lower === 'dozen')) return undefined
    article = true
    position++
  }

  if (!article) {
    const compound = compoundFraction(tokens, position, end)
    if (compound) return fraction(compound.numerator, compound.denominator, compound.to, tokens, end)
  }

  const integer = readInteger(tokens, position, end, article)
  if (!integer) return undefined
  let {total} = integer
  let cursor = integer.to

  // What may follow the whole number: a fraction, "and a half", "point five".
  const next = tokens[cursor]
  if (next?.lower === 'and' && cursor + 1 < end) {
    // "five and a half million" is 5.5 million; "one million and a half" is 1.5 million.
    const piece = integer.lastScale === 1 ? fractionPhrase(tokens, cursor + 1, end) : undefined
    const scale = piece ? multiplierAt(tokens, piece.to, end) : undefined
    if (piece && scale) return {value: (total + piece.value) * scale.value, to: scale.to, ordinal: false, fraction: false, precision: scale.value * 0.01}
    const part = andFraction(tokens, cursor + 1, end, integer.lastScale)
    if (part) return {value: total + part.value, to: part.to, ordinal: false, fraction: false, precision: part.precision}
  }
  // "one fifth" takes a singular denominator, "three fifths" a plural one; "one-eighth" is hyphenated.
  const joined = joiners.has(next?.text ?? '') ? cursor + 1 : cursor
  const denominator = denominatorAt(tokens, joined, end, total === 1)
  if (denominator && total > 0) return fraction(total, denominator.value, denominator.to, tokens, end)
  const ordinal = ordinalAfter(tokens, cursor, end, integer)
  if (ordinal) return ordinal
  if (next?.lower === 'point' && cursor + 1 < end) {
    const decimals = decimalWords(tokens, cursor + 1, end)
    if (decimals) {
      total += Number(`0.${decimals.digits}`)
      cursor = decimals.to
      return {value: total, to: cursor, ordinal: false, fraction: false, precision: 10 ** -decimals.digits.length}
    }
  }
  return {value: total, to: cursor, ordinal: false, fraction: false, precision: integer.precision}
}

/**
 * The fraction after "and", scaled by the word it qualifies: "one million and a
 * half" is 1,500,000, "one billion and three quarters million" 1,000,750,000.
 */
export function andFraction(tokens: readonly Token[], index: number, end: number, lastScale: number): {value: number; to: number; precision: number} | undefined {
  const part = fractionPhrase(tokens, index, end)
  if (!part) return undefined
  const after = multiplierAt(tokens, part.to, end)
  const scale = after?.value ?? (lastScale > 1 ? lastScale : 1)
  return {value: part.value * scale, to: after?.to ?? part.to, precision: scale * 0.01}
}

interface Integer {
  /** The scale word the number ended on ("million"), 1 when none. */
  lastScale: number
  total: number
  to: number
  used: number
  /** The last small-number value, for "twenty-first". */
  current: number
  plural: boolean
  precision: number
}

/** Whole numbers in words: "one million two thousand two hundred three", "three dozen". */
function readInteger(tokens: readonly Token[], index: number, end: number, article: boolean, commas = true): Integer | undefined {
  let total = 0
  let current = article ? 1 : 0
  let used = 0
  let to = index
  let precision = 1
  let lastScale = 1
  // What `current` held at an "and": "three hundred and two dozen" is 300 and 24.
  let beforeAnd = 0
  for (let position = index; position < end; position++) {
    const token = tokens[position]!
    if (token.kind === 'punct' && joiners.has(token.text) && used > 0) {
      // "thirty-five", also spaced: "fifty - two".
      const after = smallNumbers.get(tokens[position + 1]?.lower ?? '')
      if (after !== undefined && after < 10 && current % 100 >= 20 && current % 10 === 0) continue
      break
    }
    // "three million, two hundred and forty": a comma after a scale, in a number that closes its phrase.
    if (commas && token.text === ',' && used > 0 && current === 0 && lastScale >= 1000 && closesAfterComma(tokens, position + 1, end, lastScale)) continue
    if (token.kind !== 'word' && token.text !== '&') break
    const word = token.text === '&' ? 'and' : token.lower
    if (word === 'and' && used > 0 && current % 100 === 0) {
      const after = tokens[position + 1]
      // "one hundred and three quarters" is a whole and a fraction, 100¾, not 103 quarters; a
      // fraction of one or more after "and" is no part of a mixed number: "one hundred and thirty fifths" is 130/5.
      if (after && smallNumbers.has(after.lower) && !((fractionPhrase(tokens, position + 1, end)?.value ?? 1) < 1)) {
        beforeAnd = current
        continue
      }
      break
    }
    const small = smallNumbers.get(word)
    if (small !== undefined) {
      const remainder = current % 100
      const fits = used === 0 ? !article : remainder === 0 || (remainder >= 20 && remainder % 10 === 0 && small < 10)
      if (!fits) break
      current += small
    } else if (word === 'hundred') {
      current = (current || 1) * 100
    } else if (scales.has(word) && !abbreviatedScales.has(word)) {
      if (used === 0 && !article) return undefined
      const scale = scales.get(word)!
      // "three lakh crore": a larger scale right after another multiplies the whole.
      if (current === 0 && total > 0 && scale > lastScale && lastScale > 1) {
        total *= scale
        precision = Math.max(precision, scale)
        lastScale = scale
        used++
        to = position + 1
        continue
      }
      total += (current || 1) * scale
      current = 0
      beforeAnd = 0
      precision = Math.max(precision, scale)
      lastScale = scale
      used++
      to = position + 1
      continue
    } else if (word === 'dozen' || word === 'dozens') {
      if (used === 0 && !article) return undefined
      current = beforeAnd + ((current - beforeAnd) || 1) * 12
      beforeAnd = 0
    } else {
      break
    }
    lastScale = 1
    used++
    to = position + 1
  }
  if (used === 0) return undefined
  const last = tokens[to - 1]!.lower
  return {total: total + current, to, used, current, plural: last.endsWith('s') || total + current > 1, precision, lastScale}
}

/**
 * A spelled fraction whose denominator is a compound ordinal: "one hundred
 * thirty fifths" is 100/35, "one one hundred fifth" 1/105, "one hundred one
 * thousand fifths" 100/1005. Convention (that of Recognizers-Text): the
 * denominator is the longest compound ordinal that leaves a whole number
 * before it. "and" binds what follows it to the numerator ("one hundred and
 * thirty fifths" is 130/5), as a hyphen binds a compound ("twenty-one
 * hundredths" is 21/100). Undefined when the denominator is one word: the
 * plain reading covers that. Reads at most `end - index` tokens, each split once.
 */
function compoundFraction(tokens: readonly Token[], index: number, end: number): {numerator: number; denominator: number; to: number} | undefined {
  let last = index
  while (last < end && isNumberPart(tokens[last]!)) last++
  const closing = tokens[last]
  if (!closing || last >= end || last - index < 2 || closing.kind !== 'word') return undefined
  const plural = closing.lower.endsWith('s')
  const ordinal = ordinals.get(plural ? closing.lower.slice(0, -1) : closing.lower)
  if (ordinal === undefined || ordinal >= 100 || notDenominators.has(closing.lower) || closing.lower === 'first' || closing.lower === 'firsts') return undefined
  for (let split = index + 1; split < last; split++) {
    const denominator = compoundOrdinal(tokens, split, last, ordinal)
    if (denominator === undefined) continue
    const numerator = readInteger(tokens, index, split, false)
    if (!numerator || numerator.to !== split || numerator.total === 0 || (!plural && numerator.total !== 1)) continue
    return {numerator: numerator.total, denominator, to: last + 1}
  }
  return undefined
}

/** Words a compound fraction is made of before its ordinal: "one", "hundred", "and", "-". */
function isNumberPart(token: Token): boolean {
  if (token.kind === 'punct') return joiners.has(token.text)
  return token.kind === 'word' && (smallNumbers.has(token.lower) || token.lower === 'and' || (scales.has(token.lower) && !abbreviatedScales.has(token.lower)))
}

/**
 * The compound ordinal in tokens `[index, last]` ending on an ordinal worth
 * `ordinal`: "thirty fifth" (35th), "thirty-fifth", "one hundred fifth",
 * "one hundred and fifth", "one thousand fifth". It opens on a number word.
 */
function compoundOrdinal(tokens: readonly Token[], index: number, last: number, ordinal: number): number | undefined {
  if (!smallNumbers.has(tokens[index]!.lower)) return undefined
  const integer = readInteger(tokens, index, last, false)
  if (!integer) return undefined
  const link = tokens[integer.to]
  const linked = integer.to === last - 1 && (joiners.has(link!.text) || link!.lower === 'and')
  if (integer.to !== last && !linked) return undefined
  const tens = integer.current % 100
  if (tens >= 20 && tens % 10 === 0 && ordinal < 10 && link?.lower !== 'and') return integer.total + ordinal
  if (integer.total >= 100 && integer.total % 100 === 0 && !joiners.has(link?.text ?? '')) return integer.total + ordinal
  return undefined
}

/**
 * Whether the words after a comma finish the number before it: a spelled
 * number smaller than the scale before the comma, of more than one word
 * ("two hundred & forty"), that ends the sentence or clause. "three million,
 * two hundred died" and "a million, two million" stay apart.
 */
function closesAfterComma(tokens: readonly Token[], index: number, end: number, lastScale: number): boolean {
  // The part reads no comma of its own: each comma is weighed once, so this stays linear.
  const part = readInteger(tokens, index, end, false, false)
  if (!part || part.used < 2 || part.total >= lastScale) return false
  const after = tokens[part.to]
  return after === undefined || (after.kind === 'punct' && after.text !== '-')
}

/** "fifths", "twenty-firsts", "hundredths", "a third": a denominator, with where it ends. */
function denominatorAt(tokens: readonly Token[], index: number, end: number, singularAllowed: boolean): {value: number; to: number} | undefined {
  const token = tokens[index]
  if (!token || index >= end || token.kind !== 'word') return undefined
  let tens = 0
  let position = index
  const small = smallNumbers.get(token.lower)
  if (small !== undefined && small >= 20 && small % 10 === 0) {
    tens = small
    position++
    if (joiners.has(tokens[position]?.text ?? '')) position++
  }
  const word = tokens[position]
  if (!word || position >= end || word.kind !== 'word') return undefined
  const plural = word.lower.endsWith('s') && word.lower !== 'halves' ? word.lower.slice(0, -1) : word.lower === 'halves' ? 'half' : word.lower
  if (!singularAllowed && plural === word.lower && tens === 0) return undefined
  if (tens === 0 && (notDenominators.has(word.lower) || plural === 'first' || plural === 'second')) return undefined
  const value = fractions.get(plural) ?? ordinals.get(plural)
  if (value === undefined || (tens > 0 && value >= 10)) return undefined
  return {value: tens + value, to: position + 1}
}

function fraction(numerator: number, denominator: number, to: number, tokens: readonly Token[], end: number): WordNumber {
  // "a quarter million", "three quarters billion".
  const scale = multiplierAt(tokens, to, end)
  if (scale && scale.value >= 1000) {
    const value = (numerator / denominator) * scale.value
    return {value, to: scale.to, ordinal: false, fraction: false, precision: scale.value / denominator}
  }
  // "two thirds of a million".
  if (tokens[to]?.lower === 'of' && tokens[to + 1]?.lower === 'a') {
    const multiplier = multiplierAt(tokens, to + 2, end)
    if (multiplier) {
      const value = (numerator / denominator) * multiplier.value
      return {value, to: multiplier.to, ordinal: false, fraction: false, precision: multiplier.value / denominator}
    }
  }
  return {value: numerator / denominator, to, ordinal: false, fraction: true, precision: 0.05}
}

/** After "and": "a half", "a quarter", "three fifths", "fifty-four hundredths". */
function fractionPhrase(tokens: readonly Token[], index: number, end: number): {value: number; to: number} | undefined {
  const first = tokens[index]
  if (!first) return undefined
  if (first.lower === 'a' || first.lower === 'an') {
    const denominator = denominatorAt(tokens, index + 1, end, true)
    return denominator ? {value: 1 / denominator.value, to: denominator.to} : undefined
  }
  const numerator = readInteger(tokens, index, end, false)
  if (!numerator) return undefined
  const denominator = denominatorAt(tokens, numerator.to, end, numerator.total === 1)
  return denominator ? {value: numerator.total / denominator.value, to: denominator.to} : undefined
}

/** "million", "a million", "dozen": what "half"/"quarter" multiply. */
function multiplierAt(tokens: readonly Token[], index: number, end: number): {value: number; to: number} | undefined {
  const word = tokens[index]?.lower ?? ''
  if (index >= end) return undefined
  if (word === 'dozen') return {value: 12, to: index + 1}
  const scale = scales.get(word)
  return scale !== undefined && !abbreviatedScales.has(word) ? {value: scale, to: index + 1} : undefined
}

/** An ordinal after a cardinal: "twenty-first", "one hundredth", or an ordinal on its own. */
function ordinalAfter(tokens: readonly Token[], index: number, end: number, integer: Integer): WordNumber | undefined {
  const token = tokens[index]
  const joined = joiners.has(token?.text ?? '') ? tokens[index + 1] : token
  const at = joined === token ? index : index + 1
  if (!joined || at >= end) return undefined
  const ordinal = ordinals.get(joined.lower)
  if (ordinal === undefined) return undefined
  if (integer.current % 100 >= 20 && integer.current % 10 === 0 && ordinal < 10) {
    return {value: integer.total + ordinal, to: at + 1, ordinal: true, fraction: false, precision: 1}
  }
  if (ordinal >= 100) return {value: integer.total * ordinal, to: at + 1, ordinal: true, fraction: false, precision: 1}
  return undefined
}

/** "five", "zero three", "seventy-one" after "point". */
function decimalWords(tokens: readonly Token[], index: number, end: number): {digits: string; to: number} | undefined {
  let digits = ''
  let position = index
  while (position < end && (digitWords.includes(tokens[position]!.lower) || zeroWords.has(tokens[position]!.lower))) {
    digits += zeroWords.has(tokens[position]!.lower) ? '0' : String(digitWords.indexOf(tokens[position]!.lower))
    position++
  }
  if (digits.length > 1 || (digits.length === 1 && !smallNumbers.has(tokens[position]?.lower ?? ''))) return {digits, to: position}
  const number = readInteger(tokens, index, end, false)
  return number ? {digits: String(number.total), to: number.to} : undefined
}

/** A lone ordinal word: "first", "third". */
export function readOrdinalWord(token: Token | undefined): number | undefined {
  return token?.kind === 'word' ? ordinals.get(token.lower) : undefined
}
