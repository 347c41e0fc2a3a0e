import type {Mention} from '../mention.js'
import {hedges} from '../lexicon/hedges.js'
import {months, weekdays} from '../lexicon/calendar.js'
import {smallNumbers} from '../lexicon/number-words.js'
import {tagsOf} from '../nlp.js'
import type {Token} from '../tokenize.js'

const dashes = new Set(['-', '–', '‐', '‑'])
/** Capitalised words that may stand before a count in a title-case headline. */
const notNames = new Set([
  'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'and', 'but', 'or', 'with', 'about', 'than', 'since', 'during', 'until',
  'after', 'before', 'between', 'the', 'a', 'an', 'up', 'down', 'top', 'over', 'under', 'just', 'only', 'all', 'some', 'more',
  'less', 'fewer', 'nearly', 'almost', 'around', 'roughly', 'approximately', 'least', 'most', 'another', 'additional', 'total',
  'as', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'its', 'their', 'his', 'her', 'our', 'rejects', 'rejected', 'says',
  'said', 'reports', 'hits', 'tops', 'reaches', 'nears', 'sees', 'saw', 'issued', 'denied', 'declined', 'lost', 'gained', 'adds',
  'added', 'cuts', 'raises', 'rises', 'falls', 'drops', 'jumps', 'climbs', 'than', 'per', 'each', 'every', 'nearly'
])
const hedgeWords = new Set(hedges.flatMap(([words]) => words))

/**
 * Numbers that name rather than count: "AR-15", "COVID-19", "Section 427",
 * "Voyager 2", phone numbers, times of day. They are kept as mentions with role
 * `identifier` or `time`, never reported as claims.
 */
export function markIdentifiers(tokens: readonly Token[], mentions: readonly Mention[], sentenceStart: number): void {
  const at = new Map<number, Mention>()
  for (const mention of mentions) at.set(mention.from, mention)
  for (const mention of mentions) {
    if (mention.role !== 'cardinal' || mention.form === 'words') continue
    const first = tokens[mention.from]!
    if (first.kind !== 'number') continue
    const before = tokens[mention.from - 1]
    const beforeThat = tokens[mention.from - 2]
    const after = tokens[mention.to]

    // "B2", "MP3": letters glued to the digits.
    if (before && !first.spaced && before.kind === 'word') mention.role = 'identifier'
    // "AR-15", "I-95", "COVID-19", but not "mid-2015" (a year, marked earlier).
    else if (before && beforeThat && dashes.has(before.text) && !first.spaced && !before.spaced && beforeThat.kind === 'word' && beforeThat.lower !== 'mid') mention.role = 'identifier'
    // "3D", "5G": letters glued after that are no unit.
    else if (after && !after.spaced && after.kind === 'word' && mention.unit === 'count') mention.role = 'identifier'
    // "10:30", "3 p.m.".
    else if (after && after.text === ':' && !after.spaced && tokens[mention.to + 1]?.kind === 'number' && !tokens[mention.to + 1]!.spaced) {
      mention.role = 'time'
      const minutes = at.get(mention.to + 1)
      if (minutes) minutes.role = 'time'
    } else if (after && isClockSuffix(tokens, mention.to)) mention.role = 'time'
    // Phone numbers and codes: "617-555-1212", "555-1212".
    else if (isCode(tokens, mention)) mention.role = 'identifier'
    // "Section 427", "Voyager 2", "English 101".
    else if (before && before.kind === 'word' && mention.from - 1 > sentenceStart && isName(before) && !first.grouped && first.decimals === 0 && mention.unit === 'count') mention.role = 'identifier'
    else if (before && before.text === '#' && !first.spaced) mention.role = 'identifier'
  }

  // The parts of a code go with it: "617-555-1212" is one identifier.
  for (const [index, mention] of mentions.entries()) {
    const previous = mentions[index - 1]
    if (previous?.role === 'identifier' && mention.role === 'cardinal' && mention.from === previous.to + 1 &&
      dashes.has(tokens[previous.to]!.text) && !tokens[previous.to]!.spaced && !tokens[mention.from]!.spaced && isCode(tokens, previous)) {
      mention.role = 'identifier'
    }
  }
}

function isName(token: Token): boolean {
  if (token.text === token.lower || notNames.has(token.lower) || hedgeWords.has(token.lower)) return false
  if (months.has(token.lower) || weekdays.has(token.lower) || smallNumbers.has(token.lower)) return false
  const tags = tagsOf(token.lower)
  return !(tags.has('Preposition') || tags.has('Determiner') || tags.has('Conjunction') || tags.has('Copula') || tags.has('PastTense'))
}

function isClockSuffix(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  if (token.lower === 'am' || token.lower === 'pm') return true
  return (token.lower === 'a' || token.lower === 'p') && tokens[index + 1]?.text === '.' && tokens[index + 2]?.lower === 'm'
}

/** Three or more dash-joined numbers, or 3+4 digits: a phone number or a code. */
function isCode(tokens: readonly Token[], mention: Mention): boolean {
  const groups = [tokens[mention.from]!]
  let index = mention.to
  // Three groups decide it: looking further would make long runs quadratic.
  while (groups.length < 3 && dashes.has(tokens[index]?.text ?? '') && !tokens[index]!.spaced && tokens[index + 1]?.kind === 'number' && !tokens[index + 1]!.spaced) {
    groups.push(tokens[index + 1]!)
    index += 2
  }
  if (groups.length >= 3) return true
  return groups.length === 2 && groups[0]!.text.length === 3 && groups[1]!.text.length === 4
}
