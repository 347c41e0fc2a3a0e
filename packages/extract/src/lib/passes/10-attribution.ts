import {speechVerbs} from '../lexicon/speech.js'
import type {Token} from '../tokenize.js'
import {placeWords} from './_classify-name.js'
import {bare, organizationWords, placeLength} from './_names.js'

/** An attribution found in a sentence, before it is given to claims. */
export interface AttributionMention {
  start: number
  end: number
  source: string
  cue: string
  /** Token index of the cue, to pick the nearest one. */
  at: number
  explicit: boolean
  /**
   * Token ranges `[from, to)` whose names are the source's, not the figures'
   * scope. A place before a common noun stays scope: in "Boston authorities
   * confirmed" and "according to Harlow police", the place is what the
   * figures are about.
   */
  skip: Array<[number, number]>
}

const sourceStops = new Set(['that', 'which', 'who', 'and', 'but', 'as', 'when', 'while', 'because', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'also', 'has', 'have', 'had', 'recently', 'repeatedly', 'publicly', 'previously', 'most', 'later', 'then', 'not', 'never', 'first',
  'after', 'before', 'since', 'until', 'if', 'although', 'though', 'where', 'so', 'or'])
/** Possessives that open a source like a determiner: "its chief executive told", "their spokesman said". */
const possessives = new Set(['its', 'their', 'his', 'her', 'our'])
const determiners = new Set(['the', 'a', 'an'])
/** Nouns that name a source without a proper name: "new report says", "the data show". */
const sourceNouns = new Set(['report', 'reports', 'study', 'data', 'survey', 'analysis', 'statement', 'letter', 'records', 'figures', 'statistics', 'review', 'audit', 'poll', 'officials', 'spokesperson', 'spokesman', 'spokeswoman', 'list', 'document', 'filing', 'outlet', 'agency', 'police', 'authorities', 'numbers', 'estimates', 'research', 'census', 'count', 'tally'])
/** "data from the BLS", "a report by the Urban Institute", "figures released by the Home Office": the source is who made them. */
const makers = new Set(['from', 'by'])
const quoteMarks = new Set(['"', '“', '”', '’', "'", '‘'])
const maxSourceWords = 8
const joiners = new Set(['of', 'and', 'for'])

/**
 * Who a sentence's figures come from: "according to the Boston Herald", "the
 * Herald says", "the report said", "obtained from ICE by the Herald", "data
 * from the Bureau of Labor Statistics", "officials told Reuters". One pass
 * over the sentence; each cue looks at most a few tokens around it.
 */
export function readAttributions(input: string, tokens: readonly Token[], from: number, to: number): AttributionMention[] {
  const found: AttributionMention[] = []
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') continue

    if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') {
      const source = forwardPhrase(tokens, index + 2, to)
      if (source) found.push(make(input, tokens, index, source.to, maker(tokens, source.from, source.to), 'according to', index, true))
      continue
    }

    // "obtained from ICE by the Herald": the figures came through the Herald.
    if (token.lower === 'obtained' || token.lower === 'provided' || token.lower === 'released' || token.lower === 'compiled') {
      for (let position = index + 1; position < Math.min(to, index + 6); position++) {
        if (tokens[position]!.lower === 'by') {
          const source = forwardPhrase(tokens, position + 1, to)
          if (source) found.push(make(input, tokens, index, source.to, source, `${token.lower} by`, index, false))
          break
        }
      }
      continue
    }

    // Lower case only: "United States" holds no verb.
    if (!speechVerbs.has(token.lower) || token.lower === 'according' || token.text !== token.lower) continue
    // "she added." and "added that" report speech; "employers added 4,200 jobs" adds them.
    if ((token.lower === 'added' || token.lower === 'adds') && tokens[index + 1] !== undefined && index + 1 < to && tokens[index + 1]!.kind !== 'punct' && tokens[index + 1]!.lower !== 'that') continue
    // "told Reuters", "told the Herald": whom it was said to belongs to the attribution.
    const recipient = token.lower === 'told' || token.lower === 'tells' ? forwardPhrase(tokens, index + 1, to) : undefined
    const named = recipient && (determiners.has(tokens[recipient.from]!.lower) ? recipient.from + 1 : recipient.from)
    const heard = recipient && named !== undefined && named < recipient.to && isProper(tokens[named]!) ? recipient : undefined
    const end = heard ? heard.to : index + 1
    const before = backwardPhrase(tokens, index, from)
    if (before) {
      found.push(make(input, tokens, before.from, end, maker(tokens, before.from, before.to), token.lower, index, false))
      continue
    }
    if (heard) {
      // "he told Reuters": the outlet is the named source.
      found.push(make(input, tokens, index, end, heard, token.lower, index, false))
      continue
    }
    // '"…," said Cox' and '"…," the report said' after a quotation.
    const after = forwardPhrase(tokens, index + 1, to)
    if (after && tokens[index - 1]?.kind === 'punct' && isProper(tokens[after.from]!)) {
      found.push(make(input, tokens, index, after.to, after, token.lower, index, false))
    }
  }
  return found
}

function make(input: string, tokens: readonly Token[], from: number, to: number, source: {from: number; to: number}, cue: string, at: number, explicit: boolean): AttributionMention {
  let first = source.from
  if (determiners.has(tokens[first]!.lower) && first + 1 < source.to) first++
  return {
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    source: input.slice(tokens[first]!.start, tokens[source.to - 1]!.end),
    cue,
    at,
    explicit,
    skip: skipRanges(tokens, from, to, source)
  }
}

/** "data from the Bureau of Labor Statistics" → "the Bureau of Labor Statistics"; "a new report by X" → X. */
function maker(tokens: readonly Token[], from: number, to: number): {from: number; to: number} {
  let named = false
  for (let index = from; index < to - 1; index++) {
    const word = tokens[index]!.lower
    if (makers.has(word) && named) return {from: index + 1, to}
    if (sourceNouns.has(word) || word === 'released' || word === 'published' || word === 'compiled') named = true
  }
  return {from, to}
}

/**
 * The attribution's tokens, less the names in a common-noun source that are
 * no organisation: "Boston authorities", "officials in Dane Parish", "the
 * statistics institute in Ankara", "the Marlow County elections board". A
 * source that is all a name ("the Boston Herald", "Hodgson", "the Ministry of
 * the Attorney General") is skipped whole.
 */
function skipRanges(tokens: readonly Token[], from: number, to: number, source: {from: number; to: number}): Array<[number, number]> {
  let common = false
  const words: Token[] = []
  for (let index = source.from; index < source.to; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    // "Officials in Dane Parish said": a source noun capitalised to open the sentence is still a common noun.
    if ((!isProper(token) || sourceNouns.has(token.lower)) && !determiners.has(token.lower) && !possessives.has(token.lower) && !joiners.has(token.lower) && token.lower !== 'in') common = true
    if (!determiners.has(token.lower)) words.push(token)
  }
  // "Harlow County confirmed 23 cases": a place that speaks for itself is also where the figure is; "the Boston Herald" is only a source.
  if (!common && !isPlaceName(words)) return [[from, to]]
  const ranges: Array<[number, number]> = []
  let start = from
  for (let index = source.from; index < source.to; index++) {
    if (!isProper(tokens[index]!) || sourceNouns.has(tokens[index]!.lower)) continue
    let end = index + 1
    while (end < source.to && (isProper(tokens[end]!) || (joiners.has(tokens[end]!.lower) && isProper(tokens[end + 1] ?? tokens[end]!) && end + 1 < source.to))) end++
    if (!tokens.slice(index, end).some((token) => organizationWords.has(bare(token.text)))) {
      if (index > start) ranges.push([start, index])
      start = end
    }
    index = end - 1
  }
  if (to > start) ranges.push([start, to])
  return ranges
}

/** "the Boston Herald", "a new report", "ICE": up to punctuation or a verb-like stop. */
function forwardPhrase(tokens: readonly Token[], from: number, to: number): {from: number; to: number} | undefined {
  let end = from
  let words = 0
  while (end < to && words < maxSourceWords) {
    const token = tokens[end]!
    if (token.kind !== 'word' && !quoteMarks.has(token.text) && !(token.text === '-' && !token.spaced)) break
    const compound = tokens[end - 1]?.text === '-' && !token.spaced
    if (token.kind === 'word' && end > from && sourceStops.has(token.lower) && !compound) break
    if (token.kind === 'word') words++
    end++
  }
  // Keep a closing quote that ends a quoted name, drop a dangling opening one.
  while (end > from && tokens[end - 1]!.kind !== 'word' && isOpening(tokens, end - 1)) end--
  while (end > from && tokens[end - 1]!.text === '-') end--
  return end > from ? {from, to: end} : undefined
}

/** The speaker before a verb: "The Herald says", "an ICE spokesperson said", "the report said". */
function backwardPhrase(tokens: readonly Token[], verb: number, from: number): {from: number; to: number} | undefined {
  let start = verb
  while (start > from && verb - start < maxSourceWords) {
    const token = tokens[start - 1]!
    if (token.kind !== 'word' || sourceStops.has(token.lower)) break
    start--
  }
  if (start === verb) return undefined
  // The phrase must name someone: a proper noun or a determiner + noun ("the report").
  const words = tokens.slice(start, verb)
  if (!words.some(isProper) && !determiners.has(words[0]!.lower) && !possessives.has(words[0]!.lower) && !sourceNouns.has(words.at(-1)!.lower)) return undefined
  return {from: start, to: verb}
}

/** An opening quote: spaced before, glued to what follows. */
function isOpening(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  return token.text === '“' || token.text === '‘' || (token.spaced && tokens[index + 1] !== undefined && !tokens[index + 1]!.spaced)
}

/** Words that are all one place: "Harlow County", "Lowell", "City of Boston", never an organisation's name. */
function isPlaceName(words: readonly Token[]): boolean {
  if (words.length === 0 || words.some((word) => organizationWords.has(bare(word.text)))) return false
  return placeLength(words, 0) === words.length || (words.length > 1 && (placeWords.has(bare(words.at(-1)!.text)) || placeWords.has(bare(words[0]!.text))))
}

function isProper(token: Token): boolean {
  const first = token.text.charAt(0)
  return token.kind === 'word' && first !== first.toLowerCase()
}
