/**
 * Exact decimal scaling. `1.1 * 1e6` is `1100000.0000000002` in binary
 * floating point and `10.4 * 0.01` is `0.10400000000000001`; shifting the
 * decimal exponent of the number's own digits gives the value a reader means.
 */
export function shiftDecimal(value: number, places: number): number {
  if (places === 0 || value === 0 || !Number.isFinite(value)) return value
  const [mantissa, exponent = '0'] = String(value).split('e')
  return Number(`${mantissa}e${Number(exponent) + places}`)
}

/** `value × factor`, exact when `factor` is a power of ten, else rounded to 15 significant digits. */
export function scaleDecimal(value: number, factor: number): number {
  const places = Math.log10(factor)
  if (Number.isInteger(places)) return shiftDecimal(value, places)
  const product = value * factor
  return Number.isFinite(product) ? Number(product.toPrecision(15)) : product
}
