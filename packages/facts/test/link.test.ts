import {readdirSync, readFileSync} from 'node:fs'
import {type ArticleDate, articleDate, type Claim, extractClaims} from '@claimtrace/extract'
import {compare, FactRecord, linkClaims, loadFacts, MemoryStore} from '@claimtrace/facts'
import {describe, expect, it} from 'vitest'

const root = new URL('../../../fixtures/', import.meta.url)
const facts = new URL('facts/', root)
const store = new MemoryStore(
  loadFacts(readdirSync(facts).filter((file) => /\.(json|jsonl|csv)$/.test(file)).map((file) => ({file, text: readFileSync(new URL(file, facts), 'utf8')})))
)
const manifest = JSON.parse(readFileSync(new URL('articles/articles.json', root), 'utf8')) as Array<{file: string; date: string}>
const article = (prefix: string) => {
  const entry = manifest.find((item) => item.file.startsWith(prefix))!
  return {text: readFileSync(new URL(`articles/${entry.file}`, root), 'utf8'), date: entry.date}
}

/** How the article's date is known: given (`--date`), beside the file (`articles.json`), or only from the text. */
type Dating = 'option' | 'sidecar' | 'text'
const dated = (text: string, date: string, how: Dating): ArticleDate | null =>
  articleDate(text, how === 'option' ? {date} : how === 'sidecar' ? {sidecar: date, sidecarName: 'articles.json'} : {})

const check = (text: string, date: string, how: Dating = 'sidecar') => {
  const when = dated(text, date, how)
  const claims = extractClaims(text, {date: when?.value})
  return linkClaims(claims, store, {text, date: when}).map((link, index) => [claims[index]!.text, link.verdict, link.recordId])
}

/** Every seed figure a record holds, with the record. */
const seeds = {
  '000': ['ice-boston-declined-2016', 'ice-boston-declined-2015', 'ice-boston-declined-2014', 'ice-national-declined-2014', 'ice-national-declined-2015', 'ice-national-declined-2016', 'deported-share-massachusetts-2016', 'deported-share-national-2016'],
  '001': ['ice-boston-declined-2016', 'ice-boston-declined-2015', 'ice-boston-declined-2014', 'ice-national-declined-2014', 'ice-national-declined-2015', 'ice-national-declined-2016', 'deported-share-massachusetts-2016', 'deported-share-national-2016'],
  '002': ['ddor-jurisdictions-2017w06', 'ddor-issued-2017w06', 'ddor-declined-2017w06', 'ddor-declined-2017w05', 'ddor-jurisdictions-2017w06'],
  '003': ['bpd-detainers-declined-2024', 'bpd-detainers-declined-2024', 'detainer-hold-maximum'],
  '004': ['ddor-issued-2017w06', 'ddor-declined-2017w06', 'ddor-nyc-received-2017w06', 'ddor-nyc-declined-2017w06', 'detainer-hold-maximum']
} as const

describe('linkClaims on the seeds', () => {
  it.each(Object.keys(seeds))('finds every figure of %s that has a record consistent with it, dated as given or by articles.json', (prefix) => {
    const {text, date} = article(prefix)
    for (const how of ['option', 'sidecar'] as const) {
      const links = check(text, date, how)
      expect(links.filter(([, verdict]) => verdict === 'consistent').map(([, , id]) => id)).toEqual(seeds[prefix as keyof typeof seeds])
      expect(links.filter(([, verdict]) => verdict !== 'consistent' && verdict !== 'no-record')).toEqual([])
    }
  })

  it.each(Object.keys(seeds))('calls nothing in %s conflicting when the date is only what the text shows, or nothing', (prefix) => {
    const {text, date} = article(prefix)
    const links = check(text, date, 'text')
    expect(links.filter(([, verdict]) => verdict === 'conflicting')).toEqual([])
    const claims = extractClaims(text)
    expect(linkClaims(claims, store, {text}).filter((link) => link.verdict === 'conflicting')).toEqual([])
  })

  it('reads "last year" in 001 from the years it follows, and leaves 002 unresolved without a date', () => {
    expect(articleDate(article('001').text)).toMatchObject({value: '2017', source: 'last-year', exact: true})
    expect(articleDate(article('003').text)).toMatchObject({value: '2025', source: 'last-year', exact: true})
    expect(check(article('001').text, '', 'text').map(([, verdict]) => verdict)).toEqual(Array(8).fill('consistent'))
    const undated = check(article('002').text, '', 'text')
    expect(undated.slice(0, 5).map(([claim, verdict]) => [claim, verdict])).toEqual([
      ['150', 'unresolved'],
      ['2,825', 'unresolved'],
      ['A total of 47', 'unresolved'],
      ['more than 200', 'unresolved'],
      ['from 117 to 150', 'unresolved']
    ])
  })

  it('names where the date comes from in the reasons', () => {
    const {text, date} = article('001')
    const when = dated(text, date, 'sidecar')
    const claims = extractClaims(text, {date: when?.value})
    const [first] = linkClaims(claims, store, {text, date: when})
    expect(first!.reasons[1]).toBe("period `last year` (2016-01-01..2016-12-31), read with the article's date 2017-01 (articles.json) overlaps 2016")
  })

  it.each([
    ['001', 'saw 59 of its requests', 'saw 95 of its requests', '95', 'transposed-digits'],
    ['001', 'just 18 in 2014', 'just 81 in 2014', 'just 81', 'transposed-digits'],
    ['000', 'from 10, 701 in 2014', 'from 17, 001 in 2014', '17, 001', 'transposed-digits'],
    ['001', 'just 26.9 percent', 'just 29.6 percent', 'just 29.6 percent', 'transposed-digits'],
    ['002', 'down from more than 200 the previous week', 'down from 200 the previous week', '200', 'rounding'],
    ['004', 'New York City, which received 73 requests, turned down 12.', 'New York City, which received 73 requests, turned down 21.', '21', 'transposed-digits']
  ])('flags one altered figure in %s (%s → %s) with its likely cause, and leaves the others', (prefix, from, to, changed, kind) => {
    const {text, date} = article(prefix)
    expect(text).toContain(from)
    const original = check(text, date)
    const altered = check(text.replace(from, to), date)
    expect(altered.filter(([, verdict]) => verdict === 'conflicting').map(([claim]) => claim)).toEqual([changed])
    const index = altered.findIndex(([claim]) => claim === changed)
    expect(altered.toSpliced(index, 1)).toEqual(original.toSpliced(index, 1))
    const when = dated(text.replace(from, to), date, 'sidecar')
    const claims = extractClaims(text.replace(from, to), {date: when?.value})
    expect(linkClaims(claims, store, {text: text.replace(from, to), date: when})[index]!.conflict?.kind).toBe(kind)
  })
})

describe('compare', () => {
  const record = (value: number, unit = 'count'): FactRecord =>
    FactRecord.parse({id: 'r', metric: {name: 'm'}, scope: {place: 'X'}, period: {start: '2016-01-01', end: '2016-12-31'}, value, unit, source: {publisher: 'p', title: 't', kind: 'primary'}})
  const claim = (text: string): Claim => extractClaims(text)[0]!

  it('honours hedges and precision', () => {
    expect(compare(claim('nearly 2 million people'), record(1.96e6)).fits).toBe(true)
    expect(compare(claim('nearly 2 million people'), record(2.19e6)).fits).toBe(false)
    expect(compare(claim('more than 200 people'), record(206)).fits).toBe(true)
    expect(compare(claim('more than 200 people'), record(190)).fits).toBe(false)
    expect(compare(claim('26.9 percent of people'), record(26.94, 'percent'))).toMatchObject({fits: true, tolerance: 0.05})
    expect(compare(claim('26.9 percent of people'), record(27.0, 'percent')).fits).toBe(false)
    expect(compare(claim('about 300 people'), record(320)).fits).toBe(true)
    // A hedge on a precise figure allows five units of its last digit, not 10%: a transposition is no approximation.
    expect(compare(claim('some 6,214 patients'), record(6241))).toMatchObject({fits: false, rule: 'within 5 (5 units of its last digit, 1)'})
    expect(compare(claim('some 6,214 patients'), record(6217)).fits).toBe(true)
    expect(compare(claim('about 295,000 people'), record(299e3)).fits).toBe(true)
    expect(compare(claim('about 295,000 people'), record(310e3)).fits).toBe(false)
    expect(compare(claim('at least 5 people'), record(5)).fits).toBe(true)
    expect(compare(claim('between 20 and 30 people'), record(25)).fits).toBe(true)
    expect(compare(claim('$2.5bn'), record(2.54e9, 'USD')).fits).toBe(true)
  })

  it('shows its arithmetic', () => {
    expect(compare(claim('59 requests'), record(95))).toEqual({claimed: 59, recorded: 95, difference: 36, relativeError: 36 / 59, tolerance: 0.5, rule: 'equal within 0.5 (half the stated precision 1)', fits: false})
  })
})
