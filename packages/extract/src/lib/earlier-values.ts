/**
 * Earlier values and when they held: the `from` and `fromPeriod` of a
 * change, and periods counted from the figure compared with.
 */
import type {Claim} from './claim.js'
import type {Discourse} from './discourse.js'
import type {FigurePeriods, ResolvedPeriod} from './figure-periods.js'
import type {Mention} from './mention.js'
import {normalize} from './normalize.js'
import type {Settings} from './options.js'
import {resolvePeriod, type Resolved} from './period-spec.js'

export type Context = (future: boolean, reference?: Resolved) => Parameters<typeof resolvePeriod>[1]

/** A period as it reads for a figure: "a year earlier" counted from `reference` when there is one. */
export function placed(own: ResolvedPeriod | undefined, reference: Resolved | undefined, context: Context): ResolvedPeriod | undefined {
  if (!own || own.mention.spec.type !== 'shifted' || !reference) return own
  const resolved = resolvePeriod(own.mention.spec, context(false, reference))
  return {...own, resolved, period: {...own.period, first: resolved?.first ?? null, last: resolved?.last ?? null}}
}

/** When the earlier value held: the start of "from 25,400 in 2022 to 24,150", or "up 3 points from 2022". */
export function earlierPeriod(claim: Claim, mention: Mention, periods: FigurePeriods, claimOf: ReadonlyMap<Mention, Claim>, resolved: Resolved | undefined, context: Context): void {
  const start = periods.startOf(mention)
  const startPeriod = start ? claimOf.get(start)?.period : undefined
  if (startPeriod && !startPeriod.inherited) {
    claim.fromPeriod = startPeriod
    return
  }
  const comparison = placed(periods.comparisonOf(mention), resolved, context)
  if (comparison) claim.fromPeriod = comparison.period
}

/**
 * "That's up from 56 in 2015": 56 is the earlier value of the claim before
 * it, and 2015 when it held. A comparison "a year earlier" with a figure that
 * states no period of its own puts that figure at the article date.
 */
export function backReference(claim: Claim, mention: Mention, target: Claim, own: ResolvedPeriod | undefined, settings: Settings, discourse: Discourse): void {
  // "to 18 million tonnes a year from 12 million": the earlier figure is in the level's unit.
  const bare = claim.unit === 'count' && mention.unitSpan === undefined && target.unit !== 'count'
  if (bare && target.kind === undefined) {
    claim.unit = target.unit
    claim.dimension = target.dimension
  }
  // "24.5p per kilowatt-hour …, down from 28.6p": the earlier figure is a rate of the same kind.
  if (target.per !== undefined && claim.per === undefined && target.unit === claim.unit && target.kind === undefined) claim.per = target.per
  if (target.from !== undefined || target.value === null || target.dimension !== claim.dimension) return
  target.from = mention.value
  // The direction the text states ("dropped to 4,120 … from 3,980") stays the claim's, even against its own figures: that is for a check to find.
  target.direction ??= target.value > mention.value ? 'up' : 'down'
  if (target.normalized) target.normalized = normalize(target.unit, target.value, target.low, target.high, target.from)
  if (!own || target.fromPeriod) return
  target.fromPeriod = claim.period ?? undefined
  if (own.mention.spec.type === 'shifted' && target.period === null && settings.date) {
    const unit = own.mention.spec.unit
    const now = resolvePeriod({type: 'relative', unit, offset: 0}, {date: settings.date, anchors: () => undefined})
    if (now) {
      target.period = {text: '', start: own.period.start, end: own.period.start, kind: unit, first: now.first, last: now.last, inherited: false}
      discourse.resolvedOf.set(target, now)
    }
  }
  placeByEarlier(target, discourse)
}

/**
 * "59 last year. That's up from 56 in 2015", read without an article date:
 * a figure compared with the one before it reads year on year, so "last
 * year" is 2016. Only an unresolved "last year" is placed this way; a
 * resolved one stays as it is, and the start of a span ("from 10,701 in 2014
 * … to 2,008 last year") places nothing.
 */
function placeByEarlier(claim: Claim, discourse: Discourse): void {
  const spec = discourse.ownOf.get(claim)?.spec
  const earlier = claim.fromPeriod
  if (!claim.period || claim.period.first !== null || !spec || spec.type !== 'relative' || spec.unit !== 'year' || spec.offset !== -1) return
  if (!earlier?.first?.endsWith('-01-01') || earlier.last !== `${earlier.first.slice(0, 4)}-12-31`) return
  const year = Number(earlier.first.slice(0, 4)) + 1
  claim.period = {...claim.period, first: `${year}-01-01`, last: `${year}-12-31`}
  discourse.resolvedOf.set(claim, {first: claim.period.first!, last: claim.period.last!, unit: 'year'})
}
