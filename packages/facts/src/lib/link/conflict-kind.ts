import type {FactRecord} from '../fact-record.js'
import type {FactStore} from '../store/fact-store.js'
import type {ClaimView} from './claim-view.js'
import {compareFigure, type Figure, measure} from './compare.js'
import type {Arithmetic, Conflict, LinkDimension} from './link.js'
import {label} from './reasons.js'
import {assess, inScope, type Scored} from './score.js'

/** Units a figure is mistaken between: a share in percent and a change in percentage points. */
export const swappedUnits: Readonly<Record<string, string>> = {percent: 'percentage-point', 'percentage-point': 'percent'}

/**
 * Another record the claim's own words name, failing only on period or
 * place, whose figure the claim states. Of the same metric, it is the cause
 * of a conflict: the figure is right for another period or place. Of another
 * metric ("the 30-year normal of 43.6 inches" beside 2023's total), the claim
 * may be that record's: a reason (string) not to call it conflicting.
 */
export function otherReading(view: ClaimView, words: ReadonlyMap<string, number>, best: Scored, store: FactStore, threshold: number, query: {terms: readonly string[]; scope: readonly string[] | undefined}): Conflict | {dimension: 'period' | 'scope'; reason: string} | undefined {
  const {record} = best
  const unit = view.figures[best.unit]!.unit
  const seen = new Set([record.id])
  const lookups = [store.candidates({terms: query.terms, unit, scope: query.scope}), store.candidates({terms: query.terms, unit, years: view.years})]
  let explained: {dimension: 'period' | 'scope'; reason: string} | undefined
  for (const found of lookups) {
    for (const other of found) {
      if (seen.has(other.id)) continue
      seen.add(other.id)
      const failures: LinkDimension[] = []
      const scored = assess(view, words, other, best.unit, threshold, failures) as Scored
      const dimension = failures[0]
      if (failures.length !== 1 || (dimension !== 'period' && dimension !== 'scope') || !scored.ownMetric || !measure(view, other, best.unit).fits) continue
      const where = (of: FactRecord) => of.scope.description ?? of.scope.place ?? of.scope.organization
      if (other.metric.name === record.metric.name) {
        return dimension === 'period'
          ? {kind: 'wrong-period', explanation: `\`${view.claim.text}\` is the figure for ${label(other)} (\`${other.id}\`), not for ${label(record)}`, recordId: other.id}
          : {kind: 'wrong-scope', explanation: `\`${view.claim.text}\` is the figure for ${where(other)} (\`${other.id}\`), not for ${where(record)}`, recordId: other.id}
      }
      explained ??= {dimension, reason: `its own words also name \`${other.metric.name}\` (${label(other)}, \`${other.id}\`), whose figure it states; the ${dimension} it is read with may not be its own`}
    }
  }
  return explained
}

/** The likely cause a conflict's figures show: percent for percentage points, scale, digits, hedge, rounding. */
export function conflictKind(view: ClaimView, scored: Scored, figure: Figure, arithmetic: Arithmetic, store: FactStore, query: {terms: readonly string[]; scope: readonly string[] | undefined}): Conflict | undefined {
  const {record} = scored
  const unit = view.figures[scored.unit]!.unit
  // Percent for percentage points, or the reverse: the same figure in the other unit.
  const swapped = swappedUnits[unit]
  if (swapped) {
    for (const other of store.candidates({terms: query.terms, unit: swapped, scope: query.scope, years: view.years})) {
      if (other.metric.name === record.metric.name && sameScope(view, other, record) && overlaps(other, scored) && measure(view, other, scored.unit).fits) {
        return {kind: 'percent-vs-points', explanation: `\`${view.claim.text}\` is the record's figure in ${swapped === 'percent' ? 'percent' : 'percentage points'} (\`${other.id}\`), stated in ${unit === 'percent' ? 'percent' : 'percentage points'}`, recordId: other.id}
      }
    }
  }
  return figureKind(view.claim.text, figure, record, arithmetic)
}

/** Causes the two figures alone show: scale, digits, hedge, rounding. */
export function figureKind(text: string, figure: Figure, record: FactRecord, arithmetic: Arithmetic): Conflict | undefined {
  const {claimed, recorded} = arithmetic
  for (const factor of [1000, 1e6, 1e-3, 1e-6]) {
    if (compareFigure({...figure, bound: figure.bound === '=' ? '=' : '~'}, record, recorded * factor).fits) {
      return {kind: 'scale-slip', explanation: `\`${text}\` is ${factor > 1 ? `${factor.toLocaleString('en-US')} times` : `1/${(1 / factor).toLocaleString('en-US')} of`} the record's ${format(recorded)}`}
    }
  }
  const step = figure.precision
  const stated = digits(claimed, step)
  const expected = digits(recorded, step)
  if (stated && expected && stated !== expected) {
    if (transposed(stated, expected)) return {kind: 'transposed-digits', explanation: `\`${text}\` is the record's ${format(recorded)} with two digits swapped`}
    if (dropped(stated, expected)) return {kind: 'dropped-digit', explanation: `\`${text}\` is the record's ${format(recorded)} with a digit ${stated.length < expected.length ? 'dropped' : 'added'}`}
  }
  const off = Math.abs(recorded - claimed) / Math.max(Math.abs(claimed), Number.MIN_VALUE)
  if (figure.bound !== '=' && off <= 0.25) {
    return {kind: 'hedge-violated', explanation: `\`${text}\` does not hold: the record says ${format(recorded)} (${arithmetic.rule})`}
  }
  // Rounding is the cause only when the record is finer than the claim: 46.46 stated as 46.4, not 3.9 stated as 3.8.
  const rounded = roundTo(recorded, step)
  if (Math.abs(recorded - claimed) <= step * 1.0000001 && rounded !== recorded) {
    return {kind: 'rounding', explanation: `the record's ${format(recorded)} rounds to ${format(rounded)} at the claim's precision (${step}), not ${format(claimed)}`}
  }
  const coarse = coarsePrecision(claimed, step)
  if (coarse > step && Math.abs(recorded - claimed) <= coarse / 2) {
    return {kind: 'rounding', explanation: `\`${text}\` is the record's ${format(recorded)} rounded to the nearest ${format(coarse)}, but stated as exact`}
  }
  return undefined
}

function sameScope(view: ClaimView, other: FactRecord, record: FactRecord): boolean {
  const names = view.names.length > 0 ? view.names : [record.scope.place ?? record.scope.organization ?? '']
  return names.some((name) => inScope(other, name) && inScope(record, name))
}

function overlaps(other: FactRecord, scored: Scored): boolean {
  const period = scored.period
  if (!period) return other.period.start <= scored.record.period.end && other.period.end >= scored.record.period.start
  return other.period.start <= period.last && other.period.end >= period.first
}

/** The figure's digits at a precision: `26.9` at 0.1 → `269`. */
function digits(value: number, step: number): string | undefined {
  const scaled = Math.round(Math.abs(value) / step)
  return Number.isSafeInteger(scaled) && scaled > 0 ? String(scaled) : undefined
}

function transposed(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  const differ: number[] = []
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) differ.push(index)
  return differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!]
}

function dropped(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (long.length !== short.length + 1) return false
  for (let index = 0; index < long.length; index++) if (long.slice(0, index) + long.slice(index + 1) === short) return true
  return false
}

/** The step a figure's trailing zeros suggest it was rounded to: `24,500` → 100. */
function coarsePrecision(value: number, step: number): number {
  let coarse = step
  while (coarse < 1e15 && Math.abs(value) >= coarse * 10 && Math.abs(Math.round(value / (coarse * 10)) * coarse * 10 - value) < step / 2) coarse *= 10
  return coarse
}

/** `value` to the nearest multiple of `step`, as exact as `step`'s decimals allow (3.9 at 0.1 is 3.9, not 3.9000000000000004). */
function roundTo(value: number, step: number): number {
  const places = Math.max(0, -Math.floor(Math.log10(step) + 1e-9))
  return Number((Math.round(value / step) * step).toFixed(places))
}

function format(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : String(value)
}
