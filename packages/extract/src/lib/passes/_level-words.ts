import {changeNouns} from '../lexicon/changes.js'
import {months} from '../lexicon/calendar.js'
import type {Token} from '../tokenize.js'

/** Words between "to" or "at" and the level reached: "to a seasonally adjusted 221,000", "to an average of $25,572", "to a record 22.3 million". */
const levelModifiers: ReadonlySet<string> = new Set(['a', 'an', 'the', 'seasonally', 'adjusted', 'record', 'new', 'average', 'total', 'estimated', 'combined', 'revised', 'all', 'time', 'high', 'low', 'of'])

/** The index of the "to" or "at" a level is reached by, over `levelModifiers` ("of" only after a noun of them). */
export function levelPreposition(tokens: readonly Token[], lead: number, sentenceStart: number): number | undefined {
  for (let index = lead - 1; index >= Math.max(sentenceStart, lead - 5); index--) {
    const token = tokens[index]!
    if (token.lower === 'to' || token.lower === 'at') return index
    // "leaving it with 52.4 million".
    if (token.lower === 'with' && [1, 2, 3].some((back) => tokens[index - back]?.lower === 'leaving')) return index
    if (token.text === '-' && !token.spaced) continue
    if (token.kind !== 'word' || !levelModifiers.has(token.lower)) return undefined
    // "to 2 a day", "at the": an article alone before the figure reads as before; "of" needs its noun ("an average of").
    if (token.lower === 'of' && !levelModifiers.has(tokens[index - 1]?.lower ?? '')) return undefined
  }
  return undefined
}

/** Words between "from" and an earlier value: "down from a peak of about 4,000", "from a record 186,000". */
const earlierModifiers: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'peak', 'high', 'record', 'low', 'of', 'all', 'time', 'previous', 'revised'])

export function earlierValueFrom(tokens: readonly Token[], lead: number): number | undefined {
  let index = lead - 1
  if (!earlierModifiers.has(tokens[index]?.lower ?? '')) return undefined
  for (; index >= lead - 5 && index >= 0; index--) {
    const token = tokens[index]!
    if (token.lower === 'from') return index
    if (token.text === '-' && !token.spaced) continue
    if (token.kind !== 'word' || !earlierModifiers.has(token.lower)) return undefined
  }
  return undefined
}

const earlierTimes: ReadonlySet<string> = new Set(['ago', 'earlier', 'last', 'before', 'previous', 'prior', 'year', 'years', 'month', 'months', 'quarter', 'week', 'weeks', 'decade'])

/** "than a year ago", "than in March", "than before the 2009 recession", "than at the last election", "below last year's": a comparison with an earlier time. */
export function thanEarlier(tokens: readonly Token[], from: number): boolean {
  const start = tokens[from]?.lower === 'than' ? from + 1 : from
  for (let index = start; index < start + 6 && index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'punct' && token.text !== '-') return false
    if (earlierTimes.has(token.lower) || months.has(token.lower) || (token.kind === 'number' && token.value >= 1900 && token.value <= 2100 && token.decimals === 0)) return true
  }
  return false
}

/** What may stand between the comma and the change: ", up", ", a rise of", ", an increase of about", ", or". */
const appositiveWords: ReadonlySet<string> = new Set([...changeNouns.keys(), 'up', 'down', 'a', 'an', 'of', 'by', 'or', 'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'just', 'over', 'under', 'more', 'than', 'another', 'further'])

/**
 * From a level's end (`from`) to a change's `lead`: what the level counts or
 * when ("encounters in the fiscal year", "on average"; words only, at most
 * eight), a comma, and at most four words (", down", ", an increase of", ",
 * about"), nothing else.
 */
export function appositiveAfter(tokens: readonly Token[], from: number, lead: number): boolean {
  let comma = lead - 1
  while (comma >= from && comma >= lead - 5 && tokens[comma]!.kind === 'word' && appositiveWords.has(tokens[comma]!.lower)) comma--
  if (comma < from || tokens[comma]!.text !== ',' || comma - from > 8) return false
  for (let index = from; index < comma; index++) if (tokens[index]!.kind !== 'word') return false
  return true
}

/**
 * "added 8.1 million subscribers in the quarter, taking its global total to",
 * "lost 1.3 million, leaving it with": within one clause after a change
 * (`from`), a comma, a participle of a running total and its words, up to `to`.
 */
export function runningTotalBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 24) return false
  for (let index = to - 1; index >= from; index--) {
    const token = tokens[index]!
    if (token.kind === 'word') continue
    if (token.text !== ',' || !totalVerbs.has(tokens[index + 1]?.lower ?? '')) return false
    for (let back = index - 1; back >= from; back--) if (clauseEnds.has(tokens[back]!.text) || tokens[back]!.kind === 'number') return false
    return true
  }
  return false
}

/** Participles that carry a change on to the total it makes: ", bringing its total to", ", taking enrollment down to". */
const totalVerbs: ReadonlySet<string> = new Set(['bringing', 'taking', 'pushing', 'lifting', 'raising', 'lowering', 'putting', 'swelling', 'cutting', 'reducing', 'leaving'])
const clauseEnds: ReadonlySet<string> = new Set(['.', ';', '!', '?'])

/** After a counted object, within the clause: a comma, a participle of `totalVerbs`, then "to" and a figure a few words on. */
export function runningTotalAfter(tokens: readonly Token[], from: number): boolean {
  for (let index = from; index < from + 8 && index < tokens.length; index++) {
    const token = tokens[index]!
    if (clauseEnds.has(token.text)) return false
    if (token.text !== ',' || !totalVerbs.has(tokens[index + 1]?.lower ?? '')) continue
    for (let word = index + 2; word < index + 7 && word < tokens.length; word++) {
      // "to 312", "to $4.1 billion", "to about 40": a figure is the total.
      if (tokens[word]!.lower === 'to') return [1, 2, 3].some((ahead) => tokens[word + ahead]?.kind === 'number')
      if (tokens[word]!.kind !== 'word') return false
    }
    return false
  }
  return false
}
