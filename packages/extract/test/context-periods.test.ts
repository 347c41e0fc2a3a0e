import {type Claim, extractClaims, type Period} from '@claimtrace/extract'
import {describe, expect, it} from 'vitest'

/** `[text, first, last]` of a period, or `null`. */
const dates = (period: Period | null | undefined) => (period ? [period.text, period.first, period.last] : null)

/** Each claim's figure with its period and the period of its earlier value. */
function read(text: string, date?: string) {
  const claims = extractClaims(text, {date})
  for (const claim of claims) expectSpans(text, claim)
  return claims.map((claim) => ({text: claim.text, period: dates(claim.period), ...(claim.fromPeriod && {fromPeriod: dates(claim.fromPeriod)})}))
}

/** Every span a claim holds slices the input. */
function expectSpans(text: string, claim: Claim) {
  expect(text.slice(claim.start, claim.end)).toBe(claim.text)
  for (const span of [claim.period, claim.fromPeriod, claim.attribution]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text)
}

describe('spans of months', () => {
  it('reads “between January and June 2024” as one span (markets)', () => {
    expect(read('Shares of Acme Corp gained 18% between January and June 2024.')).toEqual([
      {text: '18%', period: ['between January and June 2024', '2024-01-01', '2024-06-30']}
    ])
  })

  it('reads “from March to May” as one span, placed by the article date (transport)', () => {
    expect(read('Ridership on the Red Line rose 8% from March to May.', '2024-07-10')).toEqual([
      {text: '8%', period: ['from March to May', '2024-03-01', '2024-05-31']}
    ])
  })

  it('carries a span across the new year, and reads a dash between months (weather, trade)', () => {
    expect(read('Rainfall totalled 310mm from November to February.', '2024-03-15')).toEqual([
      {text: '310mm', period: ['from November to February', '2023-11-01', '2024-02-29']}
    ])
    expect(read('Exports rose 6% in January–March 2024.')).toEqual([{text: '6%', period: ['January–March 2024', '2024-01-01', '2024-03-31']}])
  })

  it('reads spans of days, across months and years, as one span (public health, policing)', () => {
    expect(read('The county confirmed 21 measles cases between March 1 and May 1.', '2026-05-02')).toEqual([
      {text: '21', period: ['between March 1 and May 1', '2026-03-01', '2026-05-01']}
    ])
    expect(read('Police made 40 arrests from June 3 to June 9.', '2026-07-01')).toEqual([{text: '40', period: ['from June 3 to June 9', '2026-06-03', '2026-06-09']}])
    expect(read('Police made 40 arrests between Dec. 28, 2025 and Jan. 3, 2026.')).toEqual([
      {text: '40', period: ['between Dec. 28, 2025 and Jan. 3, 2026', '2025-12-28', '2026-01-03']}
    ])
    expect(read('Officials counted 52 crashes from Feb. 4 through Feb. 10, 2025.')).toEqual([
      {text: '52', period: ['from Feb. 4 through Feb. 10, 2025', '2025-02-04', '2025-02-10']}
    ])
    // The dashed spans stay as they were read.
    expect(read('ICE declined 206 detainers Jan. 28-Feb. 3, 2017.')).toEqual([{text: '206', period: ['Jan. 28-Feb. 3, 2017', '2017-01-28', '2017-02-03']}])
  })

  it('keeps the full stop after “May” out of the period', () => {
    expect(read('Employers added 272,000 jobs in May.', '2024-06-07')).toEqual([{text: '272,000', period: ['May', '2024-05-01', '2024-05-31']}])
  })
})

describe('a year to a month', () => {
  it('reads “the year to March” and “the 12 months to June 2024” as the twelve months ending then (transport, migration)', () => {
    const periodOf = (text: string, figure: string) => {
      const claim = extractClaims(text, {date: '2026-04-16'}).find((found) => found.text === figure)!
      expectSpans(text, claim)
      return [claim.period?.text, claim.period?.first, claim.period?.last]
    }
    expect(periodOf('Bus ridership climbed to 142 million journeys in the year to March.', '142 million')).toEqual(['year to March', '2025-04-01', '2026-03-31'])
    expect(periodOf('Net migration was 728,000 in the 12 months to June 2024.', '728,000')).toEqual(['12 months to June 2024', '2023-07-01', '2024-06-30'])
    expect(periodOf('Sales rose 4% in the year ending December 2023.', '4%')).toEqual(['year ending December 2023', '2023-01-01', '2023-12-31'])
    // "12 months" is still a figure of its own; "the year to date" is no month.
    expect(extractClaims('Net migration was 728,000 in the 12 months to June 2024.').map((claim) => claim.text)).toEqual(['728,000', '12 months'])
    expect(extractClaims('The year to date saw 12 arrests.', {date: '2026-04-16'})[0]!.period).toBeNull()
  })
})

describe('the earlier value’s period', () => {
  it('gives “fell from 25,400 students in 2022 to 24,150 in 2023” its fromPeriod (education)', () => {
    expect(read('Enrollment fell from 25,400 students in 2022 to 24,150 in 2023.')).toEqual([
      {text: '25,400', period: ['2022', '2022-01-01', '2022-12-31']},
      {text: '24,150', period: ['2023', '2023-01-01', '2023-12-31'], fromPeriod: ['2022', '2022-01-01', '2022-12-31']}
    ])
  })

  it('reads “up 3 points from 2022” as a comparison, not the period of the change (education)', () => {
    expect(read('Math scores were up 3 points from 2022.', '2024-05')).toEqual([
      {text: '3', period: null, fromPeriod: ['2022', '2022-01-01', '2022-12-31']}
    ])
  })

  it('reads “up 12% since 2020” as a comparison (crime), and “since January” on a level as a span to the article date', () => {
    expect(read('Violent crime is up 12% since 2020.', '2024-05-20')).toEqual([{text: '12%', period: null, fromPeriod: ['2020', '2020-01-01', '2020-12-31']}])
    expect(read('There have been 40 shootings since January.', '2024-05-20')).toEqual([{text: '40', period: ['since January', '2024-01-01', '2024-05-20']}])
  })

  it('starts an earlier running total where the later one starts: “since March 1, up from 14 a week ago” (public health)', () => {
    expect(read('Harlow County has confirmed 23 measles cases since March 1, up from 14 a week ago.', '2026-05-02')).toEqual([
      {text: '23', period: ['since March 1', '2026-03-01', '2026-05-02'], fromPeriod: ['a week ago', '2026-03-01', '2026-04-25']},
      {text: '14', period: ['a week ago', '2026-03-01', '2026-04-25']}
    ])
    // A quarter a year earlier is still the whole quarter a year before.
    expect(read('Sales reached 4,200 in the second quarter, up from 3,900 a year earlier.', '2026-08-01').map((claim) => claim.period)).toEqual([
      ['second quarter', '2026-04-01', '2026-06-30'],
      ['a year earlier', '2025-04-01', '2025-06-30']
    ])
  })

  it('gives a level compared “up from 56% in 2019” no period of its own (politics)', () => {
    expect(read('Turnout was 61%, up from 56% in 2019.', '2024-03-15')).toEqual([
      {text: '61%', period: null, fromPeriod: ['2019', '2019-01-01', '2019-12-31']},
      {text: '56%', period: ['2019', '2019-01-01', '2019-12-31']}
    ])
  })

  it('takes the start of “fell from X in 2019 to Y” as the earlier value of Y, not of the figure before it (education, transport)', () => {
    const change = (text: string) => extractClaims(text, {date: '2026-05-14'}).map((claim) => [claim.text, claim.from ?? null, claim.direction ?? null])
    expect(change('The district will close two of its 14 primary schools after enrolment fell from 6,480 pupils in 2019 to 5,212 this year.')).toEqual([
      ['two', null, null],
      ['14', null, null],
      ['6,480', null, null],
      ['5,212', 6480, 'down']
    ])
    expect(change('The operator runs 38 routes, and ridership rose from 9.1 million in 2023 to 10.4 million in 2025.')).toEqual([
      ['38', null, null],
      ['9.1 million', null, null],
      ['10.4 million', 9.1e6, 'up']
    ])
  })

  it('places an unresolved “last year” by the year it is compared with, and keeps a resolved one (crime)', () => {
    const text = 'Boston saw 59 of its requests denied last year. That’s up from 56 in 2015.'
    expect(read(text)).toEqual([
      {text: '59', period: ['last year', '2016-01-01', '2016-12-31'], fromPeriod: ['2015', '2015-01-01', '2015-12-31']},
      {text: '56', period: ['2015', '2015-01-01', '2015-12-31']}
    ])
    expect(read(text, '2024-02')[0]).toEqual({text: '59', period: ['last year', '2023-01-01', '2023-12-31'], fromPeriod: ['2015', '2015-01-01', '2015-12-31']})
  })

  it('lends no claim the comparison year of another (crime, property)', () => {
    expect(read('Arrests totalled 412, up from 380 in 2015.')).toEqual([
      {text: '412', period: null, fromPeriod: ['2015', '2015-01-01', '2015-12-31']},
      {text: '380', period: ['2015', '2015-01-01', '2015-12-31']}
    ])
    expect(read('Prices rose from $300 in 2019 to $412, and sales hit 5,000.').map((claim) => [claim.text, claim.period])).toEqual([
      ['$300', ['2019', '2019-01-01', '2019-12-31']],
      ['$412', null],
      ['5,000', null]
    ])
  })
})

describe('record baselines', () => {
  it('never makes the year after “the lowest since” a period (economy, property, crime, weather)', () => {
    expect(read('The unemployment rate fell to 3.1%, the lowest since 2021, and 210,000 jobs were added.')).toEqual([
      {text: '3.1%', period: null},
      {text: '210,000', period: null}
    ])
    expect(read('Home prices hit $412,000, the highest level since 2001.')).toEqual([{text: '$412,000', period: null}])
    expect(read('For the first time since 1990, the city recorded fewer than 300 murders.')).toEqual([{text: 'fewer than 300', period: null}])
    expect(read('It was the wettest June since 1910, with 180mm of rain.')).toEqual([{text: '180mm', period: null}])
  })
})

describe('the day something was said or done', () => {
  it('is not the period of the figures said or decided (local government, sport)', () => {
    expect(read('The council said Tuesday that it will cut 40 jobs.', '2024-05-22')).toEqual([{text: '40', period: null}])
    expect(read('The board on Tuesday approved 120 new hires.', '2024-05-22')).toEqual([{text: '120', period: null}])
    expect(read('The club announced Wednesday it sold 52,000 season tickets.', '2024-05-22')).toEqual([{text: '52,000', period: null}])
  })

  it('is the period of what happened on it (transport)', () => {
    expect(read('On Tuesday, 40 flights were cancelled at Heathrow Airport.', '2024-05-22')).toEqual([{text: '40', period: ['Tuesday', '2024-05-21', '2024-05-21']}])
    expect(read('40 flights were cancelled Tuesday, officials said.', '2024-05-22')).toEqual([{text: '40', period: ['Tuesday', '2024-05-21', '2024-05-21']}])
  })
})

describe('dates that look ahead', () => {
  it('resolves “starting March 1”, “from July” and “will … in January” forward (transport, energy, property)', () => {
    expect(read('Starting March 1, bus fares will rise to $2.75.', '2024-02-14')).toEqual([{text: '$2.75', period: ['March 1', '2024-03-01', '2024-03-01']}])
    expect(read('The new tariff applies from July, adding 5% to bills.', '2024-02-14')).toEqual([{text: '5%', period: ['July', '2024-07-01', '2024-07-31']}])
    expect(read('Mortgage rates will fall to 6.5% in January, the bank forecast.', '2024-05-20')).toEqual([{text: '6.5%', period: ['January', '2025-01-01', '2025-01-31']}])
    expect(read('Fares will rise 4% next March.', '2024-03-15')).toEqual([{text: '4%', period: ['next March', '2025-03-01', '2025-03-31']}])
    expect(read('Council tax will rise 4.99% in January.', '2024-02-10')).toEqual([{text: '4.99%', period: ['January', '2025-01-01', '2025-01-31']}])
    expect(read('The bridge is due to reopen in March with 4 lanes.', '2024-02-14')).toEqual([{text: '4', period: ['March', '2024-03-01', '2024-03-31']}])
    expect(read('Fares rose 5% in March due to rising costs.', '2024-02-14')).toEqual([{text: '5%', period: ['March', '2023-03-01', '2023-03-31']}])
  })

  it('keeps what happened in the past (transport)', () => {
    expect(read('Fares rose 4% in January.', '2024-03-15')).toEqual([{text: '4%', period: ['January', '2024-01-01', '2024-01-31']}])
    expect(read('Fares rose 4% in July.', '2024-03-15')).toEqual([{text: '4%', period: ['July', '2023-07-01', '2023-07-31']}])
  })
})

describe('school and fiscal years', () => {
  it('runs a school or academic year from September to August (education)', () => {
    expect(read('Chronic absenteeism reached 28% in the 2023-24 school year.')).toEqual([{text: '28%', period: ['2023-24 school year', '2023-09-01', '2024-08-31']}])
    expect(read('Applications rose 7% in academic year 2021-22.')).toEqual([{text: '7%', period: ['academic year 2021-22', '2021-09-01', '2022-08-31']}])
  })

  it('keeps a bare “2021-22” as its two calendar years', () => {
    expect(read('The district enrolled 9,800 students in 2021-22.')).toEqual([{text: '9,800', period: ['2021-22', '2021-01-01', '2022-12-31']}])
  })

  it('reads fiscal years as the year they name, with the word that marks them (local government, markets)', () => {
    expect(read('The agency expects a deficit of $2.1 billion in fiscal 2026.')).toEqual([{text: '$2.1 billion', period: ['fiscal 2026', '2026-01-01', '2026-12-31']}])
    expect(read('Revenue rose to $4.5 billion in FY2025.')).toEqual([{text: '$4.5 billion', period: ['FY2025', '2025-01-01', '2025-12-31']}])
    expect(read('Revenue hit $80m in FY25.')).toEqual([{text: '$80m', period: ['FY25', '2025-01-01', '2025-12-31']}])
    expect(read('The state spent $300 million in fiscal year 2024.')).toEqual([{text: '$300 million', period: ['fiscal year 2024', '2024-01-01', '2024-12-31']}])
  })
})

describe('seasons', () => {
  it('resolves “this spring”, “last summer” and “last winter” against the article date (transport, weather)', () => {
    expect(read('Ridership fell 12% this spring.', '2024-05-20')).toEqual([{text: '12%', period: ['this spring', '2024-03-01', '2024-05-31']}])
    expect(read('The reservoir held 40% of capacity last summer.', '2024-05-20')).toEqual([{text: '40%', period: ['last summer', '2023-06-01', '2023-08-31']}])
    expect(read('Snowfall totalled 84 inches last winter.', '2024-05-20')).toEqual([{text: '84 inches', period: ['last winter', '2023-12-01', '2024-02-29']}])
  })

  it('reads a season with its year, winter starting in that year’s December (weather, health)', () => {
    expect(read('Rainfall totalled 310mm in the fall of 2023.')).toEqual([{text: '310mm', period: ['fall of 2023', '2023-09-01', '2023-11-30']}])
    expect(read('Heating bills averaged $180 in winter 2022.')).toEqual([{text: '$180', period: ['winter 2022', '2022-12-01', '2023-02-28']}])
  })

  it('looks ahead with the sentence, and leaves “Fall River” a place (energy, sport, crime)', () => {
    expect(read('Energy prices will rise 8% this winter.', '2024-11-10')).toEqual([{text: '8%', period: ['this winter', '2024-12-01', '2025-02-28']}])
    expect(read('The stadium will reopen with 40,000 seats in the spring.', '2024-11-10')).toEqual([{text: '40,000', period: ['spring', '2025-03-01', '2025-05-31']}])
    expect(read('Fall River recorded 12 homicides.', '2024-11-10')).toEqual([{text: '12', period: null}])
  })
})

describe('“a year earlier”', () => {
  it('counts from the period of the figure it is compared with (markets)', () => {
    expect(read('The chain reported sales of $4m in the second quarter, up from $3m a year earlier.', '2024-08-01')).toEqual([
      {text: '$4m', period: ['second quarter', '2024-04-01', '2024-06-30'], fromPeriod: ['a year earlier', '2023-04-01', '2023-06-30']},
      {text: '$3m', period: ['a year earlier', '2023-04-01', '2023-06-30']}
    ])
    expect(read('Gross margin dropped to 21% in March, from 28% a year earlier.', '2024-05-15')[1]).toEqual({text: '28%', period: ['a year earlier', '2023-03-01', '2023-03-31']})
  })

  it('reads “a year ago” after a figure’s own period the same way (labour)', () => {
    expect(read('Unemployment was 4.1% in March, up from 3.9% a year ago.', '2024-05-03')).toEqual([
      {text: '4.1%', period: ['March', '2024-03-01', '2024-03-31'], fromPeriod: ['a year ago', '2023-03-01', '2023-03-31']},
      {text: '3.9%', period: ['a year ago', '2023-03-01', '2023-03-31']}
    ])
  })

  it('counts from the claim before it across sentences (retail)', () => {
    expect(read('Sales were $4m in the second quarter. A year earlier, they were $3m.', '2024-08-01')).toEqual([
      {text: '$4m', period: ['second quarter', '2024-04-01', '2024-06-30']},
      {text: '$3m', period: ['A year earlier', '2023-04-01', '2023-06-30']}
    ])
  })

  it('puts a figure that states no period at the article date (business)', () => {
    const text = 'The company employs 3,200 people, up from 2,150 a year earlier.'
    const [now, before] = extractClaims(text, {date: '2024-06'})
    expect([now!.period?.first, now!.period?.last, now!.period?.text, now!.period?.kind]).toEqual(['2024-01-01', '2024-12-31', '', 'year'])
    expect(dates(now!.fromPeriod)).toEqual(['a year earlier', '2023-01-01', '2023-12-31'])
    expect(dates(before!.period)).toEqual(['a year earlier', '2023-01-01', '2023-12-31'])
    expect(text.slice(now!.period!.start, now!.period!.end)).toBe('')
  })
})

describe('dates written in figures', () => {
  it('reads month/day/year as a day, its figures never counts (courts, elections)', () => {
    expect(read('Police arrested 12 people on 3/4/21, officials said.')).toEqual([{text: '12', period: ['3/4/21', '2021-03-04', '2021-03-04']}])
    expect(read('The county certified 48,210 ballots on 11/8/1998.')).toEqual([{text: '48,210', period: ['11/8/1998', '1998-11-08', '1998-11-08']}])
    expect(read('The vote is set for 5/17/2018 in the city.')).toEqual([])
  })

  it('reads day first when the first figure cannot be a month', () => {
    expect(read('Rainfall reached 41mm on 17/5/2018.')).toEqual([{text: '41mm', period: ['17/5/2018', '2018-05-17', '2018-05-17']}])
  })

  it('reads month/day as a date only after a cue, placed by the article date; fractions stay fractions', () => {
    expect(read('Sales rose on 12/25 to 400 units.', '2023-12-30')).toEqual([{text: '400', period: ['12/25', '2023-12-25', '2023-12-25']}])
    expect(read('About 3/4 of voters backed the levy.').map((claim) => claim.text)).toEqual(['About 3/4'])
    expect(read('Turnout fell on 3/4 of the precincts.').map((claim) => claim.text)).toEqual(['3/4'])
    expect(read('Pages 1/2/3/4 were missing.').length).toBeGreaterThan(0)
  })

  it('gives a time named by an event no dates, so its figure never takes the article\'s period (health, labour, transport)', () => {
    const periods = (text: string) => extractClaims(text, {date: '2026-05-14'}).map((claim) => [claim.text, dates(claim.period), dates(claim.fromPeriod)])
    expect(periods('Before the war, the plant employed 3,400 people.')).toEqual([['3,400', ['Before the war', null, null], null]])
    expect(periods('Passenger numbers were 4.1 million pre-pandemic.')).toEqual([['4.1 million', ['pre-pandemic', null, null], null]])
    // A clause opened by "when" after a period is of that period; the change before it is compared with it.
    expect(periods('The list is nearly 40% higher than before the pandemic, when about 295,000 people were waiting.')).toEqual([
      ['nearly 40%', null, ['before the pandemic', null, null]],
      ['about 295,000', ['before the pandemic', null, null], null]
    ])
    expect(periods('Sales peaked in 2019, when 14,500 cars were sold.')).toEqual([['14,500', ['2019', '2019-01-01', '2019-12-31'], null]])
    // An event dated by its year is that year, the year never a count.
    expect(periods('The city has about 300 fewer staff than before the 2009 recession.').map(([text]) => text)).toEqual(['about 300'])
    // "since the crash" runs up to now: not a time of its own.
    expect(periods('Unemployment has risen to 5.2% since the crash.')[0]![1]).not.toEqual(['since the crash', null, null])
  })
})
