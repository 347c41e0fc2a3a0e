import type {Claim} from '@claimtrace/extract'
import type {FactRecord} from '../fact-record.js'
import type {FactStore} from '../store/fact-store.js'
import type {ArticleContext} from './article-context.js'
import type {ClaimView} from './claim-view.js'
import {figureOf, measure as measureUnit} from './compare.js'
import {conflictKind, otherReading} from './conflict-kind.js'
import type {Arithmetic, Link, LinkDimension} from './link.js'
import {metricKind} from './metric-kind.js'
import {closest, describeNear} from './near-miss.js'
import {explain, gapText, label, round} from './reasons.js'
import {assess, inScope, type Scored} from './score.js'
import {terms} from './terms.js'
import {readsAsThreshold} from './threshold.js'
import {describeVersion, inForce, versionsOf} from './versions.js'

/** What linking one figure needs besides the claim. */
export interface Env {
  store: FactStore
  threshold: number
  context: ArticleContext
  /** Records an earlier figure of the same sentence agrees with: not this figure's, unless it states their figure too. */
  taken?: ReadonlyMap<string, number> | undefined
}

/** A link, and the record it settled on (for the `from` figure and direction checks). */
export interface Linked {
  link: Link
  best: Scored | undefined
}

const noNotes: string[] = Object.freeze([]) as unknown as string[]

/** A link in one shape, in the order JSON shows it: no spreads (this runs once per claim, and a spread costs a shape). */
function makeLink(claim: Claim, recordId: string | null, verdict: Link['verdict'], score: number, reasons: string[], arithmetic: Arithmetic | null, candidates: Link['candidates']): Link {
  return {claimId: claim.id, recordId, verdict, score, reasons, arithmetic, repaired: claim.repairs.length > 0, candidates}
}

/** Two candidates closer than this are equally good. */
const tie = 0.05

/**
 * Link one claim's figure: candidates from the store's index, scored; the
 * best decides the verdict. `conflicting` only when metric, scope, period
 * and unit are each established; otherwise `unresolved`, or `no-record` with
 * the near miss.
 */
export function linkFigure(view: ClaimView, words: ReadonlyMap<string, number>, env: Env): Linked {
  const {claim} = view
  const {store, threshold, context} = env
  const repaired = claim.repairs.length > 0
  const notes = repaired ? [`checked on the repaired value (read ${claim.repairs.map((repair) => `\`${repair.original}\` as \`${repair.repaired}\``).join(', ')})`] : noNotes
  if (claim.value === null && claim.low === undefined && claim.high === undefined) {
    return {link: makeLink(claim, null, 'no-record', 0, [`\`${claim.text}\` states no figure to check`, ...notes], null, []), best: undefined}
  }
  if (context.text !== undefined && readsAsThreshold(claim, context.text)) {
    return {link: makeLink(claim, null, 'no-record', 0, [`\`${claim.text}\` reads as the threshold of a rule, not a figure a record holds`, ...notes], null, []), best: undefined}
  }

  const query = {terms: keysOf(words), scope: view.scope === 'stated' || view.scope === 'previous' ? termsOfNames(view.names) : undefined}
  const scored: Scored[] = []
  const refused: Array<{record: FactRecord; unit: number}> = []
  for (let unit = 0; unit < view.figures.length; unit++) {
    for (const record of store.candidates({terms: query.terms, unit: view.figures[unit]!.unit, scope: query.scope, years: view.years})) {
      const result = assess(view, words, record, unit, threshold)
      if (typeof result === 'string') refused.push({record, unit})
      else scored.push(result)
    }
  }
  if (scored.length > 1) scored.sort((a, b) => b.score - a.score || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0))
  const candidates = scored.map((item) => ({recordId: item.record.id, score: round(item.score)}))
  if (env.taken && env.taken.size > 0) {
    for (let index = scored.length - 1; index >= 0; index--) {
      const item = scored[index]!
      if (env.taken.has(item.record.id) && !measure(view, item.record, item).fits) scored.splice(index, 1)
    }
  }
  let best = scored[0]
  // Of two records that match equally well, the one whose figure the claim states is the claim's.
  const second = scored[1]
  if (best && second && best.score - second.score < tie && !measure(view, best.record, best).fits && measure(view, second.record, second).fits) {
    scored[0] = second
    scored[1] = best
    best = second
  }

  if (!best) {
    // The places the claim names may be no places at all ("City Hall", "Court St."): with none of them known for
    // this metric, the article's places may stand in, enough for the claim to agree, never to conflict.
    // A scope taken from the claim before (`previous`) that no record holds is dropped for the article's, as if the claim named none.
    if ((view.scope === 'stated' || view.scope === 'previous') && context.names.length > 0 && !refused.some(({record}) => view.names.some((name) => inScope(record, name)))) {
      const stated = view.scope === 'stated'
      const fallback = linkFigure({...view, scope: 'article', names: context.names, scopeFrom: undefined, unknownNames: stated ? view.names : undefined}, words, env)
      if (!stated || fallback.link.verdict === 'consistent') return fallback
    }
    const near = closest(view, words, store, threshold, refused, query)
    if (near?.swapped && established(near.scored)) {
      const arithmetic = measure(view, near.scored.record, near.scored)
      if (arithmetic.fits) {
        const kind = near.scored.record.unit === 'percent' ? 'percent' : 'percentage points'
        const conflict = {kind: 'percent-vs-points' as const, explanation: `\`${claim.text}\` states the record's figure, which is in ${kind}`, recordId: near.scored.record.id}
        return {link: {...makeLink(claim, near.scored.record.id, 'conflicting', round(near.scored.score), [...explain(view, near.scored, context), ...notes], arithmetic, candidates), conflict}, best: near.scored}
      }
    }
    const nearMiss = near ? describeNear(view, near) : undefined
    const reasons = [`no ${view.figures.map((figure) => figure.unit).join(' or ')} record matches the metric, scope and period`, ...(nearMiss ? [nearMiss.explanation] : []), ...notes]
    return {link: {...makeLink(claim, null, 'no-record', 0, reasons, null, candidates), ...(nearMiss && {nearMiss})}, best: undefined}
  }

  if (view.gap) {
    const fitting = scored.filter((item) => measure(view, item.record, item).fits)
    const figures = new Set(scored.map((item) => figureOf(item.record)))
    if (view.gap === 'none' && figures.size === 1 && fitting.length === scored.length) {
      const arithmetic = measure(view, best.record, best)
      const reasons = [...explain(view, best, context), 'every candidate record states this figure, whatever the period', ...notes]
      return {link: makeLink(claim, best.record.id, 'consistent', round(best.score), reasons, arithmetic, candidates), best}
    }
    const would = fitting.length > 0 ? `it would fit ${fitting.slice(0, 3).map((item) => `\`${item.record.id}\` (${label(item.record)})`).join(', ')}` : `it fits none of the ${scored.length} candidate records`
    return {link: {...makeLink(claim, null, 'unresolved', round(best.score), [gapText(view, context), would, ...notes], null, candidates), missing: ['period']}, best: undefined}
  }

  const reasons = explain(view, best, context)
  // Most records have one version: no chain is built for them.
  const chain = best.record.supersedes === undefined ? undefined : versionsOf(best.record, store)
  const day = context.dateSpan?.first
  const checked = chain ? inForce(chain, day) : best.record
  let arithmetic = measure(view, checked, best)
  const link = makeLink(claim, checked.id, 'consistent', round(best.score), reasons, arithmetic, candidates)
  if (checked !== best.record) link.revision = {recordId: checked.id, currentId: best.record.id, explanation: `checked against ${describeVersion(checked)}, in force on the article's date; revised since: ${describeVersion(best.record)} says ${figureOf(best.record)}`}

  // Records with different figures that match equally well: ambiguous, unless the claim's figure fits one only.
  const rival = scored[1]
  if (rival && best.score - rival.score < tie && figureOf(rival.record) !== figureOf(best.record) && arithmetic.fits === measure(view, rival.record, rival).fits) {
    link.verdict = 'ambiguous'
    link.reasons = [`\`${best.record.id}\` and \`${rival.record.id}\` fit equally well (${round(best.score)} vs ${round(rival.score)}) with different figures`, ...reasons, ...notes]
    link.missing = differences(best, rival)
    return {link, best}
  }

  if (!arithmetic.fits && chain && chain.length > 1) {
    const fitting = chain.find((version) => version !== checked && measure(view, version, best).fits)
    if (fitting) {
      const earlier = chain.indexOf(fitting) > chain.indexOf(checked)
      if (earlier && context.date?.exact && day !== undefined && established(best)) {
        link.conflict = {kind: 'superseded', explanation: `\`${claim.text}\` is ${describeVersion(fitting)}'s figure, revised before the article's date by ${describeVersion(checked)}`, recordId: fitting.id}
        return finish(link, best, view, 'conflicting', notes)
      }
      arithmetic = measure(view, fitting, best)
      link.recordId = fitting.id
      link.arithmetic = arithmetic
      link.revision = {recordId: fitting.id, currentId: best.record.id, explanation: earlier ? `agrees with ${describeVersion(fitting)}; revised since (${describeVersion(best.record)} says ${figureOf(best.record)})${day === undefined ? '; the article’s date is unknown' : ''}` : `agrees with ${describeVersion(fitting)}, published after the article's date`}
    }
  }
  if (arithmetic.fits) {
    const reversed = reversedChange(view, best.record, checked)
    if (reversed && established(best)) {
      link.conflict = {kind: 'direction-reversed', explanation: reversed}
      return finish(link, best, view, 'conflicting', notes)
    }
    return finish(link, best, view, 'consistent', notes)
  }

  // Not the record's figure: under another period the claim could take (the article's main period), is there a record it fits?
  const other = scored.find((item) => item !== best && item.period !== best.period && item.record.metric.name === best.record.metric.name && measure(view, item.record, item).fits)
  if (other) {
    const reasons = [...explain(view, other, context), ...notes]
    return {link: makeLink(claim, other.record.id, 'consistent', round(other.score), reasons, measure(view, other.record, other), candidates), best: other}
  }
  const missing = unestablished(best)
  if (missing === 'metric') {
    // The best candidate is only the sentence's; a record the claim's own words name may have failed on one other dimension.
    const near = closest(view, words, store, threshold, refused, query)
    const nearMiss = near && near.dimension !== 'metric' && near.scored.ownMetric ? describeNear(view, near) : {dimension: 'metric' as const, recordId: best.record.id, explanation: `\`${best.record.metric.name}\` (\`${best.record.id}\`, ${figureOf(best.record)}) shares words with the claim's sentence, not enough with the claim itself`, fits: false}
    return {link: {...link, recordId: null, verdict: 'no-record', score: 0, reasons: [...reasons, nearMiss.explanation, ...notes], arithmetic: null, nearMiss}, best: undefined}
  }
  if (missing) {
    link.missing = [missing]
    link.reasons = [...reasons, `the ${missing} is not established, so the difference (${arithmetic.recorded} recorded) is not called a conflict`]
    return finish(link, best, view, 'unresolved', notes)
  }
  const reading = otherReading(view, words, best, store, threshold, query)
  if (reading && 'reason' in reading) {
    link.missing = [reading.dimension]
    link.reasons = [...reasons, reading.reason, `so the difference (${arithmetic.recorded} recorded) is not called a conflict`]
    return finish(link, best, view, 'unresolved', notes)
  }
  const conflict = reading ?? conflictKind(view, best, view.figures[best.unit]!, arithmetic, store, query)
  if (conflict) link.conflict = conflict
  return finish(link, best, view, 'conflicting', notes)
}

/** The words of a map, in order, without an iterator per word. */
function keysOf(words: ReadonlyMap<string, number>): string[] {
  const keys: string[] = []
  words.forEach((_weight, word) => keys.push(word))
  return keys
}

function termsOfNames(names: readonly string[]): string[] {
  const found: string[] = []
  for (const name of names) for (const term of terms(name)) found.push(term)
  return found
}

function finish(link: Link, best: Scored, view: ClaimView, verdict: Link['verdict'], notes: string[]): Linked {
  link.verdict = verdict
  if (notes.length > 0) link.reasons = [...link.reasons, ...notes]
  if (link.revision) link.reasons = [...link.reasons, link.revision.explanation]
  return {link, best}
}

/** Whether metric, scope and period are each established (the unit is, for any candidate). */
function measure(view: ClaimView, record: FactRecord, scored: Pick<Scored, 'unit'>): Arithmetic {
  return measureUnit(view, record, scored.unit)
}

export function established(scored: Scored): boolean {
  return unestablished(scored) === undefined
}

function unestablished(scored: Scored): LinkDimension | undefined {
  if (!scored.ownMetric) return 'metric'
  if (!scored.period?.established) return 'period'
  if (!scored.scopeEstablished) return 'scope'
  return undefined
}

/** "rose" where a change record shows a fall, or the reverse. */
function reversedChange(view: ClaimView, current: FactRecord, record: FactRecord): string | undefined {
  const {claim} = view
  if (claim.kind !== 'change' || claim.direction === undefined) return undefined
  const value = figureOf(record)
  const sign = Math.sign(value) * (metricKind(current).falling ? -1 : 1)
  const stated = claim.direction === 'up' ? 1 : -1
  if (sign === 0 || sign === stated) return undefined
  return `\`${claim.text}\` says it went ${claim.direction}; the record (${value}${metricKind(current).falling ? `, a ${record.metric.name}` : ''}) shows it went ${stated > 0 ? 'down' : 'up'}`
}

/** What tells two equally good records apart, that the claim does not say. */
function differences(best: Scored, rival: Scored): LinkDimension[] {
  const missing: LinkDimension[] = []
  if (best.record.period.start !== rival.record.period.start || best.record.period.end !== rival.record.period.end) missing.push('period')
  if ((best.record.scope.place ?? best.record.scope.organization) !== (rival.record.scope.place ?? rival.record.scope.organization)) missing.push('scope')
  if (best.record.metric.name !== rival.record.metric.name) missing.push('metric')
  if (best.record.unit !== rival.record.unit) missing.push('unit')
  return missing.length > 0 ? missing : ['metric']
}
