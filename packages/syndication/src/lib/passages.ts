import * as z from 'zod/mini'
import type {Alignment, Segment, Side} from './align.js'
import {Stretch} from './aligned-rows.js'


/** A passage both texts share: where it is in each, and how many tokens it holds. */
export const Passage = z.object({a: Stretch, b: Stretch, tokens: z.int().check(z.positive())})
export type Passage = z.infer<typeof Passage>

/**
 * How copy b relates to copy a, by the passages they share: `copy` (each
 * holds the other), `excerpt` (b is one stretch of a), `abridged` (b is
 * parts of a from all over it), `extended` (b holds a and adds to it),
 * `spliced` (b joins one stretch of a to a long stretch from elsewhere, at
 * its start or end: two stories made one), `reworked` (each holds much the
 * other lacks), `unrelated` (they share almost nothing).
 */
export const Relation = z.enum(['copy', 'excerpt', 'abridged', 'extended', 'spliced', 'reworked', 'unrelated'])
export type Relation = z.infer<typeof Relation>

/** Tokens a stretch of equal tokens needs to be a passage: about a sentence (half the shorter text, when that is less). */
const passageTokens = 12
/** Changed tokens (on each side) a passage may run across: a mangled number, a changed figure, a word. */
const smallEdit = 3
/** Share of a text the passages must cover for it to be held whole in the other. */
const held = 0.9

/**
 * The passages two aligned texts share: runs of equal tokens, joined across
 * small edits (a changed figure inside a reused sentence is still the same
 * passage; the edit is a divergence of its own), of `passageTokens` or more.
 */
export function sharedPassages(alignment: Alignment): Passage[] {
  return passageRuns(alignment).map(({first, last, tokens}) => {
    const [from, to] = [alignment.segments[first]!, alignment.segments[last]!]
    return {a: {start: from.a.start, end: to.a.end}, b: {start: from.b.start, end: to.b.end}, tokens}
  })
}

/**
 * The alignment with what lies outside the shared passages as whole
 * changes: between passages, a few words two texts happen to share ("the",
 * "said") are no equal text, and the text each copy wrote for itself is one
 * change, not a scatter of small ones.
 */
export function outsidePassagesAsChanges(alignment: Alignment): Alignment {
  const runs = passageRuns(alignment)
  if (runs.length === 0 && alignment.segments.every((segment) => segment.kind === 'changed')) return alignment
  const inPassage = new Uint8Array(alignment.segments.length)
  for (const {first, last} of runs) inPassage.fill(1, first, last + 1)
  const segments: Segment[] = []
  let pending: {a: Side; b: Side} | undefined
  const flush = () => {
    if (pending) segments.push({kind: 'changed', a: pending.a, b: pending.b})
    pending = undefined
  }
  for (const [index, segment] of alignment.segments.entries()) {
    if (inPassage[index]) {
      flush()
      segments.push(segment)
      continue
    }
    pending = pending ? {a: {...pending.a, end: segment.a.end, to: segment.a.to}, b: {...pending.b, end: segment.b.end, to: segment.b.to}} : {a: segment.a, b: segment.b}
  }
  flush()
  return {...alignment, segments}
}

/** Runs of segments, first to last (inclusive), that make a passage, and their equal tokens. */
function passageRuns(alignment: Alignment): Array<{first: number; last: number; tokens: number}> {
  const runs: Array<{first: number; last: number; tokens: number}> = []
  // A short text ("Officers denied 59 requests.") is one passage of itself, not below a sentence's length.
  const least = Math.min(passageTokens, Math.max(1, Math.ceil(Math.min(alignment.a.tokens.length, alignment.b.tokens.length) / 2)))
  let open: {first: number; last: number; tokens: number} | undefined
  const close = () => {
    if (open && open.tokens >= least) runs.push(open)
    open = undefined
  }
  for (const [index, segment] of alignment.segments.entries()) {
    if (segment.kind === 'equal') {
      const tokens = segment.a.to - segment.a.from
      if (open) open = {first: open.first, last: index, tokens: open.tokens + tokens}
      else open = {first: index, last: index, tokens}
      continue
    }
    const small = segment.a.to - segment.a.from <= smallEdit && segment.b.to - segment.b.from <= smallEdit
    if (!small) close()
  }
  close()
  return runs
}

/** The share of each text's tokens inside shared passages, 0..1. */
export function passageCoverage(alignment: Alignment, passages: readonly Passage[]): {a: number; b: number} {
  // Passages count their equal tokens, the same on both sides.
  let tokens = 0
  for (const passage of passages) tokens += passage.tokens
  const share = (length: number) => (length === 0 ? 0 : Math.round(Math.min(1, tokens / length) * 1000) / 1000)
  return {a: share(alignment.a.tokens.length), b: share(alignment.b.tokens.length)}
}

/** Share of b a stretch from elsewhere must fill, at b's start or end, for b to be spliced. */
const elsewhere = 0.3

/**
 * The relation of b to a by the passages' coverage of each and where they
 * lie: `lengthB` is b's length in characters.
 */
export function relationOf(coverage: {a: number; b: number}, passages: readonly Passage[], lengthB: number): Relation {
  if (passages.length === 0) return 'unrelated'
  if (coverage.a >= held && coverage.b >= held) return 'copy'
  // One stretch of a text: its passages close together, not parts from all over it.
  const oneStretch = (side: 'a' | 'b') => {
    const spread = passages.at(-1)![side].end - passages[0]![side].start
    const inPassages = passages.reduce((sum, passage) => sum + (passage[side].end - passage[side].start), 0)
    return spread <= inPassages * 1.2
  }
  if (coverage.b >= held) return oneStretch('a') ? 'excerpt' : 'abridged'
  if (coverage.a >= held) return 'extended'
  const before = passages[0]!.b.start
  const after = lengthB - passages.at(-1)!.b.end
  if (oneStretch('a') && oneStretch('b') && Math.max(before, after) >= lengthB * elsewhere) return 'spliced'
  return 'reworked'
}
