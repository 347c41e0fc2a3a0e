import {extractClaims} from '@claimtrace/extract'
import {describe, expect, it} from 'vitest'

// The slow project (`npx -y pnpm@10 test:slow`, run in CI): each case extracts 1 MB.
describe('linear time on adversarial shapes', () => {
  // Work, not wall-clock, is what must grow linearly; a ratio of two sizes measured in
  // the same process stands in for it. Quadratic behaviour would give a ratio near 100.
  const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
  const deepening = (line: (depth: number) => string) => (size: number) => {
    let text = ''
    for (let depth = 1; text.length < size; depth++) text += line(depth)
    return text.slice(0, size)
  }
  it.each([
    ['one endless sentence of numbers', repeat('10, 701 and 26. 9 percent from 117 to 150 ')],
    ['separators without end', repeat('1,')],
    ['a list of figures without end', repeat('1, ')],
    ['open brackets and emphasis', repeat('[*_`<')],
    ['hedges without figures', repeat('more than nearly up to between ')],
    ['a single huge word', repeat('a')],
    ['dashes between numbers', repeat('4-')],
    ['blank lines', repeat('\n')],
    ['block quotes deepening line by line', deepening((depth) => `${'>'.repeat(depth)} 59 people\n`)],
    ['lists deepening line by line', deepening((depth) => `${'  '.repeat(depth)}- 59 people\n`)],
    ['lines nested 10,000 deep', repeat(`${'- > '.repeat(2500)}59 people\n`)],
    ['short list items', repeat('- 59 people\n')],
    ['fenced code', repeat('```\n59 people\n```\n')]
  ])('runs in linear time on 1 MB of %s', (_name, make) => {
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

describe('linear time in the context passes', () => {
  // Work, not wall-clock, must grow linearly; a ratio of two sizes in one process stands in for it.
  it.each([
    ['references, names and comparisons', 'The district’s 42 schools in St. Louis and the U.S. rose to 5, up from 4 a year earlier, the lowest since 2020, officials told Reuters. '],
    ['one endless sentence of seasons and names', 'Harlow Greater Manchester Mt. Vernon Wembley Stadium this spring from March to May fiscal 2026 in the city '],
    ['attributions without end', 'Reuters said 5 according to the Herald data from the BLS showed 6, '],
    ['one endless sentence of comparisons', 'rose to 5 from 4 in 2015 up 3 points from 2022 since 2021 said Monday '],
    ['a single huge run of capitals', 'Boston ']
  ])('runs in linear time on 1 MB of %s', (_name, unit) => {
    const make = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
    const time = (text: string) => {
      const start = performance.now()
      extractClaims(text, {date: '2024-05-20'})
      return performance.now() - start
    }
    time(make(20_000))
    const small = Math.max(time(make(100_000)), 1)
    const large = time(make(1_000_000))
    expect(large / small).toBeLessThan(35)
  })
})
