import {extractClaims} from '@claimtrace/extract'
import {describe, expect, it} from 'vitest'
import {compact} from './_compact.js'

const values = (text: string) => extractClaims(text).map((claim) => [claim.text, claim.value, claim.unit])

describe('numerals and number words', () => {
  it('reads separators and decimals', () => {
    expect(values('ICE issued 2,825 detainer requests and 1,234,567.5 dollars went unpaid; 0.75 percent did.')).toEqual([
      ['2,825', 2825, 'count'],
      ['1,234,567.5 dollars', 1234567.5, 'USD'],
      ['0.75 percent', 0.75, 'percent']
    ])
  })

  it('reads a vague count of a scale as a range of that scale, with its unit', () => {
    const ranges = (text: string) => extractClaims(text).map((claim) => [claim.text, claim.value, claim.low, claim.high, claim.unit, claim.bound])
    expect(ranges('Several hundred protesters gathered and a few thousand fans waited.')).toEqual([
      ['Several hundred', null, 300, 900, 'count', '~'],
      ['a few thousand', null, 2000, 5000, 'count', '~']
    ])
    expect(ranges('A few hundred dollars were stolen; the door will last several hundred years.')).toEqual([
      ['A few hundred dollars', null, 200, 500, 'USD', '~'],
      ['several hundred years', null, 300, 900, 'year', '~']
    ])
    expect(ranges('Several hundred thousand people fled and a couple hundred stayed.')).toEqual([
      ['Several hundred thousand', null, 300_000, 900_000, 'count', '~'],
      ['a couple hundred', 200, undefined, undefined, 'count', '~']
    ])
    // "a few" with no scale after it counts nothing.
    expect(ranges('A few people came.')).toEqual([])
  })

  it('reads whole numbers joined by a slash, neither a fraction nor a date, as no counts', () => {
    expect(values('The pharmacy is open 24/7 and it was a 50/50 call.')).toEqual([])
    expect(values('The number 1/0 is not a valid value.')).toEqual([])
    // Fractions and tallies read as fractions stay figures.
    expect(values('About 1/3 of voters agreed; he shot 7/10 from the line.')).toEqual([['About 1/3', 1 / 3, 'count'], ['7/10', 0.7, 'count']])
  })

  it('reads spelled-out numbers, dozens and fractions', () => {
    expect(values('Officers arrested fifteen people, two dozen cars were towed and a third of the votes were counted.')).toEqual([
      ['fifteen', 15, 'count'],
      ['two dozen', 24, 'count'],
      ['a third', (1 / 3) * 100, 'percent']
    ])
    expect(values('The bill cost one hundred and twenty-three thousand dollars.')).toEqual([
      ['one hundred and twenty-three thousand dollars', 123000, 'USD']
    ])
  })

  it('reads scale words in both styles', () => {
    expect(values('The city paid $1 million, the state $2.5bn and the agency €3m.')).toEqual([
      ['$1 million', 1e6, 'USD'],
      ['$2.5bn', 2.5e9, 'USD'],
      ['€3m', 3e6, 'EUR']
    ])
    expect(extractClaims('The city paid $2.5bn.')[0]!.precision).toBe(1e8)
  })

  it('keeps ordinals apart from cardinals', () => {
    expect(values('The second weekly report, its 3rd this year, counted 12 refusals during his first term.')).toEqual([
      ['12', 12, 'count']
    ])
  })

  it('does not count a lone “one”', () => {
    expect(values('They supported one another with resources.')).toEqual([])
  })
})

describe('units', () => {
  it('reads percent, percentage points, money and durations', () => {
    expect(values('Support fell 3 percentage points to 41%, worth £20 within 48 hours.')).toEqual([
      ['3 percentage points', 3, 'percentage-point'],
      ['41%', 41, 'percent'],
      ['£20', 20, 'GBP'],
      ['48 hours', 48, 'hour']
    ])
  })

  it('reads adjectival units', () => {
    expect(values('The 48-hour hold ended.')).toEqual([['48-hour', 48, 'hour']])
  })

  it('finds the counted noun', () => {
    const subjects = (text: string) => extractClaims(text).map((claim) => claim.subject)
    expect(subjects('ICE issued 2,825 detainer requests throughout the United States.')).toEqual(['detainer requests'])
    expect(subjects('The office saw 59 of its requests to hold arrested immigrants denied.')).toEqual(['requests'])
    expect(subjects('Just 26.9 percent of illegal immigrants were deported.')).toEqual(['illegal immigrants'])
    expect(subjects('New York City, which received 73 requests, turned down 12.')).toEqual(['requests', 'requests'])
  })
})

describe('hedges', () => {
  it('turns hedges into bounds', () => {
    expect(compact('Nearly 2 million, about 300, more than 200, at least 5, up to 48 hours, fewer than 10 and all 15 were counted.')).toEqual([
      {text: 'Nearly 2 million', value: 2e6, unit: 'count', bound: '<', hedge: 'Nearly'},
      {text: 'about 300', value: 300, unit: 'count', bound: '~', hedge: 'about'},
      {text: 'more than 200', value: 200, unit: 'count', bound: '>', hedge: 'more than'},
      {text: 'at least 5', value: 5, unit: 'count', bound: '>=', hedge: 'at least'},
      {text: 'up to 48 hours', value: 48, unit: 'hour', bound: '<=', hedge: 'up to'},
      {text: 'fewer than 10', value: 10, unit: 'count', bound: '<', hedge: 'fewer than'},
      {text: 'all 15', value: 15, unit: 'count', bound: '=', hedge: 'all'}
    ])
  })

  it('reads “nearly half” as a share', () => {
    expect(compact('Cities in New York and California accounted for nearly half of all detainer refusals.')).toEqual([
      {text: 'nearly half', value: 50, unit: 'percent', bound: '<', hedge: 'nearly'}
    ])
  })

  it('lets a hedge reach over “an additional”', () => {
    expect(compact('Keep them in custody for up to an additional 48 hours.')).toEqual([
      {text: 'up to an additional 48 hours', value: 48, unit: 'hour', bound: '<=', hedge: 'up to'}
    ])
  })
})

describe('ranges and changes', () => {
  it('reads ranges', () => {
    expect(compact('Between 20 and 30 people came; discounts of 30% to 60%; 4-10 cars.')).toEqual([
      {text: 'Between 20 and 30', value: null, unit: 'count', bound: '=', low: 20, high: 30},
      {text: '30% to 60%', value: null, unit: 'percent', bound: '=', low: 30, high: 60},
      {text: '4-10', value: null, unit: 'count', bound: '=', low: 4, high: 10}
    ])
  })

  it('reads “rose from 117 to 150” as one change', () => {
    expect(compact('The number of sanctuary jurisdictions rose from 117 to 150.')).toEqual([
      {text: 'from 117 to 150', value: 150, unit: 'count', bound: '=', from: 117, direction: 'up'}
    ])
  })

  it('reads “rose to 150” and “up from 56”', () => {
    expect(compact('The number of jurisdictions rose to 150.')).toEqual([
      {text: '150', value: 150, unit: 'count', bound: '=', direction: 'up'}
    ])
    expect(compact('The office saw 59 denials last year. That’s up from 56 in 2015.')).toEqual([
      {text: '59', value: 59, unit: 'count', bound: '=', from: 56, direction: 'up'},
      {text: '56', value: 56, unit: 'count', bound: '='}
    ])
  })

  it('reads a change whose ends carry their own periods', () => {
    const claims = extractClaims('The rate has plummeted, from 10,701 in 2014 and 8,546 in 2015 to 2,008 last year.', {date: '2017-01'})
    expect(claims.map((claim) => [claim.value, claim.from, claim.direction, claim.period?.first])).toEqual([
      [10701, undefined, undefined, '2014-01-01'],
      [8546, undefined, undefined, '2015-01-01'],
      [2008, 10701, 'down', '2016-01-01']
    ])
  })
})
