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
