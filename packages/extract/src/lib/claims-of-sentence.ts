import type {Block} from './blocks.js'
import {outside, subordinateClauses} from './clauses.js'
import type {Attribution, Claim, Period, Scope} from './claim.js'
import {lastDayOf} from './dates.js'
import type {Discourse} from './discourse.js'
import {backReference, earlierPeriod, placed} from './earlier-values.js'
import {firstIndex, readFigurePeriods, sinceSpan} from './figure-periods.js'
import type {Mention} from './mention.js'
import type {Settings} from './options.js'
import {hasSubunit} from './normalize.js'
import {localDollar} from './home-dollar.js'
import {writeStatedFigure} from './stated-figure.js'
import {resolvePeriod, type Resolved} from './period-spec.js'
import {sameScale} from './same-scale.js'
import {readSubject} from './passes/08-subject.js'
import {collectScope, readScope} from './passes/09-scope.js'
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

/** Run the passes over one sentence and turn its figures into claims. */
export function claimsOfSentence({text, tokens, block, sentence, settings, discourse}: SentenceInput): Claim[] {
  const {from, to} = sentence
  const {samePart, refersBack} = discourse.enter(tokens, from, block.index)
  const {mentions, periods: periodMentions, backReferences} = readMentions(text, tokens, from, to)
  const figures = mentions.filter((mention) => mention.role === 'cardinal' && !mention.absorbed && !mention.weak)
  const attributions = figures.length > 0 ? readAttributions(text, tokens, from, to) : []
  // Attributions name sources, and period phrases ("FY2025", "in May") name no place.
  const ranges: Array<[number, number]> = []
  for (const attribution of attributions) for (const range of attribution.skip) ranges.push(range)
  for (const period of periodMentions) ranges.push([period.from, period.to])
  const skip = disjoint(ranges)
  // Every name is remembered, in sentences without figures too, for a later "the district". By offset: token lists may come in pieces.
  const names = readScope(text, tokens, from, to, {skip, refer: (kinds, at) => discourse.refer(kinds, tokens[at]!.start), onName: (entity, at) => discourse.name(entity, tokens[at]!.start)})
  const context = (future: boolean, reference?: Resolved) => ({date: settings.date, anchors: (unit: Resolved['unit']) => discourse.anchor(unit), future, reference})
  const periods = readFigurePeriods({text, tokens, figures, mentions: periodMentions, backReferences, resolve: (mention, future) => resolvePeriod(mention.spec, context(future))})

  const carried = samePart ? discourse.period : undefined
  if (figures.length === 0) {
    const first = periods.periods.find((period) => period.role !== 'aside')
    discourse.setPeriod(first && {period: first.period, resolved: first.resolved})
    return []
  }

  const clauses = subordinateClauses(tokens, from, to)
  const mainScope = collectScope(names, outside(clauses, from, to))
  const clauseScopes = new Map<number, Scope>()
  const scopeOf = (mention: Mention): Scope => {
    if (clauses.length === 0) return !isEmpty(mainScope) ? mainScope : refersBack && discourse.scope ? discourse.scope : mainScope
    const at = firstIndex(clauses, ([, end]) => end > mention.from)
    const clause = clauses[at] && clauses[at]![0] <= mention.from ? clauses[at] : undefined
    let own = mainScope
    if (clause) {
      own = clauseScopes.get(at) ?? collectScope(names, [clause])
      clauseScopes.set(at, own)
    }
    const found = isEmpty(own) && clause ? mainScope : own
    return !isEmpty(found) ? found : refersBack && discourse.scope ? discourse.scope : found
  }
  const claims: Claim[] = []
  // One span object for the sentence's claims (claims are data: no one mutates it).
  const sentenceSpan = {start: sentence.start, end: sentence.end}
  const claimOf = new Map<Mention, Claim>()
  const lastOfDimension = new Map<Claim['dimension'], Claim>()
  const explicit = attributions.filter((attribution) => attribution.explicit)

  let firstPeriod: {period: Period; resolved: Resolved | undefined} | undefined
  for (let index = 0; index < figures.length; index++) {
    const mention = figures[index]!
    const backTarget = backReferences.has(mention) ? comparedWith(mention, claims.length > 0 ? claims : samePart ? discourse.lastClaims : []) : undefined
    // "a year earlier" counts from the figure compared with, else from the claim before.
    const previous = claims.at(-1) ?? (samePart ? discourse.lastClaim : undefined)
    const own = placed(periods.periodOf(index), backTarget ? resolvedOf(discourse, backTarget) : periods.isEarlier(mention) ? undefined : resolvedOf(discourse, previous), context)
    const changes = mention.kind === 'change' || mention.direction !== undefined || mention.previous !== undefined
    let period: Period | null = null
    let resolved: Resolved | undefined
    if (own) {
      period = own.role === 'since' && !changes ? sinceSpan(text, tokens, own, settings.date, lastDayOf) : own.period
      resolved = own.role === 'since' && !changes && period.first && period.last ? {first: period.first, last: period.last, unit: 'month', since: true} : own.resolved
    } else if (carried && !periods.isEarlier(mention)) {
      period = {...carried.period, inherited: true}
      resolved = carried.resolved
    }
    if (!firstPeriod && period) firstPeriod = {period: {...period, inherited: false}, resolved}
    const attribution = nearestAttribution(text, explicit.length > 0 ? explicit : attributions, mention) ?? (refersBack && discourse.attribution ? {...discourse.attribution, inherited: true} : null)
    const previousClaim = lastOfDimension.get(mention.dimension) ??
      (samePart && discourse.lastClaim?.dimension === mention.dimension ? discourse.lastClaim : undefined)
    const subject = readSubject(text, tokens, mention, from, to) ?? previousClaim?.subject ?? null

    // The claim reads with its hedge: "more than 200", "all 15", "200 or more".
    const start = Math.min(mention.start, mention.hedge?.start ?? mention.start)
    const end = Math.max(mention.end, mention.hedge?.end ?? mention.end)
    const value = mention.low !== undefined && mention.previous === undefined ? null : mention.value
    const scope = withoutSource(scopeOf(mention), attribution)
    let claim: Claim
    if (isPlainFigure(mention)) {
      // Most figures are a plain level with no hedge: one object of one shape, fields in the order JSON shows them.
      claim = {
        id: '', text: text.slice(start, end), start, end, value, unit: mention.unit, dimension: mention.dimension, bound: mention.bound,
        precision: mention.precision, form: mention.form, subject, scope, period, attribution, repairs: mention.repairs, block: block.kind, sentence: sentenceSpan
      }
    } else {
      // Built field by field in the same order, the optional ones where they stand (no spreads: this runs once per figure).
      claim = writeStatedFigure({id: '', text: text.slice(start, end), start, end}, text, mention, value, mention.low !== undefined) as Claim
      claim.bound = mention.bound
      if (mention.hedge) claim.hedge = mention.hedge
      claim.precision = mention.precision
      claim.form = mention.form
      claim.subject = subject
      claim.scope = scope
      claim.period = period
      claim.attribution = attribution
      claim.repairs = mention.repairs
      claim.block = block.kind
      claim.sentence = sentenceSpan
    }
    // "$940 billion" in a story from Canberra is Australian dollars.
    if (claim.unit === 'USD' && settings.dollar !== undefined && settings.dollar !== 'USD') claim.unit = localDollar(claim.unit, claim.text, settings.dollar)
    if (resolved) discourse.resolvedOf.set(claim, resolved)
    if (own) discourse.ownOf.set(claim, {spec: own.mention.spec})
    earlierPeriod(claim, mention, periods, claimOf, resolved, context)

    if (backTarget) backReference(claim, mention, backTarget, own, settings, discourse)
    claims.push(claim)
    // Only a change's start is looked up (earlierPeriod): without one, no figure needs its claim found again.
    if (periods.hasStarts) claimOf.set(mention, claim)
    lastOfDimension.set(claim.dimension, claim)
  }

  discourse.setPeriod(firstPeriod ?? periods.periods.find((period) => period.role === 'own'))
  if (attributions.length > 0) discourse.attribution = claims.find((claim) => claim.attribution)?.attribution ?? undefined
  if (!isEmpty(mainScope)) discourse.scope = mainScope
  discourse.lastClaim = claims.at(-1)
  if (claims.length > 0) discourse.lastClaims = claims
  return claims
}

/**
 * The figure an earlier value ("That's up from 17.4 million") is compared
 * with: the last claim before it of the same kind and scale, so that "18.6
 * million passengers … on nine routes" compares 17.4 million with 18.6
 * million, not with nine; the last claim when none is.
 */
function comparedWith(mention: Mention, before: readonly Claim[]): Claim | undefined {
  for (let index = before.length - 1; index >= 0; index--) {
    const claim = before[index]!
    const figure = claim.value ?? claim.high
    if (claim.dimension === mention.dimension && figure !== null && figure !== undefined && sameScale(figure, mention.value)) return claim
  }
  return before.at(-1)
}

function resolvedOf(discourse: Discourse, claim: Claim | undefined): Resolved | undefined {
  return claim ? discourse.resolvedOf.get(claim) : undefined
}

/** A level with no hedge, range, earlier value, rate or subunit: a claim of the common shape. */
function isPlainFigure(mention: Mention): boolean {
  return mention.low === undefined && mention.previous === undefined && mention.direction === undefined && mention.per === undefined &&
    mention.kind === 'level' && mention.hedge === undefined && !hasSubunit(mention.unit)
}

function isEmpty(scope: Scope): boolean {
  return scope.places.length + scope.organizations.length === 0
}

/** Sorted, merged token ranges. */
function disjoint(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

const namesOf = new WeakMap<Scope, ReadonlySet<string>>()

/**
 * A claim's scope never holds its own source as an organisation ("according
 * to the Boston Herald", carried from the sentence before); a place that
 * speaks for itself ("Harlow County confirmed 23 cases") is still where the
 * figure is.
 */
function withoutSource(scope: Scope, attribution: Attribution | null): Scope {
  if (!attribution) return scope
  let names = namesOf.get(scope)
  if (!names) {
    names = new Set(scope.organizations)
    namesOf.set(scope, names)
  }
  if (!names.has(attribution.source)) return scope
  return {places: scope.places, organizations: scope.organizations.filter((name) => name !== attribution.source)}
}

/** The attribution nearest the figure (callers pass explicit ones, "according to", when there are any). */
function nearestAttribution(text: string, attributions: readonly AttributionMention[], mention: Mention): Attribution | undefined {
  if (attributions.length === 0) return undefined
  const after = firstIndex(attributions, (candidate) => candidate.at >= mention.from)
  const options = [attributions[after - 1], attributions[after]].filter((item) => item !== undefined)
  const best = options.sort((a, b) => Math.abs(a.at - mention.from) - Math.abs(b.at - mention.from))[0]
  if (!best) return undefined
  return {text: text.slice(best.start, best.end), start: best.start, end: best.end, source: best.source, cue: best.cue, inherited: false}
}
