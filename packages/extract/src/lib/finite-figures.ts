interface Figures {
  value: number | null
  low?: number | undefined
  high?: number | undefined
  from?: number | undefined
  precision?: number | undefined
  normalized?: {value: number | null; low?: number | undefined; high?: number | undefined; from?: number | undefined} | undefined
}

/**
 * Whether every figure of a claim or quantity is a number JavaScript holds.
 * `1e309`, `2^1024` or 400 digits read as `Infinity`, and a figure stated to
 * more than 323 decimal places has a precision of 0: such a figure is not
 * read as a claim at all, rather than as a number other than the one written.
 */
export function hasFiniteFigures(item: Figures): boolean {
  const {normalized} = item
  return finite(item.value) && finite(item.low) && finite(item.high) && finite(item.from) &&
    (item.precision === undefined || (Number.isFinite(item.precision) && item.precision > 0)) &&
    (!normalized || (finite(normalized.value) && finite(normalized.low) && finite(normalized.high) && finite(normalized.from)))
}

function finite(value: number | null | undefined): boolean {
  return value === null || value === undefined || Number.isFinite(value)
}
