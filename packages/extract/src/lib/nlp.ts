/**
 * compromise's lexicon (word classes, places, organisations, abbreviations),
 * read instead of running its tagger, which is what keeps extraction fast.
 * The lexicon is generated from compromise with our few words added
 * (`scripts/generate-lexicon.ts`), so extraction does not load compromise:
 * a browser bundle carries the packed lexicon alone.
 */
import {packedAbbreviations, packedLexicon, tagSets, unpackedWords} from './lexicon/compromise-lexicon.js'

let tagIndex: Map<string, ReadonlySet<string>> | undefined
let phraseLengths: Map<string, number> | undefined
/** Words and phrases tagged as places, and as organisations (or teams): one lookup each, for every capitalised word. */
let places: Set<string> | undefined
let organizations: Set<string> | undefined
let abbreviationSet: ReadonlySet<string> | undefined
const noTags: ReadonlySet<string> = new Set()

function index(): Map<string, ReadonlySet<string>> {
  if (tagIndex) return tagIndex
  tagIndex = new Map()
  phraseLengths = new Map()
  places = new Set()
  organizations = new Set()
  // One set per tag set, shared by its words: nothing changes them.
  const sets: ReadonlyArray<ReadonlySet<string>> = tagSets.map((tags) => new Set(tags.split(',')))
  for (const [word, id] of unpackedLexicon()) tagIndex.set(word, sets[id]!)
  for (const [word, tags] of unpackedWords) tagIndex.set(word, new Set(tags.split(',')))
  for (const [word, set] of tagIndex) {
    if (set.has('Place') || set.has('City') || set.has('Region') || set.has('Country')) places.add(word)
    if (set.has('Organization') || set.has('SportsTeam')) organizations.add(word)
    const space = word.indexOf(' ')
    if (space === -1) continue
    const first = word.slice(0, space)
    const length = word.split(' ').length
    if (length > (phraseLengths.get(first) ?? 1)) phraseLengths.set(first, length)
  }
  return tagIndex
}

/**
 * How many words the longest lexicon phrase that opens with `lower` has: 1
 * when none does. A name reader tries longer spans only up to this, instead
 * of building and looking up every span.
 */
export function longestPhraseFrom(lower: string): number {
  if (!phraseLengths) index()
  return phraseLengths!.get(lower) ?? 1
}

/** compromise's tags for a lower-case word or phrase (`new england`). */
export function tagsOf(lower: string): ReadonlySet<string> {
  return (tagIndex ?? index()).get(lower) ?? noTags
}

/** Whether compromise knows `lower` as a place (city, region, country). */
export function isPlace(lower: string): boolean {
  if (!places) index()
  return places!.has(lower)
}

export function isOrganization(lower: string): boolean {
  if (!organizations) index()
  return organizations!.has(lower)
}

/** Abbreviations whose full stop does not end a sentence ("Feb.", "Gov.", "Calif."). */
export function isAbbreviation(lower: string): boolean {
  abbreviationSet ??= new Set([...packedAbbreviations.split(','), ...extraAbbreviations])
  return abbreviationSet.has(lower)
}

/**
 * The words of `packedLexicon` and the index of each one's tag set: a word
 * is how many characters it shares with the one before (a base-36 digit),
 * its other characters, then its tag set's id (`A`–`Z`, or `~` and one more).
 */
export function* unpackedLexicon(): Generator<[word: string, tagSet: number]> {
  let previous = ''
  let index = 0
  while (index < packedLexicon.length) {
    const shared = Number.parseInt(packedLexicon.charAt(index++), 36)
    let end = index
    while (!isIdCode(packedLexicon.charCodeAt(end))) end++
    previous = previous.slice(0, shared) + packedLexicon.slice(index, end)
    const escaped = packedLexicon.charCodeAt(end) === 126
    index = end + (escaped ? 2 : 1)
    yield [previous, escaped ? 26 + packedLexicon.charCodeAt(end + 1) - 65 : packedLexicon.charCodeAt(end) - 65]
  }
}

/** `A`–`Z` or `~`. */
function isIdCode(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 126
}

const extraAbbreviations = ['mass', 'no', 'vs', 'dept', 'univ', 'assn', 'bros', 'co', 'mt', 'ft', 'calif', 'conn', 'fla', 'ill', 'mich', 'minn', 'tenn', 'wash', 'wis', 'ore', 'okla', 'ariz', 'nev', 'neb', 'kan', 'ky', 'md', 'va', 'pa', 'ga', 'ala', 'la', 'miss', 'mo', 'ark', 'del', 'wyo', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'p', 'pp', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'supt', 'det', 'atty', 'rev', 'hon', 'pres', 'insp']
