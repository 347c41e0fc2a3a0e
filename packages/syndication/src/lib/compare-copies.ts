import {Claim} from '@claimtrace/extract'
import * as z from 'zod/mini'
import {type Alignment, alignTokens, unaligned} from './align.js'
import {AlignedRow, alignedRows} from './aligned-rows.js'
import {classifyDivergences} from './classify.js'
import {Divergence} from './divergence.js'
import {resemblance, shinglesOf} from './fingerprint.js'
import {outsidePassagesAsChanges, Passage, passageCoverage, Relation, relationOf, sharedPassages} from './passages.js'
import {tokenize} from './tokens.js'

/**
 * A copy to compare: its text and its claims (`extractClaims` of
 * `@claimtrace/extract`), or a function giving them, called only when the
 * texts are copies (two unrelated megabytes need no extraction). Claims come
 * from the caller so that this package carries no extractor: a browser
 * editor that already holds an article's claims passes them on.
 */
export interface CopyInput {
  text: string
  claims: readonly Claim[] | (() => readonly Claim[])
}

/** Two claims at the same place of two copies that say different things. */
export const ClaimConflict = z.object({
  kind: z.enum(['value-change', 'hedge-change', 'unit-change', 'attribution-change']),
  a: Claim,
  b: Claim
})
export type ClaimConflict = z.infer<typeof ClaimConflict>

/** A claim only one copy makes, and why. */
export const UnpairedClaim = z.object({
  side: z.enum(['a', 'b']),
  /** `truncated`: the other copy stops before it; `boilerplate`: it is in furniture; `removed` / `added`: the words around it are only in this copy; `edited`: the place was rewritten. */
  reason: z.enum(['truncated', 'boilerplate', 'removed', 'added', 'edited']),
  claim: Claim
})
export type UnpairedClaim = z.infer<typeof UnpairedClaim>

export const Comparison = z.object({
  /** Jaccard similarity of the copies' shingles, 0..1. */
  similarity: z.number().check(z.minimum(0), z.maximum(1)),
  /** Shared shingles over the smaller copy's, 0..1. */
  containment: z.number().check(z.minimum(0), z.maximum(1)),
  divergences: z.array(Divergence),
  /** Pairs of claims, one per copy, at the same place. */
  paired: z.array(z.object({a: z.string(), b: z.string()})),
  conflicts: z.array(ClaimConflict),
  unpaired: z.array(UnpairedClaim),
  /** Both copies cut into rows at the line breaks of `a`, every character in one row: a side-by-side view's rows, from the one alignment. */
  rows: z.array(AlignedRow),
  /** The passages both copies share (a sentence or longer, across small edits), in text order. */
  passages: z.array(Passage),
  /** The share of each copy's tokens in shared passages, 0..1. */
  coverage: z.object({a: z.number().check(z.minimum(0), z.maximum(1)), b: z.number().check(z.minimum(0), z.maximum(1))}),
  /** How copy b relates to copy a by those passages. */
  relation: Relation
})
export type Comparison = z.infer<typeof Comparison>

/** Shared shingles over the smaller text's below which two texts are not copies of one story. */
const notCopies = 0.1

/**
 * Compare two copies of a story: their similarity, every classified
 * divergence, and their claims paired through the alignment. A pair whose
 * value, bound, unit or attributed source differ (after repair of mangled
 * numbers) is a conflict; a claim only one copy makes is reported with the
 * reason. Texts sharing under a tenth of the smaller one's shingles are no
 * copies: one divergence from end to end, no claims extracted or paired.
 */
export function compareCopies(left: CopyInput, right: CopyInput): Comparison {
  const [tokensA, tokensB] = [tokenize(left.text), tokenize(right.text)]
  const similar = resemblance(shinglesOf(tokensA), shinglesOf(tokensB))
  // Texts that share almost nothing are no copies: answered at once, one change end to end, no claims paired.
  if (similar.containment < notCopies && tokensA.length > 0 && tokensB.length > 0) {
    const alignment = unaligned(left.text, tokensA, right.text, tokensB)
    return {...similar, divergences: classifyDivergences(alignment), paired: [], conflicts: [], unpaired: [], rows: alignedRows(alignment), passages: [], coverage: {a: 0, b: 0}, relation: 'unrelated'}
  }
  const alignment = outsidePassagesAsChanges(alignTokens(left.text, tokensA, right.text, tokensB))
  const divergences = classifyDivergences(alignment)
  const shared = passagesOf(alignment)
  // Claims are paired inside the passages both copies share: two figures at places of text each copy wrote for itself
  // (a splice's other half) say nothing about each other.
  const inPassage = (side: 'a' | 'b', claim: Claim) => shared.passages.some((passage) => passage[side].start <= claim.start && claim.end <= passage[side].end)
  const [claimsA, claimsB] = [claimsOf(left), claimsOf(right)]

  const paired: Array<{a: string; b: string}> = []
  const conflicts: ClaimConflict[] = []
  const unpaired: UnpairedClaim[] = []
  const used = new Set<string>()
  const [reasonA, reasonB] = [reasons(divergences, 'a'), reasons(divergences, 'b')]
  // How far the claims of b reach so far, claim by claim: a sorted list to search.
  const reach: number[] = []
  for (const claim of claimsB) reach.push(Math.max(reach.at(-1) ?? 0, claim.end))
  for (const claim of claimsA) {
    const [start, end] = mapRange(alignment, claim.start, claim.end)
    const found = inPassage('a', claim) ? claimAt(claimsB, reach, start, Math.max(end, start + 1), used) : undefined
    const match = found && inPassage('b', found) ? found : undefined
    if (!match) {
      unpaired.push({side: 'a', reason: reasonA(claim), claim})
      continue
    }
    used.add(match.id)
    paired.push({a: claim.id, b: match.id})
    const kind = conflictOf(claim, match)
    if (kind) conflicts.push({kind, a: claim, b: match})
  }
  for (const claim of claimsB) if (!used.has(claim.id)) unpaired.push({side: 'b', reason: reasonB(claim), claim})

  return {
    ...similar,
    divergences,
    paired,
    conflicts,
    unpaired,
    rows: alignedRows(alignment),
    ...shared
  }
}

/** Where characters `start..end` of copy `a` lie in copy `b`: the union of the aligned segments they touch. */
function mapRange(alignment: Alignment, start: number, end: number): [number, number] {
  const {segments} = alignment
  let from = Number.POSITIVE_INFINITY
  let to = Number.NEGATIVE_INFINITY
  // Segments and tokens run in text order: search for the first that can touch the range, stop after it.
  for (let index = firstIndex(segments.length, (at) => segments[at]!.a.end >= start); index < segments.length; index++) {
    const segment = segments[index]!
    if (segment.a.start > end) break
    if (segment.a.start === segment.a.end && (segment.a.start <= start || segment.a.start >= end)) continue
    if (segment.kind === 'equal') {
      // Inside shared tokens the offsets move together, token by token.
      const tokens = alignment.a.tokens
      const first = segment.a.from + firstIndex(segment.a.to - segment.a.from, (at) => tokens[segment.a.from + at]!.end > start)
      for (let token = first; token < segment.a.to && tokens[token]!.start < end; token++) {
        const other = alignment.b.tokens[segment.b.from + token - segment.a.from]!
        from = Math.min(from, other.start)
        to = Math.max(to, other.end)
      }
    } else {
      from = Math.min(from, segment.b.start)
      to = Math.max(to, segment.b.end)
    }
  }
  return Number.isFinite(from) ? [from, to] : [0, 0]
}

/** The claims of a copy, asked for now if given as a function. */
function claimsOf(copy: CopyInput): readonly Claim[] {
  return typeof copy.claims === 'function' ? copy.claims() : copy.claims
}

/** The first claim not yet `used` that overlaps `start..end`; claims are in text order, `reach` their running greatest end. */
function claimAt(claims: readonly Claim[], reach: readonly number[], start: number, end: number, used: ReadonlySet<string>): Claim | undefined {
  for (let index = firstIndex(claims.length, (at) => reach[at]! > start); index < claims.length && claims[index]!.start < end; index++) {
    const claim = claims[index]!
    if (claim.end > start && !used.has(claim.id)) return claim
  }
  return undefined
}

/** The first of `0..length-1` for which `reached` holds, or `length`; `reached` must be false, then true. */
function firstIndex(length: number, reached: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >> 1
    if (reached(middle)) high = middle
    else low = middle + 1
  }
  return low
}

function conflictOf(a: Claim, b: Claim): ClaimConflict['kind'] | undefined {
  if (a.unit !== b.unit) return 'unit-change'
  if (a.value !== b.value || a.low !== b.low || a.high !== b.high) return 'value-change'
  if (a.bound !== b.bound) return 'hedge-change'
  // Who a figure is credited to is part of the claim: "the Herald revealed … 26.9 percent" is not "26.9 percent".
  if ((a.attribution?.source ?? null) !== (b.attribution?.source ?? null)) return 'attribution-change'
  return undefined
}

/** Why a claim has no partner: the divergence its figure falls in. */
/** Why a claim of one side has no partner: the first non-empty divergence on that side it overlaps (divergences are in text order). */
function reasons(divergences: readonly Divergence[], side: 'a' | 'b'): (claim: Claim) => UnpairedClaim['reason'] {
  const reach: number[] = []
  for (const item of divergences) reach.push(Math.max(reach.at(-1) ?? 0, item[side].end))
  return (claim) => {
    let divergence: Divergence | undefined
    for (let index = firstIndex(divergences.length, (at) => reach[at]! > claim.start); index < divergences.length && divergences[index]![side].start < claim.end; index++) {
      const item = divergences[index]![side]
      if (item.end > claim.start && item.start !== item.end) {
        divergence = divergences[index]
        break
      }
    }
    return reasonOf(divergence)
  }
}

function reasonOf(divergence: Divergence | undefined): UnpairedClaim['reason'] {
  switch (divergence?.kind) {
    case 'truncation':
      return 'truncated'
    case 'boilerplate':
      return 'boilerplate'
    case 'dropped-words':
      return 'removed'
    case 'added-words':
      return 'added'
    default:
      return 'edited'
  }
}

/** The passages two aligned copies share, how much of each they cover, and what that makes b of a. */
function passagesOf(alignment: Alignment): {passages: Passage[]; coverage: {a: number; b: number}; relation: Relation} {
  const passages = sharedPassages(alignment)
  const coverage = passageCoverage(alignment, passages)
  return {passages, coverage, relation: relationOf(coverage, passages, alignment.b.text.length)}
}
