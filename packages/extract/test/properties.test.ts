import {extractClaims, findQuantities} from '@claimtrace/extract'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'

// Text built from the pieces that exercise every pass: numerals, separators, number words, hedges, units, dates, markup.
const piece = fc.constantFrom(
  ' ', '  ', '\n', '\n\n', '.', ',', '-', '–', '%', '$', '£', '/', ':', '"', '“', '”', '’', '(', ')', '#', '@', '*', '>', '1', '10', '2,825', '10, 701',
  '26. 9', '4-10', '2014', 'in', 'from', 'to', 'rose', 'nearly', 'more than', 'up to', 'all', 'half', 'a third', 'two dozen',
  'million', 'bn', 'percent', 'hours', 'Feb.', 'last year', 'the previous week', 'that week', 'ICE', 'Boston', 'according to',
  'the Herald says', 'AR-15', 'Section', 'between', 'and', 'one', '\u0000'.slice(1), '\ud83d\ude00', '\ud800', 'é', '\u200b'
)
const article = fc.oneof(fc.string({maxLength: 400}), fc.array(piece, {maxLength: 120}).map((parts) => parts.join('')))

describe('properties', () => {
  it('never throws and every claim slices the input exactly', () => {
    fc.assert(
      fc.property(article, (text) => {
        for (const claim of extractClaims(text, {date: '2017-02-15'})) {
          expect(text.slice(claim.start, claim.end)).toBe(claim.text)
          expect(claim.start).toBeLessThan(claim.end)
          for (const repair of claim.repairs) expect(text.slice(repair.start, repair.end)).toBe(repair.original)
          if (claim.period) expect(text.slice(claim.period.start, claim.period.end)).toBe(claim.period.text)
        }
        for (const quantity of findQuantities(text)) expect(text.slice(quantity.start, quantity.end)).toBe(quantity.text)
      }),
      {numRuns: 400, seed: 20261123}
    )
  })

  it('gives the same claims for the same input', () => {
    fc.assert(
      fc.property(article, (text) => {
        expect(JSON.stringify(extractClaims(text))).toBe(JSON.stringify(extractClaims(text)))
      }),
      {numRuns: 100, seed: 7}
    )
  })

  // Work, not wall-clock, is what must grow linearly; a ratio of two sizes measured in
  // the same process stands in for it. Quadratic behaviour would give a ratio near 100.
  it.each([
    ['one endless sentence of numbers', '10, 701 and 26. 9 percent from 117 to 150 '],
    ['separators without end', '1,'],
    ['open brackets and emphasis', '[*_`<'],
    ['hedges without figures', 'more than nearly up to between '],
    ['a single huge word', 'a'],
    ['dashes between numbers', '4-']
  ])('runs in linear time on 1 MB of %s', (_name, unit) => {
    const make = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
    const time = (text: string) => {
      const start = performance.now()
      extractClaims(text)
      return performance.now() - start
    }
    time(make(20_000))
    const small = Math.max(time(make(100_000)), 1)
    const large = time(make(1_000_000))
    expect(large / small).toBeLessThan(35)
  })
})
