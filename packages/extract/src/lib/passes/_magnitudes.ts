import type {Token} from '../tokenize.js'

/** Plural magnitude words: "dozens", "hundreds", "tens of thousands". */
export const magnitudes: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['tens', 10], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['trillions', 1e12],
  ['lakhs', 1e5], ['crores', 1e7]
])

export interface Magnitude {
  low: number
  high: number
  /** The named magnitude: "tens of thousands" → 10,000. */
  base: number
  to: number
  /** A vague count of a scale ("several hundred years"): a unit may follow directly, as after a figure. */
  counted?: boolean
}

/** Scale words a vague count multiplies: "several hundred", "a few thousand", "a couple of million". */
const scales: ReadonlyMap<string, number> = new Map([['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]])

/**
 * Vague counts of a scale and what they span: "several" three to nine, "a
 * few" two to five (as "a handful"), "a couple (of)" two. Opened by the
 * word at `index`; `skip` words follow it before the scale.
 */
const vagueCounts: ReadonlyMap<string, {low: number; high: number; after: readonly string[]}> = new Map([
  ['several', {low: 3, high: 9, after: []}],
  ['few', {low: 2, high: 5, after: []}],
  ['couple', {low: 2, high: 2, after: ['of']}]
])

/** Words that open a vague count: "several", and "a" before "few" or "couple". */
export const vagueOpeners: ReadonlySet<string> = new Set(['several'])

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
  const vague = readVagueCount(tokens, index, to)
  if (vague) return vague
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

/** "several hundred protesters", "a few thousand fans", "a couple hundred dollars", "several dozen homes". */
function readVagueCount(tokens: readonly Token[], index: number, to: number): Magnitude | undefined {
  const token = tokens[index]!
  const article = token.lower === 'a' ? 1 : 0
  const count = vagueCounts.get(tokens[index + article]?.lower ?? '')
  // "few" and "couple" only after "a": "few hundred" alone says how few, "the several hundred" is the same count.
  if (!count || (article === 0) !== (token.lower === 'several')) return undefined
  let at = index + article + 1
  if (tokens[at] && count.after.includes(tokens[at]!.lower)) at++
  let scale = scales.get(tokens[at]?.lower ?? '')
  if (scale === undefined || at >= to) return undefined
  // "several hundred thousand", "a few hundred million": a larger scale after the first multiplies it.
  const larger = scales.get(tokens[at + 1]?.lower ?? '')
  if (larger !== undefined && larger > scale && at + 1 < to) {
    scale *= larger
    at++
  }
  return {low: count.low * scale, high: count.high * scale, base: scale, to: at + 1, counted: true}
}
