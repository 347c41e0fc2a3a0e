/** Cardinal words below a hundred. */
export const smallNumbers: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['nought', 0], ['naught', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90]
])

/** Multipliers, spelled out and abbreviated (`2.5bn`, `$1m`, `10k`). */
export const scales: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['mil', 1e6], ['b', 1e9], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12], ['tln', 1e12]
])

/** Abbreviated scales only count when glued to or right after a numeral. */
export const abbreviatedScales: ReadonlySet<string> = new Set(['k', 'm', 'mn', 'mln', 'mil', 'b', 'bn', 'bln', 'tn', 'trn', 'tln'])

/** Unicode vulgar fractions. */
export const vulgarFractions: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5], ['⅗', 3 / 5], ['⅘', 4 / 5],
  ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅐', 1 / 7], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8], ['⅑', 1 / 9], ['⅒', 1 / 10]
])

/** Fractions as nouns: "a third", "two-thirds", "nearly half". */
export const fractions: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4], ['fourths', 4],
  ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['eighth', 8], ['eighths', 8], ['tenth', 10], ['tenths', 10]
])

const ordinalWords = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth', 'hundredth', 'thousandth',
  'millionth', 'billionth', 'trillionth'
]

/** Ordinal words; their value is their position. */
export const ordinals: ReadonlyMap<string, number> = new Map(
  ordinalWords.map((word, index) => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90, 100, 1e3, 1e6, 1e9, 1e12]
    return [word, values[index]!]
  })
)

/** Suffixes that make a numeral ordinal: `4th`, `21st`. */
export const ordinalSuffixes: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th'])

/** Words that make the next number negative. */
export const negatives: ReadonlySet<string> = new Set(['negative', 'minus'])

/** Capital letters that scale a figure (SI prefixes, bankers' shorthand): "1,674.5 G", "$2.174T". */
export const letterScales: ReadonlyMap<string, number> = new Map([['K', 1e3], ['M', 1e6], ['G', 1e9], ['B', 1e9], ['T', 1e12]])
