import {findQuantities, type Quantity} from '@claimtrace/extract'

/** One expected result of a conformance case, in our terms. */
export interface Expected {
  start: number
  /** Exclusive. */
  end: number
  value: number | null
  low?: number | null
  high?: number | null
  /** Our unit id, or `undefined` when the suite's unit has no counterpart here (the case then fails). */
  unit: string | undefined
}

export interface Outcome {
  pass: boolean
  input: string
  expected: Expected[]
  actual: Quantity[]
}

/** The suite names a currency without resolving it ("francs", "₭"): any currency of ours matches. */
export const anyCurrency = '*currency'

/**
 * Unit ids that name one and the same size: a cubic centimetre is a
 * millilitre, whichever name the suite or we give it. Only exact equals belong
 * here; a unit merely close to another (a ton and a tonne) is a difference.
 */
const sameSize: ReadonlyMap<string, string> = new Map([['cubic-centimetre', 'millilitre']])
const sizeOf = (unit: string) => sameSize.get(unit) ?? unit

const close = (a: number | null | undefined, b: number | null | undefined) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)))

/**
 * A case passes when every expected result is found with the same span, value
 * and unit, and nothing else of the kind under test is found.
 */
export function score(input: string, expected: Expected[], select: (quantity: Quantity) => boolean, adapt: (quantity: Quantity) => Quantity): Outcome {
  const actual = findQuantities(input).map(adapt).filter(select)
  const matched = expected.every((item) =>
    actual.some((quantity) => quantity.start === item.start && quantity.end === item.end && close(quantity.value, item.value) &&
      (item.low === undefined || close(quantity.low, item.low)) && (item.high === undefined || close(quantity.high, item.high)) &&
      item.unit !== undefined && (sizeOf(quantity.unit) === sizeOf(item.unit) || (item.unit === anyCurrency && quantity.dimension === 'currency')))
  )
  return {pass: matched && actual.length === expected.length, input, expected, actual}
}
