// zod/mini: these schemas are types and JSON Schema for users; extraction never parses with them,
// and mini keeps them out of a browser bundle that needs only `extractClaims`.
import * as z from 'zod/mini'

/** A stretch of the original input: `text === input.slice(start, end)`. */
export const Span = z.object({
  text: z.string(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative())
})
export type Span = z.infer<typeof Span>

/**
 * How the stated figure relates to the true one: `=` exact, `~` approximate,
 * `<`/`<=`/`>`/`>=` a bound ("nearly", "up to", "more than", "at least").
 */
export const Bound = z.enum(['=', '~', '>', '>=', '<', '<='])
export type Bound = z.infer<typeof Bound>

/** What kind of quantity a unit measures. */
export const Dimension = z.enum([
  'count',
  'share',
  'currency',
  'time',
  'length',
  'mass',
  'volume',
  'area',
  'speed',
  'temperature',
  'data',
  'power',
  'energy',
  'pressure',
  'frequency',
  'radiation'
])
export type Dimension = z.infer<typeof Dimension>

/** A fix made to a mangled number in scraped text, kept so nothing is silently changed. */
export const Repair = z.object({
  rule: z.enum(['thousands-separator-space', 'decimal-point-space']),
  /** Surface as found, e.g. `10, 701`. */
  original: z.string(),
  /** Surface as repaired, e.g. `10,701`. */
  repaired: z.string(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  /** How many numbers in the whole document look mangled the same way (the evidence used). */
  evidence: z.int().check(z.positive())
})
export type Repair = z.infer<typeof Repair>

/** When a claim holds: `first`/`last` are inclusive ISO dates, `null` when they cannot be resolved. */
export const Period = z.extend(Span, {
  kind: z.enum(['year', 'year-range', 'decade', 'quarter', 'month', 'date', 'date-range', 'week', 'relative']),
  first: z.nullable(z.string()),
  last: z.nullable(z.string()),
  /** True when the period is stated in an earlier sentence and carried over to this claim. */
  inherited: z.boolean()
})
export type Period = z.infer<typeof Period>

/** Who a claim is attributed to: "according to the Boston Herald", "the report said". */
export const Attribution = z.extend(Span, {
  /** The named source, e.g. `Boston Herald`, `the report`. */
  source: z.string(),
  /** The words that mark the attribution, e.g. `according to`, `says`. */
  cue: z.string(),
  inherited: z.boolean()
})
export type Attribution = z.infer<typeof Attribution>

/** Places and organisations a claim is about, as written. */
export const Scope = z.object({
  places: z.array(z.string()),
  organizations: z.array(z.string())
})
export type Scope = z.infer<typeof Scope>

/** Where in the document structure a claim sits. */
export const BlockKind = z.enum(['title', 'heading', 'paragraph', 'quote', 'caption', 'list-item', 'boilerplate'])
export type BlockKind = z.infer<typeof BlockKind>

/** A numeric claim made by an article. */
export const Claim = z.extend(Span, {
  /** Stable within one input: `c1`, `c2`, … in document order. */
  id: z.string(),
  /** The stated figure, in `unit`s; `null` for a range (see `low`, `high`). */
  value: z.nullable(z.number()),
  low: z.optional(z.number()),
  high: z.optional(z.number()),
  /** The earlier value of a change ("rose from 117 to 150" → 117). */
  from: z.optional(z.number()),
  /** When the earlier value held, if the text says: "fell from 25,400 in 2022 to 24,150 in 2023" → 2022. */
  fromPeriod: z.optional(Period),
  direction: z.optional(z.enum(['up', 'down'])),
  unit: z.string(),
  dimension: Dimension,
  /** The denominator of a rate: `$81.10 a barrel` → `barrel`, `2 million barrels per day` → `day`, `per capita` → `capita`. */
  per: z.optional(z.string()),
  /** The words that state the rate ("a barrel", "per day", "annually"); absent when `text` holds them ("$15.4/hour"). */
  rate: z.optional(Span),
  /**
   * The figure in its main unit when it is stated in a subunit: `37 cents` is
   * `{value: 0.37, unit: 'USD'}` (exact decimal shift, never `0.37000000000000005`).
   */
  normalized: z.optional(z.object({value: z.nullable(z.number()), low: z.optional(z.number()), high: z.optional(z.number()), from: z.optional(z.number()), unit: z.string()})),
  /**
   * What the figure is, when not a level: `change` is the size of a change
   * ("climbed 4.2%", "up 3 percentage points", "fell by a third"), `age` a
   * person's age ("a 37-year-old", "Ortiz, 29,"). Absent for a level.
   */
  kind: z.optional(z.enum(['change', 'age'])),
  bound: Bound,
  hedge: z.optional(Span),
  /** Smallest step the figure is stated to: `10,701` → 1, `26.9` → 0.1, `$1 million` → 1000000. */
  precision: z.number().check(z.positive()),
  /** Whether the figure is written in numerals, words ("fifteen"), or both ("2.5 million"). */
  form: z.enum(['numeral', 'words', 'mixed']),
  /** The thing counted or measured, e.g. `detainer requests`. */
  subject: z.nullable(z.string()),
  scope: Scope,
  period: z.nullable(Period),
  attribution: z.nullable(Attribution),
  repairs: z.array(Repair),
  block: BlockKind,
  /** The sentence the claim is in. */
  sentence: z.object({start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative())})
})
export type Claim = z.infer<typeof Claim>
