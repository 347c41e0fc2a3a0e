import {exactHedges, hedges} from '../lexicon/hedges.js'
import type {Mention} from '../mention.js'
import type {Token} from '../tokenize.js'

/** Words allowed between a hedge and its figure: "up to an additional 48 hours". */
const fillers: ReadonlyArray<readonly string[]> = [['an', 'additional'], ['an', 'extra'], ['a', 'further'], ['another']]

/**
 * Read the hedge before each figure ("nearly", "more than", "up to", "all")
 * into a bound. Returns, per mention, the index of the first token of the
 * hedged phrase, so later passes can look before it ("down from more than 200").
 */
export function readHedges(input: string, tokens: readonly Token[], mentions: readonly Mention[], sentenceStart: number): Map<Mention, number> {
  const leads = new Map<Mention, number>()
  for (const mention of mentions) {
    let end = mention.from
    for (const filler of fillers) {
      if (matches(tokens, end - filler.length, filler, sentenceStart)) {
        end -= filler.length
        break
      }
    }
    let lead = mention.from
    for (const [words, bound] of hedges) {
      const start = end - words.length
      if (!matches(tokens, start, words, sentenceStart)) continue
      // "snow over 24 hours" is a span of time; "held for over 24 hours" is a bound.
      if (words.length === 1 && (words[0] === 'over' || words[0] === 'under') && mention.dimension === 'time' && tokens[start - 1]?.lower !== 'for') break
      const first = tokens[start]!
      const last = tokens[end - 1]!
      mention.hedge = {text: input.slice(first.start, last.end), start: first.start, end: last.end}
      mention.bound = exactHedges.has(words.join(' ')) ? '=' : bound
      lead = start
      break
    }
    leads.set(mention, lead)
  }
  return leads
}

function matches(tokens: readonly Token[], start: number, words: readonly string[], sentenceStart: number): boolean {
  if (start < sentenceStart) return false
  for (const [offset, word] of words.entries()) {
    const token = tokens[start + offset]
    if (!token || token.kind !== 'word' || token.lower !== word) return false
  }
  return true
}
