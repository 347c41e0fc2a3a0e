import type {Mention} from '../mention.js'
import {scales} from '../lexicon/number-words.js'
import {ambiguousUnits, currencyPrefixes, type UnitInfo, unitPhrases, units} from '../lexicon/units.js'
import type {Token} from '../tokenize.js'
import {readNumberWords} from './_number-words.js'

export function readCurrencyPrefix(tokens: readonly Token[], index: number, to: number): {code: string; to: number} | undefined {
  const token = tokens[index]
  if (!token || index >= to) return undefined
  if (token.kind === 'punct') {
    const code = currencyPrefixes.get(token.text)
    return code && isAmountAt(tokens, index + 1) ? {code, to: index + 1} : undefined
  }
  if (token.kind === 'word') {
    const next = tokens[index + 1]
    // "US$5", "C$ 10", "HK$3"; "c $ 10" in tokenized text, but never "a $5 fee".
    if (next && next.text === '$' && (!next.spaced || token.lower.length > 1 || token.lower === 'c')) {
      const code = currencyPrefixes.get(`${token.lower}$`)
      return code && isAmountAt(tokens, index + 2) ? {code, to: index + 2} : undefined
    }
    // "USD 5", but only in capitals so "eur" in prose stays a word.
    const code = currencyPrefixes.get(token.lower)
    if (code && token.text === token.text.toUpperCase() && token.text.length === 3 && next?.kind === 'number') return {code, to: index + 1}
  }
  return undefined
}

function isAmountAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  return token !== undefined && (token.kind === 'number' || (token.kind === 'word' && readNumberWords(tokens, index, index + 8) !== undefined))
}

/** Units after the figure: "percent", "%", "percentage points", "48 hours", "48-hour", "dollars". */
export function readUnit(tokens: readonly Token[], mention: Mention, to: number, hasCurrency: boolean): void {
  let index = mention.to
  const first = tokens[index]
  if (!first || index >= to) return
  // "48-hour hold": the hyphen glues an adjectival unit.
  const hyphenated = first.text === '-' && !first.spaced && tokens[index + 1] !== undefined && !tokens[index + 1]!.spaced
  if (hyphenated) index++

  const phrase = matchUnitPhrase(tokens, index, to)
  let info: UnitInfo | undefined
  let end = index
  if (phrase) {
    info = phrase.info
    end = phrase.to
  } else {
    const token = tokens[index]
    if (!token || index >= to) return
    const candidate = units.get(token.lower)
    const glued = !token.spaced || hyphenated
    if (candidate && (!ambiguousUnits.has(token.lower) || glued) && (token.kind === 'word' || token.text === '%' || token.text === '‰')) {
      // "pounds" after a number is weight unless a pound sign already said money.
      info = candidate
      end = index + 1
    }
  }
  if (!info) return
  if (hasCurrency && info.dimension === 'currency') {
    // "$5 dollars": the word repeats the sign.
    mention.to = end
    mention.end = tokens[end - 1]!.end
    return
  }
  if (hasCurrency) return
  // "361 million pounds" is money; "200 pounds" could be weight.
  if (info.unit === 'pound' && tokens[mention.to - 1] && scales.has(tokens[mention.to - 1]!.lower)) info = {unit: 'GBP', dimension: 'currency'}
  mention.unit = info.unit
  mention.dimension = info.dimension
  if (info.factor) {
    mention.value *= info.factor
    mention.precision *= info.factor
  }
  // "a 7-year-old boy": the age reads with its "-old".
  if (hyphenated && tokens[end]?.text === '-' && tokens[end + 1]?.lower === 'old' && !tokens[end]!.spaced && !tokens[end + 1]!.spaced) end += 2
  mention.unitSpan = {from: mention.to, to: end}
  mention.to = end
  mention.end = tokens[end - 1]!.end
}

function matchUnitPhrase(tokens: readonly Token[], index: number, to: number): {info: UnitInfo; to: number} | undefined {
  for (const [words, info] of unitPhrases) {
    if (index + words.length > to) continue
    let matches = true
    for (const [offset, word] of words.entries()) {
      if (tokens[index + offset]!.lower !== word) {
        matches = false
        break
      }
    }
    if (matches) return {info, to: index + words.length}
  }
  return undefined
}
