import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {type Claim, extractClaims} from '@claimtrace/extract'
import {describe, expect, it} from 'vitest'

const root = new URL('../../../fixtures/articles/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('articles.json', root), 'utf8')) as Array<{file: string; date: string}>
const read = (file: string) => readFileSync(new URL(file, root), 'utf8')
const claimsOf = (prefix: string) => {
  const entry = manifest.find((item) => item.file.startsWith(prefix))!
  return extractClaims(read(entry.file), {date: entry.date})
}
const brief = (claims: Claim[]) => claims.map((claim) => [claim.text, claim.value, claim.unit, claim.period?.first?.slice(0, 4) ?? null])

describe('seed articles', () => {
  it('gives the same eight claims from 001 and from its mangled scrape 000', () => {
    const clean = claimsOf('001')
    const mangled = claimsOf('000')
    const expected = [
      [59, 'count', '2016'],
      [56, 'count', '2015'],
      [18, 'count', '2014'],
      [10701, 'count', '2014'],
      [8546, 'count', '2015'],
      [2008, 'count', '2016'],
      [26.9, 'percent', '2016'],
      [46.4, 'percent', '2016']
    ]
    expect(clean.map((claim) => [claim.value, claim.unit, claim.period?.first?.slice(0, 4)])).toEqual(expected)
    expect(mangled.map((claim) => [claim.value, claim.unit, claim.period?.first?.slice(0, 4)])).toEqual(expected)

    // The repaired ones say what was repaired; nothing else differs.
    expect(mangled.filter((claim) => claim.repairs.length > 0).map((claim) => claim.repairs[0]!.original)).toEqual(['10, 701', '8, 546', '2, 008', '26. 9', '46. 4'])
    const strip = (claim: Claim) => ({...claim, text: undefined, start: undefined, end: undefined, repairs: undefined, sentence: undefined, hedge: undefined, period: {...claim.period, start: 0, end: 0, text: claim.period?.text.replace(/\s+/g, ' ')}, fromPeriod: claim.fromPeriod && {...claim.fromPeriod, start: 0, end: 0}, attribution: claim.attribution && {...claim.attribution, start: 0, end: 0, text: ''}})
    expect(mangled.map(strip)).toEqual(clean.map(strip))
  })

  it('never reports the halves of a mangled number', () => {
    const values = claimsOf('000').map((claim) => claim.value)
    for (const fragment of [701, 546, 9, 4, 10, 8, 2, 26, 46]) expect(values).not.toContain(fragment)
  })

  it('reads 002: counts, a hedge, a change and a share', () => {
    expect(claimsOf('002').map((claim) => [claim.text, claim.value, claim.bound, claim.from ?? null, claim.direction ?? null, claim.period?.first ?? null])).toEqual([
      ['150', 150, '=', null, 'up', null],
      ['2,825', 2825, '=', null, null, '2017-02-04'],
      ['A total of 47', 47, '=', 200, 'down', '2017-02-04'],
      ['more than 200', 200, '>', null, null, '2017-01-28'],
      ['from 117 to 150', 150, '=', 117, 'up', null],
      ['nearly half', 50, '<', null, null, null],
      // "A handful of cities": two to five, by the documented convention for magnitude phrases.
      ['A handful', null, '~', null, null, null]
    ])
  })

  it('reads 003: “all 15”, “up to 48 hours”, “nearly $1 million”, and nothing from “AR-15”', () => {
    expect(brief(claimsOf('003'))).toEqual([
      ['all 15', 15, 'count', '2024'],
      ['all 15', 15, 'count', '2024'],
      ['up to an additional 48 hours', 48, 'hour', null],
      ['nearly $1 million', 1e6, 'USD', null]
    ])
    expect(claimsOf('003').map((claim) => claim.block)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph'])
  })

  it('reads 004: 20, 2,825, 47, 73, 12 and 48 hours, in the week of Feb. 4-10', () => {
    expect(brief(claimsOf('004'))).toEqual([
      ['20', 20, 'count', null],
      ['2,825', 2825, 'count', '2017'],
      ['A total of 47', 47, 'count', '2017'],
      ['73', 73, 'count', '2017'],
      ['12', 12, 'count', '2017'],
      ['up to 48 hours', 48, 'hour', null],
      ['nearly half', 50, 'percent', null]
    ])
    expect(claimsOf('004')[1]!.period).toMatchObject({text: 'that week', first: '2017-02-04', last: '2017-02-10'})
  })

  it('gives offsets that slice the article exactly', () => {
    for (const {file, date} of manifest) {
      const text = read(file)
      for (const claim of extractClaims(text, {date})) {
        expect(text.slice(claim.start, claim.end)).toBe(claim.text)
        for (const repair of claim.repairs) expect(text.slice(repair.start, repair.end)).toBe(repair.original)
        if (claim.hedge) expect(text.slice(claim.hedge.start, claim.hedge.end)).toBe(claim.hedge.text)
        if (claim.period) expect(text.slice(claim.period.start, claim.period.end)).toBe(claim.period.text)
        if (claim.attribution) expect(text.slice(claim.attribution.start, claim.attribution.end)).toBe(claim.attribution.text)
      }
    }
  })

  it.each(manifest.map((entry) => [entry.file, entry.date] as const))('matches the hand-checked golden file for %s', (file, date) => {
    const claims = extractClaims(read(file), {date})
    const golden = new URL(`expected/${file.replace(/\.txt$/, '.json')}`, root)
    if (process.env['UPDATE']) writeFileSync(golden, `${JSON.stringify(claims, null, 2)}\n`)
    expect(existsSync(golden), `missing ${golden.pathname}: run with UPDATE=1 and read it`).toBe(true)
    expect(claims).toEqual(JSON.parse(readFileSync(golden, 'utf8')))
  })
})
