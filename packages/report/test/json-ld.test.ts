import {buildReport, toJsonLd} from '@claimtrace/report'
import jsonld from 'jsonld'
import {describe, expect, it} from 'vitest'
import {records, seed, seeds} from './_fixtures.js'

const schema = 'https://schema.org/'
const prov = 'http://www.w3.org/ns/prov#'

type Expanded = Record<string, unknown> & {'@id'?: string; '@type'?: string[]}
const values = (node: Expanded, property: string) => (node[property] as Array<{'@value'?: unknown; '@id'?: string} & Expanded> | undefined) ?? []
const value = (node: Expanded, property: string) => values(node, property)[0]?.['@value']

describe('toJsonLd', () => {
  const original = seed('001')
  const report = buildReport([seed('000'), original], {records})
  const document = toJsonLd(report, {date: '2026-12-02', author: 'Harbour Fact Desk', url: 'https://facts.example/reviews/'})

  it('expands, with no context to fetch, to one ClaimReview per checked claim with the fields fact-checkers exchange', async () => {
    const expanded = (await jsonld.expand(JSON.parse(document))) as Expanded[]
    const reviews = expanded.filter((node) => node['@type']?.includes(`${schema}ClaimReview`))
    const checked = report.articles.flatMap((article) => article.links).filter((link) => link.verdict !== 'no-record')
    expect(reviews).toHaveLength(checked.length)
    expect(reviews.length).toBeGreaterThan(10)
    for (const review of reviews) {
      expect(value(review, `${schema}claimReviewed`)).toEqual(expect.any(String))
      expect(value(review, `${schema}datePublished`)).toBe('2026-12-02')
      expect(values(review, `${schema}url`)[0]?.['@id'] ?? value(review, `${schema}url`)).toMatch(/^https:\/\/facts\.example\/reviews\/articles%2F00[01]_[0-9a-f]+\.txt#c\d+$/)
      const [author] = values(review, `${schema}author`)
      expect(value(author!, `${schema}name`)).toBe('Harbour Fact Desk')
      const [rating] = values(review, `${schema}reviewRating`)
      expect(['consistent', 'conflicting', 'ambiguous', 'unresolved']).toContain(value(rating!, `${schema}alternateName`))
      expect(value(rating!, `${schema}ratingExplanation`)).toEqual(expect.any(String))
      const [claim] = values(review, `${schema}itemReviewed`)
      expect(claim!['@type']).toEqual([`${schema}Claim`])
      expect(values(claim!, `${schema}appearance`)[0]!['@id']).toMatch(/^urn:claimtrace:article:articles%2F00[01]_/)
      expect(value(claim!, 'urn:claimtrace:vocab:start')).toEqual(expect.any(Number))
    }
  })

  it('states the claim, its sentence, its offsets and the arithmetic of its verdict', () => {
    const graph = (JSON.parse(document) as {'@graph': Array<Record<string, any>>})['@graph']
    const article = report.articles.find((item) => item.id === original.id)!
    const claim = article.claims.find((item) => item.text === '59')!
    const review = graph.find((node) => node['@id'] === `https://facts.example/reviews/${encodeURIComponent(original.id)}#${claim.id}`)!
    expect(review['itemReviewed']).toMatchObject({'@type': 'Claim', text: '59', 'claimtrace:start': claim.start, 'claimtrace:end': claim.end})
    expect(original.text.slice(review['itemReviewed']['claimtrace:start'], review['itemReviewed']['claimtrace:end'])).toBe('59')
    expect(review['claimReviewed']).toBe('The data, obtained from ICE by the Herald, shows the Boston ICE office, which covers all of New England, saw 59 of its requests to hold arrested immigrants denied last year.')
    expect(review['reviewRating']).toEqual({'@type': 'Rating', alternateName: 'consistent', ratingExplanation: 'claimed 59, recorded 59, difference 0, tolerance 0.5: equal within 0.5 (half the stated precision 1), fits'})
    expect(review['isBasedOn']).toMatchObject({'@type': 'CreativeWork'})
  })

  it('states in PROV-O that the scrape derives from the canonical copy, and the records\' primary sources', async () => {
    const expanded = (await jsonld.expand(JSON.parse(toJsonLd(buildReport(seeds, {records}), {date: '2026-12-02'})))) as Expanded[]
    const report = buildReport(seeds, {records})
    const [cluster] = report.clusters
    const copy = cluster!.copies[0]!.id
    const derived = expanded.find((node) => node['@id'] === `urn:claimtrace:article:${encodeURIComponent(copy)}` && node[`${prov}wasDerivedFrom`])!
    expect(values(derived, `${prov}wasDerivedFrom`)[0]!['@id']).toBe(`urn:claimtrace:article:${encodeURIComponent(cluster!.canonical)}`)
    const sourced = expanded.filter((node) => node['@type']?.includes(`${schema}ClaimReview`)).map((node) => values(node, `${schema}itemReviewed`)[0]!).filter((claim) => values(claim, `${prov}hadPrimarySource`).length > 0)
    expect(sourced.length).toBeGreaterThan(0)
  })

  it('is the same document run after run, and refuses a date it cannot publish', () => {
    expect(toJsonLd(buildReport([seed('000'), original], {records}), {date: '2026-12-02', author: 'Harbour Fact Desk', url: 'https://facts.example/reviews/'})).toBe(document)
    expect(() => toJsonLd(report, {date: 'tomorrow'})).toThrow('`date` must be YYYY-MM-DD, not `tomorrow`')
  })
})
