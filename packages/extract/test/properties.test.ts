import {extractClaims, findQuantities} from '@claimtrace/extract'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'

// Text built from the pieces that exercise every pass: numerals, separators, number words, hedges, units, dates, markup.
const piece = fc.constantFrom(
  ' ', '  ', '\n', '\n\n', '.', ',', '-', '–', '%', '$', '£', '/', ':', '"', '“', '”', '’', '(', ')', '#', '@', '*', '>', '1', '10', '2,825', '10, 701',
  '26. 9', '4-10', '2014', 'in', 'from', 'to', 'rose', 'nearly', 'more than', 'up to', 'all', 'half', 'a third', 'two dozen',
  'million', 'bn', 'percent', 'hours', 'Feb.', 'last year', 'the previous week', 'that week', 'ICE', 'Boston', 'according to',
  'the Herald says', 'AR-15', 'Section', 'between', 'and', 'one', '\u0000'.slice(1), '\ud83d\ude00', '\ud800', 'é', '\u200b',
  // Found by fuzzing: figures too large to hold, number words after a currency sign or read ahead of, Markdown.
  '1e309', '3e10, 701', '2^1024', '9'.repeat(320), '$one', '₹one', 'one of two', '- ', '> ', '1. ', '```', '~~~', '<div>', '[a]: /u', '\t', '\r', '\uFEFF'
)
/** Lines nested in lists and block quotes, up to hundreds deep (`markdown.test.ts` goes to 10,000). */
const nested = fc.array(fc.tuple(fc.constantFrom('- ', '> ', '  ', '1. ', '* '), fc.nat({max: 800}), fc.constantFrom('59 people', '1e309 people', '', '```')), {maxLength: 6})
  .map((lines) => lines.map(([marker, depth, rest]) => `${marker.repeat(depth)}${rest}`).join('\n'))
const article = fc.oneof(fc.string({maxLength: 400}), fc.array(piece, {maxLength: 120}).map((parts) => parts.join('')), nested)

/** Every figure a claim or quantity states is a finite number. */
function finite(item: {value: number | null; low?: number; high?: number; from?: number; precision?: number}): boolean {
  return [item.value, item.low, item.high, item.from, item.precision].every((value) => value === null || value === undefined || Number.isFinite(value))
}

describe('properties', () => {
  it('never throws and every claim slices the input exactly', () => {
    fc.assert(
      fc.property(article, (text) => {
        for (const claim of extractClaims(text, {date: '2017-02-15'})) {
          expect(text.slice(claim.start, claim.end)).toBe(claim.text)
          expect(claim.start).toBeLessThan(claim.end)
          for (const repair of claim.repairs) expect(text.slice(repair.start, repair.end)).toBe(repair.original)
          if (claim.period) expect(text.slice(claim.period.start, claim.period.end)).toBe(claim.period.text)
          expect(finite(claim)).toBe(true)
        }
        for (const quantity of findQuantities(text)) {
          expect(text.slice(quantity.start, quantity.end)).toBe(quantity.text)
          expect(finite(quantity)).toBe(true)
        }
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

  it('finds nothing in figures too large to hold, rather than infinities', () => {
    for (const text of ['1e309 people', '3e10, 701 and 10, 120 more', `${'9'.repeat(400)} people`, '2^1024 people', `0.${'0'.repeat(400)}1 percent`]) {
      expect(extractClaims(text).filter((claim) => !finite(claim))).toEqual([])
      expect(findQuantities(text).filter((quantity) => !finite(quantity))).toEqual([])
    }
    expect(extractClaims('1e309 people').map((claim) => claim.text)).toEqual([])
    expect(extractClaims('1e308 people').map((claim) => claim.value)).toEqual([1e308])
    // An earlier value too large to hold is left out, the claim kept (found by the fuzzer).
    expect(extractClaims('Boston saw 59 requests. That’s up from 3e10, 701.').map((claim) => [claim.text, claim.from, claim.direction])).toEqual([['59', undefined, undefined]])
  })

  it('reads a number word after a currency sign, or read ahead of, without throwing', () => {
    expect(extractClaims('$one').map((claim) => [claim.text, claim.unit])).toEqual([['$one', 'USD']])
    expect(extractClaims('₹one').map((claim) => [claim.text, claim.unit])).toEqual([['₹one', 'INR']])
    // "one of …" reads five tokens ahead, past the end of the text.
    expect(extractClaims('It was one of two').map((claim) => claim.text)).toEqual(['one', 'two'])
    expect(findQuantities('one of a hundred').map((quantity) => quantity.text)).toEqual(['one', 'a hundred'])
  })

  it('reads a capital letter and a full stop ending a sentence, a name of no word, without throwing (found by bench:report)', () => {
    expect(extractClaims('A.')).toEqual([])
    expect(extractClaims('Officers declined 59 requests, outrage A.').map((claim) => [claim.text, claim.scope.organizations])).toEqual([['59', []]])
  })
})
