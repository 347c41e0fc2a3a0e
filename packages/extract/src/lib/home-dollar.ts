/**
 * Where a bare `$` is not the U.S. dollar: the place an article is set in,
 * read from its opening (headline, dateline, first paragraphs). The first
 * place named decides; a U.S. place first keeps the U.S. dollar.
 */
const dollarCountries: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['USD', ['U.S.', 'US', 'United States', 'American', 'Americans', 'Washington', 'New York', 'California', 'Texas', 'Florida', 'Chicago', 'Congress', 'Wall Street']],
  ['AUD', ['Australia', 'Australian', 'Australians', 'Canberra', 'Sydney', 'Melbourne', 'Brisbane', 'Adelaide', 'Hobart', 'Queensland', 'New South Wales', 'NSW', 'Tasmania', 'Victorian']],
  ['CAD', ['Canada', 'Canadian', 'Canadians', 'Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Calgary', 'Edmonton', 'Alberta', 'Ontario', 'Quebec', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'British Columbia']],
  ['NZD', ['New Zealand', 'Auckland', 'Wellington', 'Christchurch']],
  ['SGD', ['Singapore', 'Singaporean']],
  ['HKD', ['Hong Kong']]
]

const codeOf = new Map<string, string>()
// As written and, for datelines ("SYDNEY —"), in capitals.
for (const [code, names] of dollarCountries) {
  for (const name of names) {
    codeOf.set(name, code)
    if (name.length > 3) codeOf.set(name.toUpperCase(), code)
  }
}
// One alternation, longest names first, matched at word boundaries: linear in the opening it reads.
const places = new RegExp(`(?<![\\p{L}\\p{N}])(${[...codeOf.keys()].sort((a, b) => b.length - a.length).map((name) => name.replaceAll('.', '\\.')).join('|')})(?![\\p{L}\\p{N}])`, 'u')

/** Characters of an article's opening read for its place. */
const opening = 2000

/** The dollar a bare `$` stands for in `text`: the currency of the first dollar country its opening names, else `USD`. */
export function homeDollar(text: string): string {
  const match = places.exec(text.slice(0, opening))
  return match ? (codeOf.get(match[1]!) ?? 'USD') : 'USD'
}

/** A dollar amount the text itself ties to the U.S. ("US$5", "$5 (USD)" is read as written). */
const statedUsd = /US\$|U\.S\.|USD|US dollars?|American dollars?/i

/** The unit of a figure in dollars as the article's place reads it: a bare `$` or "dollars" is the home dollar. */
export function localDollar(unit: string, text: string, dollar: string): string {
  return unit === 'USD' && dollar !== 'USD' && !statedUsd.test(text) ? dollar : unit
}
