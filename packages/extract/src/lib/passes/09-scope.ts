import type {Scope} from '../claim.js'
import {isOrganization, isPlace, tagsOf} from '../nlp.js'
import type {Token} from '../tokenize.js'

const joiners = new Set(['of', 'and', 'for', 'de', 'the'])
const organizationWords = new Set([
  'department', 'office', 'agency', 'police', 'council', 'court', 'commission', 'committee', 'enforcement', 'service',
  'bureau', 'ministry', 'university', 'party', 'company', 'inc', 'corp', 'administration', 'herald', 'times', 'news', 'post',
  'journal', 'tribune', 'globe', 'institute', 'association', 'union', 'board', 'authority', 'senate', 'house', 'congress',
  'sheriff', 'patrol', 'guard', 'army', 'navy', 'force', 'center', 'centre', 'foundation', 'bank', 'fund', 'group', 'network'
])
const placeWords = new Set(['county', 'city', 'state', 'province', 'district', 'region', 'village', 'town', 'borough', 'parish'])
const nationalWords = new Set(['nationally', 'nationwide', 'national', 'countrywide'])
const countryCodes = new Set(['US', 'USA', 'UK', 'EU', 'UAE'])
/** Capitalised words that open a run without being part of a name: "As The Boston Herald noted". */
const leadingWords = new Set(['as', 'the', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'while', 'when', 'but', 'and', 'if', 'after', 'before', 'since', 'during', 'although', 'though', 'because', 'a', 'an', 'of', 'to'])

/** Places and organisations named in tokens `[from, to)`, in order of appearance. */
export function readScope(input: string, tokens: readonly Token[], from: number, to: number): Scope {
  const places: string[] = []
  const organizations: string[] = []
  const add = (list: string[], value: string) => {
    if (!list.includes(value)) list.push(value)
  }

  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    if (nationalWords.has(token.lower)) {
      add(places, 'national')
      continue
    }
    if (!isCapitalized(token)) continue

    // A run of capitalised words, allowing "of"/"and" inside: "District of Columbia".
    let end = index + 1
    while (end < to) {
      const next = tokens[end]!
      if (next.kind === 'word' && isCapitalized(next)) end++
      else if (next.kind === 'word' && joiners.has(next.lower) && tokens[end + 1]?.kind === 'word' && isCapitalized(tokens[end + 1]!) && end + 1 < to) end += 2
      else break
    }
    let start = index
    while (start < end - 1 && leadingWords.has(tokens[start]!.lower)) start++
    if (leadingWords.has(tokens[start]!.lower)) continue
    // "AR-15": letters that name a model, not an organisation.
    if (end === start + 1 && tokens[end]?.text === '-' && !tokens[end]!.spaced && tokens[end + 1]?.kind === 'number') continue
    const words = tokens.slice(start, end)
    const first = start === from
    classify(input, words, first, add, places, organizations)
    index = end - 1
  }
  return {places, organizations}
}

function classify(input: string, words: Token[], sentenceInitial: boolean, add: (list: string[], value: string) => void, places: string[], organizations: string[]): void {
  const text = input.slice(words[0]!.start, words.at(-1)!.end)
  const lower = words.map((word) => word.lower).join(' ')
  if (words.length > 1 && isPlace(lower)) return add(places, text)
  if (words.length > 1 && isOrganization(lower)) return add(organizations, text)
  if (words.some((word) => organizationWords.has(word.lower)) && words.length > 1) {
    add(organizations, text)
    if (isPlace(words[0]!.lower)) add(places, words[0]!.text)
    return
  }
  // "Bristol County", "District of Columbia", "City of Boston".
  if (words.length > 1 && (placeWords.has(words.at(-1)!.lower) || placeWords.has(words[0]!.lower))) return add(places, text)

  for (let position = 0; position < words.length; position++) {
    const word = words[position]!
    if (position === 0 && sentenceInitial && !isPlace(word.lower) && !isOrganization(word.lower) && !isAcronym(word)) continue
    // Two-word places inside a longer run: "New York", "New England".
    const next = words[position + 1]
    if (next && isPlace(`${word.lower} ${next.lower}`)) {
      add(places, input.slice(word.start, next.end))
      position++
      continue
    }
    if (countryCodes.has(word.text)) add(places, word.text)
    else if (isPlace(word.lower) && !tagsOf(word.lower).has('Person')) add(places, word.text)
    else if (isAcronym(word) || isOrganization(word.lower)) add(organizations, word.text)
  }
}

function isCapitalized(token: Token): boolean {
  const first = token.text.charAt(0)
  return first !== first.toLowerCase()
}

function isAcronym(token: Token): boolean {
  return token.text.length >= 2 && token.text.length <= 6 && token.text === token.text.toUpperCase() && token.text !== token.lower
}
