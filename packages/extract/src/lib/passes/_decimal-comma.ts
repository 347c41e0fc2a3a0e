import type {Token} from '../tokenize.js'

/**
 * A decimal comma: "5,00", "1,3", "2,50 euros". A comma glued between a
 * figure of at most three digits and one or two more digits cannot group
 * thousands (groups have three digits), so it marks the decimals, as in
 * continental copy. Not when the figures run on as a list ("1,2,3",
 * "pages 1,3 and 5", "6,4 and 7,5") or name something ("1,3-butadiene").
 */
export function readDecimalComma(tokens: readonly Token[], index: number, to: number): {value: number; precision: number; to: number} | undefined {
  const integer = tokens[index]!
  const comma = tokens[index + 1]
  const fraction = tokens[index + 2]
  if (!comma || !fraction || index + 2 >= to || comma.text !== ',' || comma.spaced || fraction.spaced || fraction.kind !== 'number') return undefined
  if (integer.grouped || integer.decimals > 0 || integer.digits > 3 || fraction.grouped || fraction.decimals > 0 || fraction.text.length > 2) return undefined
  const before = tokens[index - 1]
  if (before && !integer.spaced && (before.text === ',' || before.text === '.' || before.kind === 'number')) return undefined
  // "6,4 and 7,5": the second pair of a list of pairs is listed too ("5.00 or 5,00" is no such list).
  const pairBefore = tokens[index - 2]?.kind === 'number' && !tokens[index - 2]!.spaced && tokens[index - 3]?.text === ','
  if (before && isListJoint(before) && pairBefore) return undefined
  const after = tokens[index + 3]
  const next = tokens[index + 4]
  const glued = after !== undefined && !after.spaced && (after.text === ',' || after.text === '.' || after.text === '/') && next?.kind === 'number' && !next.spaced
  const listed = after !== undefined && isListJoint(after) && next?.kind === 'number'
  // "1,3-butadiene", "2,4D": a name the figures are part of.
  const named = after !== undefined && !after.spaced && (after.kind === 'word' || after.text === '-')
  if (glued || listed || named) return undefined
  return {value: Number(`${integer.text}.${fraction.text}`), precision: 10 ** -fraction.text.length, to: index + 3}
}

function isListJoint(token: Token): boolean {
  return token.text === ',' || token.lower === 'and' || token.lower === 'or'
}
