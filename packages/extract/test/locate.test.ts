import {locator, point} from '@claimtrace/extract'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'

describe('locator', () => {
  it('places offsets as point does: line starts, newlines, CRLF, the end', () => {
    const text = 'one\ntwo\r\n\nfour'
    const locate = locator(text)
    expect([0, 3, 4, 8, 9, 10, 11, 14].map((offset) => locate(offset))).toEqual([
      {line: 1, column: 1, offset: 0},
      {line: 1, column: 4, offset: 3}, // the newline ends line 1
      {line: 2, column: 1, offset: 4},
      {line: 2, column: 5, offset: 8}, // \r\n: the \r is a column of line 2
      {line: 3, column: 1, offset: 9}, // an empty line
      {line: 4, column: 1, offset: 10},
      {line: 4, column: 2, offset: 11},
      {line: 4, column: 5, offset: 14} // the end of the text
    ])
    expect(locator('')(0)).toEqual({line: 1, column: 1, offset: 0})
  })

  it('agrees with point on any text and offset', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', '\n', '\r', ' ', 'é')}), fc.nat(), (text, seed) => {
        const offset = seed % (text.length + 1)
        expect(locator(text)(offset)).toEqual(point(text, offset))
      })
    )
  })
})
