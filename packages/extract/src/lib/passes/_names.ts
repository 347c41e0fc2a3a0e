import {months, seasons, weekdays} from '../lexicon/calendar.js'
import {isOrganization, isPlace, longestPhraseFrom, tagsOf} from '../nlp.js'
import type {Token} from '../tokenize.js'

/** What "the district", "the city" or "the company" can refer back to. */
export type NameKind = 'district' | 'city' | 'county' | 'state' | 'country' | 'province' | 'region' | 'company' | 'school' | 'university' | 'council' | 'locality'

/** Lower-case head words after "the" that refer back to a name, with the kinds of name each may mean. */
export const referenceWords: ReadonlyMap<string, readonly NameKind[]> = new Map<string, readonly NameKind[]>([
  ['district', ['district']], ['city', ['city', 'locality']], ['town', ['city', 'locality']], ['village', ['locality']],
  ['borough', ['city', 'locality']], ['county', ['county']], ['state', ['state']], ['province', ['province', 'state']],
  ['country', ['country']], ['nation', ['country']], ['region', ['region']], ['company', ['company']], ['firm', ['company']],
  ['school', ['school']], ['university', ['university']], ['college', ['university']], ['council', ['council']]
])

/** Words that make a run of capitalised words an organisation: "Boston Police Department", "Acme Corp". */
export const organizationWords: ReadonlySet<string> = new Set([
  'department', 'office', 'agency', 'police', 'council', 'court', 'commission', 'committee', 'enforcement', 'service',
  'bureau', 'ministry', 'university', 'party', 'company', 'inc', 'corp', 'administration', 'herald', 'times', 'news', 'post',
  'journal', 'tribune', 'globe', 'institute', 'association', 'union', 'board', 'authority', 'senate', 'house', 'congress',
  'sheriff', 'patrol', 'guard', 'army', 'navy', 'force', 'center', 'centre', 'foundation', 'bank', 'fund', 'group', 'network',
  'school', 'academy', 'college', 'parliament', 'assembly', 'legislature', 'cabinet', 'hospital', 'trust', 'ltd', 'plc', 'llc',
  'corporation', 'reuters', 'press', 'fc', 'club'
])

/** Last words of a name that give its kind: "Pinecrest Unified School District", "Bristol County", "Acme Corp". */
const headKinds = new Map<string, NameKind>([
  ['district', 'district'], ['county', 'county'], ['city', 'city'], ['town', 'city'], ['borough', 'city'], ['state', 'state'],
  ['province', 'province'], ['region', 'region'], ['school', 'school'], ['academy', 'school'], ['university', 'university'],
  ['college', 'university'], ['council', 'council'], ['inc', 'company'], ['corp', 'company'], ['corporation', 'company'],
  ['co', 'company'], ['ltd', 'company'], ['llc', 'company'], ['plc', 'company'], ['group', 'company'], ['holdings', 'company'],
  ['company', 'company'], ['companies', 'company'], ['technologies', 'company'], ['airlines', 'company'], ['motors', 'company']
])
/** First words of a name that give its kind: "City of Boston", "State of Ohio". */
const leadKinds = new Map<string, NameKind>([['city', 'city'], ['county', 'county'], ['state', 'state'], ['province', 'province'], ['university', 'university'], ['town', 'city']])

/**
 * Installations and buildings: a name ending in one of these ("Mauna Loa
 * Observatory", "Wembley Stadium"), or followed by one ("the Drax power
 * station"), is where something is measured, not the scope of the figure.
 */
export const facilityWords: ReadonlySet<string> = new Set([
  'observatory', 'plant', 'station', 'stadium', 'arena', 'airport', 'building', 'tower', 'bridge', 'dam', 'refinery', 'mine',
  'factory', 'terminal', 'reactor', 'pier', 'facility', 'depot', 'warehouse', 'mall', 'pipeline', 'substation',
  'smelter', 'mill', 'gauge', 'ballpark', 'racecourse', 'velodrome', 'oilfield'
])
/** Lower-case words allowed between a name and its facility word: "the Vogtle nuclear plant", "the Drax power station". */
export const facilityModifiers: ReadonlySet<string> = new Set(['nuclear', 'power', 'coal', 'gas', 'wind', 'solar', 'weather', 'research', 'treatment', 'water', 'sewage', 'steel', 'car', 'assembly', 'processing', 'bottling', 'school', 'office', 'train', 'bus', 'rail', 'fire', 'police', 'gauging', 'monitoring'])

/** Place-name abbreviations whose full stop stays inside the name: "St. Louis", "Ft. Worth", "Mt. Vernon". */
export const placeAbbreviations: ReadonlyMap<string, string> = new Map([['st', 'saint'], ['ft', 'fort'], ['mt', 'mount'], ['pt', 'port']])
/** First words that make the capitalised word after them a place: "Fort Worth", "Mount Vernon", "St. Albans". */
const placePrefixes = new Set(['saint', 'fort', 'mount', 'port'])
/** Words that widen or narrow a known place into a region of it: "Northern Ireland", "Greater Manchester", "Southern California". */
const qualifiers = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper', 'lower', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'inner', 'outer', 'metro', 'metropolitan', 'downtown', 'rural', 'coastal'])
const notPlaceTags = ['Month', 'WeekDay', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Honorific', 'Pronoun', 'Determiner', 'Preposition', 'Demonym', 'Adjective']

/** A word's lower case without a possessive or an abbreviation's dots: `Boston’s` → `boston`, `U.S.` → `us`. */
export function bare(word: string): string {
  let known = bareWords.get(word)
  if (known === undefined) {
    known = word.toLowerCase().replace(/['’]s$/, '').replaceAll('.', '')
    // Names repeat through a corpus; the memo is bounded so an adversarial text cannot grow it without end.
    if (bareWords.size >= 50_000) bareWords.clear()
    bareWords.set(word, known)
  }
  return known
}

const bareWords = new Map<string, string>()

/** The lookup key of words `[from, to)`: "St. Louis" → `saint louis`. */
function keyOf(words: readonly Token[], from: number, to: number): string {
  const parts: string[] = []
  for (let index = from; index < to; index++) {
    const word = bare(words[index]!.text)
    parts.push(index === from ? placeAbbreviations.get(word) ?? word : word)
  }
  return parts.join(' ')
}

/** How many words from `index` make a known place: "New York" 2, "Northern Ireland" 2, "St Louis" 2, none 0. Longest first, at most four. */
export function placeLength(words: readonly Token[], index: number, guess = true): number {
  const first = keyOf(words, index, index + 1)
  // Longer spans only where a phrase of the lexicon, a qualifier ("Northern …") or a prefix ("Mount …") can open them.
  const opens = qualifiers.has(bare(words[index]!.text)) ? 4 : Math.max(longestPhraseFrom(first), guess && placePrefixes.has(first) ? 2 : 1)
  for (let length = Math.min(4, opens, words.length - index); length >= 1; length--) {
    const key = length === 1 ? first : keyOf(words, index, index + length)
    if (isPlace(key) && (length > 1 || !tagsOf(key).has('Person'))) return length
    if (length > 1 && qualifiers.has(bare(words[index]!.text)) && placeLength(words, index + 1, guess) === length - 1) return length
    // "Mt. Vernon", "Port Alder": a guess from the prefix, not for "St. Agnes Hospital".
    if (guess && length === 2 && placePrefixes.has(first) && isCalendarFree(words[index + 1]!)) return 2
  }
  return 0
}

/** The kind of a name, to resolve "the district" and "the city" to it later. */
export function nameKind(words: readonly Token[], list: 'places' | 'organizations'): NameKind | undefined {
  const head = headKinds.get(bare(words.at(-1)!.text))
  if (head && (words.length > 1 || head === 'company')) return head
  const lead = leadKinds.get(bare(words[0]!.text))
  if (lead && words.length > 2 && bare(words[1]!.text) === 'of') return lead
  const key = keyOf(words, 0, words.length)
  const tags = tagsOf(key)
  if (tags.has('City')) return 'city'
  if (tags.has('Country')) return 'country'
  if (tags.has('Region')) return 'state'
  if (list === 'organizations') return tags.has('Organization') && !isAcronym(words[0]!) ? 'company' : undefined
  return isPlace(key) ? 'region' : 'locality'
}

/**
 * A capitalised word that could be part of a place name found after "in":
 * "Harlow", not "English", "Asian", "June" or "Smith". `inside` a longer
 * name, person names are allowed ("São Paulo", "Marina Heights").
 */
export function isNameWord(token: Token, inside = false): boolean {
  const word = bare(token.text)
  if (token.text.charAt(0) === word.charAt(0)) return false
  if (word.length < 2 || word.endsWith('ish') || word.endsWith('ese') || months.has(word) || weekdays.has(word) || seasons.has(word)) return false
  if (inside) return !isOrganization(word)
  const tags = tagsOf(word)
  return !notPlaceTags.some((tag) => tags.has(tag)) && !isOrganization(word)
}

function isCalendarFree(token: Token): boolean {
  const word = bare(token.text)
  return word.length > 1 && !months.has(word) && !weekdays.has(word)
}

export function isAcronym(token: Token): boolean {
  return token.text.length >= 2 && token.text.length <= 6 && token.text === token.text.toUpperCase() && token.text !== token.lower
}
