import type {Dimension, Repair, Span} from './claim.js'
import type {Mention} from './mention.js'
import {writeStatedFigure} from './stated-figure.js'

/** Every number in a text, whatever its role: the layer under `extractClaims`. */
export interface Quantity {
  text: string
  start: number
  end: number
  /** `null` for a range. */
  value: number | null
  low?: number
  high?: number
  /** The earlier value of a change ("from 117 to 150" → 117). */
  from?: number
  direction?: 'up' | 'down'
  unit: string
  dimension: Dimension
  /** The denominator of a rate (`$81.10 a barrel` → `barrel`). */
  per?: string
  /** The words that state the rate ("a barrel", "per week", "annually"); `text` leaves them out. Absent when the text holds them ("$15.4/hour"). */
  rate?: Span
  /** The figure in its main unit when stated in a subunit (`37 cents` → 0.37 USD). */
  normalized?: {value: number | null; low?: number; high?: number; from?: number; unit: string}
  /** `change` for the size of a change, `age` for an age; absent for a level. */
  kind?: 'change' | 'age'
  /** `unit`: a unit named without a figure ("a small percent"); its value is `null`. */
  role: 'cardinal' | 'ordinal' | 'year' | 'date' | 'time' | 'identifier' | 'score' | 'unit'
  /** A spelled fraction ("a third"): `value` is the share in percent. */
  fraction: boolean
  bound: '=' | '~' | '>' | '>=' | '<' | '<='
  /** Where the figure itself is written when the quantity also spans a sign or unit: "$20" → the "20". */
  figure?: {start: number; end: number}
  /** The words that bound or hedge the figure ("more than", "or more"); `text` leaves them out. */
  hedge?: Span
  repairs: Repair[]
}

/** A mention as the public quantity it states. */
export function toQuantity(text: string, mention: Mention): Quantity {
  const range = mention.low !== undefined && mention.previous === undefined
  const value = range || mention.role === 'unit' ? null : mention.value
  const quantity = writeStatedFigure({text: text.slice(mention.start, mention.end), start: mention.start, end: mention.end}, text, mention, value, range) as Quantity
  quantity.role = mention.role
  quantity.fraction = mention.fraction
  quantity.bound = mention.bound
  if (mention.hedge) quantity.hedge = mention.hedge
  if (mention.figure && (mention.figure.start !== mention.start || mention.figure.end !== mention.end)) quantity.figure = mention.figure
  quantity.repairs = mention.repairs
  return quantity
}
