import {findQuantities} from '@claimtrace/extract'
import {describe, expect, it} from 'vitest'

/** Counted figures as `[text, start, end, value, unit]`; fractions as the share they state (in percent). */
const read = (text: string) =>
  findQuantities(text).filter((quantity) => quantity.role === 'cardinal').map((quantity) => [quantity.text, quantity.start, quantity.end, quantity.value, quantity.unit])

describe('spelled fractions', () => {
  it('reads a compound ordinal as the denominator', () => {
    expect(read('one hundred thirty fifths')).toEqual([['one hundred thirty fifths', 0, 25, (100 / 35) * 100, 'percent']])
    expect(read('one hundred thirty-fifths')).toEqual([['one hundred thirty-fifths', 0, 25, (100 / 35) * 100, 'percent']])
    expect(read('one one hundred fifth')).toEqual([['one one hundred fifth', 0, 21, (1 / 105) * 100, 'percent']])
    expect(read('one one hundred and fifth')).toEqual([['one one hundred and fifth', 0, 25, (1 / 105) * 100, 'percent']])
    expect(read('one hundred one thousand fifths')).toEqual([['one hundred one thousand fifths', 0, 31, (100 / 1005) * 100, 'percent']])
  })

  it('binds what follows “and” to the numerator unless it is a proper fraction', () => {
    expect(read('one hundred and thirty fifths')).toEqual([['one hundred and thirty fifths', 0, 29, 2600, 'percent']])
    expect(read('one hundred and thirty-two fifths')).toEqual([['one hundred and thirty-two fifths', 0, 33, 2640, 'percent']])
    // A proper fraction after "and" makes a mixed number.
    expect(read('one hundred and three quarters')).toEqual([['one hundred and three quarters', 0, 30, 100.75, 'count']])
    expect(read('two hundred and fifty-four hundredths')).toEqual([['two hundred and fifty-four hundredths', 0, 37, 200.54, 'count']])
  })

  it('keeps plain fractions, ordinals and durations as they were', () => {
    expect(read('twenty one hundredths')).toEqual([['twenty one hundredths', 0, 21, 21, 'percent']])
    expect(read('three fifths of voters')).toEqual([['three fifths', 0, 12, 60, 'percent']])
    // An ordinal place, not 100/24; "thirty seconds" is a duration.
    expect(read('She finished one hundred twenty fourth.')).toEqual([])
    expect(read('It took one hundred thirty seconds.')).toEqual([['one hundred thirty seconds', 8, 34, 130, 'second']])
  })
})

describe('spelled numbers across a comma or “&”', () => {
  it('joins a smaller spelled part after a scale when it closes the phrase', () => {
    expect(read('three million, two hundred & forty, you say?')).toEqual([['three million, two hundred & forty', 0, 34, 3_000_240, 'count']])
    expect(read('We counted three hundred & forty.')).toEqual([['three hundred & forty', 11, 32, 340, 'count']])
  })

  it('keeps lists and clauses apart', () => {
    expect(read('three million, two hundred died.').map(([text]) => text)).toEqual(['three million', 'two hundred'])
    expect(read('a million, two million, three million').map(([text]) => text)).toEqual(['a million', 'two million', 'three million'])
  })
})

describe('dozens', () => {
  it('multiplies only the part after “and”', () => {
    expect(read('three hundred and two dozens')).toEqual([['three hundred and two dozens', 0, 28, 324, 'count']])
    expect(read('three hundred dozen eggs')).toEqual([['three hundred dozen', 0, 19, 3600, 'count']])
    expect(read('two dozen cars')).toEqual([['two dozen', 0, 9, 24, 'count']])
  })
})

describe('scale letters', () => {
  it('reads a spaced capital after a decimal or grouped figure that closes the phrase', () => {
    expect(read('1,674.5 G')).toEqual([['1,674.5 G', 0, 9, 1_674_500_000_000, 'count']])
    expect(read('Revenue reached 1,674,200.5 M.')).toEqual([['1,674,200.5 M', 16, 29, 1_674_200_500_000, 'count']])
  })

  it('reads a capital T glued to a sum of money', () => {
    expect(read('Its GDP is $2.174T.')).toEqual([['$2.174T', 11, 18, 2_174_000_000_000, 'USD']])
  })

  it('starts no spaced thousands after a code\'s letters', () => {
    // "S23 128 GB" is a phone and its storage, never 23,128 GB; "7 860" alone is seven thousand.
    expect(read('The Galaxy S23 128 GB costs more.')).toEqual([['128 GB', 15, 21, 128, 'gigabyte']])
    expect(read('An Intel Core i7 860 chip.')).toEqual([['860', 17, 20, 860, 'count']])
    expect(read('He scored 7 860 points.')).toEqual([['7 860', 10, 15, 7860, 'count']])
  })

  it('leaves names and units alone', () => {
    // Networks, summits, roads and jets are identifiers, not counts.
    expect(read('The 5G network, the G7 summit, the M25 and F-16 jets.')).toEqual([])
    expect(read('About 10G of traffic.')).toEqual([])
    // Screens and races; money and larger figures keep their K.
    expect(read('A 4K TV and an 8K set; he ran the 5K.')).toEqual([])
    expect(read('They raised $5K and 50K people came.')).toEqual([['$5K', 12, 15, 5000, 'USD'], ['50K', 20, 23, 50_000, 'count']])
    // Not closing the phrase: a unit or a name follows.
    expect(read('a 1.5 T scanner')).toEqual([['1.5', 2, 5, 1.5, 'count']])
    expect(read('We sold 1,200 T-shirts.')).toEqual([['1,200', 8, 13, 1200, 'count']])
    // A lower-case letter is a unit: grams.
    expect(read('It weighs 1,674.5 g.')).toEqual([['1,674.5 g', 10, 19, 1674.5, 'gram']])
  })
})

describe('powers of ten', () => {
  it('reads a power of ten written with ×, a superscript or a caret, exactly', () => {
    expect(read('a factor of 2.48×10−5, with')).toEqual([['2.48×10−5', 12, 21, 0.0000248, 'count']])
    expect(read('2.48×10⁻⁵')).toEqual([['2.48×10⁻⁵', 0, 9, 0.0000248, 'count']])
    expect(read('3x10^-5')).toEqual([['3x10^-5', 0, 7, 0.00003, 'count']])
    expect(read('9.83e-3')).toEqual([['9.83e-3', 0, 7, 0.00983, 'count']])
  })

  it('leaves a product of two figures alone', () => {
    expect(read('a 2×10 grid')).toEqual([['2', 2, 3, 2, 'count'], ['10', 4, 6, 10, 'count']])
  })
})

describe('slash fractions', () => {
  it('reads an unusual denominator only before “of”', () => {
    expect(read('about 1/40 of the wavelength')).toEqual([['1/40', 6, 10, 0.025, 'count']])
    // Without "of" the slash joins two whole numbers into a ratio or a label, neither of which counts.
    expect(read('about 1/40 in all')).toEqual([])
  })

  it('never reads a month and day as a fraction', () => {
    expect(read('on 5/17 of last year').map(([text]) => text)).not.toContain('5/17')
    expect(read('after 9/11 the city').map(([text]) => text)).not.toContain('9/11')
  })
})

describe('decimal commas', () => {
  it('reads one or two digits after a glued comma as decimals', () => {
    expect(read('In some countries you can write 5.00 or 5,00.')).toEqual([['5.00', 32, 36, 5, 'count'], ['5,00', 40, 44, 5, 'count']])
    expect(read('The number is 1,3.')).toEqual([['1,3', 14, 17, 1.3, 'count']])
    expect(read('It cost 2,50 euros.')).toEqual([['2,50 euros', 8, 18, 2.5, 'EUR']])
  })

  it('leaves lists, thousands and years alone', () => {
    expect(read('scores of 1,2,3').map(([text]) => text)).toEqual(['1', '2', '3'])
    expect(read('Pages 1,3 and 5 were lost.').map(([text]) => text)).not.toContain('1,3')
    expect(read('10,701 people')).toEqual([['10,701', 0, 6, 10701, 'count']])
    expect(read('In 2014,15 people died')).toEqual([['15', 8, 10, 15, 'count']])
    expect(read('Scores were 6,4 and 7,5 in the final.').map(([text]) => text)).toEqual(['6', '4', '7', '5'])
    expect(read('the 1,3-butadiene plant').map(([text]) => text)).not.toContain('1,3')
  })
})

describe('mangled thousands', () => {
  it('needs other mangled numbers before repairing groups with no words about them', () => {
    expect(read('1, 234, 567')).toEqual([['1', 0, 1, 1, 'count'], ['234', 3, 6, 234, 'count'], ['567', 8, 11, 567, 'count']])
    expect(read('It fell to 10, 701.')).toEqual([['10, 701', 11, 18, 10701, 'count']])
    expect(read('(10, 701) and (8, 546)').map(([text]) => text)).toEqual(['10, 701', '8, 546'])
  })
})
