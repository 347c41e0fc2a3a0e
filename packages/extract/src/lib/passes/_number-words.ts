import {abbreviatedScales, fractions, ordinals, scales, smallNumbers} from '../lexicon/number-words.js'
import type {Token} from '../tokenize.js'

export interface WordNumber {
  value: number
  /** Token index after the last word used. */
  to: number
  ordinal: boolean
  /** A fraction of something ("a third", "half"), value in 0..1. */
  fraction: boolean
  precision: number
}

const joiners = new Set(['-', '‐', '‑'])

/**
 * Read a spelled-out number starting at `index`: "fifteen", "two dozen",
 * "one hundred and twenty-three", "a third", "two-thirds", "half a million".
 * Reads at most 16 tokens, so it stays linear on any input.
 */
export function readNumberWords(tokens: readonly Token[], index: number, to: number): WordNumber | undefined {
  let total = 0
  let current = 0
  let used = 0
  let end = index
  let article = false
  let precision = 1
  const limit = Math.min(to, index + 16)

  for (let position = index; position < limit; position++) {
    const token = tokens[position]!
    if (token.kind === 'punct' && joiners.has(token.text) && !token.spaced && used > 0) continue
    if (token.kind !== 'word') break
    const word = token.lower

    if ((word === 'a' || word === 'an') && used === 0) {
      const next = tokens[position + 1]
      if (next && next.kind === 'word' && (scales.has(next.lower) && !abbreviatedScales.has(next.lower) || next.lower === 'dozen' || fractions.has(next.lower))) {
        article = true
        current = 1
        used++
        continue
      }
      return undefined
    }

    if (word === 'and' && used > 0 && current % 100 === 0 && (total > 0 || current > 0)) {
      const next = tokens[position + 1]
      if (next && smallNumbers.has(next.lower)) continue
      break
    }

    const small = smallNumbers.get(word)
    if (small !== undefined) {
      const remainder = current % 100
      const fits = used === 0 || article ? true : remainder === 0 || (remainder >= 20 && remainder % 10 === 0 && small < 10)
      if (!fits || (article && used === 1)) break
      current += small
      used++
      end = position + 1
      continue
    }

    if (word === 'hundred') {
      current = (current || 1) * 100
      used++
      end = position + 1
      continue
    }

    const scale = scales.get(word)
    if (scale !== undefined && !abbreviatedScales.has(word)) {
      if (used === 0) return undefined
      total += (current || 1) * scale
      current = 0
      precision = Math.max(precision, scale)
      used++
      end = position + 1
      continue
    }

    if (word === 'dozen') {
      current = (current || 1) * 12
      used++
      end = position + 1
      continue
    }

    const denominator = fractions.get(word)
    const numerator = used === 0 ? 1 : current
    // "a third", "two-thirds" are fractions; "twenty-third" and "the third" are ordinals.
    if (denominator !== undefined && (used > 0 || word === 'half') && numerator < denominator) {
      // "half a million": the fraction scales what follows.
      if (word === 'half' && tokens[position + 1]?.lower === 'a' && scales.has(tokens[position + 2]?.lower ?? '')) {
        const following = scales.get(tokens[position + 2]!.lower)!
        return {value: total + following / 2, to: position + 3, ordinal: false, fraction: false, precision: following / 2}
      }
      if (total > 0) break
      return {value: numerator / denominator, to: position + 1, ordinal: false, fraction: true, precision: 0.05}
    }

    const ordinal = ordinals.get(word)
    if (ordinal !== undefined) {
      if (used > 0 && ordinal >= 100) {
        return {value: total + (current || 1) * ordinal, to: position + 1, ordinal: true, fraction: false, precision: 1}
      }
      if (used > 0 && current % 100 >= 20 && current % 10 === 0 && ordinal < 10) {
        return {value: total + current + ordinal, to: position + 1, ordinal: true, fraction: false, precision: 1}
      }
      if (used === 0) return {value: ordinal, to: position + 1, ordinal: true, fraction: false, precision: 1}
      break
    }
    break
  }

  if (used === 0 || end === index || (article && used === 1)) return undefined
  const value = total + current
  return {value, to: end, ordinal: false, fraction: false, precision}
}
