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

/**
 * Scrapers that strip markup often put a space after every `,` or `.` inside
 * numbers: "10, 701", "26. 9 percent". Find such numbers, decide with the
 * whole document as evidence (a scrape that mangles one number usually
 * mangles others), and merge them into one number token that records the repair.
 * A genuine list ("in 2014, 2015 and 2016") never matches: its parts are not
 * three-digit groups.
 */
export function repairMangledNumbers(input: string, tokens: Token[]): Token[] {
  // A document that writes other numbers as `1,234` is less likely to mangle this one.
  const clean = tokens.some((token) => token.kind === 'number' && token.grouped)
  const candidates: Candidate[] = []
  // A group chain rejected as a list is rejected from every start inside it: never walk it twice.
  let walked = 0
  for (let index = 0; index < tokens.length; index++) {
    const chain = index >= walked ? thousands(input, tokens, index, clean) : undefined
    if (chain) walked = chain.to
    const candidate = chain && !chain.list ? chain : decimal(input, tokens, index)
    if (candidate && !candidate.list) {
      candidates.push(candidate)
      index = candidate.to - 1
    }
  }
  const evidence = candidates.length
  const accepted = candidates.filter((candidate) => !candidate.weak || evidence >= 2)
  if (accepted.length === 0) return tokens

  const result: Token[] = []
  let next = 0
  for (const candidate of accepted) {
    while (next < candidate.from) result.push(tokens[next++]!)
    result.push(merge(input, tokens, candidate, evidence))
    next = candidate.to
  }
  while (next < tokens.length) result.push(tokens[next++]!)
  return result
}

/** `10, 701` and `1, 234, 567`. */
function thousands(input: string, tokens: Token[], index: number, clean: boolean): Candidate | undefined {
  const first = tokens[index]!
  if (first.kind !== 'number' || first.grouped || first.decimals > 0 || first.digits > 3) return undefined
  let to = index + 1
  while (isGap(input, tokens, to, ',') && isGroup(tokens[to + 1]!)) to += 2
  if (to === index + 1) return undefined
  // "pages 10, 120 and 130": the groups run on as a list.
  const after = tokens[to]
  const listy = after !== undefined && ((after.text === ',' && tokens[to + 1]?.kind === 'number') ||
    ((after.lower === 'and' || after.lower === 'or') && tokens[to + 1]?.kind === 'number'))
  return {rule: 'thousands-separator-space', from: index, to, weak: clean, list: listy}
}

/** `26. 9 percent`: only with a unit or scale after, since "in 2015. 9 people" ends a sentence. */
function decimal(input: string, tokens: Token[], index: number): Candidate | undefined {
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
function isGap(input: string, tokens: Token[], index: number, separator: string): boolean {
  const token = tokens[index]
  const next = tokens[index + 1]
  return token !== undefined && next !== undefined && token.text === separator && !token.spaced &&
    next.start === token.end + 1 && input.charCodeAt(token.end) === 32
}

function isGroup(token: Token): boolean {
  return token.kind === 'number' && !token.grouped && token.digits === 3 && token.text.length === 3
}

function merge(input: string, tokens: Token[], candidate: Candidate, evidence: number): Token {
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
