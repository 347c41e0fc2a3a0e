interface Figures {
  value: number | null
  low?: number | undefined
  high?: number | undefined
  from?: number | undefined
  direction?: 'up' | 'down' | undefined
  fromPeriod?: unknown
  precision?: number | undefined
  normalized?: {value: number | null; low?: number | undefined; high?: number | undefined; from?: number | undefined} | undefined
}

/**
 * A figure JavaScript cannot hold — `1e309`, `2^1024`, 400 digits read as
 * `Infinity`, or one stated to more than 323 decimal places, whose precision
 * is 0 — is not read at all, rather than as a number other than the one
 * written. A claim or quantity whose own figure is such a number is dropped
 * (`undefined`); one whose earlier value is ("up from 3e10, 701") keeps its
 * figure and loses the earlier value, its direction and its period. Returns
 * the item, changed in place.
 */
export function withFiniteFigures<T extends Figures>(item: T): T | undefined {
  const {normalized} = item
  const own = finite(item.value) && finite(item.low) && finite(item.high) &&
    (item.precision === undefined || (Number.isFinite(item.precision) && item.precision > 0)) &&
    (!normalized || (finite(normalized.value) && finite(normalized.low) && finite(normalized.high)))
  if (!own) return undefined
  if (!finite(item.from) || (normalized && !finite(normalized.from))) {
    delete item.from
    delete item.direction
    delete item.fromPeriod
    if (normalized) delete normalized.from
  }
  return item
}

function finite(value: number | null | undefined): boolean {
  return value === null || value === undefined || Number.isFinite(value)
}
