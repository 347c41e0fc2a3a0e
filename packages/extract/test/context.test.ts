import {extractClaims, findQuantities} from '@claimtrace/extract'
import {describe, expect, it} from 'vitest'

const periods = (text: string, date?: string) =>
  extractClaims(text, {date}).map((claim) => [claim.text, claim.period && [claim.period.text, claim.period.first, claim.period.last, claim.period.inherited]])

describe('periods', () => {
  it('attaches years to the figure they qualify and never reports them as counts', () => {
    expect(periods('That’s up from 56 in 2015 and just 18 in 2014.')).toEqual([
      ['56', ['2015', '2015-01-01', '2015-12-31', false]],
      ['just 18', ['2014', '2014-01-01', '2014-12-31', false]]
    ])
  })

  it('keeps a list of years as three periods, not one mangled number', () => {
    const claims = extractClaims('Arrests rose in 2014, 2015 and 2016 to 300.')
    expect(claims.map((claim) => [claim.text, claim.value, claim.repairs.length])).toEqual([['300', 300, 0]])
  })

  it('resolves relative periods with the article date, from options or front matter', () => {
    expect(periods('Boston saw 59 of its requests denied last year.', '2017-01-10')).toEqual([
      ['59', ['last year', '2016-01-01', '2016-12-31', false]]
    ])
    expect(periods('---\ndate: 2025-01-03\n---\nBoston rejected all 15 requests last year.')).toEqual([
      ['all 15', ['last year', '2024-01-01', '2024-12-31', false]]
    ])
    expect(periods('Boston saw 59 of its requests denied last year.')).toEqual([['59', ['last year', null, null, false]]])
  })

  it('resolves a week range and “the previous week” against it', () => {
    const text = 'During the week covered in the latest report, February 4-10, ICE issued 2,825 detainer requests. A total of 47 requests were denied, down from more than 200 the previous week.'
    expect(periods(text, '2017-02')).toEqual([
      ['2,825', ['February 4-10', '2017-02-04', '2017-02-10', false]],
      ['A total of 47', ['February 4-10', '2017-02-04', '2017-02-10', true]],
      ['more than 200', ['the previous week', '2017-01-28', '2017-02-03', false]]
    ])
  })

  it('reads “Feb. 4-10” and “Jan. 28–Feb. 3” as dates, not ranges of counts', () => {
    expect(extractClaims('The latest report covered Feb. 4-10; the first covered Jan. 28–Feb. 3.')).toEqual([])
  })

  it('resolves “that week” to the week named earlier', () => {
    const text = 'The latest report covers the week of Feb. 4-10.\n\nSessions spoke on Monday.\n\nDuring that week, ICE issued 2,825 detainers.'
    expect(periods(text, '2017-02')).toEqual([['2,825', ['that week', '2017-02-04', '2017-02-10', false]]])
  })
})

describe('scope and attribution', () => {
  it('names places and organisations', () => {
    const [claim] = extractClaims('The data shows the Boston ICE office, which covers all of New England, saw 59 of its requests denied.')
    expect(claim!.scope).toEqual({places: ['Boston', 'New England'], organizations: ['ICE']})
  })

  it('reads “nationally” as a national scope', () => {
    const [claim] = extractClaims('The denial rate of ICE detainers nationally has plummeted to 2,008.')
    expect(claim!.scope.places).toEqual(['national'])
  })

  it('finds who a figure is attributed to', () => {
    const source = (text: string) => extractClaims(text).map((claim) => claim.attribution && [claim.attribution.source, claim.attribution.cue])
    expect(source('ICE issued 150 detainers, according to the Boston Herald.')).toEqual([['Boston Herald', 'according to']])
    expect(source('The Herald says 59 requests were denied.')).toEqual([['Herald', 'says']])
    expect(source('“As a result, 47 were declined,” the report said.')).toEqual([['report', 'said']])
    expect(source('The data, obtained from ICE by the Herald, shows 59 denials.')).toEqual([['Herald', 'obtained by']])
  })

  it('carries source and scope to a sentence that refers back, not to any later one', () => {
    const claims = extractClaims('The Herald says Boston denied 59 requests. That’s up from 56. Meanwhile, Texas denied 12.')
    expect(claims.map((claim) => [claim.text, claim.attribution?.source ?? null, claim.attribution?.inherited ?? null, claim.scope.places])).toEqual([
      ['59', 'Herald', false, ['Boston']],
      ['56', 'Herald', true, ['Boston']],
      ['12', null, null, ['Texas']]
    ])
  })
})

describe('not claims', () => {
  it('skips identifiers, names, phone numbers, times and handles', () => {
    expect(extractClaims('He had an AR-15 under Section 427 and called 617-555-1212 at 10:30 a.m. Follow @JxhnBinder or #Vote2016, see https://example.com/2016/59.')).toEqual([])
    // A catalogue code's parts joined without a space: "MACS J1149.5+6663", "PSR B1919+21".
    expect(extractClaims('Hubble saw galaxy cluster MACS J1149.5+6663 and pulsar PSR B1919+21.')).toEqual([])
  })

  it('skips page furniture', () => {
    const text = 'ICE issued 2,825 detainer requests.\n\nThe Emergency Election Sale is now live! Get 30% to 60% off our most popular products today!\n\nRelated Articles'
    expect(extractClaims(text).map((claim) => claim.text)).toEqual(['2,825'])
    expect(extractClaims(text, {includeBoilerplate: true}).map((claim) => [claim.text, claim.block])).toEqual([
      ['2,825', 'paragraph'],
      ['30% to 60%', 'boilerplate']
    ])
  })
})

describe('mangled numbers', () => {
  it('repairs numbers with a space after the separator and records the repair', () => {
    const claims = extractClaims('It fell from 10, 701 in 2014 and 8, 546 in 2015, with just 26. 9 percent deported.')
    expect(claims.map((claim) => [claim.text, claim.value, claim.repairs.map((repair) => [repair.rule, repair.original, repair.repaired, repair.evidence])])).toEqual([
      ['10, 701', 10701, [['thousands-separator-space', '10, 701', '10,701', 3]]],
      ['8, 546', 8546, [['thousands-separator-space', '8, 546', '8,546', 3]]],
      ['just 26. 9 percent', 26.9, [['decimal-point-space', '26. 9', '26.9', 3]]]
    ])
  })

  it('does not merge a genuine list of numbers', () => {
    expect(extractClaims('The team scored 10, 120 and 130 points.').map((claim) => claim.value)).toEqual([10, 120, 130])
  })

  it('asks for more evidence when the document formats other numbers cleanly', () => {
    expect(extractClaims('ICE issued 2,825 detainers, and pages 10, 701 were lost.').map((claim) => claim.value)).toEqual([2825, 10, 701])
  })
})

describe('more periods and readings from news', () => {
  const read = (text: string) =>
    extractClaims(text, {date: '2023-11-05'}).map((claim) => [claim.text, claim.value, claim.bound, claim.period && [claim.period.kind, claim.period.first, claim.period.last]])

  it('reads quarters, decades and spans of years', () => {
    expect(read('Prices rose 0.4 percentage points in the second quarter of 2023.')).toEqual([['0.4 percentage points', 0.4, '=', ['quarter', '2023-04-01', '2023-06-30']]])
    expect(read('Tesla delivered 466,140 vehicles in Q2.')).toEqual([['466,140', 466140, '=', ['quarter', '2023-04-01', '2023-06-30']]])
    expect(read('In the 1990s, crime fell by half in New York City.')).toEqual([['half', 50, '=', ['decade', '1990-01-01', '1999-12-31']]])
    expect(read('Between 2010 and 2020, the population grew to 331 million people.')).toEqual([['331 million', 331e6, '=', ['year-range', '2010-01-01', '2020-12-31']]])
  })

  it('reads a vote tally as a score, neither a range nor two counts', () => {
    expect(read('The bill passed 69-30 in the Senate.')).toEqual([])
    expect(findQuantities('The bill passed 69-30 in the Senate.').map((quantity) => [quantity.text, quantity.role])).toEqual([['69', 'score'], ['30', 'score']])
  })

  it('reads ages whole and “over 24 hours” as a span, “for over 24 hours” as a bound', () => {
    expect(read('A 7-year-old boy was found.').map((claim) => claim[0])).toEqual(['7-year-old'])
    expect(read('The storm dumped snow over 24 hours.').map((claim) => claim[2])).toEqual(['='])
    expect(read('He was held for over 24 hours.').map((claim) => claim[2])).toEqual(['>'])
  })
})
