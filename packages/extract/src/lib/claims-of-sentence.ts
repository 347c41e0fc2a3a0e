import type {Block} from './blocks.js'
import {outside, subordinateClauses} from './clauses.js'
import type {Attribution, Claim, Period, Scope} from './claim.js'
import type {Discourse} from './discourse.js'
import type {Mention} from './mention.js'
import type {Settings} from './options.js'
import {normalize} from './normalize.js'
import {resolvePeriod, type Resolved} from './period-spec.js'
import type {PeriodMention} from './passes/03-periods.js'
import {readSubject} from './passes/08-subject.js'
import {readScope} from './passes/09-scope.js'
import {type AttributionMention, readAttributions} from './passes/10-attribution.js'
import {readMentions} from './read-mentions.js'
import type {Sentence} from './sentences.js'
import type {Token} from './tokenize.js'

export interface SentenceInput {
  text: string
  tokens: readonly Token[]
  block: Block
  sentence: Sentence
  settings: Settings
  discourse: Discourse
}

/** How far after a figure its period may stand ("59 of its requests … denied last year"), in tokens. */
const periodReach = 16

/** Run the passes over one sentence and turn its figures into claims. */
export function claimsOfSentence({text, tokens, block, sentence, settings, discourse}: SentenceInput): Claim[] {
  const {from, to} = sentence
  const {samePart, refersBack} = discourse.enter(tokens, from, block.index)
  const {mentions, periods: periodMentions, backReferences} = readMentions(text, tokens, from, to)
  const periods = resolveAll(text, periodMentions, settings, discourse)
  const figures = mentions.filter((mention) => mention.role === 'cardinal' && !mention.absorbed && !mention.weak)

  const carried = samePart ? discourse.period : undefined
  if (figures.length === 0) {
    discourse.setPeriod(periods[0])
    return []
  }

  const scope = readScope(text, tokens, from, to)
  const attributions = readAttributions(text, tokens, from, to)
  const clauses = subordinateClauses(tokens, from, to)
  const mainScope = clauses.length === 0 ? scope : merge(outside(clauses, from, to).map(([start, end]) => readScope(text, tokens, start, end)))
  const scopeOf = (mention: Mention): Scope => {
    const clause = clauses.find(([start, end]) => mention.from >= start && mention.from < end)
    const own = clause ? readScope(text, tokens, clause[0], clause[1]) : mainScope
    const found = isEmpty(own) && clause ? mainScope : own
    return !isEmpty(found) ? found : refersBack && discourse.scope ? discourse.scope : found
  }
  const claims: Claim[] = []
  const lastOfDimension = new Map<Claim['dimension'], Claim>()
  const explicit = attributions.filter((attribution) => attribution.explicit)

  let firstPeriod: ResolvedPeriod | undefined
  for (const [index, mention] of figures.entries()) {
    const own = periodOf(mention, figures[index + 1], periodMentions, periods) ?? (carried ? {period: {...carried.period, inherited: true}, resolved: carried.resolved} : undefined)
    firstPeriod ??= own
    const period = own?.period ?? null
    const attribution = nearestAttribution(text, explicit.length > 0 ? explicit : attributions, mention) ?? (refersBack && discourse.attribution ? {...discourse.attribution, inherited: true} : null)
    const previousClaim = lastOfDimension.get(mention.dimension) ??
      (samePart && discourse.lastClaim?.dimension === mention.dimension ? discourse.lastClaim : undefined)
    const subject = readSubject(text, tokens, mention, from, to) ?? previousClaim?.subject ?? null

    // The claim reads with its hedge: "more than 200", "all 15", "200 or more".
    const start = Math.min(mention.start, mention.hedge?.start ?? mention.start)
    const end = Math.max(mention.end, mention.hedge?.end ?? mention.end)
    const value = mention.low !== undefined && mention.previous === undefined ? null : mention.value
    const normalized = normalize(mention.unit, value, mention.low, mention.high, mention.previous)
    const claim: Claim = {
      id: '',
      text: text.slice(start, end),
      start,
      end,
      value,
      ...(mention.low !== undefined && {low: mention.low, high: mention.high}),
      ...(mention.previous !== undefined && {from: mention.previous}),
      ...(mention.direction !== undefined && {direction: mention.direction}),
      unit: mention.unit,
      dimension: mention.dimension,
      ...(mention.per !== undefined && {per: mention.per}),
      ...(normalized && {normalized}),
      ...(mention.kind !== 'level' && {kind: mention.kind}),
      bound: mention.bound,
      ...(mention.hedge && {hedge: mention.hedge}),
      precision: mention.precision,
      form: mention.form,
      subject,
      scope: scopeOf(mention),
      period,
      attribution,
      repairs: mention.repairs,
      block: block.kind,
      sentence: {start: sentence.start, end: sentence.end}
    }

    if (backReferences.has(mention)) {
      // "That's up from 56": 56 is the earlier value of the figure before it.
      const target = claims.at(-1) ?? (samePart ? discourse.lastClaim : undefined)
      // "to 18 million tonnes a year from 12 million": the earlier figure is in the level's unit.
      const bare = claim.unit === 'count' && mention.unitSpan === undefined && target?.unit !== 'count'
      if (target && bare && target.kind === undefined) {
        claim.unit = target.unit
        claim.dimension = target.dimension
      }
      // "24.5p per kilowatt-hour …, down from 28.6p": the earlier figure is a rate of the same kind.
      if (target && target.per !== undefined && claim.per === undefined && target.unit === claim.unit && target.kind === undefined) claim.per = target.per
      if (target && target.from === undefined && target.value !== null && target.dimension === claim.dimension) {
        target.from = mention.value
        target.direction = target.value > mention.value ? 'up' : 'down'
        if (target.normalized) target.normalized = normalize(target.unit, target.value, target.low, target.high, target.from)
      }
    }
    claims.push(claim)
    lastOfDimension.set(claim.dimension, claim)
  }

  discourse.setPeriod(firstPeriod ? {period: {...firstPeriod.period, inherited: false}, resolved: firstPeriod.resolved} : periods[0])
  if (attributions.length > 0) discourse.attribution = claims.find((claim) => claim.attribution)?.attribution ?? undefined
  if (scope.places.length + scope.organizations.length > 0) discourse.scope = scope
  discourse.lastClaim = claims.at(-1)
  return claims
}

function isEmpty(scope: Scope): boolean {
  return scope.places.length + scope.organizations.length === 0
}

function merge(scopes: readonly Scope[]): Scope {
  const places = [...new Set(scopes.flatMap((scope) => scope.places))]
  const organizations = [...new Set(scopes.flatMap((scope) => scope.organizations))]
  return {places, organizations}
}

interface ResolvedPeriod {
  period: Period
  resolved: Resolved | undefined
}

function resolveAll(text: string, mentions: readonly PeriodMention[], settings: Settings, discourse: Discourse): ResolvedPeriod[] {
  return mentions.map((mention) => {
    const resolved = resolvePeriod(mention.spec, settings.date, (unit) => discourse.anchor(unit))
    const period: Period = {
      text: text.slice(mention.start, mention.end),
      start: mention.start,
      end: mention.end,
      kind: mention.kind,
      first: resolved?.first ?? null,
      last: resolved?.last ?? null,
      inherited: false
    }
    return {period, resolved}
  })
}

/** The period right after the figure, else the nearest one before it in the sentence. Binary search: sentences can be huge. */
function periodOf(mention: Mention, nextFigure: Mention | undefined, mentions: readonly PeriodMention[], periods: readonly ResolvedPeriod[]): ResolvedPeriod | undefined {
  const after = firstIndex(mentions, (candidate) => candidate.from >= mention.to)
  const candidate = mentions[after]
  if (candidate && candidate.from - mention.to <= periodReach && !(nextFigure && nextFigure.from < candidate.from)) return periods[after]
  const before = firstIndex(mentions, (other) => other.to > mention.from) - 1
  return before >= 0 ? periods[before] : undefined
}

/** Index of the first item for which `test` holds, in a list where it holds for a suffix. */
function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (test(items[middle]!)) high = middle
    else low = middle + 1
  }
  return low
}

/** The attribution nearest the figure (callers pass explicit ones, "according to", when there are any). */
function nearestAttribution(text: string, attributions: readonly AttributionMention[], mention: Mention): Attribution | undefined {
  const after = firstIndex(attributions, (candidate) => candidate.at >= mention.from)
  const options = [attributions[after - 1], attributions[after]].filter((item) => item !== undefined)
  const best = options.sort((a, b) => Math.abs(a.at - mention.from) - Math.abs(b.at - mention.from))[0]
  if (!best) return undefined
  return {text: text.slice(best.start, best.end), start: best.start, end: best.end, source: best.source, cue: best.cue, inherited: false}
}
