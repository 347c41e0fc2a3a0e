import {z} from 'zod'

/** The arithmetic behind a verdict. */
export const Arithmetic = z.object({
  claimed: z.number(),
  recorded: z.number(),
  /** `recorded - claimed`. */
  difference: z.number(),
  relativeError: z.number(),
  /** Half the claim's stated precision. */
  tolerance: z.number(),
  /** The test applied, in words. */
  rule: z.string(),
  fits: z.boolean()
})
export type Arithmetic = z.infer<typeof Arithmetic>

/**
 * * `consistent` — the record's figure fits the claim
 * * `conflicting` — it does not, and metric, scope, period and unit are each established
 * * `ambiguous` — records with different figures fit equally well
 * * `unresolved` — a record may be the claim's, but what would establish it is missing (a period stated but unresolved, none to inherit, a date only guessed)
 * * `no-record` — no record is the claim's (a near miss may say what came closest)
 */
export const Verdict = z.enum(['consistent', 'conflicting', 'no-record', 'ambiguous', 'unresolved'])
export type Verdict = z.infer<typeof Verdict>

/**
 * The likely cause of a conflict, when the evidence shows one:
 *
 * * `wrong-period` — the figure is the same metric's record for another period
 * * `wrong-scope` — it is another place's (or organisation's) record
 * * `scale-slip` — off by a factor of 1,000 (thousand, million, billion)
 * * `transposed-digits` — two neighbouring digits swapped (59 for 95)
 * * `dropped-digit` — a digit left out or added (2,08 for 2,008)
 * * `hedge-violated` — the record is on the wrong side of "more than", "nearly", "up to"
 * * `rounding` — rounded the wrong way, or more coarsely than the figure is stated to
 * * `percent-vs-points` — percent where the record is percentage points, or the reverse
 * * `direction-reversed` — "rose" where the records show a fall, or the reverse
 * * `superseded` — the figure of a version revised before the article's date
 */
export const ConflictKind = z.enum([
  'wrong-period',
  'wrong-scope',
  'scale-slip',
  'transposed-digits',
  'dropped-digit',
  'hedge-violated',
  'rounding',
  'percent-vs-points',
  'direction-reversed',
  'superseded'
])
export type ConflictKind = z.infer<typeof ConflictKind>

export const Conflict = z.object({
  kind: ConflictKind,
  /** The evidence, for people: "`95` is `59` with two digits swapped". */
  explanation: z.string(),
  /** The record the figure matches instead (another period's, another place's, an earlier version). */
  recordId: z.string().optional()
})
export type Conflict = z.infer<typeof Conflict>

/** What kept a record from being the claim's, or is missing to establish it. */
export const LinkDimension = z.enum(['metric', 'scope', 'period', 'unit', 'kind'])
export type LinkDimension = z.infer<typeof LinkDimension>

/** The record that came closest to a claim that has none: it fails on one dimension only. */
export const NearMiss = z.object({
  dimension: LinkDimension,
  recordId: z.string(),
  /** What differed, for people: "a record for 2023 exists; none for the claim's 2024". */
  explanation: z.string(),
  /** Whether the claim's figure would fit that record. */
  fits: z.boolean()
})
export type NearMiss = z.infer<typeof NearMiss>

/** The claim was checked against an earlier version of its record: the one in force on the article's date. */
export const Revision = z.object({
  /** The version checked against. */
  recordId: z.string(),
  /** The version in force now. */
  currentId: z.string(),
  /** For people: "revised since: 24,510 in version 2 (2024-06-01)". */
  explanation: z.string()
})
export type Revision = z.infer<typeof Revision>

/** The earlier figure of a change ("fell from 25,400 in 2022"), linked to its own record. */
export const FromLink = z.object({
  recordId: z.string().nullable(),
  verdict: Verdict,
  reasons: z.array(z.string()),
  arithmetic: Arithmetic.nullable(),
  conflict: Conflict.optional()
})
export type FromLink = z.infer<typeof FromLink>

/** A claim linked to the record it speaks about, and whether it agrees. */
export const Link = z.object({
  claimId: z.string(),
  recordId: z.string().nullable(),
  verdict: Verdict,
  /** 0..1: how well metric, scope and period match. */
  score: z.number(),
  /** Why the record was chosen (or why none was), including where the article's date comes from when it decides the period. */
  reasons: z.array(z.string()),
  arithmetic: Arithmetic.nullable(),
  /** The claim's figure came from a repaired (mangled) number. */
  repaired: z.boolean(),
  /** The other records considered, best first. */
  candidates: z.array(z.object({recordId: z.string(), score: z.number()})),
  /** Why a conflicting claim likely differs (conflicting links, when the evidence shows it). */
  conflict: Conflict.optional(),
  /** What a `no-record` claim came closest to. */
  nearMiss: NearMiss.optional(),
  /** What an `unresolved` or `ambiguous` claim lacks to be placed. */
  missing: z.array(LinkDimension).optional(),
  /** The record was revised: which version the claim was checked against. */
  revision: Revision.optional(),
  /** The `from` figure of a change, checked against its own record; a conflict there makes the link conflicting. */
  from: FromLink.optional()
})
export type Link = z.infer<typeof Link>
