import {extractClaims, findQuantities} from '@claimtrace/extract'
import {describe, expect, it} from 'vitest'

/** Each counted figure as a reader checks it: its words, offsets, figure (or range), unit and rate. */
function read(text: string) {
  return findQuantities(text)
    .filter((quantity) => quantity.role === 'cardinal')
    .map((quantity) => [quantity.text, quantity.start, quantity.end, quantity.value ?? [quantity.low, quantity.high], quantity.per ? `${quantity.unit}/${quantity.per}` : quantity.unit])
}

describe('rates: the span of the denominator', () => {
  it('spans a denominator written after a slash, as part of the unit', () => {
    expect(read('Cleaners earn $15.4/hour.')).toEqual([['$15.4/hour', 14, 24, 15.4, 'USD/hour']])
    expect(read('The dose is 20 mg/day.')).toEqual([['20 mg/day', 12, 21, 20, 'milligram/day']])
    expect(read('Light travels at 300,000 km/s.')).toEqual([['300,000 km/s', 17, 29, 300000, 'kilometre/second']])
  })

  it('reads no rate of a squared denominator or an unknown abbreviation', () => {
    expect(read('Objects fall at 9 m/s2.')[0]).toEqual(['9 m', 16, 19, 9, 'metre'])
    expect(read('It costs $5/ea.')).toEqual([['$5', 9, 11, 5, 'USD']])
  })

  it('leaves a spelled denominator out of the span, in quantities and claims alike', () => {
    expect(read('Brent rose to $81.10 a barrel.')).toEqual([['$81.10', 14, 20, 81.1, 'USD/barrel']])
    expect(read('The bid is 470 pence per share.')).toEqual([['470 pence', 11, 20, 470, 'pence/share']])
    const [claim] = extractClaims('Cleaners earn $15.4/hour.')
    expect([claim!.text, claim!.start, claim!.end, claim!.per]).toEqual(['$15.4/hour', 14, 24, 'hour'])
  })
})

describe('rates: the words of the denominator', () => {
  const rates = (text: string) => findQuantities(text).filter((quantity) => quantity.per).map((quantity) => [quantity.text, quantity.per, quantity.rate && [quantity.rate.text, text.slice(quantity.rate.start, quantity.rate.end)]])

  it('keeps where a spelled denominator stands, beside the span or across what is counted', () => {
    expect(rates('Brent rose to $81.10 a barrel.')).toEqual([['$81.10', 'barrel', ['a barrel', 'a barrel']]])
    expect(rates('The road carries 182,000 vehicles a day.')).toEqual([['182,000', 'day', ['a day', 'a day']]])
    expect(rates('The clinic opens four times per week.')).toEqual([['four', 'week', ['per week', 'per week']]])
    expect(rates('It paid 5.6 per 100,000 residents and C$2 billion annually.')).toEqual([
      ['5.6', '100000 resident', ['per 100,000 residents', 'per 100,000 residents']],
      ['C$2 billion', 'year', ['annually', 'annually']]
    ])
    expect(rates('Monthly repayments of about £240 are due.')).toEqual([['£240', 'month', ['Monthly', 'Monthly']]])
  })

  it('gives the later figure of a change the words of its own rate, and claims carry them', () => {
    expect(rates('Wheat rose from $200 a tonne to $250 a tonne.')).toEqual([['from $200 a tonne to $250', 'tonne', ['a tonne', 'a tonne']]])
    const [claim] = extractClaims('Wheat rose from $200 a tonne to $250 a tonne.')
    expect([claim!.per, claim!.rate]).toEqual(['tonne', {text: 'a tonne', start: 37, end: 44}])
  })

  it('reads a rate per a stated amount of a unit, whose words are no figure of their own', () => {
    expect(rates('Customers pay 45 euro cents per 1,000 litres from January.')).toEqual([['45 euro cents', '1000 litre', ['per 1,000 litres', 'per 1,000 litres']]])
    expect(rates('Water costs $2.50 per 1,000 gallons and gas $3.10 per 1,000 cubic feet.')).toEqual([
      ['$2.50', '1000 gallon', ['per 1,000 gallons', 'per 1,000 gallons']],
      ['$3.10', '1000 cubic-foot', ['per 1,000 cubic feet', 'per 1,000 cubic feet']]
    ])
    // Fuel use: "100 km" is no change; the claim of the earlier figure takes the rate too.
    expect(read('The car uses 6.5 litres per 100 km, down from 7.1.')).toEqual([['6.5 litres', 13, 23, 6.5, 'litre/100 kilometre'], ['7.1', 46, 49, 7.1, 'count']])
    const claims = extractClaims('The car uses 6.5 litres per 100 km, down from 7.1.').map((claim) => [claim.text, claim.unit, claim.per, claim.direction, claim.from])
    expect(claims).toEqual([['6.5 litres', 'litre', '100 kilometre', 'down', 7.1], ['7.1', 'litre', '100 kilometre', undefined, undefined]])
    // Without a unit after it, a figure after "per" stays a figure.
    expect(read('It costs £4 per 2 people.')).toEqual([['£4', 9, 11, 4, 'GBP'], ['2', 16, 17, 2, 'count']])
  })

  it('gives no words when the span holds the denominator', () => {
    expect(rates('Cleaners earn $15.4/hour.')).toEqual([['$15.4/hour', 'hour', undefined]])
  })
})

describe('powers of units', () => {
  it('squares and cubes a length by a glued digit, superscript or caret', () => {
    expect(read('A 120 m2 flat on 2,000 m² of land, 5 m^2 of tiles, 7 km³ of ice and 3 cm3 of fluid.')).toEqual([
      ['120 m2', 2, 8, 120, 'square-metre'], ['2,000 m²', 17, 25, 2000, 'square-metre'], ['5 m^2', 35, 40, 5, 'square-metre'],
      ['7 km³', 51, 56, 7, 'cubic-kilometre'], ['3 cm3', 68, 73, 3, 'cubic-centimetre']
    ])
  })

  it('reads per second as a frequency', () => {
    expect(read('Violet light oscillates at 4e14 s-1, the probe at 50 s⁻¹.')).toEqual([['4e14 s-1', 27, 35, 4e14, 'hertz'], ['50 s⁻¹', 50, 56, 50, 'hertz']])
  })

  it('never counts the power of a unit as a figure of its own', () => {
    expect(read('Workers are exposed to 20 J/m^2 per year.')).toEqual([['20', 23, 25, 20, 'count']])
    expect(read('The detector reached 1 fb−1 in 2005 and 5 fb−1 in 2011.').map((quantity) => quantity[0])).toEqual(['1', '5'])
    expect(read('Its density is 3 kg m^-3.')).toEqual([['3 kg', 15, 19, 3, 'kilogram']])
  })
})

describe('inches by "in" at the end of a sentence', () => {
  it('reads "in" after a numeral as inches when only end punctuation follows', () => {
    expect(read('The pipe measures 4 in.')).toEqual([['4 in', 18, 22, 4, 'inch']])
    expect(read('The length of my pencil is 2 in')).toEqual([['2 in', 27, 31, 2, 'inch']])
  })

  it('leaves "in" a word before more words, after a spelled number, and as a verb\'s particle', () => {
    expect(read('He stayed in.')).toEqual([])
    expect(read('Sales rose 5 in 2019.')).toEqual([['5', 11, 12, 5, 'count']])
    expect(read('The keeper let two in.')).toEqual([['two', 15, 18, 2, 'count']])
    expect(read('The team let 2 in.')).toEqual([['2', 13, 14, 2, 'count']])
  })
})

describe('signs of money', () => {
  it('reads an accounting bracket as a negative amount, spanning the brackets', () => {
    expect(read('The annual revenue is ($99.99).')).toEqual([['($99.99)', 22, 30, -99.99, 'USD']])
    expect(read('The firm posted ($2.1 million) in net income.')).toEqual([['($2.1 million)', 16, 30, -2.1e6, 'USD']])
  })

  it('reads a minus between the currency sign and the digits', () => {
    expect(read('The balance is $-99.99 today.')).toEqual([['$-99.99', 15, 22, -99.99, 'USD']])
  })

  it('keeps a bracketed conversion or aside positive', () => {
    expect(read('It cost €50 ($54).')).toEqual([['€50', 8, 11, 50, 'EUR'], ['$54', 13, 16, 54, 'USD']])
    expect(read('Sales in Europe ($3m) rose.')).toEqual([['$3m', 17, 20, 3e6, 'USD']])
  })
})

describe('"pm": a time of day or picometres', () => {
  it('reads picometres after a figure no clock shows', () => {
    expect(read('This nano grid has a size of 2.1 pm.')).toEqual([['2.1 pm', 29, 35, 2.1, 'picometre']])
    expect(read('This nano grid has a size of 2.123 pm.')).toEqual([['2.123 pm', 29, 37, 2.123, 'picometre']])
    expect(read('The bond is 2.75 pm long.')).toEqual([['2.75 pm', 12, 19, 2.75, 'picometre']])
  })

  it('keeps hours and minutes before "pm" a time', () => {
    expect(findQuantities('The meeting starts at 2.30 pm.').map((quantity) => [quantity.text, quantity.role])).toEqual([['2.30', 'time']])
    expect(findQuantities('It ends at 3 pm.').map((quantity) => [quantity.text, quantity.role])).toEqual([['3', 'time']])
  })
})

describe('suspended hyphens: "8- to 16-meter"', () => {
  it('reads one range in the unit of the second half, spanning both', () => {
    expect(read('It is an 8- to 16-meter (320- to 640-inch) telescope.')).toEqual([
      ['8- to 16-meter', 9, 23, [8, 16], 'metre'],
      ['320- to 640-inch', 25, 41, [320, 640], 'inch']
    ])
    expect(read('He faces a 10- to 15-year sentence.')).toEqual([['10- to 15-year', 11, 25, [10, 15], 'year']])
    expect(read('Expect 3- to 5-foot waves.')).toEqual([['3- to 5-foot', 7, 19, [3, 5], 'foot']])
  })

  it('leaves figures apart when the second has no unit', () => {
    expect(read('Prices rose 2- to 3-fold.').map((quantity) => quantity[0])).toEqual(['2', '3'])
  })
})

describe('a unit written once for coordinated figures', () => {
  it('gives each bare figure the unit written after the last, each with its own span', () => {
    expect(read('They were given 45 and 50 mg ethanol.')).toEqual([['45', 16, 18, 45, 'milligram'], ['50 mg', 23, 28, 50, 'milligram']])
    expect(read('Doses of 10, 20 and 40 mg were tested.')).toEqual([
      ['10', 9, 11, 10, 'milligram'], ['20', 13, 15, 20, 'milligram'], ['40 mg', 20, 25, 40, 'milligram']
    ])
    expect(read('Forecasters expect 2 or 3 inches of rain.')).toEqual([['2', 19, 20, 2, 'inch'], ['3 inches', 24, 32, 3, 'inch']])
  })

  it('keeps a range a range, and figures apart that are not coordinated or carry a unit before them', () => {
    expect(read('Growth of between 3 and 5 percent.')).toEqual([['between 3 and 5 percent', 10, 33, [3, 5], 'percent']])
    expect(read('The company hired 45 and fired 50 people.')).toEqual([['45', 18, 20, 45, 'count'], ['50', 31, 33, 50, 'count']])
    expect(read('He paid 3 and $5 a share.')).toEqual([['3', 8, 9, 3, 'count'], ['$5', 14, 16, 5, 'USD/share']])
    expect(read('In 10, 40 mg was given.')).toEqual([['10', 3, 5, 10, 'count'], ['40 mg', 7, 12, 40, 'milligram']])
  })
})

describe('unit words: tonnes, fractions of a unit, plural possessives', () => {
  it('reads a lone "t" after grouped thousands, or before "of", as tonnes, but not after a year', () => {
    expect(read('Exports reached 278,000 t valued at $5 million.')[0]).toEqual(['278,000 t', 16, 25, 278000, 'tonne'])
    expect(read('It shipped 40 t of grain.')).toEqual([['40 t', 11, 15, 40, 'tonne']])
    expect(findQuantities('In 2019 t was low.').map((quantity) => [quantity.text, quantity.unit])).toEqual([['2019', 'count']])
  })

  it('reads a litre as "l" or "L", glued, standing alone or before what it measures', () => {
    expect(read('She poured 3 to 4 L of wine.')).toEqual([['3 to 4 L', 11, 19, [3, 4], 'litre']])
    expect(read('Add 3 l of water.')).toEqual([['3 l', 4, 7, 3, 'litre']])
    expect(read('The 1.5L engine is new.')).toEqual([['1.5L', 4, 8, 1.5, 'litre']])
    // A spaced letter before a word it does not measure is no unit.
    expect(read('He is 5 L short.')).toEqual([['5', 6, 7, 5, 'count']])
  })

  it('reads a hyphenated fraction word before a unit as an amount of that unit', () => {
    expect(read('The fire is approximately one-half miles east.')).toEqual([['one-half miles', 26, 40, 0.5, 'mile']])
    expect(read('Two-thirds of voters agreed.')).toEqual([['Two-thirds', 0, 10, 66.66666666666666, 'percent']])
  })

  it('spans the apostrophe of a plural possessive unit, not a closing quote', () => {
    expect(read("The position in six weeks' time is uncertain.")).toEqual([["six weeks'", 16, 26, 6, 'week']])
    expect(read('She gave two weeks’ notice.')).toEqual([['two weeks’', 9, 19, 2, 'week']])
    expect(read("He said 'three weeks' and left.")).toEqual([['three weeks', 9, 20, 3, 'week']])
  })
})

describe('year labels', () => {
  it('reads "2013-14" as one period label (a date), never two counted numbers, and "2013-2015" as two years', () => {
    const roles = (text: string) => findQuantities(text).map((quantity) => [quantity.text, quantity.role])
    expect(roles('We produced nothing in 2013-14.')).toEqual([['2013', 'date'], ['14', 'date']])
    expect(read('We produced nothing in 2013-14.')).toEqual([])
    expect(roles('Sales rose in 2013-2015.')).toEqual([['2013', 'year'], ['2015', 'year']])
  })
})

describe('the span of a hedged range', () => {
  it('leaves the hedge out of a quantity\'s span, as for one figure, and keeps it in the claim', () => {
    expect(read('Google holds around 10-15 exabytes of data.')).toEqual([['10-15 exabytes', 20, 34, [10, 15], 'exabyte']])
    expect(findQuantities('Google holds around 10-15 exabytes of data.')[0]!.hedge).toEqual({text: 'around', start: 13, end: 19})
    const [claim] = extractClaims('Google holds around 10-15 exabytes of data.')
    expect([claim!.text, claim!.start, claim!.end]).toEqual(['around 10-15 exabytes', 13, 34])
    expect(read('Between about 20 and 30 people came.')[0]!.slice(0, 3)).toEqual(['Between about 20 and 30', 0, 23])
  })
})

describe('figures read past a spelled rate', () => {
  it('joins "from X a day to Y" into one change in the rate of the first', () => {
    const [claim, ...rest] = extractClaims('Ridership fell from 18,300 a day to 12,900 after the cuts.')
    expect(rest).toEqual([])
    expect([claim!.text, claim!.value, claim!.from, claim!.unit, claim!.per, claim!.direction]).toEqual(['from 18,300 a day to 12,900', 12900, 18300, 'count', 'day', 'down'])
  })

  it('gives an earlier figure after a level and its rate that level\'s unit and rate', () => {
    const claims = extractClaims('The refiner will raise capacity to 18 million tonnes a year from 12 million.')
    expect(claims.map((claim) => [claim.text, claim.value, claim.unit, claim.per])).toEqual([
      ['18 million tonnes', 18e6, 'tonne', 'year'],
      ['12 million', 12e6, 'tonne', 'year']
    ])
  })

  it('still reads the size of a change and the level after it', () => {
    expect(read('Shares climbed $2 a share to $40.')).toEqual([['$2', 15, 17, 2, 'USD/share'], ['$40', 29, 32, 40, 'USD/share']])
  })
})

describe('a fraction of a unit', () => {
  it('reads a spelled fraction before a unit as an amount of it, never a share in percent', () => {
    expect(read('It took half an hour.')).toEqual([['half an hour', 8, 20, 0.5, 'hour']])
    expect(read('Rates rose a half percent.')).toEqual([['a half percent', 11, 25, 0.5, 'percent']])
    expect(findQuantities('The record half-year profit was $5m.')[0]).toMatchObject({text: 'half-year', value: 0.5, unit: 'year'})
    expect(extractClaims('The record half-year profit was $5m.').map((claim) => claim.text)).toEqual(['$5m'])
  })

  it('keeps a fraction of a whole a share, and "half a million" a number', () => {
    expect(read('Nearly half of voters agreed.')).toEqual([['half', 7, 11, 50, 'percent']])
    expect(read('Half a million people came.')).toEqual([['Half a million', 0, 14, 500000, 'count']])
  })
})

describe('rates of fares and pay', () => {
  it('reads a fare per ride and pay per hour before expenses or after tax as rates', () => {
    expect(read('Fares will rise to $2.90 a ride.')).toEqual([['$2.90', 19, 24, 2.9, 'USD/ride']])
    expect(read('Drivers earn a median $21.40 an hour before expenses.')).toEqual([['$21.40', 22, 28, 21.4, 'USD/hour']])
    expect(read('He earns £30,000 a year after tax.')).toEqual([['£30,000', 9, 16, 30000, 'GBP/year']])
  })

  it('reads "an annual rate of" a count as a yearly rate, not of a share', () => {
    expect(read('Starts rose to an annual rate of 1.47 million units.')).toEqual([['1.47 million', 33, 45, 1.47e6, 'count/year']])
    expect(read('Prices rose at an annual rate of 3%.')).toEqual([['3%', 33, 35, 3, 'percent']])
  })

  it('reads "a day on the bus" as a rate, "a year on," as a time', () => {
    expect(read('Pupils spend up to 90 minutes a day on the bus.')).toEqual([['90 minutes', 19, 29, 90, 'minute/day']])
    expect(read('A year on, the town builds 300 homes.')).toEqual([['300', 27, 30, 300, 'count']])
  })

  it('keeps "a year before" a time', () => {
    expect(read('It employs 3,200 people, up from 2,150 a year before.').map((quantity) => quantity[4])).toEqual(['count', 'count'])
  })
})

describe('temperatures written once in a weather report', () => {
  it('gives a bare high or low the temperature unit of its sentence', () => {
    expect(read('Expect highs around 95 degrees on Thursday, with overnight lows near 74.')).toEqual([
      ['95 degrees', 20, 30, 95, 'degree'], ['74', 69, 71, 74, 'degree']
    ])
    expect(read('Expect a high of 31C and a low of 18.')).toEqual([['31C', 17, 20, 31, 'celsius'], ['18', 34, 36, 18, 'celsius']])
  })

  it('leaves a low a count when no temperature is written', () => {
    expect(read('Shares hit lows near 74.')).toEqual([['74', 21, 23, 74, 'count']])
  })
})
