import {readdirSync, readFileSync} from 'node:fs'
import {type Claim, extractClaims} from '@claimtrace/extract'
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
const check = (text: string, date: string) => {
  const claims = extractClaims(text, {date})
  return linkClaims(claims, store, {text}).map((link, index) => [claims[index]!.text, link.verdict, link.recordId])
}

describe('linkClaims on the seeds', () => {
  it('finds every 001 and 000 figure consistent with its record, on repaired values for 000', () => {
    const expected = [
      ['consistent', 'ice-boston-declined-2016'], ['consistent', 'ice-boston-declined-2015'], ['consistent', 'ice-boston-declined-2014'],
      ['consistent', 'ice-national-declined-2014'], ['consistent', 'ice-national-declined-2015'], ['consistent', 'ice-national-declined-2016'],
      ['consistent', 'deported-share-massachusetts-2016'], ['consistent', 'deported-share-national-2016']
    ]
    expect(check(article('001').text, article('001').date).map(([, verdict, id]) => [verdict, id])).toEqual(expected)
    expect(check(article('000').text, article('000').date).map(([, verdict, id]) => [verdict, id])).toEqual(expected)
    const {text, date} = article('000')
    const claims = extractClaims(text, {date})
    const links = linkClaims(claims, store, {text})
    expect(links[3]).toMatchObject({repaired: true, arithmetic: {claimed: 10701, recorded: 10701, difference: 0, fits: true}})
    expect(links[3]!.reasons.at(-1)).toBe('checked on the repaired value (read `10, 701` as `10,701`)')
  })

  it('links 002, 003 and 004 figures to the right week, place and metric', () => {
    expect(check(article('002').text, article('002').date)).toEqual([
      ['150', 'consistent', 'ddor-jurisdictions-2017w06'],
      ['2,825', 'consistent', 'ddor-issued-2017w06'],
      ['A total of 47', 'consistent', 'ddor-declined-2017w06'],
      ['more than 200', 'consistent', 'ddor-declined-2017w05'],
      // States no period: matched, with less weight, in the article's main week (Feb. 4-10).
      ['from 117 to 150', 'consistent', 'ddor-jurisdictions-2017w06'],
      ['nearly half', 'no-record', null]
    ])
    expect(check(article('003').text, article('003').date)).toEqual([
      ['all 15', 'consistent', 'bpd-detainers-declined-2024'],
      ['all 15', 'consistent', 'bpd-detainers-declined-2024'],
      ['up to an additional 48 hours', 'consistent', 'detainer-hold-maximum'],
      ['nearly $1 million', 'no-record', null]
    ])
    expect(check(article('004').text, article('004').date)).toEqual([
      ['20', 'no-record', null],
      ['2,825', 'consistent', 'ddor-issued-2017w06'],
      ['A total of 47', 'consistent', 'ddor-declined-2017w06'],
      ['73', 'consistent', 'ddor-nyc-received-2017w06'],
      ['12', 'consistent', 'ddor-nyc-declined-2017w06'],
      ['up to 48 hours', 'consistent', 'detainer-hold-maximum'],
      ['nearly half', 'no-record', null]
    ])
  })

  it.each([
    ['001', 'saw 59 of its requests', 'saw 95 of its requests', '95'],
    ['001', 'just 18 in 2014', 'just 81 in 2014', 'just 81'],
    ['000', 'from 10, 701 in 2014', 'from 17, 001 in 2014', '17, 001'],
    ['001', 'just 26.9 percent', 'just 29.6 percent', 'just 29.6 percent'],
    ['002', 'down from more than 200 the previous week', 'down from 200 the previous week', '200'],
    ['004', 'New York City, which received 73 requests, turned down 12.', 'New York City, which received 73 requests, turned down 21.', '21']
  ])('flags one altered figure in %s (%s → %s) and leaves the others', (prefix, from, to, changed) => {
    const {text, date} = article(prefix)
    expect(text).toContain(from)
    const original = check(text, date)
    const altered = check(text.replace(from, to), date)
    expect(altered.filter(([, verdict]) => verdict === 'conflicting').map(([claim]) => claim)).toEqual([changed])
    const index = altered.findIndex(([claim]) => claim === changed)
    expect(altered.toSpliced(index, 1)).toEqual(original.toSpliced(index, 1))
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
    expect(compare(claim('at least 5 people'), record(5)).fits).toBe(true)
    expect(compare(claim('between 20 and 30 people'), record(25)).fits).toBe(true)
    expect(compare(claim('$2.5bn'), record(2.54e9, 'USD')).fits).toBe(true)
  })

  it('shows its arithmetic', () => {
    expect(compare(claim('59 requests'), record(95))).toEqual({claimed: 59, recorded: 95, difference: 36, relativeError: 36 / 59, tolerance: 0.5, rule: 'equal within 0.5 (half the stated precision 1)', fits: false})
  })

  it('never compares percent with percentage points or counts with rates', () => {
    const points = new MemoryStore([FactRecord.parse({id: 'pp', metric: {name: 'support fell'}, scope: {place: 'X'}, period: {start: '2016-01-01', end: '2016-12-31'}, value: 3, unit: 'percentage-point', source: {publisher: 'p', title: 't', kind: 'primary'}})])
    const text = 'Support fell 3 percent in X in 2016.'
    expect(linkClaims(extractClaims(text), points, {text}).map((link) => link.verdict)).toEqual(['no-record'])
  })
})
