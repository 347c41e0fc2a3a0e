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
  copies: z.array(
    z.object({
      id: z.string(),
      comparison: Comparison,
      /**
       * The copy this one is compared with when it shares no passage with the
       * canonical copy: the one it is linked to on the way to it (the other
       * story of a splice is in the cluster through the splice). Absent when
       * compared with the canonical copy.
       */
      against: z.optional(z.string())
    })
  )
})
export type Lineage = z.infer<typeof Lineage>

/** Copies holding at least this share of the longest copy's words count as complete. */
const complete = 0.9

/**
 * The canonical copy of a cluster — complete (at least 90% of the longest
 * copy's words), then least mangled, then earliest when dates are known,
 * then longest — and every other copy compared against it. Given the
 * cluster's `links` (its pairs), a copy that shares nothing with the canonical
 * copy is compared with the copy it is linked to on the way to it instead.
 */
export function lineage(copies: readonly ClusterCopy[], links: ReadonlyArray<{a: string; b: string}> = []): Lineage {
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
  // Each copy's claims are read once, however many copies it is compared with.
  const read = new Map<string, CopyInput>()
  const reference = (copy: ClusterCopy): CopyInput => {
    let input = read.get(copy.id)
    if (!input) {
      let claims: readonly Claim[] | undefined
      input = {text: copy.text, claims: () => (claims ??= typeof copy.claims === 'function' ? copy.claims() : copy.claims)}
      read.set(copy.id, input)
    }
    return input
  }
  const towardCanonical = pathsToward(best.copy.id, links)
  const byId = new Map(copies.map((copy) => [copy.id, copy]))
  return {
    canonical: best.copy.id,
    reason,
    copies: others.map((copy) => {
      const comparison = compareCopies(reference(best.copy), reference(copy))
      const linked = byId.get(towardCanonical.get(copy.id) ?? '')
      if (comparison.relation !== 'unrelated' || !linked || linked === best.copy) return {id: copy.id, comparison}
      return {id: copy.id, comparison: compareCopies(reference(linked), reference(copy)), against: linked.id}
    })
  }
}

/** For each copy the links reach, the copy before it on a shortest way from `root` (breadth first, links in order). */
function pathsToward(root: string, links: ReadonlyArray<{a: string; b: string}>): Map<string, string> {
  const neighbours = new Map<string, string[]>()
  const add = (from: string, to: string) => {
    const list = neighbours.get(from)
    if (list) list.push(to)
    else neighbours.set(from, [to])
  }
  for (const {a, b} of links) {
    add(a, b)
    add(b, a)
  }
  const previous = new Map<string, string>()
  const queue = [root]
  const seen = new Set(queue)
  for (let index = 0; index < queue.length; index++) {
    for (const next of neighbours.get(queue[index]!) ?? []) {
      if (seen.has(next)) continue
      seen.add(next)
      previous.set(next, queue[index]!)
      queue.push(next)
    }
  }
  return previous
}

/** Earlier first; an unknown date after any known one. */
function compareDates(a: string | null | undefined, b: string | null | undefined): number {
  if (a && b) return a < b ? -1 : a > b ? 1 : 0
  return Number(!a) - Number(!b)
}
