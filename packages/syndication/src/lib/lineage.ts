import type {Claim} from '@claimtrace/extract'
import * as z from 'zod/mini'
import {Comparison, compareCopies, type CopyInput} from './compare-copies.js'
import {tokenize} from './tokens.js'

/**
 * A copy in a cluster: its id, text and claims (or a function giving them, as
 * for `compareCopies`), and when known its publication date (`YYYY`,
 * `YYYY-MM` or `YYYY-MM-DD`), which ranks the canonical copy.
 */
export interface ClusterCopy extends CopyInput {
  id: string
  date?: string | null | undefined
}

export const Lineage = z.object({
  /** The copy the others are described against. */
  canonical: z.string(),
  /** Why it was chosen, for people. */
  reason: z.string(),
  copies: z.array(z.object({id: z.string(), comparison: Comparison}))
})
export type Lineage = z.infer<typeof Lineage>

/** Copies holding at least this share of the longest copy's words count as complete. */
const complete = 0.9

/**
 * The canonical copy of a cluster — complete (at least 90% of the longest
 * copy's words), then least mangled, then earliest when dates are known,
 * then longest — and every other copy compared against it.
 */
export function lineage(copies: readonly ClusterCopy[]): Lineage {
  if (copies.length === 0) throw new TypeError('lineage: expected at least one copy')
  const measured = copies.map((copy, order) => {
    const tokens = tokenize(copy.text)
    return {copy, order, words: tokens.filter((token) => token.kind !== 'mark').length, mangled: tokens.filter((token) => token.mangled).length}
  })
  const longest = Math.max(...measured.map((item) => item.words))
  const ranked = [...measured].sort(
    (a, b) =>
      Number(b.words >= longest * complete) - Number(a.words >= longest * complete) ||
      a.mangled - b.mangled ||
      compareDates(a.copy.date, b.copy.date) ||
      b.words - a.words ||
      a.order - b.order
  )
  const best = ranked[0]!
  const others = measured.filter((item) => item !== best).map((item) => item.copy)
  const reason = [
    `${best.words} words (longest ${longest})`,
    `${best.mangled} mangled number${best.mangled === 1 ? '' : 's'}`,
    ...(best.copy.date ? [`published ${best.copy.date}`] : [])
  ].join(', ')
  // The canonical copy's claims are read once, however many copies it is compared with.
  let claims: readonly Claim[] | undefined
  const canonical: CopyInput = {text: best.copy.text, claims: () => (claims ??= typeof best.copy.claims === 'function' ? best.copy.claims() : best.copy.claims)}
  return {
    canonical: best.copy.id,
    reason,
    copies: others.map((copy) => ({id: copy.id, comparison: compareCopies(canonical, copy)}))
  }
}

/** Earlier first; an unknown date after any known one. */
function compareDates(a: string | null | undefined, b: string | null | undefined): number {
  if (a && b) return a < b ? -1 : a > b ? 1 : 0
  return Number(!a) - Number(!b)
}
