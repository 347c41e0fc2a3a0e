import type {Attribution, Claim, Period, Scope} from './claim.js'
import type {NameKind} from './passes/_names.js'
import type {NamedEntity} from './passes/09-scope.js'
import type {PeriodSpec, Resolved} from './period-spec.js'
import type {Token} from './tokenize.js'

/** Sentence openers that refer back to the previous sentence: "That's up from 56", "Compare that percentage". */
const anaphoric = new Set(['that', 'that’s', "that's", 'this', 'these', 'those', 'it', 'it’s', "it's", 'compare', 'such', 'which'])

/**
 * What one sentence hands to the next: the period in force, its source, its
 * scope, its last claim, and every name so far. Periods carry through a
 * paragraph; sources and scope only to a sentence that refers back ("That's
 * up from 56 in 2015"); names through the whole article, for "the district"
 * and "the city". The rule does not depend on paragraph breaks alone, so a
 * scrape that lost its paragraphs reads the same as the original.
 */
export class Discourse {
  period: {period: Period; resolved: Resolved | undefined} | undefined
  attribution: Attribution | undefined
  scope: Scope | undefined
  lastClaim: Claim | undefined
  /** The claims of the last sentence that had any, for "That's up from 56" to find the figure it compares with. */
  lastClaims: readonly Claim[] = []
  /** The resolved period of each claim, for "a year earlier" counted from it (a Map: claims live as long as the discourse, and weak keys cost the collector). */
  readonly resolvedOf = new Map<Claim, Resolved>()
  /** The period phrase each claim states itself, for "last year" placed by the year it is compared with. */
  readonly ownOf = new Map<Claim, {spec: PeriodSpec}>()
  /** The latest resolved period of each length, for "that week" and "the previous week". */
  private readonly anchors = new Map<Resolved['unit'], Resolved>()
  /** Names by kind, in document order, with the offset each stands at. */
  private readonly names = new Map<NameKind, Array<{entity: NamedEntity; at: number}>>()
  private block = -1

  /** Start a sentence: whether it continues the previous one's paragraph, and whether it refers back to it. */
  enter(tokens: readonly Token[], from: number, block: number): {samePart: boolean; refersBack: boolean} {
    let first = from
    while (tokens[first]?.kind === 'punct') first++
    const refersBack = anaphoric.has(tokens[first]?.lower ?? '')
    const samePart = block === this.block || refersBack
    if (!samePart) {
      this.lastClaim = undefined
      this.lastClaims = []
      this.period = undefined
    }
    this.block = block
    return {samePart, refersBack}
  }

  /** Set the period in force; weekdays name an event's day, not a period figures are measured over. */
  setPeriod(period: {period: Period; resolved: Resolved | undefined} | undefined): void {
    if (!period) return
    if (period.resolved) this.anchors.set(period.resolved.unit, period.resolved)
    if (period.period.kind === 'relative' && period.resolved?.unit === 'day') return
    this.period = period
  }

  /** What "that week" or "the previous week" refers back to. */
  anchor(unit: Resolved['unit']): Resolved | undefined {
    return this.anchors.get(unit)
  }

  /** Remember a name at offset `at`. Names arrive in document order. */
  name(entity: NamedEntity, at: number): void {
    const list = this.names.get(entity.kind)
    if (list) list.push({entity, at})
    else this.names.set(entity.kind, [{entity, at}])
  }

  /** The nearest name of one of `kinds` before offset `at`: what "the district" or "the city" means there. */
  refer(kinds: readonly NameKind[], at: number): NamedEntity | undefined {
    let best: {entity: NamedEntity; at: number} | undefined
    for (const kind of kinds) {
      const list = this.names.get(kind)
      if (!list) continue
      let low = 0
      let high = list.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if (list[middle]!.at < at) low = middle + 1
        else high = middle
      }
      const found = list[low - 1]
      if (found && (!best || found.at > best.at)) best = found
    }
    return best?.entity
  }
}
