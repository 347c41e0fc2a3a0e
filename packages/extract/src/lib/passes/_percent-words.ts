import {createMention, type Mention} from '../mention.js'
import {units} from '../lexicon/units.js'
import type {Token} from '../tokenize.js'
import {readCore} from './_numerals.js'

/** The tokens of a percent word at `index`: "percent", "%", "per cent" (the unit words the lexicon reads after figures). */
function percentWordAt(tokens: readonly Token[], index: number, to: number): number | undefined {
  const token = tokens[index]
  if (!token || index >= to) return undefined
  if (units.get(token.lower)?.unit === 'percent') return index + 1
  if (token.lower === 'per' && tokens[index + 1]?.lower === 'cent' && index + 1 < to) return index + 2
  return undefined
}

/**
 * A percent word with no figure before it: "percent of 10" (10 percent, the
 * inverted form) or a bare "percent", "%", "percentage" — a unit named
 * without a figure, kept with role `unit` (never a claim) so that a reader of
 * quantities sees it.
 */
export function readPercentWord(tokens: readonly Token[], index: number, to: number): Mention | undefined {
  const end = percentWordAt(tokens, index, to)
  if (end === undefined) return undefined
  const before = tokens[index - 1]
  if (before && (before.kind === 'number' || before.text === '-')) return undefined
  if (tokens[end]?.lower === 'of') {
    const figure = readCore(tokens, end + 1, to)
    if (figure && !figure.ordinal && !figure.fraction) {
      const mention = createMention({from: index, to: figure.to, start: tokens[index]!.start, end: tokens[figure.to - 1]!.end, value: figure.value, precision: figure.precision, form: figure.words ? 'words' : 'numeral'})
      mention.unit = 'percent'
      mention.dimension = 'share'
      return mention
    }
  }
  const mention = createMention({from: index, to: end, start: tokens[index]!.start, end: tokens[end - 1]!.end, value: 0, precision: 1, form: 'words'})
  mention.unit = 'percent'
  mention.dimension = 'share'
  mention.role = 'unit'
  return mention
}
