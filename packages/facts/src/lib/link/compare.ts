import type {Bound, Claim} from '@claimtrace/extract'
import type {FactRecord} from '../fact-record.js'
import {remembering} from '../remembering.js'
import type {ClaimView} from './claim-view.js'
import type {Arithmetic} from './link.js'

/** The figure a record states: its value, else its bound. */
export function figureOf(record: FactRecord): number {
  return record.value ?? record.high ?? record.low!
}

/** What a claim states, in one unit: its figure or range, bound and precision. */
export interface Figure {
  value: number | null
  low?: number | undefined
  high?: number | undefined
  bound: Bound
  precision: number
}

// Every link carries its rule: one string per precision, not one per link.
const equalRule = remembering((precision: number) => `equal within ${precision / 2} (half the stated precision ${precision})`, 1000)

/** How far "about" and "nearly" may stray from the stated figure: 10%. */
const approximate = 0.1
/**
 * …and no further than five units of its last stated digit: "about 6,214" is
 * a precise count said loosely (6,209–6,219), not "about 6,000"; "about
 * 295,000" may be 290,000–300,000. A round figure keeps its 10%.
 */
const approximateDigits = 5

/**
 * Does the record's figure fit what the claim says, given its bound and the
 * precision it is stated to? "nearly 2 million" fits 1.96 million, not 2.19
 * million; "more than 200" fits 206, not 190; "26.9 percent" fits 26.94.
 */
export function compare(claim: Claim, record: FactRecord): Arithmetic {
  return compareFigure(claim, record)
}

/** `compare` for a figure in any unit (a claim's, or its amount in the main unit: `37 cents` as `0.37` USD). */
export function compareFigure(claim: Figure, record: FactRecord, recorded = figureOf(record)): Arithmetic {
  const tolerance = claim.precision / 2
  const claimed = claim.value ?? claim.high ?? claim.low ?? Number.NaN
  const difference = recorded - claimed
  const relativeError = claimed === 0 ? (recorded === 0 ? 0 : Number.POSITIVE_INFINITY) : Math.abs(difference) / Math.abs(claimed)
  let fits: boolean
  let rule: string

  if (Number.isNaN(claimed)) {
    // A figure stated without a number ("a handful") fits nothing.
    fits = false
    rule = 'no figure stated'
  } else if (claim.value === null && claim.low !== undefined && claim.high !== undefined) {
    fits = recorded >= claim.low - tolerance && recorded <= claim.high + tolerance
    rule = `within ${claim.low}–${claim.high} (± ${tolerance})`
  } else if (record.value === undefined) {
    // The record is itself a bound ("at most 48 hours"): the claim must state the same bound.
    fits = Math.abs(difference) <= tolerance && (record.high === undefined ? claim.bound.startsWith('>') : claim.bound.startsWith('<'))
    rule = `same bound as the record (${record.high === undefined ? '≥' : '≤'} ${recorded})`
  } else {
    switch (claim.bound) {
      case '=':
        fits = Math.abs(difference) <= tolerance
        rule = equalRule(claim.precision)
        break
      case '~': {
        const digit = lastDigit(claimed, claim.precision)
        const allowed = Math.max(tolerance, Math.min(Math.abs(claimed) * approximate, digit * approximateDigits))
        fits = Math.abs(difference) <= allowed
        rule = allowed < Math.abs(claimed) * approximate ? `within ${allowed} (${approximateDigits} units of its last digit, ${digit})` : `within ${approximate * 100}% of the stated figure`
        break
      }
      case '<':
        // "Nearly 2 million" is at most 2 million, whatever the rounding.
        fits = recorded <= claimed && recorded >= claimed * (1 - approximate)
        rule = `at most the stated figure and within ${approximate * 100}% of it`
        break
      case '<=':
        fits = recorded <= claimed + tolerance
        rule = 'at most the stated figure'
        break
      case '>':
        fits = recorded > claimed
        rule = 'above the stated figure'
        break
      case '>=':
        fits = recorded >= claimed - tolerance
        rule = 'at least the stated figure'
        break
    }
  }
  return {claimed, recorded, difference, relativeError, tolerance, rule, fits}
}

/** The place of a figure's last significant digit: 6,214 → 1, 295,000 → 1,000, 300 → 100; never finer than its precision. */
function lastDigit(figure: number, precision: number): number {
  let place = precision
  // Trailing zeros of a whole figure are rounding, not digits stated (a figure beyond 2^53 keeps its precision).
  while (Number.isSafeInteger(figure / place) && figure !== 0 && (figure / place) % 10 === 0) place *= 10
  return place
}

/** A claim's figure (in the unit `unit` of `view.figures`) against a record: a change by its size; its direction is checked apart. */
export function measure(view: ClaimView, record: FactRecord, unit: number): Arithmetic {
  const figure = view.figures[unit]!
  if (view.claim.kind !== 'change') return compareFigure(figure, record)
  const size = figure.value === null ? figure : {...figure, value: Math.abs(figure.value)}
  return compareFigure(size, record, Math.abs(figureOf(record)))
}
