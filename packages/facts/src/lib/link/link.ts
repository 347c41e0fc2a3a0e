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

export const Verdict = z.enum(['consistent', 'conflicting', 'no-record', 'ambiguous'])
export type Verdict = z.infer<typeof Verdict>

/** A claim linked to the record it speaks about, and whether it agrees. */
export const Link = z.object({
  claimId: z.string(),
  recordId: z.string().nullable(),
  verdict: Verdict,
  /** 0..1: how well metric, scope and period match. */
  score: z.number(),
  /** Why the record was chosen (or why none was). */
  reasons: z.array(z.string()),
  arithmetic: Arithmetic.nullable(),
  /** The claim's figure came from a repaired (mangled) number. */
  repaired: z.boolean(),
  /** The other records considered, best first. */
  candidates: z.array(z.object({recordId: z.string(), score: z.number()}))
})
export type Link = z.infer<typeof Link>
