import type {Mention} from '../mention.js'
import {tagsOf} from '../nlp.js'
import type {Token} from '../tokenize.js'

const determiners = new Set(['its', 'the', 'their', 'his', 'her', 'our', 'all', 'these', 'those', 'this', 'that', 'them', 'which', 'whom', 'all', 'your', 'my'])
const stopTags = ['Preposition', 'Determiner', 'Conjunction', 'Copula', 'Modal', 'Pronoun', 'Possessive', 'Adverb', 'QuestionWord', 'Gerund', 'Auxiliary', 'Negative']
const stopWords = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'being', 'had', 'has', 'have', 'to', 'than', 'last', 'next', 'more', 'less', 'each', 'per', 'worth', 'a', 'an', 'and', 'or', 'but', 'in', 'on', 'at', 'of', 'for', 'from', 'with', 'by', 'as', 'that', 'who', 'which', 'additional', 'times', 'rose', 'rise', 'rises', 'fell', 'falls', 'grew', 'grows', 'hit', 'hits', 'stood', 'stands', 'totaled', 'totalled', 'reached']) 
/** Nouns that introduce what is measured: "the number of …", "the denial rate of …". */
const measureNouns = new Set(['number', 'total', 'count', 'rate', 'share', 'percentage', 'proportion', 'average', 'majority', 'amount', 'level', 'tally', 'figure'])
const quoteMarks = new Set(['"', '“', '”', "'", '‘', '’'])
const maxWords = 4
const lookBack = 24

/**
 * The thing counted: the noun phrase after the figure ("2,825 detainer
 * requests", "59 of its requests", "26.9 percent of illegal immigrants"), or
 * the one a measure noun introduces earlier ("the number of so-called
 * “sanctuary jurisdictions” rose from 117 to 150").
 */
export function readSubject(input: string, tokens: readonly Token[], mention: Mention, sentenceStart: number, sentenceEnd: number): string | undefined {
  let index = mention.to
  // "20 times": the unit word is itself the thing counted.
  if (tokens[index]?.lower === 'times' && mention.unit === 'count') return 'times'
  if (tokens[index]?.lower === 'of') {
    index++
    if (determiners.has(tokens[index]?.lower ?? '')) index++
  } else if (tokens[index]?.lower === 'worth' && tokens[index + 1]?.lower === 'of') {
    index += 2
  }
  const after = nounPhrase(input, tokens, index, sentenceEnd, false)
  if (after) return after
  if (mention.dimension !== 'count' && mention.dimension !== 'share') return undefined

  for (let position = mention.from - 1; position > Math.max(sentenceStart, mention.from - lookBack); position--) {
    const token = tokens[position]!
    if (token.lower === 'of' && measureNouns.has(tokens[position - 1]?.lower ?? '')) {
      let start = position + 1
      if (determiners.has(tokens[start]?.lower ?? '')) start++
      // "the number of so-called “sanctuary jurisdictions”".
      if (tokens[start]?.lower === 'so' && tokens[start + 1]?.text === '-' && tokens[start + 2]?.lower === 'called') start += 3
      return nounPhrase(input, tokens, start, mention.from, true)
    }
  }
  return undefined
}

function nounPhrase(input: string, tokens: readonly Token[], from: number, to: number, allowAcronyms: boolean): string | undefined {
  let first = -1
  let last = -1
  let words = 0
  for (let index = from; index < to && words < maxWords + 2; index++) {
    const token = tokens[index]!
    if (token.kind === 'punct') {
      if (quoteMarks.has(token.text) || (token.text === '-' && !token.spaced && first !== -1)) continue
      break
    }
    if (token.kind !== 'word') break
    const acronym = allowAcronyms && token.text.length >= 2 && token.text === token.text.toUpperCase()
    if (!acronym && !isNounish(token)) break
    if (first === -1) first = index
    last = index
    words++
  }
  if (first === -1) return undefined
  // Drop trailing adjectives and keep at most four words.
  while (last > first && tagsOf(tokens[last]!.lower).has('Adjective') && !tagsOf(tokens[last]!.lower).has('Plural')) last--
  let start = first
  let count = 0
  for (let index = last; index >= first; index--) if (tokens[index]!.kind === 'word') count++
  while (count > maxWords) {
    start++
    if (tokens[start - 1]!.kind === 'word') count--
  }
  while (tokens[start]?.kind === 'punct') start++
  if (tagsOf(tokens[last]!.lower).has('Adjective') && last === start && !tokens[last]!.lower.endsWith('s')) return undefined
  return input.slice(tokens[start]!.start, tokens[last]!.end).replaceAll(/[“”"‘’]/g, '').replaceAll(/\s+/g, ' ').trim()
}

function isNounish(token: Token): boolean {
  if (token.text !== token.lower && token.text.charAt(0) !== token.lower.charAt(0)) return false
  const word = token.lower
  if (stopWords.has(word) || word.endsWith('ly') || word.endsWith('ing')) return false
  const tags = tagsOf(word)
  if (tags.has('PastTense') && !tags.has('Plural')) return false
  if (tags.has('Plural') || tags.has('Singular') || tags.has('Noun') || tags.has('Uncountable') || tags.has('Actor')) return true
  for (const tag of stopTags) if (tags.has(tag)) return false
  if (tags.has('PastTense') || tags.has('Infinitive')) return false
  return true
}
