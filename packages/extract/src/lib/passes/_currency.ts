import {scales} from '../lexicon/number-words.js'
import {currencyCodes, currencyPrefixes, units} from '../lexicon/units.js'
import {shiftDecimal} from '../decimal.js'
import type {Mention} from '../mention.js'
import type {Token} from '../tokenize.js'
import {readNumberWords} from './_number-words.js'
import {readCore} from './_numerals.js'
import {tagsOf} from '../nlp.js'

/** Written before an amount with a capital: "Rs 500", "Rs. 5 crore", "RM500". */
const wordPrefixes = new Map([['Rs', 'INR'], ['RM', 'MYR'], ['Rp', 'IDR'], ['Sh', 'KES'], ['KSh', 'KES'], ['Ksh', 'KES'], ['SFr', 'CHF']])
/** Codes written in lower case in running text that are no English word: "10 rmb", "20 usd". */
const lowerCodes = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'inr', 'aud', 'cad', 'chf', 'hkd', 'sgd', 'nzd', 'krw', 'brl', 'mxn', 'zar', 'sek', 'nok', 'dkk'])
/** Codes with a dollar sign: "usd$ 15", "Mex$ 10 million". */
const dollarCodes = new Map([['usd', 'USD'], ['us', 'USD'], ['mxn', 'MXN'], ['mex', 'MXN'], ['aud', 'AUD'], ['cad', 'CAD'], ['nzd', 'NZD'], ['sgd', 'SGD'], ['hkd', 'HKD'], ['twd', 'TWD']])
/** Major currencies whose hundredths a sum may add: "3 dollars 50 cents", "15 USD 50". */
const decimalCurrencies = new Set(['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'CHF', 'MXN', 'CNY', 'INR'])
const minorWords = new Set(['cent', 'cents', 'penny', 'pence', 'pennies', 'p'])

export interface CurrencyPrefix {
  code: string
  to: number
  /** "MUSD 30": a code prefixed with M counts millions. */
  factor: number
}

/** A currency written before the amount: "$", "US$", "C $", "usd$", "u.s $", "USD", "Rs.", "MAUD". */
export function readCurrencyPrefix(tokens: readonly Token[], index: number, to: number): CurrencyPrefix | undefined {
  const token = tokens[index]
  if (!token || index >= to) return undefined
  if (token.kind === 'punct') {
    const code = currencyPrefixes.get(token.text)
    return code && isAmountAt(tokens, index + 1, to) ? {code, to: index + 1, factor: 1} : undefined
  }
  if (token.kind !== 'word') return undefined
  const next = tokens[index + 1]
  // "u.s $ 100": a dotted prefix.
  if (token.lower === 'u' && next?.text === '.' && tokens[index + 2]?.lower === 's' && index + 3 < to) {
    const after = tokens[index + 3]?.text === '.' ? index + 4 : index + 3
    if (tokens[after]?.text === '$' && isAmountAt(tokens, after + 1, to)) return {code: 'USD', to: after + 1, factor: 1}
  }
  // "US$5", "C$ 10", "HK$3", "usd$ 15"; "c $ 10" in tokenized text, but never "a $5 fee".
  if (next && next.text === '$' && (!next.spaced || token.lower.length > 1 || token.lower === 'c')) {
    const code = currencyPrefixes.get(`${token.lower}$`) ?? dollarCodes.get(token.lower)
    return code && isAmountAt(tokens, index + 2, to) ? {code, to: index + 2, factor: 1} : undefined
  }
  // "R1.6bn", "R640m", "R1,450": the rand, glued to a figure that is money by its form (a scale, thousands, cents);
  // "R5" alone may be a road, a rifle or a grade.
  if (token.text === 'R' && next?.kind === 'number' && !next.spaced && index + 1 < to && isRandAmount(tokens, index + 1)) return {code: 'ZAR', to: index + 1, factor: 1}
  const word = wordPrefixes.get(token.text)
  if (word) {
    const dotted = next?.text === '.' && !next.spaced ? index + 2 : index + 1
    return tokens[dotted]?.kind === 'number' && dotted < to ? {code: word, to: dotted, factor: 1} : undefined
  }
  // "USD 5", "rmb 10", "MAUD 60"; a code in prose ("try") stays a word, and so does a name glued to its number ("COP28").
  const coded = codeOf(token, true)
  if (coded && isAmountAt(tokens, index + 1, to) && !(namedCodes.has(token.text) && !next!.spaced)) return {code: coded.code, to: index + 1, factor: coded.factor}
  return undefined
}

/** A figure after a glued "R" that reads as rand: grouped ("1,450"), with cents ("12.50"), or with a scale ("1.6bn", "640m", "3 billion"). */
function isRandAmount(tokens: readonly Token[], index: number): boolean {
  const figure = tokens[index]!
  const scale = tokens[index + 1]
  if (figure.grouped || figure.decimals === 2) return true
  return scale !== undefined && scale.kind === 'word' && ['bn', 'b', 'm', 'million', 'billion', 'trillion', 'tn', 'k'].includes(scale.lower) && (!scale.spaced || scale.lower.length > 1)
}

/** Currency codes that also name a series glued to its number: "COP28" is the climate summit, not 28 Colombian pesos. */
const namedCodes: ReadonlySet<string> = new Set(['COP'])

/** An ISO code as written: "SEK", "usd" (a few, in lower case), "MEUR" (millions). */
export function codeOf(token: Token, lowerAllowed: boolean): {code: string; factor: number} | undefined {
  const text = token.text
  if (text.length === 3 && currencyCodes.has(text)) return {code: text === 'RMB' ? 'CNY' : text, factor: 1}
  if (lowerAllowed && text.length === 3 && lowerCodes.has(text)) return {code: text === 'rmb' ? 'CNY' : text.toUpperCase(), factor: 1}
  if (text.length === 4 && text.charAt(0) === 'M' && currencyCodes.has(text.slice(1))) return {code: text.slice(1), factor: 1e6}
  return undefined
}

function isAmountAt(tokens: readonly Token[], index: number, to: number): boolean {
  const token = tokens[index]
  return index < to && token !== undefined && (token.kind === 'number' || (token.kind === 'word' && readNumberWords(tokens, index, Math.min(to, index + 8)) !== undefined) ||
    (isGluedMinus(tokens, index) && index + 1 < to))
}

/** "$-99.99": a minus glued between the currency sign and the digits. */
export function isGluedMinus(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  return (token?.text === '-' || token?.text === '−') && !token.spaced && tokens[index + 1]?.kind === 'number' && !tokens[index + 1]!.spaced
}

/** Words before a bracket that make a bracketed amount the figure itself, not an aside: "revenue was ($99.99)", "a loss of ($2m)". */
const statingTags = ['Copula', 'Preposition', 'PastTense', 'PresentTense', 'Verb']

/**
 * "was ($99.99)": accounting writes a negative amount in brackets. Only a
 * currency amount after a verb, a preposition, a colon or nothing counts, so
 * a conversion or an aside ("€50 ($54)", "Europe ($3m)") keeps its sign.
 */
export function opensAccountingNegative(tokens: readonly Token[], index: number, to: number): boolean {
  const bracket = tokens[index]
  const sign = tokens[index + 1]
  if (bracket?.text !== '(' || !sign || sign.spaced || sign.kind !== 'punct' || !currencyPrefixes.has(sign.text) || index + 2 >= to) return false
  const before = tokens[index - 1]
  if (!before || before.text === ':') return true
  // "net income ($14.2 million)": a line of accounts names what the bracket makes negative.
  return before.kind === 'word' && (lineItems.has(before.lower) || statingTags.some((tag) => tagsOf(before.lower).has(tag)))
}

/** Lines of accounts an amount in brackets follows: "net income ($14.2 million)", "EBITDA ($3m)". */
const lineItems: ReadonlySet<string> = new Set(['income', 'revenue', 'revenues', 'profit', 'profits', 'earnings', 'ebitda', 'ebit', 'flow', 'margin', 'result', 'results', 'balance', 'equity', 'surplus', 'deficit'])

/** A currency sign after the amount: "10 $", "5 €", not the sign of the next amount ("10 $ 30 $" is two). */
export function currencySuffix(tokens: readonly Token[], index: number, to: number): string | undefined {
  const token = tokens[index]
  if (!token || index >= to || token.kind !== 'punct') return undefined
  const code = currencyPrefixes.get(token.text)
  if (!code) return undefined
  const next = tokens[index + 1]
  return next && index + 1 < to && next.kind === 'number' && !isSuffixedAmount(tokens, index + 1, to) ? undefined : code
}

/** "30 $" (the sign after the next amount) or "30 cent" (hundredths of this one). */
function isSuffixedAmount(tokens: readonly Token[], index: number, to: number): boolean {
  const after = tokens[index + 1]
  return index + 1 < to && after !== undefined && ((after.kind === 'punct' && currencyPrefixes.has(after.text)) || minorWords.has(after.lower))
}

/** "75 USD million": a scale after the currency. */
export function readScaleAfterCurrency(tokens: readonly Token[], mention: Mention, to: number): void {
  const token = tokens[mention.to]
  const scale = scales.get(token?.lower ?? '')
  if (!token || mention.to >= to || scale === undefined || token.lower.length === 1 || scale < 1000) return
  mention.value = shiftDecimal(mention.value, Math.log10(scale))
  mention.precision = shiftDecimal(mention.precision, Math.log10(scale))
  mention.to++
  mention.end = token.end
}

/**
 * The hundredths of a sum: "3 dollars 50 cents", "thirteen dollars and
 * forty-five cents", "15 dollars 50.", "c $ 100 and fifty.". Without a cents
 * word the hundredths must end the phrase, so "10 dollars and 20 people" stays two figures.
 */
export function readMinorAmount(tokens: readonly Token[], mention: Mention, to: number): void {
  if (!decimalCurrencies.has(mention.unit) || !Number.isInteger(mention.value) || mention.low !== undefined) return
  let index = mention.to
  const joined = tokens[index]?.lower === 'and'
  if (joined) index++
  const first = tokens[index]
  if (!first || index >= to || first.spaced === false || (first.kind !== 'number' && first.kind !== 'word')) return
  const core = readCore(tokens, index, to)
  if (!core || core.ordinal || core.fraction || !Number.isInteger(core.value) || core.value < 1 || core.value >= 100) return
  if (first.kind === 'number' && (first.decimals > 0 || first.grouped)) return
  let end = core.to
  const minor = tokens[end]
  const named = minor !== undefined && end < to && minorWords.has(minor.lower)
  if (named) end++
  else {
    const after = tokens[end]
    const closes = !after || end >= to || (after.kind === 'punct' && after.text !== '-' && after.text !== '/' && !currencyPrefixes.has(after.text)) || after.lower === 'more'
    if (!closes) return
  }
  mention.value = Number((mention.value + core.value / 100).toFixed(2))
  mention.precision = 0.01
  mention.to = end
  mention.end = tokens[end - 1]!.end
}

/** Whether a word after the amount names a currency: used to keep "10 dollars" a currency when a code would also fit. */
export function isCurrencyWord(token: Token | undefined): boolean {
  return token !== undefined && units.get(token.lower)?.dimension === 'currency'
}
