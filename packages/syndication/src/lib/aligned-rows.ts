import * as z from 'zod/mini'
import type {Alignment} from './align.js'

/** Characters `start..end` of one text. */
export const Stretch = z.object({start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative())})

/** One row of a side-by-side view: a stretch of each copy that says the same. */
export const AlignedRow = z.object({a: Stretch, b: Stretch})
export type AlignedRow = z.infer<typeof AlignedRow>

/**
 * Cut two aligned copies into rows at the line breaks of copy `a`. A row
 * starts at the first token after a break, in both copies at once: where the
 * token is shared, at its partner in `b`; where a change starts, at the start
 * of the change in `b`. Breaks inside a change are no cut, so a difference is
 * not split across rows, and a scrape that lost its paragraphs is still cut
 * where the original has them. Every character of both copies is in exactly
 * one row.
 */
export function alignedRows(alignment: Alignment): AlignedRow[] {
  const {a, b, segments} = alignment
  const rows: AlignedRow[] = []
  let fromA = 0
  let fromB = 0
  let previousEnd = 0
  // The first line break at or after `previousEnd`: each break is found once, so the walk stays linear.
  let newline = a.text.indexOf('\n')
  for (const segment of segments) {
    for (let index = segment.a.from; index < segment.a.to; index++) {
      const token = a.tokens[index]!
      while (newline !== -1 && newline < previousEnd) newline = a.text.indexOf('\n', previousEnd)
      if (newline !== -1 && newline < token.start) {
        const cutA = token.start
        const cutB = segment.kind === 'equal' ? b.tokens[segment.b.from + index - segment.a.from]!.start : index === segment.a.from ? segment.b.start : -1
        if (cutB >= fromB && cutA > fromA) {
          rows.push({a: {start: fromA, end: cutA}, b: {start: fromB, end: cutB}})
          fromA = cutA
          fromB = cutB
        }
      }
      previousEnd = token.end
    }
  }
  rows.push({a: {start: fromA, end: a.text.length}, b: {start: fromB, end: b.text.length}})
  return rows
}
