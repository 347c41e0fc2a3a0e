import type {Mention} from '../mention.js'
import {scales} from '../lexicon/number-words.js'
import {ambiguousUnits, exactCaseUnits, rateUnits, type UnitInfo, units} from '../lexicon/units.js'
import type {Token} from '../tokenize.js'
import {codeOf, currencySuffix} from './_currency.js'
import {tagsOf} from '../nlp.js'
import {shiftDecimal} from '../decimal.js'
import {readRate} from './_rates.js'
import {matchUnitPhrase} from './_unit-phrases.js'

const unitComparatives = new Set(['more', 'fewer', 'additional', 'extra', 'less'])
const brackets = new Map([['(', ')'], ['[', ']'], ['{', '}'], ['<', '>']])
/** Words after a length that say what is measured: "1.8m tall", '10 " long'. */
export const measureAdjectives: ReadonlySet<string> = new Set(['tall', 'long', 'high', 'wide', 'deep', 'thick', 'across', 'away', 'below', 'above', 'under', 'in'])
const poweredUnits: ReadonlyMap<string, UnitInfo> = new Map([
  ['metre2', {unit: 'square-metre', dimension: 'area'}], ['kilometre2', {unit: 'square-kilometre', dimension: 'area'}],
  ['foot2', {unit: 'square-foot', dimension: 'area'}], ['mile2', {unit: 'square-mile', dimension: 'area'}],
  ['centimetre2', {unit: 'square-centimetre', dimension: 'area'}], ['metre3', {unit: 'cubic-metre', dimension: 'volume'}],
  ['foot3', {unit: 'cubic-foot', dimension: 'volume'}], ['kilometre3', {unit: 'cubic-kilometre', dimension: 'volume'}],
  ['centimetre3', {unit: 'cubic-centimetre', dimension: 'volume'}]
])

const superscripts: ReadonlyMap<string, number> = new Map([['²', 2], ['³', 3], ['¹', 1]])
const minusSigns = new Set(['-', '−', '‐', '‑', '⁻'])

/**
 * A power glued to the unit before it: "m2", "m²", "m^2", "s-1", "s−1",
 * "s⁻¹". `to` is the token after it.
 */
export function readPower(tokens: readonly Token[], index: number, to: number): {power: number; to: number} | undefined {
  let at = index
  const caret = tokens[at]?.text === '^'
  if (caret) at++
  const negative = minusSigns.has(tokens[at]?.text ?? '')
  if (negative) at++
  const digit = tokens[at]
  if (!digit || at >= to) return undefined
  for (let glued = index; glued <= at; glued++) if (tokens[glued]!.spaced) return undefined
  const power = superscripts.get(digit.text) ?? (digit.kind === 'number' && digit.decimals === 0 && digit.text.length === 1 ? digit.value : undefined)
  if (power === undefined || power === 0) return undefined
  // "m-3" is a code or a range; a minus without a caret only ever inverts ("s-1").
  if (negative && !caret && power !== 1) return undefined
  return {power: negative ? -power : power, to: at + 1}
}

const separators: ReadonlySet<string> = new Set([',', ';', ')', ']', '!', '?', '…'])

/** One-letter units only in lower case: "5G" is a network, "5g" grams; a litre is "l" or "L". */
const lowerOnly = new Set(['g', 'm', 't', 'p', 'b'])

/**
 * Units after the figure: "percent", "%", "percentage points", "48 hours",
 * "48-hour", "dollars", "3.2bn SEK", "31C"; then the denominator of a rate:
 * "a barrel", "per day", "/kWh".
 */
export function readUnit(tokens: readonly Token[], mention: Mention, to: number, hasCurrency: boolean): void {
  let index = mention.to
  const first = tokens[index]
  if (!first || index >= to) return
  // "12, 14 and 16", "(about 40)": no unit starts with a separator; only a rate named before the figure is left to read.
  if (first.kind === 'punct' && separators.has(first.text)) {
    readRate(tokens, mention, to)
    return
  }
  // "48-hour hold": the hyphen glues an adjectival unit.
  const hyphenated = first.text === '-' && !first.spaced && tokens[index + 1] !== undefined && !tokens[index + 1]!.spaced
  if (hyphenated) index++

  // "45 more minutes", "20 extra hours": the unit after the comparative.
  if (!hyphenated && unitComparatives.has(first.lower) && matchUnit(tokens, index + 1, to, false, mention)) index++
  const found = matchUnit(tokens, index, to, hyphenated, mention)
  let info = found?.info
  let end = found?.to ?? index
  if (!info) {
    readRate(tokens, mention, to)
    return
  }
  if (hasCurrency && info.dimension === 'currency' && (info.unit === mention.unit || !found?.code)) {
    // "$5 dollars": the word repeats the sign.
    extend(tokens, mention, end)
    readRate(tokens, mention, to)
    return
  }
  if (hasCurrency) {
    readRate(tokens, mention, to)
    return
  }
  // "361 million pounds" is money; "200 pounds" could be weight.
  // "1.2 million pounds of food" is weighed; "361 million pounds of funding" is money.
  if (info.unit === 'pound' && tokens[mention.to - 1] && scales.has(tokens[mention.to - 1]!.lower) && !weighed(tokens, end)) info = {unit: 'GBP', dimension: 'currency'}
  mention.unit = info.unit
  mention.dimension = info.dimension
  const rate = rateUnits.get(info.unit)
  if (rate) {
    mention.unit = rate.unit
    mention.dimension = rate.dimension
    mention.per = rate.per
  }
  // "a 7-year-old boy": the age reads with its "-old".
  if (hyphenated && tokens[end]?.text === '-' && tokens[end + 1]?.lower === 'old' && !tokens[end]!.spaced && !tokens[end + 1]!.spaced) {
    end += 2
    if (info.unit === 'year' || info.unit === 'month' || info.unit === 'week' || info.unit === 'day') mention.kind = 'age'
  } else if (!hyphenated && tokens[end]?.lower === 'old' && info.dimension === 'time' && tokens[end - 1]?.lower.endsWith('s')) {
    // "37 years old".
    mention.kind = 'age'
  }
  if (isPluralPossessive(tokens, end, to)) end++
  mention.unitSpan = {from: mention.to, to: end}
  extend(tokens, mention, end)
  readCompound(tokens, mention, to)
  readRate(tokens, mention, to)
}

/**
 * Whether a figure before "pm" can tell the time: "3 pm", "2.30 pm". One
 * decimal or three ("2.1 pm", "2.123 pm") or minutes past 59 ("2.75 pm")
 * cannot, and "pm" after them is picometres.
 */
function clockFigure(figure: Token | undefined): boolean {
  if (figure?.kind !== 'number') return true
  if (figure.decimals === 0) return true
  const minutes = Number(figure.text.slice(figure.text.indexOf('.') + 1))
  return figure.decimals === 2 && minutes < 60 && figure.value < 24
}

/** "six weeks' time", "two years’ pay": the apostrophe of a plural possessive belongs to the unit before a lower-case noun. */
function isPluralPossessive(tokens: readonly Token[], end: number, to: number): boolean {
  const mark = tokens[end]
  const noun = tokens[end + 1]
  return (mark?.text === "'" || mark?.text === '’') && !mark.spaced && tokens[end - 1]!.lower.endsWith('s') && end + 1 < to &&
    noun !== undefined && noun.spaced && noun.kind === 'word' && noun.text === noun.lower && !notPossessed.some((tag) => tagsOf(noun.lower).has(tag))
}
/** Words after a closing quote that no possessive owns: "said 'three weeks' and left". */
const notPossessed = ['Conjunction', 'Preposition', 'Determiner', 'Copula', 'Pronoun', 'Adverb', 'Modal', 'Auxiliary']

/** Units whose smaller part may follow: "5 ft 2 in", "5 feet and 2 inches", "9 pounds 4 ounces". */
const compounds: ReadonlyMap<string, {unit: string; per: number}> = new Map([['foot', {unit: 'inch', per: 12}], ['pound', {unit: 'ounce', per: 16}]])

function readCompound(tokens: readonly Token[], mention: Mention, to: number): void {
  const compound = compounds.get(mention.unit)
  if (!compound || !Number.isInteger(mention.value)) return
  let index = mention.to
  // "the 6-foot-4 guard", "a 6-foot-10-inch center": a height in sports copy, the inches glued on by a hyphen.
  const glued = gluedInches(tokens, index, to, compound.per)
  if (mention.unit === 'foot' && glued) {
    mention.value = Number((mention.value + tokens[index + 1]!.value / compound.per).toPrecision(15))
    mention.precision = 1 / compound.per
    extend(tokens, mention, glued)
    return
  }
  if (tokens[index]?.lower === 'and') index++
  const number = tokens[index]
  const unit = tokens[index + 1]
  if (!number || !unit || index + 1 >= to || number.kind !== 'number' || number.decimals > 0) return
  if (units.get(unit.lower)?.unit !== compound.unit || number.value >= compound.per) return
  mention.value = Number((mention.value + number.value / compound.per).toPrecision(15))
  mention.precision = 1 / compound.per
  extend(tokens, mention, index + 2)
}

/** Where "-4" or "-4-inch" glued after "6-foot" ends, or nothing: the inches a whole number below a foot, no word glued after. */
function gluedInches(tokens: readonly Token[], index: number, to: number, per: number): number | undefined {
  const hyphen = tokens[index]
  const inches = tokens[index + 1]
  if (!hyphen || hyphen.text !== '-' || hyphen.spaced || !inches || inches.kind !== 'number' || inches.spaced || index + 1 >= to) return undefined
  if (inches.decimals > 0 || inches.grouped || inches.value >= per) return undefined
  const after = tokens[index + 2]
  if (after?.text === '-' && !after.spaced && units.get(tokens[index + 3]?.lower ?? '')?.unit === 'inch' && index + 3 < to) return index + 4
  return !after || after.spaced || after.kind === 'punct' && after.text !== '-' ? index + 2 : undefined
}

function extend(tokens: readonly Token[], mention: Mention, end: number): void {
  mention.to = end
  mention.end = tokens[end - 1]!.end
}

function matchUnit(tokens: readonly Token[], index: number, to: number, hyphenated: boolean, mention: Mention): {info: UnitInfo; to: number; code?: boolean} | undefined {
  const phrase = matchUnitPhrase(tokens, index, to)
  if (phrase) return phrase
  const token = tokens[index]
  if (!token || index >= to) return undefined
  const glued = !token.spaced || hyphenated
  // "3.2bn SEK", "500 AED", "10 rmb", "30 MUSD", "10 $".
  const code = codeOf(token, true)
  // "3 USD50 cards": a code glued to the next amount is that amount's.
  const gluedAhead = tokens[index + 1]?.kind === 'number' && !tokens[index + 1]!.spaced
  if (code && !gluedAhead) {
    if (code.factor !== 1) {
      mention.value = shiftDecimal(mention.value, Math.log10(code.factor))
      mention.precision = shiftDecimal(mention.precision, Math.log10(code.factor))
    }
    return {info: {unit: code.code, dimension: 'currency'}, to: index + 1, code: true}
  }
  const suffix = currencySuffix(tokens, index, to)
  if (suffix) return {info: {unit: suffix, dimension: 'currency'}, to: index + 1}
  // "520c/kg", "189.9c/L": cents glued to the figure before a slash rate.
  if (token.text === 'c' && !token.spaced && tokens[index + 1]?.text === '/' && !tokens[index + 1]!.spaced && tokens[index + 2]?.kind === 'word' && !tokens[index + 2]!.spaced) {
    return {info: {unit: 'cent', dimension: 'currency'}, to: index + 1}
  }
  // "31C", "-4F": a temperature glued to its scale.
  if (glued && (token.text === 'C' || token.text === 'F') && Math.abs(mention.value) <= 150 && !(tokens[index + 1]?.kind === 'word' && !tokens[index + 1]!.spaced)) {
    return {info: {unit: token.text === 'C' ? 'celsius' : 'fahrenheit', dimension: 'temperature'}, to: index + 1}
  }
  // "20 (kg)", "20 [kg]": a unit in brackets.
  const closer = brackets.get(token.text)
  if (closer && tokens[index + 2]?.text === closer && index + 2 < to) {
    const inner = units.get(tokens[index + 1]!.lower)
    if (inner && tokens[index + 1]!.kind === 'word') return {info: inner, to: index + 3}
  }
  // '10 " long', "6′2″": inches and feet by their marks before a measure word.
  if ((token.text === '"' || token.text === '″') && measureAdjectives.has(tokens[index + 1]?.lower ?? '')) return {info: {unit: 'inch', dimension: 'length'}, to: index + 1}
  // "24703m212", "B2B", "L-202": letters with digits glued after them are a code ("6-foot-4" is a height).
  const codeAfter = tokens[index + 1]?.text === '-' && !tokens[index + 1]!.spaced && token.text === token.text.toUpperCase() ? index + 2 : index + 1
  const gluedDigits = tokens[codeAfter]?.kind === 'number' && !tokens[codeAfter]!.spaced && token.kind === 'word'
  if (token.text === 'pm' && !clockFigure(tokens[mention.to - 1])) return {info: {unit: 'picometre', dimension: 'length'}, to: index + 1}
  const exact = exactCaseUnits.get(token.text)
  if (exact && !gluedDigits) return {info: exact, to: index + 1}
  // "4e14 s-1", "50 s⁻¹": per second is a frequency.
  if (token.text === 's' || token.lower === 'sec') {
    const inverse = readPower(tokens, index + 1, to)
    if (inverse?.power === -1) return {info: {unit: 'hertz', dimension: 'frequency'}, to: inverse.to}
  }
  const candidate = units.get(token.lower)
  if (!candidate || (token.kind !== 'word' && token.text !== '%' && token.text !== '‰' && token.text !== '°' && token.text !== '¢' && token.text !== '℃' && token.text !== '℉')) return undefined
  // "190 km2", "24703m2", "120 m²", "3 m^3": squared and cubed by a glued power.
  const power = readPower(tokens, index + 1, to)
  if (candidate.dimension === 'length' && (power?.power === 2 || power?.power === 3)) {
    const squared = poweredUnits.get(`${candidate.unit}${power.power}`)
    if (squared && !(tokens[power.to]?.kind === 'number' && !tokens[power.to]!.spaced)) return {info: squared, to: power.to}
  }
  if (gluedDigits) return undefined
  // "100 MB", "5 KW": capitals make a spaced abbreviation a unit; "12 m 2 dm", "1 m x 1 m": so does a figure or a sign after it.
  const standalone = (token.text.length >= 2 && token.text === token.text.toUpperCase()) ||
    (token.lower === 'in' && measureAdjectives.has(tokens[index + 1]?.lower ?? '') && tokens[index + 1]?.lower !== 'in') ||
    (token.lower === 'in' && endsText(tokens, index + 1, to) && measuredBefore(tokens, mention)) ||
    (!['p', 'b', 'in', 'won'].includes(token.lower) && (tokens[index + 1] === undefined || index + 1 >= to || tokens[index + 1]!.kind !== 'word' || tokens[index + 1]!.lower === 'x' || measureAdjectives.has(tokens[index + 1]!.lower)))
  // "278,000 t valued": a lone "t" after grouped thousands (no year) is tonnes.
  const tonnes = token.text === 't' && mention.form === 'numeral' && (tokens[mention.to - 1]!.grouped || Math.abs(mention.value) >= 10000)
  // "40 t of grain", "4 L of wine": a one-letter symbol before what it measures.
  const measuresWhatFollows = (token.lower === 't' || token.lower === 'l') && mention.form === 'numeral' && tokens[index + 1]?.lower === 'of'
  if (ambiguousUnits.has(token.lower) && !glued && !standalone && !tonnes && !measuresWhatFollows) return undefined
  // "5G", "3D", "4K": a capital glued to digits names a standard, "5g" is grams.
  if (token.text.length === 1 && lowerOnly.has(token.text.toLowerCase()) && token.text !== token.lower) return undefined
  // "won 1,500" never reaches here; "1,500 won" is money, "the team 2 won" is rare enough, but "3 won" in a score is not.
  if (token.lower === 'won' && mention.value < 100 && !scales.has(tokens[index - 1]?.lower ?? '')) return undefined
  return {info: candidate, to: index + 1}
}

/** What money is spent or raised as, after "pounds of". */
const moneyNouns: ReadonlySet<string> = new Set(['funding', 'investment', 'investments', 'money', 'spending', 'cash', 'aid', 'debt', 'debts', 'savings', 'support', 'grants', 'taxpayers', 'public', 'revenue', 'sales', 'profit', 'profits', 'losses', 'damage', 'damages', 'fines', 'compensation', 'bonuses', 'contracts', 'assets', 'cuts', 'loans', 'subsidies', 'borrowing', 'tax', 'taxes', 'income', 'donations', 'capital', 'funds', 'business', 'orders', 'value', 'transfers', 'benefits'])

/** "pounds of food", "pounds of fentanyl": what follows "of" is weighed, unless it is money's. */
function weighed(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.lower !== 'of') return false
  const next = tokens[end + 1]
  return next !== undefined && next.kind === 'word' && !moneyNouns.has(next.lower) && next.lower !== 'the' && next.lower !== 'its' && next.lower !== 'their'
}

const closingMarks = new Set(['.', '!', '?'])

/** "… is 2 in." or "… is 2 in": only end punctuation, or nothing, stands between `index` and the end of the sentence. */
function endsText(tokens: readonly Token[], index: number, to: number): boolean {
  if (index >= to || tokens[index] === undefined) return true
  return closingMarks.has(tokens[index]!.text) && (index + 1 >= to || tokens[index + 1] === undefined)
}

/** "is 2 in.", not "let 2 in." nor "let two in.": a spelled number, or a numeral after a verb that takes "in" as its particle, is no length. */
function measuredBefore(tokens: readonly Token[], mention: Mention): boolean {
  return mention.form === 'numeral' && !particleVerbs.has(tokens[mention.from - 1]?.lower ?? '')
}
/** Verbs whose object "in" may follow as a particle: "let 2 in", "brought 3 in", "called 5 in". */
const particleVerbs = new Set([
  'let', 'lets', 'letting', 'put', 'puts', 'bring', 'brings', 'brought', 'send', 'sends', 'sent', 'call', 'calls', 'called', 'get', 'gets',
  'got', 'take', 'takes', 'took', 'hand', 'handed', 'turn', 'turned', 'check', 'checked', 'move', 'moved', 'pack', 'packed', 'fit', 'fits'
])
