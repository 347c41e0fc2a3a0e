import diff from 'fast-diff'
import {type Token, tokenize} from './tokens.js'

/** Where a piece of an alignment lies in one text: characters `start..end`, tokens `from..to`. */
export interface Side {
  start: number
  end: number
  from: number
  to: number
}

/** A run of tokens both texts share (`equal`), or where they differ (`changed`; one side may be empty). */
export interface Segment {
  kind: 'equal' | 'changed'
  a: Side
  b: Side
}

export interface Alignment {
  a: {text: string; tokens: Token[]}
  b: {text: string; tokens: Token[]}
  segments: Segment[]
}

// Token ids become single UTF-16 units for fast-diff; surrogates are skipped
// so no id can be split. Past this many distinct tokens ids are shared, and
// shared ids are told apart again below.
const firstSurrogate = 0xd8_00
const afterSurrogates = 0xe0_00
const units = firstSurrogate + (0x1_00_00 - afterSurrogates)

/**
 * Token pairs (one from each text) past which a text is aligned through
 * anchors rather than by one diff of everything: a diff costs the tokens
 * times the differences, which for two long texts that share little is
 * their product. Articles stay below it and are aligned as one diff.
 */
const wholeDiffLimit = 4_000_000
/** Tokens in a shingle that anchors two long texts: a run this long, once in each text, is the same place in both. */
const anchorLength = 5

/**
 * Align two texts word by word: fast-diff over token ids, so "117" → "150" is
 * one substitution and "10, 701" matches "10,701". Offsets refer to each
 * original text. Two long texts are first cut at anchors — runs of
 * `anchorLength` tokens that occur once in each text, in the same order in
 * both (the longest such chain, as patience diff finds it) — and only the
 * stretches between anchors are diffed; a stretch still too long on both
 * sides to diff is one change. So texts that share little are answered at
 * once, and long copies in time near their length.
 */
export function alignCopies(a: string, b: string): Alignment {
  return alignTokens(a, tokenize(a), b, tokenize(b))
}

/** `alignCopies` of two texts already tokenized. */
export function alignTokens(a: string, left: Token[], b: string, right: Token[]): Alignment {
  const builder = new SegmentBuilder(left, right)
  if (left.length * right.length <= wholeDiffLimit) builder.diff(0, left.length, 0, right.length)
  else {
    for (const [i, j] of anchorChain(left, right)) {
      if (i < builder.from || j < builder.to) continue
      builder.diffOrReplace(builder.from, i, builder.to, j)
      // The anchor and the equal tokens after it.
      let run = 0
      while (i + run < left.length && j + run < right.length && left[i + run]!.key === right[j + run]!.key) run++
      builder.equal(run)
    }
    builder.diffOrReplace(builder.from, left.length, builder.to, right.length)
  }
  return {a: {text: a, tokens: left}, b: {text: b, tokens: right}, segments: joinAcrossMarks(builder.segments, left)}
}

/** Two texts that are not copies, aligned without looking: one change from end to end. */
export function unaligned(a: string, left: Token[], b: string, right: Token[]): Alignment {
  const segments: Segment[] = left.length + right.length === 0 ? [] : [{kind: 'changed', a: side(left, 0, left.length), b: side(right, 0, right.length)}]
  return {a: {text: a, tokens: left}, b: {text: b, tokens: right}, segments}
}

/** Segments of an alignment, appended in text order; `from` and `to` are how far each text is aligned. */
class SegmentBuilder {
  readonly segments: Segment[] = []
  from = 0
  to = 0
  private readonly ids = new Map<string, number>()

  constructor(
    private readonly left: readonly Token[],
    private readonly right: readonly Token[]
  ) {}

  /** The next `count` tokens of both texts are equal. */
  equal(count: number): void {
    if (count === 0) return
    this.segments.push({kind: 'equal', a: side(this.left, this.from, this.from + count), b: side(this.right, this.to, this.to + count)})
    this.from += count
    this.to += count
  }

  /** The next tokens, up to `fromEnd` in a and `toEnd` in b, differ. */
  changed(fromEnd: number, toEnd: number): void {
    if (fromEnd === this.from && toEnd === this.to) return
    this.segments.push({kind: 'changed', a: side(this.left, this.from, fromEnd), b: side(this.right, this.to, toEnd)})
    this.from = fromEnd
    this.to = toEnd
  }

  /**
   * Diff a stretch between anchors; when a diff of it could cost its product,
   * only if the two sides are mostly the same text (a diff then costs their
   * few differences: text repeated too often to anchor), else one change.
   */
  diffOrReplace(from: number, fromEnd: number, to: number, toEnd: number): void {
    if ((fromEnd - from) * (toEnd - to) <= wholeDiffLimit || mostlyShared(this.left, from, fromEnd, this.right, to, toEnd)) this.diff(from, fromEnd, to, toEnd)
    else this.changed(fromEnd, toEnd)
  }

  /** Diff tokens `from..fromEnd` of a with `to..toEnd` of b (where the alignment has reached). */
  diff(from: number, fromEnd: number, to: number, toEnd: number): void {
    let pendingA = 0
    let pendingB = 0
    const flush = () => {
      this.changed(this.from + pendingA, this.to + pendingB)
      pendingA = 0
      pendingB = 0
    }
    for (const [operation, chunk] of diff(this.encode(this.left, from, fromEnd), this.encode(this.right, to, toEnd))) {
      if (operation === diff.DELETE) pendingA += chunk.length
      else if (operation === diff.INSERT) pendingB += chunk.length
      else {
        flush()
        // Ids shared past the limit can pair different tokens: split those out.
        let run = 0
        for (let index = 0; index < chunk.length; index++) {
          if (this.left[this.from + run]!.key === this.right[this.to + run]!.key) {
            run++
            continue
          }
          this.equal(run)
          run = 0
          this.changed(this.from + 1, this.to + 1)
        }
        this.equal(run)
      }
    }
    flush()
  }

  // Token ids become single UTF-16 units for fast-diff.
  private encode(tokens: readonly Token[], from: number, to: number): string {
    const codes: number[] = []
    let encoded = ''
    for (let index = from; index < to; index++) {
      const key = tokens[index]!.key
      let id = this.ids.get(key)
      if (id === undefined) {
        id = this.ids.size % units
        this.ids.set(key, id)
      }
      codes.push(id < firstSurrogate ? id : id - firstSurrogate + afterSurrogates)
      if (codes.length === 4096) {
        encoded += String.fromCharCode(...codes)
        codes.length = 0
      }
    }
    return encoded + String.fromCharCode(...codes)
  }
}

/** Whether most runs of `anchorLength` tokens of the shorter stretch are in the other: the share a diff stays cheap at. */
function mostlyShared(left: readonly Token[], from: number, fromEnd: number, right: readonly Token[], to: number, toEnd: number): boolean {
  const runs = (tokens: readonly Token[], start: number, end: number) => {
    const found = new Set<string>()
    for (let index = start; index + anchorLength <= end; index++) {
      let key = tokens[index]!.key
      for (let offset = 1; offset < anchorLength; offset++) key += `\u0000${tokens[index + offset]!.key}`
      found.add(key)
    }
    return found
  }
  const [small, large] = fromEnd - from <= toEnd - to ? [runs(left, from, fromEnd), runs(right, to, toEnd)] : [runs(right, to, toEnd), runs(left, from, fromEnd)]
  let shared = 0
  for (const run of small) if (large.has(run)) shared++
  return small.size > 0 && shared >= small.size * 0.5
}

/**
 * Anchors of two long texts: pairs `[i, j]` where the run of `anchorLength`
 * tokens at `i` in a occurs nowhere else in a, and is the run at `j` in b,
 * found nowhere else in b; then the longest chain of them increasing in
 * both texts (patience sorting, n log n).
 */
function anchorChain(left: readonly Token[], right: readonly Token[]): Array<[number, number]> {
  const ids = new Map<string, number>()
  const idsOf = (tokens: readonly Token[]) => {
    const out = new Int32Array(tokens.length)
    for (let index = 0; index < tokens.length; index++) {
      const key = tokens[index]!.key
      let id = ids.get(key)
      if (id === undefined) ids.set(key, (id = ids.size))
      out[index] = id
    }
    return out
  }
  // A run by a hash of its token ids; -1 once the hash is seen twice. A collision can only lose an
  // anchor or pair runs that differ, and a pair is checked token by token before it is used.
  const runs = (tokenIds: Int32Array) => {
    const at = new Map<number, number>()
    for (let index = 0; index + anchorLength <= tokenIds.length; index++) {
      let hash = 0
      for (let offset = 0; offset < anchorLength; offset++) hash = (Math.imul(hash, 0x01_00_01_93) + tokenIds[index + offset]! + 1) | 0
      at.set(hash, at.has(hash) ? -1 : index)
    }
    return at
  }
  const leftIds = idsOf(left)
  const rightIds = idsOf(right)
  const inRight = runs(rightIds)
  const pairs: Array<[number, number]> = []
  for (const [hash, i] of runs(leftIds)) {
    const j = inRight.get(hash)
    if (i === -1 || j === undefined || j === -1) continue
    let same = true
    for (let offset = 0; offset < anchorLength && same; offset++) same = leftIds[i + offset] === rightIds[j + offset]
    if (same) pairs.push([i, j])
  }
  pairs.sort((x, y) => x[0] - y[0])
  // Patience: the longest chain increasing in j, kept as links back to each pile's top.
  const tops: number[] = []
  const back = new Int32Array(pairs.length).fill(-1)
  for (let index = 0; index < pairs.length; index++) {
    const j = pairs[index]![1]
    let low = 0
    let high = tops.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (pairs[tops[middle]!]![1] < j) low = middle + 1
      else high = middle
    }
    if (low > 0) back[index] = tops[low - 1]!
    tops[low] = index
  }
  const chain: Array<[number, number]> = []
  for (let index = tops.length > 0 ? tops.at(-1)! : -1; index !== -1; index = back[index]!) chain.push(pairs[index]!)
  return chain.reverse()
}

/** Changes separated only by punctuation are one change: "4-10" → "11-17", not "4" → "11" and "10" → "17". */
function joinAcrossMarks(segments: readonly Segment[], tokens: readonly Token[]): Segment[] {
  const joined: Segment[] = []
  for (const segment of segments) {
    const previous = joined.at(-1)
    const beforePrevious = joined.at(-2)
    if (segment.kind === 'changed' && previous?.kind === 'equal' && beforePrevious?.kind === 'changed' && onlyMarks(tokens, previous.a)) {
      joined.splice(-2, 2)
      joined[joined.length] = {kind: 'changed', a: span(beforePrevious.a, segment.a), b: span(beforePrevious.b, segment.b)}
      continue
    }
    joined.push(segment)
  }
  return joined
}

function onlyMarks(tokens: readonly Token[], side: Side): boolean {
  for (let index = side.from; index < side.to; index++) if (tokens[index]!.kind !== 'mark') return false
  return true
}

function span(first: Side, last: Side): Side {
  return {start: first.start, end: last.end, from: first.from, to: last.to}
}

/** Tokens `from..to` of a text as a side; an empty side sits where the tokens would be (after the previous token). */
function side(tokens: readonly Token[], from: number, to: number): Side {
  if (from === to) {
    const at = from > 0 ? tokens[from - 1]!.end : 0
    return {start: at, end: at, from, to}
  }
  return {start: tokens[from]!.start, end: tokens[to - 1]!.end, from, to}
}
