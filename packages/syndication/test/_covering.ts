import {type Alignment, tokenize} from '@claimtrace/syndication'
import {expect} from 'vitest'

/** Check that the segments of `alignment` cover the tokens of both texts in order, each once. */
export function expectCovering(a: string, b: string, alignment: Alignment): void {
  let from = 0
  let to = 0
  for (const segment of alignment.segments) {
    expect([segment.a.from, segment.b.from]).toEqual([from, to])
    from = segment.a.to
    to = segment.b.to
  }
  expect([from, to]).toEqual([tokenize(a).length, tokenize(b).length])
}
