import {letterScales} from '../lexicon/number-words.js'
import type {Token} from '../tokenize.js'

/**
 * The scale of a capital letter after a figure, which most letters after a
 * number are not: "5G", "G7", "M25", "F-16" and "4K" screens are names. Read
 * only where a name cannot stand:
 *
 * - spaced after a figure written with decimals or thousands separators, and
 *   closing the phrase: "1,674.5 G", "1,674,200.5 M." (nothing names a model
 *   "1,674.5 G");
 * - a "T" glued to a sum of money: "$2.174T".
 *
 * Returns the factor, or undefined.
 */
export function readScaleLetter(tokens: readonly Token[], index: number, to: number, figure: Token, currency: boolean): number | undefined {
  const letter = tokens[index]
  if (!letter || index >= to || letter.kind !== 'word') return undefined
  const scale = letterScales.get(letter.text)
  if (scale === undefined) return undefined
  // Glued, only "T": "$10G" may be slang for ten grand, and K, M and B are read with the spelled-out scales.
  if (!letter.spaced) return currency && letter.text === 'T' ? scale : undefined
  const after = tokens[index + 1]
  const closing = after === undefined || index + 1 >= to || (after.kind === 'punct' && !(after.text === '-' && !after.spaced))
  return closing && figure.kind === 'number' && (figure.decimals > 0 || figure.grouped) ? scale : undefined
}
