import {unitIds} from '@claimtrace/extract'
import {z} from 'zod'

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/

/** Whether `YYYY-MM-DD` (already matched) names a day of the Gregorian calendar. */
function isCalendarDate(value: string): boolean {
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(5, 7))
  const day = Number(value.slice(8, 10))
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  return month >= 1 && month <= 12 && day >= 1 && day <= days
}

/** An ISO calendar date, `YYYY-MM-DD`, that exists. */
export const IsoDate = z.string().regex(isoDatePattern, 'expected a date as YYYY-MM-DD').refine(isCalendarDate, 'not a calendar date')
export type IsoDate = z.infer<typeof IsoDate>

/** What is measured, with the words articles use for it. */
export const Metric = z.object({
  /** Canonical name: `detainer requests declined`. */
  name: z.string().trim().min(1),
  /** Other wordings: `requests denied`, `detainers refused`, `detainer refusals`. */
  aliases: z.array(z.string().trim().min(1)).default([])
})
export type Metric = z.infer<typeof Metric>

/** Where the figure holds: a place, an organisation, or both. */
export const FactScope = z
  .object({
    /** `Boston`, `Massachusetts`, `United States`. */
    place: z.string().trim().min(1).optional(),
    /** `ICE Boston field office`, `Boston Police Department`. */
    organization: z.string().trim().min(1).optional(),
    /** Free text for people: `ICE Boston field office, covering New England`. */
    description: z.string().trim().min(1).optional(),
    /** Other names for the place or organisation as articles write them: `New England`, `ICE`. */
    aliases: z.array(z.string().trim().min(1)).default([])
  })
  .refine((scope) => scope.place !== undefined || scope.organization !== undefined, 'a scope needs a place or an organization')
export type FactScope = z.infer<typeof FactScope>

/** When the figure holds: inclusive dates. A year is `2016-01-01`..`2016-12-31`. */
export const FactPeriod = z
  .object({
    start: IsoDate,
    end: IsoDate,
    /** How people say it: `2016`, `week of Feb. 4-10, 2017`. */
    label: z.string().trim().min(1).optional()
  })
  .refine((period) => period.start <= period.end, {message: 'the period ends before it starts', path: ['end']})
export type FactPeriod = z.infer<typeof FactPeriod>

/** Where the figure comes from. */
export const FactSource = z.object({
  publisher: z.string().trim().min(1),
  title: z.string().trim().min(1),
  /** Where to read it: an `http` or `https` address (`javascript:`, `data:`, `file:` are refused). */
  url: z
    .url({protocol: /^https?$/, error: (issue) => `should be an http or https address, not ${issue.input === undefined ? 'nothing' : `\`${String(issue.input)}\``}`})
    .meta({pattern: '^[Hh][Tt][Tt][Pp][Ss]?://'})
    .optional(),
  date: IsoDate.optional(),
  /**
   * How we know it: `primary` (the publisher's own document), `secondary`
   * (reported by another outlet from the primary data), `article` (only known
   * from a news article; no primary document seen).
   */
  kind: z.enum(['primary', 'secondary', 'article']),
  /** The outlet that reported it, for secondary and article sources: `Boston Herald`. */
  via: z.string().trim().min(1).optional(),
  note: z.string().trim().min(1).optional()
})
export type FactSource = z.infer<typeof FactSource>

/** A unit a claim can carry (see `unitIds` in `@claimtrace/extract`). */
export const FactUnit = z.enum([...unitIds] as [string, ...string[]], {
  error: (issue) => (issue.input === undefined ? 'a unit is required' : `unknown unit \`${String(issue.input)}\``)
})

/**
 * A canonical figure: what is measured, where, when, how much, and who says so.
 * A corrected figure is a new record with a higher `version` that `supersedes`
 * the old one, so nothing is lost.
 */
export const FactRecord = z
  .object({
    id: z.string().trim().min(1).regex(/^[\w.:-]+$/, 'use letters, digits, `_`, `-`, `.` and `:` only'),
    metric: Metric,
    scope: FactScope,
    period: FactPeriod,
    /** The figure; or give `low`/`high` for a range or a bound. */
    value: z.number().finite().optional(),
    low: z.number().finite().optional(),
    high: z.number().finite().optional(),
    unit: FactUnit,
    /** Smallest step the source states the figure to (default: 1 for counts, 0.1 for percents). */
    precision: z.number().positive().optional(),
    source: FactSource,
    /**
     * How the figure relates to its period: `total`, what the whole period
     * added up to (cases reported, arrests made, revenue), so a part of the
     * period, or a longer one, has a figure of its own and a claim stating
     * one is not checked against it ("9 cases in March" against a March–April
     * total); `level`, what held at any time in it (teachers employed, a
     * rate, a price), checked against any claim whose period overlaps. Unstated: `level`.
     */
    aggregation: z.enum(['total', 'level']).optional(),
    /** How the figure was measured ("BLSSeasonallyAdjusted", "CensusACS5yrSurvey"): Data Commons' `measurementMethod`. */
    method: z.string().trim().min(1).optional(),
    version: z.number().int().positive().default(1),
    /** Id of the record this one corrects. */
    supersedes: z.string().trim().min(1).optional(),
    note: z.string().trim().min(1).optional()
  })
  .refine((record) => record.value !== undefined || record.low !== undefined || record.high !== undefined, {
    message: 'a record needs a `value`, or `low`/`high`',
    path: ['value']
  })
  .refine((record) => record.low === undefined || record.high === undefined || record.low <= record.high, {message: '`low` is above `high`', path: ['low']})
export type FactRecord = z.infer<typeof FactRecord>
/** A record as written in a file, before defaults. */
export type FactRecordInput = z.input<typeof FactRecord>
