import type {Scope} from '../claim.js'
import {isOrganization} from '../nlp.js'
import type {Token} from '../tokenize.js'
import {classify, isNameAbbreviation, placeWords} from './_classify-name.js'
import {bare, facilityModifiers, facilityWords, isAcronym, type NameKind, organizationWords, placeLength, referenceWords} from './_names.js'

/** A place or organisation named (or referred back to: "the district") in a sentence. */
export interface ScopeEntry {
  text: string
  list: 'places' | 'organizations'
  /** Token index where it stands. */
  at: number
  /** Inside a skipped range (an attribution): a name the text uses, but not what the figures are about. */
  skipped: boolean
}

/** A name remembered so that "the district" or "the city" can refer back to it. */
export interface NamedEntity {
  text: string
  list: 'places' | 'organizations'
  kind: NameKind
}

export interface ScopeOptions {
  /** Token ranges `[from, to)` whose names are not scope (attributions), sorted and disjoint. */
  skip?: ReadonlyArray<readonly [number, number]> | undefined
  /** The nearest name of one of `kinds` named before token `at`. */
  refer?: ((kinds: readonly NameKind[], at: number) => NamedEntity | undefined) | undefined
  /** Called with every name found, in order. */
  onName?: ((entity: NamedEntity, at: number) => void) | undefined
}

const joiners = new Set(['of', 'and', 'for', 'de', 'the'])
const currencySigns = new Set(['$', '€', '£', '¥'])
const nationalWords = new Set(['nationally', 'nationwide', 'national', 'countrywide'])
/** Capitalised words that open a run without being part of a name: "As The Boston Herald noted". */
const leadingWords = new Set(['as', 'the', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'while', 'when', 'but', 'and', 'if', 'after', 'before', 'since', 'during', 'although', 'though', 'because', 'a', 'an', 'of', 'to'])
/** Words before a name that make an unknown one a place: "Burglaries in Harlow", "across the Pacific Northwest". */
const locatives = new Set(['in', 'across', 'throughout', 'within', 'outside', 'near'])
/**
 * Words after a name that say what an unknown one is: a place ("Dunmore police", "Cedar Falls voters"), or the body
 * whose officials speak, a city's or a company's ("Lowell officials", "Tesla officials").
 */
const civicNouns: ReadonlyMap<string, 'places' | 'organizations'> = new Map([
  ...(['police', 'residents', 'voters', 'schools', 'firefighters', 'prosecutors'] as const).map((word) => [word, 'places'] as const),
  ...(['officials', 'authorities'] as const).map((word) => [word, 'organizations'] as const)
])

/**
 * Places and organisations named in tokens `[from, to)`, in order, each with
 * the token it stands at: runs of capitalised words ("District of Columbia",
 * "St. Louis", "U.S."), and "the district", "the city", "the company"
 * resolved to the nearest name of that kind before them. Installations
 * ("Mauna Loa Observatory", "the Drax power station") give only the known
 * places in their names.
 */
export function readScope(input: string, tokens: readonly Token[], from: number, to: number, options: ScopeOptions = {}): ScopeEntry[] {
  const skip = options.skip ?? []
  const entries: ScopeEntry[] = []
  let range = 0
  for (let index = from; index < to; index++) {
    while (range < skip.length && skip[range]![1] <= index) range++
    const skipped = range < skip.length && index >= skip[range]![0]
    const limit = Math.min(to, skipped ? skip[range]![1] : range < skip.length ? skip[range]![0] : to)
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    if (nationalWords.has(token.lower)) {
      entries.push({text: 'national', list: 'places', at: index, skipped})
      continue
    }
    const referred = reference(tokens, index, limit)
    if (referred) {
      const entity = options.refer?.(referred.kinds, index)
      if (entity) entries.push({text: entity.text, list: entity.list, at: index, skipped})
      index = referred.to - 1
      continue
    }
    if (!isCapitalized(token)) continue
    // "NZ$380 million", "HK$1.08": a currency's prefix, not a name.
    if (tokens[index + 1] && !tokens[index + 1]!.spaced && currencySigns.has(tokens[index + 1]!.text)) continue

    const end = runEnd(tokens, index, limit)
    let start = index
    while (start < end - 1 && leadingWords.has(tokens[start]!.lower)) start++
    if (leadingWords.has(tokens[start]!.lower)) continue
    // "Shares of Acme Corp rose": a sentence's first common noun is no part of the name after it.
    if (start === from && tokens[start + 1]?.lower === 'of' && start + 2 < end && isCommonOpener(tokens[start]!)) start += 2
    // "AR-15": letters that name a model, not an organisation.
    if (end === start + 1 && tokens[end]?.text === '-' && !tokens[end]!.spaced && tokens[end + 1]?.kind === 'number') continue
    const before = tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1
    // "Voters in Ward 6", "in District 9": a numbered division, not a place name.
    const numbered = tokens[end]?.kind === 'number'
    const after = tokens[end]
    const civic = after !== undefined && end < to && after.kind === 'word' && after.text === after.lower ? civicNouns.get(after.lower) : undefined
    const context = {sentenceInitial: start === from, locative: before >= from && locatives.has(tokens[before]!.lower) && !numbered, civic, facility: isFacility(tokens, end, to)}
    for (const found of classify(input, tokens.slice(start, end), context)) {
      entries.push({text: found.text, list: found.list, at: start, skipped})
      if (found.kind) options.onName?.({text: found.text, list: found.list, kind: found.kind}, start)
    }
    index = end - 1
  }
  return entries
}

/**
 * The scope of some token ranges (sorted, disjoint): their names outside
 * skipped ranges, each once, in order. One walk over the entries in range.
 */
export function collectScope(entries: readonly ScopeEntry[], ranges: ReadonlyArray<readonly [number, number]>): Scope {
  const places: string[] = []
  const organizations: string[] = []
  const seen = new Set<string>()
  let low = 0
  let high = entries.length
  const first = ranges[0]?.[0] ?? 0
  while (low < high) {
    const middle = (low + high) >>> 1
    if (entries[middle]!.at < first) low = middle + 1
    else high = middle
  }
  let range = 0
  for (let index = low; index < entries.length && range < ranges.length; index++) {
    const entry = entries[index]!
    while (range < ranges.length && ranges[range]![1] <= entry.at) range++
    if (range >= ranges.length) break
    if (entry.skipped || entry.at < ranges[range]![0]) continue
    const key = `${entry.list}:${entry.text}`
    if (seen.has(key)) continue
    seen.add(key)
    ;(entry.list === 'places' ? places : organizations).push(entry.text)
  }
  return {places, organizations}
}

/** "the district", "the city’s", "statewide": a word that refers back to a name of a kind. */
function reference(tokens: readonly Token[], index: number, limit: number): {kinds: readonly NameKind[]; to: number} | undefined {
  const token = tokens[index]!
  const wide = token.lower.endsWith('wide') ? referenceWords.get(token.lower.slice(0, -4)) : undefined
  if (wide && token.text === token.lower) return {kinds: wide, to: index + 1}
  if (token.lower !== 'the' || index + 1 >= limit) return undefined
  const head = tokens[index + 1]!
  const possessive = /['’]s$/.test(head.lower)
  const kinds = referenceWords.get(bare(head.text))
  if (!kinds || head.text !== head.lower) return undefined
  // "the state Department of Education" is a name, not a reference.
  const next = tokens[index + 2]
  if (!possessive && next && next.kind === 'word' && isCapitalized(next)) return undefined
  return {kinds, to: index + 2}
}

/** Where a run of capitalised words ends: "District of Columbia", "St. Louis", "U.S.". */
function runEnd(tokens: readonly Token[], index: number, limit: number): number {
  let end = index + 1
  while (end < limit) {
    const next = tokens[end]!
    if (next.kind === 'word' && isCapitalized(next)) end++
    else if (next.kind === 'word' && joiners.has(next.lower) && end + 1 < limit && tokens[end + 1]!.kind === 'word' && isCapitalized(tokens[end + 1]!)) end += 2
    else if (next.text === '.' && !next.spaced && isNameAbbreviation(tokens[end - 1]!)) {
      end++
      if (!(end < limit && tokens[end]!.kind === 'word' && isCapitalized(tokens[end]!))) break
    } else break
  }
  return end
}

function isCommonOpener(token: Token): boolean {
  const word = bare(token.text)
  return !organizationWords.has(word) && !placeWords.has(word) && !isOrganization(word) && placeLength([token], 0) === 0 && !isAcronym(token)
}


/** A name that ends in a facility word, or is followed by one: "Wembley Stadium", "the Vogtle nuclear plant". */
function isFacility(tokens: readonly Token[], end: number, to: number): boolean {
  if (facilityWords.has(bare(tokens[end - 1]!.text))) return true
  for (let index = end; index < Math.min(to, end + 3); index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.text !== token.lower) return false
    if (facilityWords.has(bare(token.text))) return true
    if (!facilityModifiers.has(token.lower)) return false
  }
  return false
}

function isCapitalized(token: Token): boolean {
  const first = token.text.charAt(0)
  return first !== first.toLowerCase()
}
