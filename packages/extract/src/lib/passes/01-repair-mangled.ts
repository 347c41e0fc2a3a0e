import type {Repair} from '../claim.js'
import {units} from '../lexicon/units.js'
import {scales} from '../lexicon/number-words.js'
import type {Token} from '../tokenize.js'

interface Candidate {
  rule: Repair['rule']
  /** Token indexes `[from, to)` that become one number. */
  from: number
  to: number
  /** Needs support from other mangled numbers in the document. */
  weak: boolean
  /** The groups run on as a list ("10, 120 and 130"): not a number. */
  list?: boolean
}

/** What the whole document says about mangling, for deciding each candidate. */
export interface MangledEvidence {
  /** The document writes some number with separators (`1,234`): it is less likely to mangle one. */
  grouped: boolean
  /** How many mangled-looking numbers the document has. */
  candidates: number
}

/**
 * Scrapers that strip markup often put a space after every `,` or `.` inside
 * numbers: "10, 701", "26. 9 percent". Find such numbers, decide with the
 * whole document as evidence (a scrape that mangles one number usually
 * mangles others), and merge them into one number token that records the repair.
 * A genuine list ("in 2014, 2015 and 2016") never matches: its parts are not
 * three-digit groups.
 *
 * A long document is repaired a stretch at a time: pass the evidence of the
 * whole document (`mangledEvidence` summed over its stretches) and `end`,
 * the index of the first token after the stretch (tokens from `end` on are
 * only looked at). A stretch must not end inside a number: see `canEndBefore`.
 */
export function repairMangledNumbers(input: string, tokens: Token[], evidence = mangledEvidence(input, tokens), end = tokens.length): Token[] {
  const candidates = findCandidates(input, tokens, evidence.grouped, end)
  const accepted = candidates.filter((candidate) => !candidate.weak || evidence.candidates >= 2)
  if (accepted.length === 0) return end === tokens.length ? tokens : tokens.slice(0, end)

  const result: Token[] = []
  let next = 0
  for (const candidate of accepted) {
    while (next < candidate.from) result.push(tokens[next++]!)
    result.push(merge(input, tokens, candidate, evidence.candidates))
    next = candidate.to
  }
  while (next < end) result.push(tokens[next++]!)
  return result
}

/** The evidence in tokens `[0, end)`: tokens from `end` on are only looked at. */
export function mangledEvidence(input: string, tokens: readonly Token[], end = tokens.length): MangledEvidence {
  let grouped = false
  for (let index = 0; index < end && !grouped; index++) grouped = tokens[index]!.kind === 'number' && tokens[index]!.grouped
  return {grouped, candidates: findCandidates(input, tokens, grouped, end).length}
}

/**
 * Whether a stretch of tokens may end before `tokens[index]`: no mangled
 * number runs through it (it is not a `,` or `.` glued to a number, nor a
 * number one space after one).
 */
export function canEndBefore(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  const previous = tokens[index - 1]
  if (!token || !previous) return true
  if ((token.text === ',' || token.text === '.') && !token.spaced) return false
  return !(token.kind === 'number' && (previous.text === ',' || previous.text === '.') && token.start === previous.end + 1)
}

function findCandidates(input: string, tokens: readonly Token[], grouped: boolean, end: number): Candidate[] {
  const candidates: Candidate[] = []
  // A group chain rejected as a list is rejected from every start inside it: never walk it twice.
  let walked = 0
  for (let index = 0; index < end; index++) {
    const chain = index >= walked ? thousands(input, tokens, index, grouped) : undefined
    if (chain) walked = chain.to
    const candidate = chain && !chain.list ? chain : decimal(input, tokens, index)
    if (candidate && !candidate.list) {
      candidates.push(candidate)
      index = candidate.to - 1
    }
  }
  return candidates
}

/** `10, 701` and `1, 234, 567`. */
function thousands(input: string, tokens: readonly Token[], index: number, clean: boolean): Candidate | undefined {
  const first = tokens[index]!
  if (first.kind !== 'number' || first.grouped || first.decimals > 0 || first.digits > 3) return undefined
  // "6-foot-4, 220 pounds", "COVID-19, 300 cases": a figure glued on by a hyphen ends a compound, and starts no number.
  if (first.start > 0 && input.charCodeAt(first.start - 1) === 45) return undefined
  let to = index + 1
  while (isGap(input, tokens, to, ',') && isGroup(tokens[to + 1]!)) to += 2
  if (to === index + 1) return undefined
  // "pages 10, 120 and 130": the groups run on as a list.
  const after = tokens[to]
  const listy = after !== undefined && ((after.text === ',' && tokens[to + 1]?.kind === 'number') ||
    ((after.lower === 'and' || after.lower === 'or') && tokens[to + 1]?.kind === 'number'))
  // A mangled number sits in prose ("fell to 10, 701 in 2014"); groups with no word on either side
  // ("1, 234, 567" on its own) are as likely a list of values, so they need other mangled numbers as evidence.
  const bare = !proseBefore(input, first.start) && !(after !== undefined && (after.kind === 'word' || currencySigns.has(after.text)))
  return {rule: 'thousands-separator-space', from: index, to, weak: clean || bare, list: listy}
}

const currencySigns = new Set(['$', '€', '£', '¥', '₹'])

/**
 * Whether a word or a currency sign ends right before `start` (over a few
 * spaces). Read from the text, not the tokens, since a stretch of tokens
 * may begin at the number.
 */
function proseBefore(input: string, start: number): boolean {
  let index = start - 1
  while (index >= 0 && start - index <= 8 && /\s/.test(input.charAt(index))) index--
  const char = input.charAt(index)
  return index >= 0 && (/\p{L}/u.test(char) || currencySigns.has(char))
}

/** `26. 9 percent`: only with a unit or scale after, since "in 2015. 9 people" ends a sentence. */
function decimal(input: string, tokens: readonly Token[], index: number): Candidate | undefined {
  const first = tokens[index]!
  if (first.kind !== 'number' || first.decimals > 0 || first.digits > 3) return undefined
  if (!isGap(input, tokens, index + 1, '.')) return undefined
  const fraction = tokens[index + 2]!
  if (fraction.kind !== 'number' || fraction.grouped || fraction.decimals > 0 || fraction.digits > 3) return undefined
  const unit = tokens[index + 3]
  const typed = unit !== undefined && (units.has(unit.lower) || scales.has(unit.lower))
  if (!typed) return undefined
  // "aged 30. 5 years on" could end a sentence: durations need other mangled numbers as evidence.
  return {rule: 'decimal-point-space', from: index, to: index + 3, weak: units.get(unit.lower)?.dimension === 'time'}
}

/** `,` or `.` glued to the previous number and followed by exactly one space. */
function isGap(input: string, tokens: readonly Token[], index: number, separator: string): boolean {
  const token = tokens[index]
  const next = tokens[index + 1]
  return token !== undefined && next !== undefined && token.text === separator && !token.spaced &&
    next.start === token.end + 1 && input.charCodeAt(token.end) === 32
}

function isGroup(token: Token): boolean {
  return token.kind === 'number' && !token.grouped && token.digits === 3 && token.text.length === 3
}

function merge(input: string, tokens: readonly Token[], candidate: Candidate, evidence: number): Token {
  const first = tokens[candidate.from]!
  const last = tokens[candidate.to - 1]!
  const original = input.slice(first.start, last.end)
  const repaired = original.replaceAll(/([,.]) /g, '$1')
  const [integer = '', fraction = ''] = repaired.replaceAll(',', '').split('.')
  const repair: Repair = {rule: candidate.rule, original, repaired, start: first.start, end: last.end, evidence}
  return {
    ...first,
    end: last.end,
    text: original,
    lower: original,
    value: Number(`${integer}.${fraction || '0'}`),
    decimals: fraction.length,
    digits: integer.length,
    grouped: candidate.rule === 'thousands-separator-space',
    repairs: [repair]
  }
}
