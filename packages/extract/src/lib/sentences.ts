import {isAbbreviation} from './nlp.js'
import type {Token} from './tokenize.js'

/** A sentence as a range of token indexes `[from, to)`. */
export interface Sentence {
  from: number
  to: number
  start: number
  end: number
}

const closers = new Set(['"', '”', '’', "'", ')', ']'])
const openers = new Set(['"', '“', '‘', "'", '(', '['])

/**
 * Tokens a sentence may hold. No prose sentence comes near (a 300-word
 * sentence is about 400 tokens); a run without an end (a list of figures, a
 * scrape that lost its punctuation) is read in parts of at most this, cut
 * after its last comma, semicolon or colon when one is in the part's second
 * half, so that what the passes keep per sentence stays small.
 */
export const longestSentence = 1024

/** Split a block's tokens into sentences. Linear: one look at each token. */
export function splitSentences(tokens: readonly Token[], from: number, to: number): Sentence[] {
  const sentences: Sentence[] = []
  let first = from
  let pause = -1
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    if (index - first >= longestSentence) {
      const cut = pause > first + longestSentence / 2 ? pause + 1 : index
      sentences.push(range(tokens, first, cut))
      first = cut
      pause = -1
    }
    if (token.kind === 'punct' && (token.text === ',' || token.text === ';' || token.text === ':')) pause = index
    if (token.kind !== 'punct' || !(token.text === '.' || token.text === '!' || token.text === '?' || token.text === '…')) continue
    let last = index
    while (last + 1 < to && tokens[last + 1]!.kind === 'punct' && closers.has(tokens[last + 1]!.text) && !tokens[last + 1]!.spaced) last++
    const next = tokens[last + 1]
    if (next && (!next.spaced || !startsSentence(next))) continue
    if (token.text === '.' && endsAbbreviation(tokens, index, first) && !(next && next.newline)) continue
    sentences.push(range(tokens, first, last + 1))
    first = last + 1
    index = last
    pause = -1
  }
  if (first < to) sentences.push(range(tokens, first, to))
  return sentences
}

function range(tokens: readonly Token[], from: number, to: number): Sentence {
  return {from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end}
}

function startsSentence(token: Token): boolean {
  if (token.kind === 'number') return true
  if (token.kind === 'punct') return openers.has(token.text) || token.text === '—' || token.text === '-'
  const char = token.text.charAt(0)
  return char !== char.toLowerCase()
}

function endsAbbreviation(tokens: readonly Token[], dot: number, first: number): boolean {
  const previous = tokens[dot - 1]
  if (!previous || dot - 1 < first || previous.kind !== 'word') return false
  // Initials and dotted acronyms: "U.S.", "N.Y.", "J. Smith".
  if (previous.text.length === 1) return true
  return isAbbreviation(previous.lower) && !tokens[dot]!.spaced
}
