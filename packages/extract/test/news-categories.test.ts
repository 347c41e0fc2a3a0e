import {type Claim, extractClaims, findQuantities} from '@claimtrace/extract'
import {describe, expect, it} from 'vitest'

/** What a reader checks of each claim: its words, figure (or range), unit, rate, kind and change. */
function read(text: string) {
  return extractClaims(text).map((claim) => brief(claim))
}

function brief(claim: Claim) {
  return [
    claim.text,
    claim.value ?? [claim.low, claim.high],
    claim.per ? `${claim.unit}/${claim.per}` : claim.unit,
    [claim.kind ?? 'level', claim.direction ?? null, claim.from ?? null].filter((part) => part !== null).join(' ')
  ]
}

describe('changes: the size of a change against the level it reaches', () => {
  it('reads “climbed 4.2% to 310p” as an upward change and the level after it, never a range', () => {
    expect(read('The stock climbed 4.2% to 310p in London.')).toEqual([
      ['4.2%', 4.2, 'percent', 'change up'],
      ['310p', 310, 'pence', 'level up']
    ])
  })

  it('reads a change in cents “at” a price, and the same change restated as a share', () => {
    expect(read('Brent gained 37 cents at $81.10 a barrel, while WTI rose 41 cents, or 0.5%, to $77.35 a barrel.')).toEqual([
      ['37 cents', 37, 'cent', 'change up'],
      ['$81.10', 81.1, 'USD/barrel', 'level up'],
      ['41 cents', 41, 'cent', 'change up'],
      ['0.5%', 0.5, 'percent', 'change up'],
      ['$77.35', 77.35, 'USD/barrel', 'level up']
    ])
  })

  it('gives “to 21%, from 28%” its earlier level, and keeps 28% as a figure of its own', () => {
    expect(read('Gross margin dropped to 21%, from 28% a year earlier.')).toEqual([
      ['21%', 21, 'percent', 'level down 28'],
      ['28%', 28, 'percent', 'level']
    ])
  })

  it('reads points, fractions, comparatives and change nouns as changes', () => {
    expect(read('Support was up 3 percentage points.')).toEqual([['3 percentage points', 3, 'percentage-point', 'change up']])
    expect(read('Sales fell by a third.')[0]).toEqual(['a third', 33.33333333333333, 'percent', 'change down'])
    expect(read('The council will cut the library budget by 12%.')).toEqual([['12%', 12, 'percent', 'change down']])
    expect(read('The city has 1,850 employees, about 300 fewer than in 2009.')[1]).toEqual(['about 300', 300, 'count', 'change down'])
    expect(read('Residents face a 5% increase.')).toEqual([['5%', 5, 'percent', 'change up']])
    expect(read('Lunch prices will go up 35 cents.')).toEqual([['35 cents', 35, 'cent', 'change up']])
  })

  it('reads “ticked up to”, “edged down to” as a level moved, “cut up to 700” as a bound (economy, labour)', () => {
    expect(read('Unemployment ticked up to 3.9% in February from 3.7% in January.')).toEqual([
      ['3.9%', 3.9, 'percent', 'level up 3.7'],
      ['3.7%', 3.7, 'percent', 'level']
    ])
    // A period with its article between the level and its earlier value (business, sport).
    expect(read('Sales rose to 4,200 in the second quarter from 3,900 a year earlier.')).toEqual([
      ['4,200', 4200, 'count', 'level up 3900'],
      ['3,900', 3900, 'count', 'level']
    ])
    expect(read('Attendance dropped to 8,100 during the summer from 9,400.')[0]).toEqual(['8,100', 8100, 'count', 'level down 9400'])
    expect(read('Inflation edged down to 3.1% last month.')).toEqual([['3.1%', 3.1, 'percent', 'level down']])
    expect(read('Nissan plans to cut up to 700 contract workers; snow totals are up to 18 inches.')).toEqual([
      ['up to 700', 700, 'count', 'level'],
      ['up to 18 inches', 18, 'inch', 'level']
    ])
  })

  it('compares “That was up from 17.4 million” with the figure of its scale, not the last one (transport)', () => {
    expect(read('Ferries carried 18.6 million passengers in 2023 on nine routes. That was up from 17.4 million in 2022.')).toEqual([
      ['18.6 million', 18_600_000, 'count', 'level up 17400000'],
      ['nine', 9, 'count', 'level'],
      ['17.4 million', 17_400_000, 'count', 'level']
    ])
  })

  it('keeps the direction the text states against its own earlier figure, for a check to find (crime)', () => {
    expect(read('Burglaries dropped to 4,120 last year from 3,980 in 2022.')).toEqual([
      ['4,120', 4120, 'count', 'level down 3980'],
      ['3,980', 3980, 'count', 'level']
    ])
  })

  it('finds the verb of “by 20%” past its object and “a further” (health, transport, energy)', () => {
    expect(read('The drug cut the risk of heart attack by 20% in the trial.')).toEqual([['20%', 20, 'percent', 'change down']])
    expect(read('Output will be cut by a further 1 million barrels per day.')).toEqual([['1 million barrels', 1_000_000, 'barrel/day', 'change down']])
    expect(read('The plan would reduce the number of traffic deaths by 30% by 2030.')[0]).toEqual(['30%', 30, 'percent', 'change down'])
  })

  it('moves the level before “, down 22%” with its change', () => {
    expect(read('Profit was $6.4 billion, down 22% from a year earlier.')).toEqual([
      ['$6.4 billion', 6.4e9, 'USD', 'level down'],
      ['22%', 22, 'percent', 'change down']
    ])
  })

  it('reads “doubled to” as a level reached upward and a phrasal “turned down 12” as no change', () => {
    expect(read('Profits doubled to $40 million.')).toEqual([['$40 million', 4e7, 'USD', 'level up']])
    expect(read('The city turned down 12 requests.')).toEqual([['12', 12, 'count', 'level']])
  })

  it('reads a stock gained or lost by a count as a change, and the running total it makes', () => {
    expect(read('Employers added 206,000 jobs in June.').map(([text, , , kind]) => [text, kind])).toEqual([['206,000', 'change up']])
    expect(read('Streamly added 8.1 million paid subscribers in the quarter, taking its global total to 277.6 million.').map(([text, , , kind]) => [text, kind])).toEqual([
      ['8.1 million', 'change up'],
      ['277.6 million', 'level up']
    ])
    expect(read('Pinnacle lost 1.3 million subscribers, leaving it with 52.4 million.').map(([text, , , kind]) => [text, kind])).toEqual([
      ['1.3 million', 'change down'],
      ['52.4 million', 'level down']
    ])
    expect(read('Construction shed 600 jobs, leaving the sector with 18,900.').map(([text, , , kind]) => [text, kind])).toEqual([['600', 'change down'], ['18,900', 'level down']])
    // What a decision cuts is what it acts on, unless a running total follows.
    expect(read('The bank will cut 600 jobs.').map(([text, , , kind]) => [text, kind])).toEqual([['600', 'level']])
    expect(read('The bank cut 600 jobs, bringing its workforce to 4,300.').map(([text, , , kind]) => [text, kind])).toEqual([['600', 'change down'], ['4,300', 'level down']])
  })

  it('reads a fraction named as the size of a change, and a running total past a duration or after a long clause', () => {
    const kinds = (text: string) => read(text).map(([figure, , , kind]) => [figure, kind])
    expect(kinds('Teams were called out 1,210 times last year, a fall of a fifth compared with 2022.')).toEqual([['1,210', 'level down'], ['a fifth', 'change down']])
    expect(kinds('Ashby lost 240,000 listeners in the three months to December, taking his weekly reach to 6.2 million.')).toEqual([
      ['240,000', 'change down'], ['three months', 'level'], ['6.2 million', 'level down']
    ])
    expect(kinds('Nearly a million people aged 16 to 24 are idle, up 80,000 on the year.')).toEqual([['Nearly a million', 'level up'], ['16 to 24', 'age'], ['80,000', 'change up']])
  })

  it('reads the level a change reaches through the words between ("to a seasonally adjusted", "down from a peak of")', () => {
    expect(read('Claims dropped 9,000 to a seasonally adjusted 221,000.').map(([text, , , kind]) => [text, kind])).toEqual([['9,000', 'change down'], ['221,000', 'level down']])
    expect(read('Exports jumped 28% to a record 22.3 million tonnes.').map(([text, , , kind]) => [text, kind])).toEqual([['28%', 'change up'], ['22.3 million tonnes', 'level up']])
    expect(read('About 1,350 troops would remain, down from a peak of about 4,000.').map(([text, , , kind]) => [text, kind])).toEqual([['About 1,350', 'level down 4000'], ['about 4,000', 'level']])
  })

  it('gives a level the direction of its change after a comma, when that change is against an earlier time', () => {
    const kinds = (text: string) => read(text).map(([figure, , , kind]) => [figure, kind])
    expect(kinds('Agents recorded 2.1 million encounters in the fiscal year, about 14% fewer than the year before.')).toEqual([['2.1 million', 'level down'], ['about 14%', 'change down']])
    expect(kinds('Parliament approved a budget of €54.2 billion, an increase of 7.5%.')).toEqual([['€54.2 billion', 'level up'], ['7.5%', 'change up']])
    expect(kinds('A basket cost A$87.40 this month, nearly A$6 more than in March.')).toEqual([['A$87.40', 'level up'], ['nearly A$6', 'change up']])
    // Compared with something else, or a duration or an earlier value before the comma: no move.
    expect(kinds('The engine delivers 188 hp, 20 hp more than the outgoing model.')).toEqual([['188 hp', 'level'], ['20 hp', 'change up']])
    expect(kinds('Prescriptions fell from 41.2 million to 36.8 million over five years, a drop of 10.7%.')[1]).toEqual(['five years', 'level'])
    expect(kinds('The utility will refurbish two reactors, extending their lives by 30 years.')[0]).toEqual(['two', 'level'])
  })

  it('reads the size of a change past "an average of", a hyphenated object and a noun before the change word', () => {
    const kinds = (text: string) => read(text).map(([figure, , , kind]) => [figure, kind])
    expect(kinds('Premiums will rise by an average 3.73 per cent.')).toEqual([['3.73 per cent', 'change up']])
    expect(kinds('The grocer cut the price of a 4-litre jug of milk by 30 cents.')).toEqual([['4-litre', 'level'], ['30 cents', 'change down']])
    expect(kinds('Teachers accepted a 14.6% pay rise.')).toEqual([['14.6%', 'change up']])
    expect(kinds('The Treasury will give the NHS an extra £22.6bn.')).toEqual([['£22.6bn', 'change up']])
    // A storm surge is a wave, and what a charge adds is range: no change.
    expect(kinds('A storm surge of up to 3 metres flooded homes.')).toEqual([['up to 3 metres', 'level']])
    expect(kinds('Sea levels could see a rise of 3 metres.')).toEqual([['3 metres', 'change up']])
    expect(kinds('The charger adds up to 300 km of range.')).toEqual([['up to 300 km', 'level']])
    // Money lost or paid is an amount: "an operating loss of", "an advance of".
    expect(kinds('The hospital posted an operating loss of $186 million.')).toEqual([['$186 million', 'level']])
    expect(kinds('She received an advance of £2m.')).toEqual([['£2m', 'level']])
  })

  it('reads a range of change when only the second figure carries the unit, in both halves of a conversion', () => {
    expect(read('Temperatures will rise 2 to 3 degrees Celsius (3.6 to 5.4 Fahrenheit).')).toEqual([
      ['2 to 3 degrees Celsius', [2, 3], 'celsius', 'change up'],
      ['3.6 to 5.4 Fahrenheit', [3.6, 5.4], 'fahrenheit', 'change up']
    ])
  })
})

describe('rates and compound units', () => {
  it('gives a rate stated once to the figures of its unit and scale it is compared with', () => {
    const rates = (text: string) => read(text).map(([figure, , unit]) => [figure, unit])
    expect(rates('Apprentices start on about C$22 an hour, while journeymen earn more than C$45.')).toEqual([['about C$22', 'CAD/hour'], ['more than C$45', 'CAD/hour']])
    expect(rates('Enrollees pay $812 a month before subsidies, compared with $390 for the young.')).toEqual([['$812', 'USD/month'], ['$390', 'USD/month']])
    expect(rates('The licence fee will rise by £5 to £174.50 a year.')).toEqual([['£5', 'GBP/year'], ['£174.50', 'GBP/year']])
    expect(rates('Riders earn ₹18,000 to ₹22,000 a month before fuel costs.')).toEqual([['₹18,000 to ₹22,000', 'INR/month']])
    // Per a thing after its measure, per an acronym.
    expect(rates('Rates fell to $2,100 per 40-foot container.')).toEqual([['$2,100', 'USD/container'], ['40-foot', 'foot']])
    expect(rates('Carriers charge $1,000 per TEU.')).toEqual([['$1,000', 'USD/TEU']])
    // Points set against percentage points are percentage points, of the same change.
    expect(read('HbA1c fell by 2.1 percentage points, against 0.9 points on insulin.').map(([figure, , unit, kind]) => [figure, unit, kind])).toEqual([
      ['2.1 percentage points', 'percentage-point', 'change down'], ['0.9 points', 'percentage-point', 'change down']
    ])
    // A rate named by an adjective before "of": "monthly repayments of about £240".
    expect(rates('Households face a rise in monthly repayments of about £240.')).toEqual([['about £240', 'GBP/month']])
    expect(rates('The hotel\'s nightly rate of €180 is a record.')).toEqual([['€180', 'EUR/night']])
    expect(rates('The annual budget of $4.2 billion passed.')).toEqual([['$4.2 billion', 'USD']])
    // Another scale, or no comparison between them: each figure keeps its own.
    expect(rates('Gasoline averaged $3.52 a gallon, and the company earned $2 billion.')).toEqual([['$3.52', 'USD/gallon'], ['$2 billion', 'USD']])
    expect(rates('A buyer needs $118,000 a year to afford the median home of $412,000.')).toEqual([['$118,000', 'USD/year'], ['$412,000', 'USD']])
  })

  it.each([
    ['Output reached 1.2 million barrels per day.', 1.2e6, 'barrel/day'],
    ['Gas cost 10.4 cents per therm.', 10.4, 'cent/therm'],
    ['The car does 35 miles per gallon.', 35, 'mile/gallon'],
    ['The car does 35 mpg.', 35, 'mile/gallon'],
    ['Tuition is $40,000 a year.', 40000, 'USD/year'],
    ['Income is $48,920 per capita.', 48920, 'USD/capita'],
    ['The shortfall is $11,000 for every resident.', 11000, 'USD/resident'],
    ['CO2 reached 424 parts per million.', 424, 'ppm'],
    ['Inflate the tyres to 35 pounds per square inch.', 35, 'psi'],
    ['The engine makes 300 horsepower.', 300, 'horsepower'],
    ['The plant will add 500 megawatts.', 500, 'megawatt'],
    ['Prices hit €936 per megawatt-hour.', 936, 'EUR/megawatt-hour'],
    ['A 68-square-metre flat.', 68, 'square-metre'],
    ['The 3,200-sq-ft colonial.', 3200, 'square-foot'],
    ['The phone has 256 gigabytes.', 256, 'gigabyte']
  ])('%s', (text, value, unit) => {
    const [claim] = read(text)
    expect([claim![1], claim![2]]).toEqual([value, unit])
  })

  it('counts a rate across what is counted, but never “a year earlier” as a rate', () => {
    expect(read('Traffic averaged 182,000 vehicles a day.')[0]!.slice(0, 3)).toEqual(['182,000', 182000, 'count/day'])
    expect(read('It employs 3,200 people, up from 2,150 a year earlier.').map((claim) => claim[2])).toEqual(['count', 'count'])
  })
})

describe('currencies beyond the dollar', () => {
  it('reads a bare dollar in the currency of the place the article opens in, unless it says U.S.', () => {
    const units = (text: string, options?: {dollar: string}) => extractClaims(text, options).map((claim) => [claim.text, claim.unit])
    expect(units('CANBERRA — Gross debt will hit $940 billion, or US$610 billion.')).toEqual([['$940 billion', 'AUD'], ['US$610 billion', 'USD']])
    expect(units('Ottawa will spend $8.1 billion over five years.')).toEqual([['$8.1 billion', 'CAD'], ['five years', 'year']])
    expect(units('The U.S. Treasury sold $40 billion of notes as Australian bonds rallied.')).toEqual([['$40 billion', 'USD']])
    expect(units('Apple sold iPhones at $999.')).toEqual([['$999', 'USD']])
    // A newsroom states its own: the option wins over the text.
    expect(units('Apple sold iPhones at $999.', {dollar: 'NZD'})).toEqual([['$999', 'NZD']])
    expect(() => extractClaims('x', {dollar: 'aud'})).toThrow('Invalid dollar `aud`: expected a currency code such as AUD')
  })

  it.each([
    ['HK$3.2 billion', 3.2e9, 'HKD'], ['A$500 million', 5e8, 'AUD'], ['C$12', 12, 'CAD'], ['NZ$7.80', 7.8, 'NZD'], ['S$1.92', 1.92, 'SGD'],
    ['US$5', 5, 'USD'], ['R$5.41', 5.41, 'BRL'], ['£285,000', 285000, 'GBP'], ['€200m', 2e8, 'EUR'], ['¥68 million', 6.8e7, 'JPY'],
    ['₹5 crore', 5e7, 'INR'], ['₹85 lakh', 8.5e6, 'INR'], ['5,000 shekels', 5000, 'ILS'], ['3,000 ringgit', 3000, 'MYR'], ['200 rand', 200, 'ZAR'],
    ['1.5 million won', 1.5e6, 'KRW'], ['3.5 lira', 3.5, 'TRY'], ['40 dirhams', 40, 'AED'], ['3.2bn SEK', 3.2e9, 'SEK'], ['Rs 500', 500, 'INR']
  ])('%s', (amount, value, unit) => {
    expect(read(`The fine was ${amount}.`)[0]!.slice(1, 3)).toEqual([value, unit])
  })

  it('keeps cents and pence as stated and normalises them with exact decimals', () => {
    const [cents] = extractClaims('Gas rose 10.4 cents.')
    expect([cents!.value, cents!.unit, cents!.normalized]).toEqual([10.4, 'cent', {value: 0.104, unit: 'USD'}])
    const [pence] = extractClaims('Shares closed at 310p.')
    expect([pence!.value, pence!.unit, pence!.normalized]).toEqual([310, 'pence', {value: 3.1, unit: 'GBP'}])
  })

  it('scales with exact decimals', () => {
    expect(extractClaims('It raised $1.1 million and $2.3 billion.').map((claim) => claim.value)).toEqual([1_100_000, 2_300_000_000])
  })
})

describe('magnitude phrases as ranges', () => {
  it.each([
    ['Tens of thousands of protesters marched.', 'Tens of thousands', [2e4, 1e5], 'count'],
    ['Hundreds of millions of euros were lost.', 'Hundreds of millions of euros', [2e8, 1e9], 'EUR'],
    ['Dozens of people were hurt.', 'Dozens', [24, 120], 'count'],
    ['Millions of households lost power.', 'Millions', [2e6, 1e7], 'count'],
    ['A handful of students stayed.', 'A handful', [2, 5], 'count']
  ])('%s', (text, words, range, unit) => {
    const [claim] = extractClaims(text)
    expect([claim!.text, [claim!.low, claim!.high], claim!.unit, claim!.bound, claim!.value]).toEqual([words, range, unit, '~', null])
  })
})

describe('number words in context', () => {
  it('counts “one” before a noun or a whole, not in an idiom', () => {
    expect(read('He was charged with one count of perjury.').map((claim) => claim[1])).toEqual([1])
    expect(read('It was one of three proposals.').map((claim) => claim[1])).toEqual([1, 3])
    expect(read('It was one of the best seasons.')).toEqual([])
    expect(read('One day, he left.')).toEqual([])
    expect(read('The strike lasted one day.').map((claim) => claim[1])).toEqual([1])
  })

  it('reads fractions of a whole and of a unit', () => {
    expect(read('A third of voters agreed.')[0]!.slice(1, 3)).toEqual([33.33333333333333, 'percent'])
    expect(read('Half a million people left.')[0]!.slice(1, 3)).toEqual([500000, 'count'])
    expect(read('It was the worst in a quarter-century.')[0]!.slice(1, 3)).toEqual([25, 'year'])
    expect(read('The tax rises by half a cent.')[0]!.slice(1, 4)).toEqual([0.5, 'cent', 'change up'])
    expect(read('It reported a record half-year profit.')).toEqual([])
  })

  it('reads what a storm drops as an amount, and “the winter of 2022-23” as one label (weather)', () => {
    expect(read('A storm could drop 2 to 4 inches of snow on the city this week.')).toEqual([['2 to 4 inches', [2, 4], 'inch', 'level']])
    expect(read('Prices dropped 2 to 4 percent.')).toEqual([['2 to 4 percent', [2, 4], 'percent', 'change down']])
    const claims = extractClaims('The city measured 12.4 inches in the winter of 2022-23.')
    expect(claims.map((claim) => [claim.text, claim.period?.text])).toEqual([['12.4 inches', 'winter of 2022-23']])
  })

  it('reads “the first half of the year” as a part of a period, not a share (markets, sport)', () => {
    expect(read('Exports rose 7% in the first half of the year.')).toEqual([['7%', 7, 'percent', 'change up']])
    expect(read('The back half of the season was brutal.')).toEqual([])
    expect(read('About half of voters agreed.')).toEqual([['About half', 50, 'percent', 'level']])
  })

  it('reads odds as shares', () => {
    expect(read('The study found that one in four developed hearing loss.')[0]!.slice(1, 3)).toEqual([25, 'percent'])
  })
})

describe('ages, scores and records', () => {
  it('reads every age of a list after "aged", and a hedge between the cue and the figure', () => {
    expect(read('Police arrested three men aged 32, 40 and 45.')).toEqual([
      ['three', 3, 'count', 'level'], ['32', 32, 'year', 'age'], ['40', 40, 'year', 'age'], ['45', 45, 'year', 'age']
    ])
    expect(read('Shoppers aged over 65 spend more.')).toEqual([['over 65', 65, 'year', 'age']])
    expect(read('Children aged 8 to 12 took part, 40 of them.')).toEqual([['8 to 12', [8, 12], 'year', 'age'], ['40', 40, 'count', 'level']])
    // An age is no change: "raised by 11-year-old Kaylee".
    expect(read('The steer was raised by 11-year-old Kaylee.')).toEqual([['11-year-old', 11, 'year', 'age']])
  })

  it('reads “voted 52 to 48” and “ruled 5 to 4” as tallies, and “fell from 52 to 48” as a change (politics, courts)', () => {
    expect(read('The Senate voted 52 to 48 to confirm the nominee.')).toEqual([])
    expect(read('The court ruled 5 to 4 in the case.')).toEqual([])
    expect(read('The vote count fell from 52 to 48.')).toEqual([['from 52 to 48', 48, 'count', 'level down 52']])
  })

  it('reads a height “6-foot-4” as feet and inches (sport)', () => {
    expect(read('The 6-foot-4 guard averaged 27.1 points.')[0]).toEqual(['6-foot-4', 6.33333333333333, 'foot', 'level'])
    expect(read('A 6-foot-10-inch center signed.')).toEqual([['6-foot-10-inch', 6.83333333333333, 'foot', 'level']])
    expect(read('The 6-foot fence fell.')).toEqual([['6-foot', 6, 'foot', 'level']])
    // A figure glued on by a hyphen starts no mangled number: not "4, 220" read as 4,220.
    expect(read('He is 6-foot-4, 220 pounds.')).toEqual([['6-foot-4', 6.33333333333333, 'foot', 'level'], ['220 pounds', 220, 'pound', 'level']])
    expect(read('COVID-19, 300 cases were reported; enrollment fell to 10, 701.').map(([text, value]) => [text, value])).toEqual([['300', 300], ['10, 701', 10701]])
  })

  it('reads ages as years of kind age', () => {
    expect(read('A 37-year-old woman was arrested.')).toEqual([['37-year-old', 37, 'year', 'age']])
    expect(read('Dana Ortiz, 29, pleaded guilty.')).toEqual([['29', 29, 'year', 'age']])
    expect(read('Children aged 8 to 12 took part.')).toEqual([['8 to 12', [8, 12], 'year', 'age']])
    expect(read('He retired, aged 41.')).toEqual([['41', 41, 'year', 'age']])
  })

  it('reads scores and tallies as results, never as counts or ranges', () => {
    expect(read('They won 3-1 and took a 2-1 series lead.')).toEqual([])
    expect(read('The bill cleared its second reading 312-247.')).toEqual([])
    expect(findQuantities('They won 3-1.').map((quantity) => quantity.role)).toEqual(['score', 'score'])
  })

  it('reads records and times as figures', () => {
    expect(read('She won in 10.84 seconds, shaving 0.03 seconds off the record.')).toEqual([
      ['10.84 seconds', 10.84, 'second', 'level'],
      ['0.03 seconds', 0.03, 'second', 'change down']
    ])
  })
})

describe('numbers that name rather than count', () => {
  it.each([
    'The office is at 1480 Industrial Parkway.',
    'Call 0371 384 2030 for details.',
    'The hearing in Case No. 22-4471 was moved.',
    'Dispatchers said the 911 system failed.',
    'He drives the No. 44 car.',
    'The train departs from platform 11.',
    'Her 5G network is fast.',
    'Room 101 reopened.',
    'Flight 2291 landed late.',
    'She is a 4-H member.',
    'The store has a 7-Eleven concession.',
    'The bill, H.R. 3561, would amend the act.',
    'It was a one-off payment for a two-wheeler maker.',
    'He stayed at a five-star hotel after a three-way race.',
    'Ambulances were sent to category two calls.',
    'The vaccine entered phase three trials.'
  ])('%s', (text) => {
    expect(read(text)).toEqual([])
  })

  it('keeps a spelled figure after a numbering noun when it counts: a unit after it, a heading before it', () => {
    expect(extractClaims('Crews reopened the route two hours later.').map((claim) => claim.text)).toEqual(['two hours'])
    expect(extractClaims('# Test suite\n\nEight stations closed.').map((claim) => claim.text)).toEqual(['Eight'])
  })

  it('reads a year after an article as the date of one thing, and "2023/24" as one label', () => {
    expect(extractClaims('A 1954 canvas by the painter sold for £18.2 million.').map((claim) => [claim.text, claim.period])).toEqual([['£18.2 million', null]])
    expect(extractClaims('The trust spent £31.4m on agency staff in 2023/24.').map((claim) => [claim.text, claim.period?.text])).toEqual([['£31.4m', '2023/24']])
  })
})

describe('what news copy compares and rates', () => {
  it('reads rates per a power of ten: per 100 a percentage, per 1,000 a per-mille, larger ones a denominator', () => {
    expect(read('The birth rate is 34 per 1,000 people.')).toEqual([['34 per 1,000', 34, 'per-mille', 'level']])
    expect(read('The murder rate was 5.6 per 100,000 residents.')).toEqual([['5.6', 5.6, 'count/100000 resident', 'level']])
    expect(read('There are 12 doctors per 1,000 people.')).toEqual([['12', 12, 'count/1000 person', 'level']])
  })

  it('gives a bare figure set against a measured one its unit, and leaves counted figures theirs', () => {
    expect(read('The median age is 49.5 years, compared with 38.9 in the US and just 18.1 in Nigeria.').map(([figure, , unit]) => [figure, unit])).toEqual([
      ['49.5 years', 'year'], ['38.9', 'year'], ['just 18.1', 'year']
    ])
    expect(read('PM2.5 hit 480 micrograms per cubic metre, against a guideline of 15.').map(([figure, , unit]) => [figure, unit])).toEqual([
      ['480 micrograms', 'microgram/cubic-metre'], ['15', 'microgram/cubic-metre']
    ])
    expect(read('The workforce\'s median age is 41.3 years, compared with 39.8 statewide.').map(([figure, , unit]) => [figure, unit])).toEqual([['41.3 years', 'year'], ['39.8', 'year']])
    expect(read('The school has 400 pupils, compared with 380 teachers.').map(([figure, , unit]) => [figure, unit])).toEqual([['400', 'count'], ['380', 'count']])
    // A new clause ends the list: "and officials counted 12" is no age.
    expect(read('The median age is 49.5 years, compared with 38.9 in the US, and officials counted 12 in the survey.').map(([figure, , unit]) => [figure, unit])).toEqual([
      ['49.5 years', 'year'], ['38.9', 'year'], ['12', 'count']
    ])
  })

  it('shares a scale written once after a range\'s second figure', () => {
    expect(read('Its population is between 15 and 21 million.')).toEqual([['between 15 and 21 million', [15e6, 21e6], 'count', 'level']])
    expect(read('It will cost $15-21 billion.')).toEqual([['$15-21 billion', [15e9, 21e9], 'USD', 'level']])
    expect(read('Between 500 and 2 million people came.')).toEqual([['Between 500 and 2 million', [500, 2e6], 'count', 'level']])
  })

  it('reads multipliers, ordinals of a series and named codes as no count', () => {
    expect(read('The patch is three times the size of France.')).toEqual([])
    expect(read('Sales were four times higher than in 2020.')).toEqual([])
    expect(read('He was arrested five times since 2019.')).toEqual([['five', 5, 'count', 'level']])
    expect(read('The fleet stayed grounded for a third week.')).toEqual([])
    expect(read('The fire is a quarter mile away.')).toEqual([['a quarter mile', 0.25, 'mile', 'level']])
    expect(read('The COP28 talks were held in Dubai; call 0800 161 5151.')).toEqual([])
  })

  it('reads changes named in headlines and past "the maximum"', () => {
    const kinds = (text: string) => read(text).map(([figure, , , kind]) => [figure, kind])
    expect(kinds('Wexford County approves $412m budget, 3% property tax hike')).toEqual([['$412m', 'level'], ['3%', 'change up']])
    expect(kinds('Stamp duty receipts down a fifth as market cools')).toEqual([['a fifth', 'change down']])
    expect(kinds('The council will raise council tax by the maximum 4.99%.')).toEqual([['4.99%', 'change up']])
    expect(kinds('Bills will go up by an average of $214 a year, or 6.8%.')).toEqual([['$214', 'change up'], ['6.8%', 'change up']])
    // "a further 12%" is another group, not a rise.
    expect(kinds('One in five has no savings, and a further 12% have less than £100.')[1]).toEqual(['12%', 'level'])
  })
})

describe('what news copy counts in words', () => {
  it('reads a hedge before an article as a bound on one of a measure, but "a year ago" as a date', () => {
    expect(read('Unemployment is the highest in more than a decade.')).toEqual([['more than a decade', 1, 'decade', 'level']])
    expect(read('The talks lasted nearly a year.')).toEqual([['nearly a year', 1, 'year', 'level']])
    expect(read('He finished in under an hour.')).toEqual([['under an hour', 1, 'hour', 'level']])
    expect(read('That was more than a year ago.')).toEqual([])
    expect(extractClaims('The talks lasted nearly a year.')[0]!.bound).toBe('<')
  })

  it('reads odds over "every" as a share of what follows, not an amount of it', () => {
    expect(read('Organic food takes one in every eight dollars spent on fruit.')).toEqual([['one in every eight', 12.5, 'percent', 'level']])
  })

  it('reads Indian magnitudes, pounds of food as weight, cents before a slash rate and a bracketed line of accounts', () => {
    expect(read('Losses could run into hundreds of crores of rupees.')).toEqual([['hundreds of crores of rupees', [2e9, 1e10], 'INR', 'level']])
    expect(read('The food bank handed out 1.2 million pounds of food.')).toEqual([['1.2 million pounds', 1.2e6, 'pound', 'level']])
    expect(read('The council got 361 million pounds of funding.')).toEqual([['361 million pounds', 3.61e8, 'GBP', 'level']])
    expect(read('Cattle sold at 520c/kg at Wagga.')).toEqual([['520c/kg', 520, 'cent/kilogram', 'level']])
    expect(read('Brightpath Q2: net income ($14.2 million) vs $3.1 million')[0]).toEqual(['($14.2 million)', -14.2e6, 'USD', 'level'])
    expect(read('The vase was estimated at HK$20 million-30 million.')).toEqual([['HK$20 million-30 million', [2e7, 3e7], 'HKD', 'level']])
  })
})

describe('bounds and comparisons', () => {
  const bound = (text: string) => extractClaims(text).map((claim) => [claim.text, claim.value ?? [claim.low, claim.high], claim.bound])

  it('reads comparisons before the figure, inclusive ones too', () => {
    expect(bound('Sales exceeded 3,000 units.')).toEqual([['exceeded 3,000', 3000, '>']])
    expect(bound('Scores less than or equal to 30 fail.')).toEqual([['less than or equal to 30', 30, '<=']])
    expect(bound('It is bigger or equal than 20.')).toEqual([['bigger or equal than 20', 20, '>=']])
  })

  it('reads bounds written after the figure', () => {
    expect(bound('Households of 200 or more were surveyed.')).toEqual([['200 or more', 200, '>=']])
    expect(bound('Towns of 5,000 and under get a grant.')).toEqual([['5,000 and under', 5000, '<=']])
  })

  it('joins a lower and an upper bound into one range, but not crossed ones', () => {
    expect(bound('Bids above 1,000 and below 1,500 were accepted.')).toEqual([['above 1,000 and below 1,500', [1000, 1500], '=']])
    expect(bound('There were at most 100 and at least 20 apples.')).toEqual([['at most 100 and at least 20', [20, 100], '=']])
    expect(bound('More than 40 and less than 10 were seen.')).toEqual([['More than 40', 40, '>'], ['less than 10', 10, '<']])
  })

  it('reads signs as bounds', () => {
    expect(findQuantities('x>10 and y<-30').map((quantity) => [quantity.value, quantity.bound])).toEqual([[10, '>'], [-30, '<']])
  })
})

describe('changes and levels found on fresh copy (courts, utilities, commodities, charities, entertainment, public health)', () => {
  it('reads "from X to about Y" after a change verb as one change; an earlier figure with its own period stays a claim', () => {
    expect(read('Remand numbers rose from 12,400 to about 17,000 in two years.')).toEqual([['from 12,400 to about 17,000', 17000, 'count', 'level up 12400'], ['two years', 2, 'year', 'level']])
    // Checked against its own record for its own period.
    expect(read('Cases rose from 5 in the first half of last year to 17 in the same period this year.')).toEqual([['5', 5, 'count', 'level'], ['17', 17, 'count', 'level up 5']])
  })

  it('reads an amount after a base-form verb of a price as a change, not a range, and base forms of headlines', () => {
    expect(read('Bills will rise £86 to £627.')).toEqual([['£86', 86, 'GBP', 'change up'], ['£627', 627, 'GBP', 'level up']])
    expect(read('Bills will rise £86 next year to £627.')).toEqual([['£86', 86, 'GBP', 'change up'], ['£627', 627, 'GBP', 'level up']])
    expect(read('Sumitomo cuts profit forecast by 38% to ¥32bn')).toEqual([['38%', 38, 'percent', 'change down'], ['¥32bn', 32e9, 'JPY', 'level down']])
    expect(read('The average wait stretched to 49 weeks.')).toEqual([['49 weeks', 49, 'week', 'level up']])
    // A count after a bare object verb stays a level.
    expect(read('Acme cuts 600 jobs')).toEqual([['600', 600, 'count', 'level']])
  })

  it('never reads an earlier "up to" as the verb of a later level', () => {
    expect(read('Grants of up to €20,000 each go to 350 groups.')).toEqual([['up to €20,000', 20000, 'EUR', 'level'], ['350', 350, 'count', 'level']])
  })

  it('joins a glued dash range after a currency, the rate written after the second figure', () => {
    expect(read('Prices of $15,000-20,000 a tonne are needed.')).toEqual([['$15,000-20,000', [15000, 20000], 'USD/tonne', 'level']])
    expect(read('It will add £3-5 a month to bills.')).toEqual([['£3-5', [3, 5], 'GBP/month', 'change up']])
  })

  it('reads the rand written R before a figure that is money by its form, never "R5" alone', () => {
    expect(read('It recovered R1.6bn, up from R640m, and tickets cost R1,450.').map(([text, value, unit]) => [text, value, unit])).toEqual([
      ['R1.6bn', 1.6e9, 'ZAR'],
      ['R640m', 6.4e8, 'ZAR'],
      ['R1,450', 1450, 'ZAR']
    ])
    expect(read('Take the R5 rifle on the R40 road.')).toEqual([])
  })

  it('reads the people "under 12" or "over 65" as an age bound, but not "over 50 staff"', () => {
    expect(read('Children under 12 and people over 65 are at risk.')).toEqual([['under 12', 12, 'year', 'age'], ['over 65', 65, 'year', 'age']])
    expect(read('35.5% of children under five were stunted.')[1]).toEqual(['under five', 5, 'year', 'age'])
    expect(read('Companies with over 50 staff must report.')).toEqual([['over 50', 50, 'count', 'level']])
  })

  it('ends a number at its scale when a bare number word follows ("14 million five years ago")', () => {
    expect(read('It is up from 14 lakh five years ago.')).toEqual([['14 lakh', 1.4e6, 'count', 'level'], ['five years', 5, 'year', 'level']])
    expect(read('It reached 2 lakh 50 thousand people.')[0]).toEqual(['2 lakh 50 thousand', 250000, 'count', 'level'])
  })

  it('gives a change after a comma to the level counted, past a measure that describes the counted thing', () => {
    expect(read('Growers exported a record 203 million 15-kg cartons this season, a 21% rise.')).toEqual([
      ['203 million', 2.03e8, 'count', 'level up'],
      ['15-kg', 15, 'kilogram', 'level'],
      ['21%', 21, 'percent', 'change up']
    ])
  })
})

describe('rates, codes and subunits found on fresh copy', () => {
  it('gives the earlier value of a rate its unit past the counted noun ("32 per 1,000 live births from 52")', () => {
    expect(read('Infant mortality has fallen to 32 per 1,000 live births from 52 in 2008.')).toEqual([
      ['32 per 1,000', 32, 'per-mille', 'level down 52'],
      ['52', 52, 'per-mille', 'level']
    ])
  })

  it('reads a subsection in brackets glued to its section as a code ("501(c)(3)", "12(b)(6)")', () => {
    expect(read('Under Section 501(c)(3) of the tax code, it has 14 days to respond.')).toEqual([['14 days', 14, 'day', 'level']])
    expect(read('Rule 12(b)(6) motions are filed.')).toEqual([])
  })

  it('reads euro cents as hundredths of a euro, never as euros', () => {
    const [claim] = extractClaims('Households paid 40.1 euro cents per kilowatt hour.')
    expect([claim!.text, claim!.value, claim!.unit, claim!.per, claim!.normalized]).toEqual(['40.1 euro cents', 40.1, 'euro-cent', 'kilowatt-hour', {value: 0.401, unit: 'EUR'}])
  })
})

describe('found on a fifth fresh set (housing, farming, start-ups, policing, water, sport business)', () => {
  it('reads the Kenyan shilling written KSh, in a range with its rate', () => {
    expect(read('Tenants pay between KSh45,000 and KSh80,000 a month.')).toEqual([['between KSh45,000 and KSh80,000', [45000, 80000], 'KES/month', 'level']])
  })

  it('reads money a running total moved by as a change ("raised $40m, bringing its total funding to $120m")', () => {
    expect(read('It raised $40m, bringing its total funding to $120m.')).toEqual([['$40m', 4e7, 'USD', 'change up'], ['$120m', 1.2e8, 'USD', 'level up']])
  })

  it('reads a verb, its object, a share or sum and the level it reaches as a change ("raise average ticket prices 6.5% to $118")', () => {
    expect(read('The Gulls will raise average ticket prices 6.5% to $118 next season.')).toEqual([['6.5%', 6.5, 'percent', 'change up'], ['$118', 118, 'USD', 'level up']])
    expect(read('Tiaki lifted revenue 54% to NZ$38.4 million.')).toEqual([['54%', 54, 'percent', 'change up'], ['NZ$38.4 million', 3.84e7, 'NZD', 'level up']])
    // A count after its object stays what it is: the verb's object is the count.
    expect(read('Acme cut jobs at 3 plants to 400.').map(([text, , , reading]) => [text, reading])).toEqual([['3', 'level'], ['400', 'level down']])
  })

  it('reads the people over an age by the verb after them, and spelled kilogrammes', () => {
    expect(read('Victims over 65 account for 40% of cases.')[0]).toEqual(['over 65', 65, 'year', 'age'])
    expect(read('Production fell to 570 million kilogrammes.')).toEqual([['570 million kilogrammes', 5.7e8, 'kilogram', 'level down']])
  })
})
