import {z} from 'zod/mini'
import {readFileSync} from 'node:fs'
import {extractClaims} from '@claimtrace/extract'
import {Corroboration, corroborate, findCopies, Lineage, lineage} from '@claimtrace/syndication'
import {describe, expect, it} from 'vitest'
import {withClaims} from './_copies.js'

const root = new URL('../../../fixtures/articles/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('articles.json', root), 'utf8')) as Array<{file: string; date: string}>
const seeds = manifest.map((item) => withClaims({id: item.file.slice(0, 3), text: readFileSync(new URL(item.file, root), 'utf8'), date: item.date}))
const seed = (id: string) => seeds.find((item) => item.id === id)!

describe('lineage', () => {
  it('picks the clean 001 over its scrape and describes 000 against it', () => {
    const result = lineage([seed('000'), seed('001')])
    expect(Lineage.parse(result)).toEqual(result)
    expect([result.canonical, result.reason]).toEqual(['001', '502 words (longest 502), 0 mangled numbers, published 2017-01'])
    expect(result.copies.map((copy) => [copy.id, copy.comparison.similarity, copy.comparison.conflicts.length])).toEqual([['000', 0.835, 0]])
  })

  it('prefers a complete copy to a truncated one, and the earlier of two clean copies', () => {
    const original = seed('001')
    const cut = withClaims({id: 'cut', text: original.text.slice(0, 1500), date: '2016-12'})
    expect(lineage([cut, original]).canonical).toBe('001')
    expect(lineage([{...original, id: 'later', date: '2017-02'}, {...original, id: 'earlier', date: '2017-01-05'}]).canonical).toBe('earlier')
  })
})

describe('corroborate', () => {
  it('finds the figures 002 and 004 report independently, and skips copies of one story', () => {
    const articles = seeds.map((item) => ({id: item.id, claims: extractClaims(item.text, {date: item.date})}))
    const found = corroborate(articles, findCopies(seeds))
    expect(z.array(Corroboration).parse(found)).toEqual(found)
    expect(found.map((item) => [item.kind, ...item.claims.map((claim) => `${claim.article}: ${claim.text}`)])).toEqual([
      ['corroborated', '002: 2,825', '004: 2,825'],
      ['corroborated', '002: A total of 47', '004: A total of 47'],
      ['corroborated', '002: nearly half', '004: nearly half'],
      ['corroborated', '003: up to an additional 48 hours', '004: up to 48 hours']
    ])
  })

  it('flags independent articles that give different figures for one thing, place and period', () => {
    const report = seed('004')
    const other = {id: 'other', claims: extractClaims(report.text.replace('issued 2,825 detainers', 'issued 2,528 detainers'), {date: report.date})}
    const found = corroborate([{id: '004', claims: extractClaims(report.text, {date: report.date})}, other])
    expect(found.filter((item) => item.kind === 'conflicting').map((item) => item.claims.map((claim) => claim.text))).toEqual([['2,825', '2,528']])
  })
  it('joins every article on one figure into one group, not a pair per two articles', () => {
    const texts = {
      x: 'ICE issued 2,825 detainers in Massachusetts in 2017, according to the report.',
      y: 'In 2017, immigration agents issued 2,825 detainers in Massachusetts.',
      z: 'Federal agents issued 2,825 detainers in Massachusetts in 2017, the report said.',
      w: 'The agency issued 2,528 detainers in Massachusetts in 2017.'
    }
    const articles = Object.entries(texts).map(([id, text]) => ({id, claims: extractClaims(text, {date: '2018-03'})}))
    expect(corroborate(articles).map((item) => [item.kind, item.claims.map((claim) => `${claim.article}: ${claim.text}`).join(', ')])).toEqual([
      ['corroborated', 'x: 2,825, y: 2,825, z: 2,825'],
      ['conflicting', 'x: 2,825, y: 2,825, z: 2,825, w: 2,528']
    ])
    // Copies of one story are one voice: they corroborate nothing by themselves.
    const copies = articles.filter((article) => article.id !== 'x')
    expect(corroborate(copies, [{ids: ['y', 'z'], pairs: []}]).map((item) => [item.kind, item.claims.map((claim) => claim.article).join(' ')])).toEqual([['conflicting', 'y z w']])
    // An id given twice is one article, however far apart: it corroborates nothing by itself.
    const [x, y] = articles
    expect(corroborate([x!, {...y!, id: 'x'}, {...x!, id: 'x'}]).map((item) => item.kind)).toEqual([])
    expect(corroborate([x!, {...y!, id: 'q'}, {...x!, id: 'x'}]).map((item) => [item.kind, item.claims.map((claim) => claim.article).join(' ')])).toEqual([['corroborated', 'x q x']])
    // A bound left out and a bound given as null (a claim read back from JSON or SQL) are one figure.
    const readBack = {...y!, claims: y!.claims.map((claim) => ({...claim, low: null as unknown as undefined, high: null as unknown as undefined}))}
    expect(corroborate([x!, readBack]).map((item) => item.kind)).toEqual(['corroborated'])
  })
})
