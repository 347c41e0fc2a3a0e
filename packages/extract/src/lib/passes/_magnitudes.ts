import type {Token} from '../tokenize.js'

/** Plural magnitude words: "dozens", "hundreds", "tens of thousands". */
export const magnitudes: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['tens', 10], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['trillions', 1e12]
])

export interface Magnitude {
  low: number
  high: number
  /** The named magnitude: "tens of thousands" → 10,000. */
  base: number
  to: number
}

/**
 * "tens of thousands of protesters", "hundreds of millions of euros",
 * "dozens of", "millions of households", "a handful of". Convention: a
 * plural magnitude is twice to ten times what it names ("thousands" is
 * 2,000–10,000, "dozens" 24–120), "a handful" is 2–5; the bound is `~`.
 */
export function readMagnitude(tokens: readonly Token[], index: number, to: number): Magnitude | undefined {
  const token = tokens[index]
  if (!token || token.kind !== 'word' || index >= to) return undefined
  if ((token.lower === 'a' || token.lower === 'an') && tokens[index + 1]?.lower === 'handful' && index + 1 < to) {
    return tokens[index + 2]?.lower === 'of' ? {low: 2, high: 5, base: 1, to: index + 2} : undefined
  }
  let base = magnitudes.get(token.lower)
  if (base === undefined) return undefined
  // "5 thousands", "the 1900s": a numeral before is something else.
  if (tokens[index - 1]?.kind === 'number') return undefined
  let end = index + 1
  const larger = magnitudes.get(tokens[end + 1]?.lower ?? '')
  if (tokens[end]?.lower === 'of' && larger !== undefined && larger >= 1000 && end + 1 < to) {
    base *= larger
    end += 2
  } else if (base === 10) {
    // "tens" alone is a rare way to count.
    return undefined
  }
  return {low: 2 * base, high: 10 * base, base, to: end}
}
