import {readdirSync, readFileSync} from 'node:fs'
import {type Claim, extractClaims} from '@claimtrace/extract'

/** One hand-checked quantity of `fixtures/quantities/dev/*.json` (see its README). */
export interface GoldQuantity {
  surface: string
  occurrence?: number
  value: number | null
  low?: number
  high?: number
  unit: string
  per?: string
  bound?: string
  kind?: 'level' | 'change' | 'age'
  change?: 'up' | 'down'
  from?: number
}

export interface GoldCase {
  id: string
  text: string
  quantities: GoldQuantity[]
}

export interface CaseOutcome {
  gold: GoldCase
  predicted: Claim[]
  /** Per level, how many gold quantities were matched. */
  matched: Record<Level, number>
}

export type Level = 'value' | 'value+unit' | 'value+change'
export const levels: Level[] = ['value', 'value+unit', 'value+change']

const root = new URL('../../fixtures/quantities/dev/', import.meta.url)

export function loadDevCorpus(): Array<{domain: string; cases: GoldCase[]}> {
  return readdirSync(root)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({domain: name.replace(/\.json$/, ''), cases: JSON.parse(readFileSync(new URL(name, root), 'utf8')) as GoldCase[]}))
}

const close = (a: number | null | undefined, b: number | null | undefined) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b)))

function sameValue(gold: GoldQuantity, claim: Claim): boolean {
  if (gold.value === null) return claim.value === null && close(claim.low, gold.low) && close(claim.high, gold.high)
  return close(claim.value, gold.value)
}

const tests: Record<Level, (gold: GoldQuantity, claim: Claim) => boolean> = {
  value: sameValue,
  'value+unit': (gold, claim) => sameValue(gold, claim) && gold.unit === claim.unit && (gold.per ?? null) === (claim.per ?? null),
  'value+change': (gold, claim) => sameValue(gold, claim) && (gold.change ?? null) === (claim.direction ?? null)
}

/**
 * The metric shape of the CQE paper (Almasian et al., EMNLP 2023): a gold
 * quantity counts when a predicted one, not yet used, has the same value; then
 * also the same unit (and rate denominator); then also the same change.
 */
export function scoreCase(gold: GoldCase): CaseOutcome {
  const predicted = extractClaims(gold.text)
  const matched = {} as Record<Level, number>
  for (const level of levels) {
    const used = new Set<Claim>()
    let count = 0
    for (const quantity of gold.quantities) {
      const claim = predicted.find((candidate) => !used.has(candidate) && tests[level](quantity, candidate))
      if (claim) {
        used.add(claim)
        count++
      }
    }
    matched[level] = count
  }
  return {gold, predicted, matched}
}

export interface Scores {
  gold: number
  predicted: number
  f1: Record<Level, number>
}

export function summarize(outcomes: readonly CaseOutcome[]): Scores {
  const gold = outcomes.reduce((sum, outcome) => sum + outcome.gold.quantities.length, 0)
  const predicted = outcomes.reduce((sum, outcome) => sum + outcome.predicted.length, 0)
  const f1 = {} as Record<Level, number>
  for (const level of levels) {
    const matched = outcomes.reduce((sum, outcome) => sum + outcome.matched[level], 0)
    const precision = predicted === 0 ? 0 : matched / predicted
    const recall = gold === 0 ? 0 : matched / gold
    f1[level] = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  }
  return {gold, predicted, f1}
}
