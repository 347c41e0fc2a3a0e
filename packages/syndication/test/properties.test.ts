import {alignCopies, classifyDivergences} from '@claimtrace/syndication'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {expectCovering} from './_covering.js'

const piece = fc.constantFrom(
  ' ', '   ', '\n', '\n\n', '.', ',', '-', '–', '%', '$', '“', '”', '’', '(', '[', '1', '59', '95', '2,825', '10, 701', '10,701', '26. 9',
  '26.9', '4-10', '2014', 'nearly', 'more than', 'up to', 'according to', 'the Herald says', 'Boston-area', 'ICE', 'Please let us know',
  'File Photo:', 'the', 'of', '\ud83d\ude00', '\ud800', 'é', '\u200b'
)
const text = fc.oneof(fc.string({maxLength: 300}), fc.array(piece, {maxLength: 100}).map((parts) => parts.join('')))

describe('properties', () => {
  it('aligns any two texts: segments cover every token in order, places slice each text', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const alignment = alignCopies(a, b)
        expectCovering(a, b, alignment)
        for (const item of classifyDivergences(alignment)) {
          expect(a.slice(item.a.start, item.a.end)).toBe(item.a.text)
          expect(b.slice(item.b.start, item.b.end)).toBe(item.b.text)
        }
      }),
      {numRuns: 400, seed: 20261123}
    )
  })

  it('gives the same divergences for the same input, and none for a text against itself', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(JSON.stringify(classifyDivergences(alignCopies(a, b)))).toBe(JSON.stringify(classifyDivergences(alignCopies(a, b))))
        expect(classifyDivergences(alignCopies(a, a))).toEqual([])
      }),
      {numRuns: 200, seed: 7}
    )
  })

  it('keeps shared ids apart when two texts hold more distinct tokens than UTF-16 units', () => {
    const words = Array.from({length: 70_000}, (_, index) => `w${index}`).join(' ')
    const alignment = alignCopies(words, words.replace('w69999', 'changed'))
    const changed = alignment.segments.filter((segment) => segment.kind === 'changed')
    expect(changed).toHaveLength(1)
    expect(classifyDivergences(alignment).map((item) => [item.kind, item.a.text, item.b.text])).toEqual([['reworded', 'w69999', 'changed']])
  })
})
