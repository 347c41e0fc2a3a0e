import type {FactRecord} from '../fact-record.js'
import type {FactStore} from '../store/fact-store.js'
import type {ClaimView} from './claim-view.js'
import {compareFigure} from './compare.js'
import {swappedUnits} from './conflict-kind.js'
import type {LinkDimension, NearMiss} from './link.js'
import {metricKind} from './metric-kind.js'
import {label, round} from './reasons.js'
import {assess, type Scored} from './score.js'

/** A record that fails on exactly one dimension, with its score. */
export interface Near {
  scored: Scored
  dimension: LinkDimension
  /** The claim's figure in the record's unit is in another unit (percent for percentage points). */
  swapped: boolean
}

const priority: readonly LinkDimension[] = ['period', 'scope', 'unit', 'kind', 'metric']

/**
 * The record closest to a claim that has none: among the candidates the
 * claim refused, and those it would have found in any period, any place, or
 * percent for percentage points, the best that fails on one dimension only.
 */
export function closest(view: ClaimView, words: ReadonlyMap<string, number>, store: FactStore, threshold: number, refused: ReadonlyArray<{record: FactRecord; unit: number}>, query: {terms: readonly string[]; scope: readonly string[] | undefined}): Near | undefined {
  const seen = new Set<string>()
  let best: Near | undefined
  const consider = (record: FactRecord, unit: number, swapped: boolean) => {
    const key = `${record.id}\u0000${record.unit}`
    if (seen.has(key)) return
    seen.add(key)
    const failures: LinkDimension[] = []
    const scored = assess(view, words, record, unit, threshold, failures) as Scored
    if (swapped) failures.push('unit')
    // A near miss is a record the claim's own words name, failing on one other dimension; or one that fails on its metric only.
    if (failures.length !== 1 || (failures[0] !== 'metric' && !scored.ownMetric)) return
    const near = {scored, dimension: failures[0]!, swapped}
    if (!best || rank(near) < rank(best) || (rank(near) === rank(best) && scored.score > best.scored.score)) best = near
  }
  for (const {record, unit} of refused) consider(record, unit, false)
  for (const [unit, {unit: name}] of view.figures.entries()) {
    if (view.years) for (const record of store.candidates({terms: query.terms, unit: name, scope: query.scope})) consider(record, unit, false)
    if (query.scope) for (const record of store.candidates({terms: query.terms, unit: name, years: view.years})) consider(record, unit, false)
    const swapped = swappedUnits[name]
    if (swapped) for (const record of store.candidates({terms: query.terms, unit: swapped, scope: query.scope, years: view.years})) consider(record, unit, true)
  }
  return best
}

function rank(near: Near): number {
  return priority.indexOf(near.dimension)
}

/** The near miss as a link states it: what differed, and whether the figure would fit. */
export function describeNear(view: ClaimView, near: Near): NearMiss {
  const {record} = near.scored
  const figure = view.figures[near.scored.unit]!
  const fits = compareFigure(figure, record).fits
  return {dimension: near.dimension, recordId: record.id, explanation: explanation(view, near), fits}
}

function explanation(view: ClaimView, near: Near): string {
  const {record} = near.scored
  const claim = view.claim
  const where = (other: FactRecord) => other.scope.description ?? other.scope.place ?? other.scope.organization
  switch (near.dimension) {
    case 'period': {
      const [choice] = view.periods
      if (record.aggregation === 'total' && choice && choice.first <= record.period.end && choice.last >= record.period.start) {
        const part = choice.first >= record.period.start && choice.last <= record.period.end
        const whole = choice.first <= record.period.start && choice.last >= record.period.end
        return `a total for ${label(record)} exists (\`${record.id}\`); the claim's ${claimPeriod(view)} is ${part ? 'only part of' : whole ? 'more than' : 'not'} that period, a total of its own`
      }
      return `a record for ${label(record)} exists (\`${record.id}\`); none for the claim's ${claimPeriod(view)}`
    }
    case 'scope':
      return `a record for ${where(record)} exists (\`${record.id}\`); none for the claim's ${view.names.join(', ')}`
    case 'unit': {
      const per = metricKind(record).per
      return `a record in ${record.unit}${per ? ` per ${per}` : ''} exists (\`${record.id}\`); the claim is in ${view.figures[near.scored.unit]!.unit}${claim.per ? ` per ${claim.per}` : ''}`
    }
    case 'kind': {
      const kind = metricKind(record)
      const of = (change: boolean, age: boolean) => (change ? 'a change' : age ? 'an age' : 'a level')
      if (kind.flow) {
        const flow = kind.flow === 'up' ? 'added' : 'taken away'
        const stated = claim.kind === 'change' ? `a change ${claim.direction === 'up' ? 'up' : 'down'}` : 'a level, not what was added or taken away'
        return `a record of what a period ${flow} exists (\`${record.id}\`); the claim states ${stated}`
      }
      return `a record of ${of(kind.change, kind.age)} exists (\`${record.id}\`); the claim states ${of(claim.kind === 'change', claim.kind === 'age')}`
    }
    case 'metric':
      return `the closest record, \`${record.metric.name}\` (\`${record.id}\`), is not what the claim's own words say (${round(near.scored.metric)})`
  }
}

function claimPeriod(view: ClaimView): string {
  const [choice] = view.periods
  const period = view.claim.period
  if (!choice) return period ? `\`${period.text}\`` : 'period'
  if (choice.how === 'stated' && period) return /^\d{4}$/.test(period.text) ? period.text : `\`${period.text}\` (${spanLabel(choice.first, choice.last)})`
  return `${spanLabel(choice.first, choice.last)} (${choice.how === 'date' ? "the article's date" : choice.how === 'main' ? "the article's main period" : 'placed'})`
}

/** `2024` for a whole year, `2024-03` for a whole month, else the dates. */
export function spanLabel(first: string, last: string): string {
  if (first.slice(0, 4) === last.slice(0, 4) && first.endsWith('-01-01') && last.endsWith('-12-31')) return first.slice(0, 4)
  if (first.slice(0, 7) === last.slice(0, 7) && first.endsWith('-01') && Number(last.slice(8)) >= 28 && new Date(`${last}T00:00:00Z`).getUTCDate() === new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 0)).getUTCDate()) return first.slice(0, 7)
  return first === last ? first : `${first}..${last}`
}
