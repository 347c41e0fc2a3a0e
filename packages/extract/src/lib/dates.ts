/** A date known to the year, the month or the day: `2017`, `2017-01`, `2017-01-10`. */
export interface PartialDate {
  year: number
  month: number | undefined
  day: number | undefined
}

const partialPattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/

/** Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a longer ISO timestamp is cut to its date). */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = partialPattern.exec(value.trim())
  if (!match) return undefined
  const year = Number(match[1])
  const month = match[2] ? Number(match[2]) : undefined
  const day = match[3] ? Number(match[3]) : undefined
  if (month !== undefined && (month < 1 || month > 12)) return undefined
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) return undefined
  return {year, month, day}
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function isoDate(year: number, month: number, day: number): string {
  // A day every month has, in a four-digit year, is written as it is; the rest goes through Date, which rolls over.
  if (year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 28 && Number.isInteger(year + month + day)) {
    return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
  }
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.toISOString().slice(0, 10)
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(iso: string): number {
  return (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7
}

/**
 * Move an ISO date by whole months. The last day of a month stays the last
 * day of its month (`2024-02-29` back a year is `2023-02-28`, forward from
 * `2023-02-28` is `2024-02-29`); other days are clamped to the month's length.
 */
export function shiftMonths(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4))
  const month = Number(iso.slice(5, 7))
  const day = Number(iso.slice(8, 10))
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = index - targetYear * 12 + 1
  const length = daysInMonth(targetYear, targetMonth)
  const last = day === daysInMonth(year, month)
  return isoDate(targetYear, targetMonth, last ? length : Math.min(day, length))
}

/** The first and last day of the months `[first, first + count)`, counted as `year * 12 + month - 1`. */
export function monthSpan(first: number, count: number): {first: string; last: string} {
  const startYear = Math.floor(first / 12)
  const end = first + count - 1
  const endYear = Math.floor(end / 12)
  const endMonth = end - endYear * 12 + 1
  return {first: isoDate(startYear, first - startYear * 12 + 1, 1), last: isoDate(endYear, endMonth, daysInMonth(endYear, endMonth))}
}

/** The last day a partial date covers: `2024` → `2024-12-31`, `2024-02` → `2024-02-29`. */
export function lastDayOf(date: PartialDate): string {
  if (date.month === undefined) return isoDate(date.year, 12, 31)
  return isoDate(date.year, date.month, date.day ?? daysInMonth(date.year, date.month))
}
