import {shiftDecimal} from './decimal.js'
import {subunits} from './lexicon/units.js'

export interface Normalized {
  value: number | null
  low?: number
  high?: number
  from?: number
  unit: string
}

/** Whether figures in `unit` are stated in a subunit (cents, pence) and have a normalised value. */
export function hasSubunit(unit: string): boolean {
  return subunits.has(unit)
}

/** A figure stated in a subunit (`37 cents`) in its main unit (`0.37 USD`), by an exact shift of the decimal point. */
export function normalize(unit: string, value: number | null, low: number | undefined, high: number | undefined, from: number | undefined): Normalized | undefined {
  const main = subunits.get(unit)
  if (!main) return undefined
  const shift = (figure: number) => shiftDecimal(figure, main.places)
  return {
    value: value === null ? null : shift(value),
    ...(low !== undefined && {low: shift(low)}),
    ...(high !== undefined && {high: shift(high)}),
    ...(from !== undefined && {from: shift(from)}),
    unit: main.unit
  }
}
