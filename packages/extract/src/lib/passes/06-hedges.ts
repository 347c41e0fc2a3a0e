import {copulas, motionVerbs} from '../lexicon/changes.js'
import {exactHedges, hedges, signHedges, suffixHedges} from '../lexicon/hedges.js'
import type {Bound} from '../claim.js'
import type {Mention} from '../mention.js'
import type {Token} from '../tokenize.js'

/** Words allowed between a hedge and its figure: "up to an additional 48 hours". */
const fillers: ReadonlyArray<readonly string[]> = [['an', 'additional'], ['an', 'extra'], ['a', 'further'], ['another']]
const fillerEnds: ReadonlySet<string> = new Set(fillers.map((filler) => filler.at(-1)!))
/** Prefix hedges by their last word, longest first: a figure looks only at phrases that can end right before it. */
const prefixesByLast = new Map<string, Array<readonly [string[], Bound]>>()
for (const entry of [...hedges, ...signHedges]) {
  const last = entry[0].at(-1)!
  const list = prefixesByLast.get(last) ?? []
  list.push(entry)
  prefixesByLast.set(last, list)
}
for (const list of prefixesByLast.values()) list.sort((a, b) => b[0].length - a[0].length)
const none: ReadonlyArray<readonly [string[], Bound]> = []

function prefixesEndingWith(word: string | undefined): ReadonlyArray<readonly [string[], Bound]> {
  return (word !== undefined && prefixesByLast.get(word)) || none
}

/** What an inclusive "or equal" turns a strict bound into: "less than 5000 or equal" is `<=`. */
const inclusive: Partial<Record<Bound, Bound>> = {'<': '<=', '>': '>=', '=': '='}

/**
 * Read the hedge of each figure into a bound: words before it ("nearly",
 * "more than", "up to", "all", "equal to or less than"), a sign (">= 30"),
 * and words after it ("200 or more", "30 or less", "less than 5000 or
 * equal"). Returns, per mention, the index of the first token of the hedged
 * phrase, so later passes can look before it ("down from more than 200").
 */
export function readHedges(input: string, tokens: readonly Token[], mentions: readonly Mention[], sentenceStart: number, sentenceEnd = tokens.length): Map<Mention, number> {
  const leads = new Map<Mention, number>()
  for (const mention of mentions) {
    let end = mention.from
    if (fillerEnds.has(tokens[end - 1]?.lower ?? '')) for (const filler of fillers) {
      if (matches(tokens, end - filler.length, filler, sentenceStart, 'word')) {
        end -= filler.length
        break
      }
    }
    let lead = mention.from
    for (const [words, bound] of prefixesEndingWith(tokens[end - 1]?.lower)) {
      const start = end - words.length
      const sign = isSign(words)
      if (!matches(tokens, start, words, sentenceStart, sign ? 'punct' : 'word')) continue
      // "20~100" joins a range; "<>30", "=>30" are no comparison we read.
      if (sign && (tokens[start - 1]?.kind === 'number' && !tokens[start]!.spaced || ['<', '>', '='].includes(tokens[start - 1]?.text ?? ''))) break
      // "ticked up to 3.9%", "edged down to 4%": the particle of a verb that moves a level, read with the change, not a bound.
      if (words.length === 2 && words[1] === 'to' && (words[0] === 'up' || words[0] === 'down') && movesLevel(tokens[start - 1])) break
      // "snow over 24 hours" is a span of time; "held for over 24 hours", "in under an hour" and "aged over 65" are bounds.
      if (words.length === 1 && (words[0] === 'over' || words[0] === 'under') && mention.dimension === 'time' && mention.kind !== 'age' &&
        tokens[start - 1]?.lower !== 'for' && !(tokens[start - 1]?.lower === 'in' && words[0] === 'under')) break
      const first = tokens[start]!
      const last = tokens[end - 1]!
      mention.hedge = {text: input.slice(first.start, last.end), start: first.start, end: last.end}
      mention.bound = exactHedges.has(words.join(' ')) ? '=' : bound
      lead = start
      break
    }
    readSuffix(input, tokens, mention, sentenceEnd)
    leads.set(mention, lead)
  }
  return leads
}

/**
 * A verb whose "up"/"down" only says which way a level moved: "ticked",
 * "edged", "went", "moved"; not "is" ("is up to 18 inches") nor a verb of its
 * own ("cut up to 700 workers", "raise up to $5 million": a bound).
 */
function movesLevel(verb: Token | undefined): boolean {
  return verb !== undefined && verb.kind === 'word' && !copulas.has(verb.lower) && motionVerbs.has(verb.lower)
}

/** "200 or more", "five hundred and above"; after a strict bound, "or equal (to)" makes it inclusive. */
function readSuffix(input: string, tokens: readonly Token[], mention: Mention, sentenceEnd: number): void {
  const at = mention.to
  if (mention.hedge && tokens[at]?.lower === 'or' && tokens[at + 1]?.lower === 'equal' && at + 1 < sentenceEnd) {
    const bound = inclusive[mention.bound]
    if (!bound) return
    const end = tokens[at + 2]?.lower === 'to' ? at + 3 : at + 2
    mention.bound = bound
    mention.hedge = {text: input.slice(mention.hedge.start, tokens[end - 1]!.end), start: mention.hedge.start, end: tokens[end - 1]!.end}
    return
  }
  // Every suffix hedge opens with one of a few words ("or", "and"): most figures are followed by none of them.
  if (!suffixOpeners.has(tokens[at]?.lower ?? '')) return
  for (const [words, bound] of suffixHedges) {
    if (!matches(tokens, at, words, 0, 'word') || at + words.length > sentenceEnd) continue
    // "200 or more than": a comparison left hanging reads with its figure; "100 and less than 300", "1000 and below 1500" bound the next one.
    const next = tokens[at + words.length]
    const than = next?.lower === 'than' && at + words.length < sentenceEnd
    const closing = (index: number) => tokens[index] === undefined || index >= sentenceEnd || tokens[index]!.kind === 'punct'
    if (than ? !closing(at + words.length + 1) : next !== undefined && at + words.length < sentenceEnd && (next.kind === 'number' || numberStart.test(next.lower))) return
    const end = than ? at + words.length + 1 : at + words.length
    // "5 or more people" bounds the figure; "3 or more teams" too; "up" only closes a phrase ("20 and up").
    if (words[1] === 'up' && tokens[end] && tokens[end]!.kind === 'word') return
    // "about five hundred or more": the bound after the figure outweighs an estimate before it.
    const start = mention.hedge && mention.bound !== '~' ? mention.hedge.start : tokens[at]!.start
    mention.hedge = {text: input.slice(start, tokens[end - 1]!.end), start, end: tokens[end - 1]!.end}
    mention.bound = mention.bound === '=' || mention.bound === '~' ? bound : mention.bound
    return
  }
}

const numberStart = /^(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|a|an|\$|€|£)$/

function isSign(words: readonly string[]): boolean {
  return words.every((word) => !/\p{L}/u.test(word))
}

function matches(tokens: readonly Token[], start: number, words: readonly string[], sentenceStart: number, kind: 'word' | 'punct'): boolean {
  if (start < sentenceStart) return false
  for (let offset = 0; offset < words.length; offset++) {
    const token = tokens[start + offset]
    if (!token || token.kind !== kind || token.lower !== words[offset]) return false
  }
  return true
}

const suffixOpeners: ReadonlySet<string> = new Set(suffixHedges.map(([words]) => words[0]!))
