import {isOrganization} from '../nlp.js'
import type {Token} from '../tokenize.js'
import {bare, isAcronym, isNameWord, type NameKind, nameKind, organizationWords, placeAbbreviations, placeLength} from './_names.js'

/** Last or first words that make a run of capitalised words a place: "Bristol County", "City of Boston". */
export const placeWords: ReadonlySet<string> = new Set(['county', 'city', 'state', 'province', 'district', 'region', 'village', 'town', 'borough', 'parish', 'township'])
const countryCodes = new Set(['US', 'USA', 'UK', 'EU', 'UAE'])

export interface NameContext {
  /** The run opens the sentence: an unknown first word there is no name ("Burglaries"). */
  sentenceInitial: boolean
  /** After "in", "across": an unknown name is a place ("in Harlow"). */
  locative: boolean
  /** Before "police", "voters" (`places`) or "officials" (`organizations`): what an unknown name that is no common word names. */
  civic?: 'places' | 'organizations' | undefined
  /** An installation's name ("Wembley Stadium"): only the known places in it count. */
  facility: boolean
}

export interface Found {
  text: string
  list: 'places' | 'organizations'
  kind: NameKind | undefined
}

/** What a run of capitalised words names: places, organisations, or both ("Boston Police Department"). */
export function classify(input: string, run: Token[], context: NameContext): Found[] {
  const positions: number[] = []
  const words: Token[] = []
  for (let index = 0; index < run.length; index++) {
    if (run[index]!.kind !== 'word') continue
    positions.push(index)
    words.push(run[index]!)
  }
  // "Brazil's central bank": the name without its possessive.
  const textOf = (from: number, to: number) => input.slice(words[from]!.start, endOf(run, positions[to - 1]!)).replace(/['’]s$/, '')
  // A run of punctuation alone ("A." read as an initial and its full stop) names nothing.
  if (words.length === 0) return []
  const make = (from: number, to: number, list: Found['list']): Found => ({text: textOf(from, to), list, kind: nameKind(words.slice(from, to), list)})
  // Most runs are one word: the phrase is looked up only for longer ones.
  const lower = words.length > 1 ? words.map((word) => bare(word.text)).join(' ') : ''

  // "U.S.", "N.Y.": dotted initials.
  if (words.length > 1 && words.every((word) => word.text.length === 1)) {
    const letters = words.map((word) => word.text).join('')
    return [{text: textOf(0, words.length), list: countryCodes.has(letters) ? 'places' : 'organizations', kind: countryCodes.has(letters) ? 'country' : undefined}]
  }
  if (context.facility) return placesWithin(words, make)
  const place = placeLength(words, 0)
  if (words.length > 1 && place === words.length) return [make(0, words.length, 'places')]
  if (words.length > 1 && isOrganization(lower)) return [make(0, words.length, 'organizations')]
  if (words.length > 1 && words.some((word) => organizationWords.has(bare(word.text)))) {
    const found = [make(0, words.length, 'organizations')]
    // "Boston Police Department" is Boston's, "Bristol County Sheriff" Bristol County's.
    let county = 0
    for (let index = 1; index < words.length - 1 && county === 0; index++) {
      if (organizationWords.has(bare(words[index]!.text))) break
      if (placeWords.has(bare(words[index]!.text))) county = index + 1
    }
    const leading = Math.max(placeLength(words, 0, false), county)
    if (leading > 0 && !organizationWords.has(bare(words[0]!.text)) && !organizationWords.has(bare(words[leading - 1]!.text))) found.push(make(0, leading, 'places'))
    return found
  }
  // "Bristol County", "District of Columbia", "City of Boston".
  if (words.length > 1 && (placeWords.has(bare(words.at(-1)!.text)) || placeWords.has(bare(words[0]!.text)))) return [make(0, words.length, 'places')]
  // The public body after a name says what the name is: "Last year Dunmore police made 498 arrests" (a place), "Lowell
  // officials" (a body). Not at a sentence's start, where any word has a capital ("Transit police", "Health officials")
  // and the lexicon knows too few common words to tell.
  if (
    context.civic !== undefined &&
    !context.sentenceInitial &&
    placeLength(words, 0) === 0 &&
    words.every((word) => isNameWord(word) && !placeWords.has(bare(word.text)) && !organizationWords.has(bare(word.text)))
  ) {
    return [make(0, words.length, context.civic)]
  }
  const found: Found[] = []
  for (let position = 0; position < words.length; position++) {
    const word = words[position]!
    const length = placeLength(words, position)
    if (position === 0 && context.sentenceInitial && length === 0 && !isOrganization(bare(word.text)) && !isAcronym(word)) continue
    if (length > 0) {
      found.push(make(position, position + length, 'places'))
      position += length - 1
    } else if (countryCodes.has(word.text)) found.push(make(position, position + 1, 'places'))
    else if (isAcronym(word) || isOrganization(bare(word.text))) found.push(make(position, position + 1, 'organizations'))
    else if (context.locative && isNameWord(word, true)) {
      // "Burglaries in Harlow", "in Harlow and Epping", "in São Paulo's Pinheiros": an unknown name after "in" is a place, up to "and" or a possessive.
      let end = position + 1
      while (end < words.length && end - position < 4 && !/['’]s$/.test(words[end - 1]!.text) && isNameWord(words[end]!, true) && placeLength(words, end) === 0) end++
      if (end - position > 1 || isNameWord(word)) found.push(make(position, end, 'places'))
      position = end - 1
    }
  }
  return found
}

/** The known places inside an installation's name: "Boston Logan Airport" → Boston. */
function placesWithin(words: readonly Token[], make: (from: number, to: number, list: Found['list']) => Found): Found[] {
  const found: Found[] = []
  for (let position = 0; position < words.length; position++) {
    const length = placeLength(words, position)
    if (length === 0) continue
    found.push(make(position, position + length, 'places'))
    position += length - 1
  }
  return found
}

/** The end of the word at `index` of a run, with its full stop when it is an abbreviation ("U.S.", "St."). */
function endOf(run: readonly Token[], index: number): number {
  const word = run[index]!
  const next = run[index + 1]
  return next && next.text === '.' && isNameAbbreviation(word) ? next.end : word.end
}

/** "St", "U", "S": a word whose full stop stays inside a name ("St. Louis", "U.S."). */
export function isNameAbbreviation(token: Token): boolean {
  const first = token.text.charAt(0)
  return token.kind === 'word' && first !== first.toLowerCase() && (token.text.length === 1 || placeAbbreviations.has(token.lower))
}
