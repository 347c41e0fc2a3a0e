import {type Bound, type Claim, hedges} from '@claimtrace/extract'
import type {FactRecord} from '../fact-record.js'
import type {Span} from './article-context.js'
import {claimView, type ClaimView} from './claim-view.js'
import {figureOf} from './compare.js'
import type {Conflict, FromLink, Link} from './link.js'
import {type Env, established, linkFigure} from './link-figure.js'
import {label} from './reasons.js'
import type {Scored} from './score.js'
import {terms} from './terms.js'

/** The claims near `index` (in document order): those of its sentence and the next, scanned out from it, never the whole article. */
function* near(claims: readonly Claim[], index: number): Generator<Claim> {
  const claim = claims[index]!
  for (let at = index - 1; at >= 0 && claims[at]!.sentence.start >= claim.sentence.start - 1 && claims[at]!.sentence.start <= claim.sentence.start; at--) yield claims[at]!
  for (let at = index + 1; at < claims.length && claims[at]!.sentence.start - claim.sentence.end <= 2; at++) yield claims[at]!
}

/** Whether another claim of the article states a change's earlier figure itself ("59 … That's up from 56 in 2015"): it is linked as that claim. */
export function statedApart(claims: readonly Claim[], index: number): Claim | undefined {
  const claim = claims[index]!
  if (claim.from === undefined) return undefined
  for (const other of near(claims, index)) if (other.value === claim.from) return other
  return undefined
}

/**
 * A claim whose period ("last year") is unresolved, placed by the figures it
 * is compared with: the year after the latest of them ("59 last year, up
 * from 56 in 2015": 2016). Never established: enough to agree, not to conflict.
 */
export function placement(claims: readonly Claim[], index: number): Span | undefined {
  const claim = claims[index]!
  const period = claim.period
  if (!period || period.first || !/\blast year\b/i.test(period.text)) return undefined
  let latest: number | undefined
  const consider = (first: string | null | undefined, last: string | null | undefined) => {
    if (!first || !last || !first.endsWith('-01-01') || !last.endsWith('-12-31') || first.slice(0, 4) !== last.slice(0, 4)) return
    latest = Math.max(latest ?? 0, Number(first.slice(0, 4)))
  }
  consider(claim.fromPeriod?.first, claim.fromPeriod?.last)
  const apart = statedApart(claims, index)
  if (apart) consider(apart.period?.first, apart.period?.last)
  for (const other of near(claims, index)) if (other.sentence.start === claim.sentence.start) consider(other.period?.first, other.period?.last)
  return latest === undefined ? undefined : {first: `${latest + 1}-01-01`, last: `${latest + 1}-12-31`}
}

/** The earlier figure of a change as a claim of its own: its value, its period (`fromPeriod`), its hedge ("down from more than 200"). */
export function fromClaim(claim: Claim, text: string | undefined): Claim | undefined {
  if (claim.from === undefined || !claim.fromPeriod?.first) return undefined
  const from = claim.from
  const surface = text === undefined ? undefined : findFigure(text, claim, from)
  const {low: _low, high: _high, from: _from, fromPeriod: _period, direction: _direction, hedge: _hedge, normalized, ...rest} = claim
  const decimals = String(from).split('.')[1]?.length ?? 0
  const precision = Number.isInteger(from / claim.precision) ? claim.precision : 10 ** -decimals
  return {
    ...rest,
    text: surface?.text ?? String(from),
    value: from,
    bound: surface?.bound ?? '=',
    precision,
    period: claim.fromPeriod,
    ...(normalized?.from !== undefined && {normalized: {value: normalized.from, unit: normalized.unit}})
  }
}

/** Where the earlier figure stands in the sentence, and the hedge before it. */
function findFigure(text: string, claim: Claim, from: number): {text: string; bound: Bound} | undefined {
  const sentence = text.slice(claim.sentence.start, claim.sentence.end)
  for (const written of new Set([from.toLocaleString('en-US'), String(from)])) {
    const at = sentence.search(new RegExp(`(?<![\\d.,])${written.replaceAll(/[.,]/g, (char) => `\\${char}`)}(?![\\d]|[.,]\\d)`))
    if (at < 0) continue
    const before = sentence.slice(0, at).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean)
    for (const [words, bound] of hedges) {
      if (words.length <= before.length && words.every((word, index) => before[before.length - words.length + index] === word)) return {text: `${words.join(' ')} ${written}`, bound}
    }
    return {text: written, bound: '='}
  }
  return undefined
}

/** Link a change's earlier figure to its own record, in the scope of the change. */
export function linkFrom(view: ClaimView, words: ReadonlyMap<string, number>, env: Env): {from: FromLink; best: Scored | undefined} | undefined {
  const claim = fromClaim(view.claim, env.context.text)
  if (!claim) return undefined
  const own = claimView(claim, undefined, env.context, undefined)
  const fromView: ClaimView = {...own, names: view.names, scope: view.scope, scopeFrom: view.scopeFrom}
  const {link, best} = linkFigure(fromView, words, env)
  const verdict = link.verdict
  return {from: {recordId: link.recordId, verdict, reasons: link.reasons, arithmetic: link.arithmetic, ...(link.conflict && {conflict: link.conflict})}, best}
}

/**
 * "Fell from 25,400 in 2022 to 24,150 in 2023" against records that show a
 * rise, or "dropped to 412 last year" against a year before that was lower:
 * the direction a level claim states, checked against its records.
 */
export function reversedLevel(view: ClaimView, main: Scored, earlier: FactRecord | undefined, env: Env): Conflict | undefined {
  const {claim} = view
  if (claim.kind !== undefined || claim.direction === undefined || !established(main)) return undefined
  const previous = earlier ?? yearBefore(main.record, view, env)
  if (!previous) return undefined
  const change = figureOf(main.record) - figureOf(previous)
  if (change === 0 || (change > 0) === (claim.direction === 'up')) return undefined
  return {kind: 'direction-reversed', explanation: `\`${claim.text}\` says it went ${claim.direction}; the records show ${figureOf(previous)} in ${label(previous)} and ${figureOf(main.record)} in ${label(main.record)}`, recordId: previous.id}
}

/** The same metric's record of the year before an annual record. */
function yearBefore(record: FactRecord, view: ClaimView, env: Env): FactRecord | undefined {
  const year = Number(record.period.start.slice(0, 4))
  if (!record.period.start.endsWith('-01-01') || record.period.end !== `${year}-12-31`) return undefined
  const scope = view.names.flatMap((name) => terms(name))
  for (const other of env.store.candidates({terms: terms(record.metric.name), unit: record.unit, scope: scope.length > 0 ? scope : undefined, years: [year - 1, year - 1]})) {
    if (other.metric.name === record.metric.name && other.period.start === `${year - 1}-01-01` && other.period.end === `${year - 1}-12-31` && sameScope(other, record)) return other
  }
  return undefined
}

function sameScope(a: FactRecord, b: FactRecord): boolean {
  return a.scope.place === b.scope.place && a.scope.organization === b.scope.organization
}

/** The link with its `from` figure: a conflict there makes the change conflicting. */
export function withFrom(link: Link, from: FromLink): Link {
  const combined: Link = {...link, from}
  if (from.verdict !== 'conflicting' || link.verdict === 'conflicting') return combined
  combined.verdict = 'conflicting'
  combined.reasons = [...link.reasons, `the earlier figure conflicts with \`${from.recordId}\`: ${from.arithmetic?.recorded} recorded (${from.arithmetic?.rule})`]
  if (from.conflict) combined.conflict = {...from.conflict, explanation: `the earlier figure: ${from.conflict.explanation}`}
  return combined
}
