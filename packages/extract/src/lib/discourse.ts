import type {Attribution, Claim, Period, Scope} from './claim.js'
import type {Resolved} from './period-spec.js'
import type {Token} from './tokenize.js'

/** Sentence openers that refer back to the previous sentence: "That's up from 56", "Compare that percentage". */
const anaphoric = new Set(['that', 'that’s', "that's", 'this', 'these', 'those', 'it', 'it’s', "it's", 'compare', 'such', 'which'])

/**
 * What one sentence hands to the next: the period in force, its source, its
 * scope and its last claim. Periods carry through a paragraph; sources and
 * scope only to a sentence that refers back ("That's up from 56 in 2015").
 * The rule does not depend on paragraph breaks alone, so a scrape that lost
 * its paragraphs reads the same as the original.
 */
export class Discourse {
  period: {period: Period; resolved: Resolved | undefined} | undefined
  attribution: Attribution | undefined
  scope: Scope | undefined
  lastClaim: Claim | undefined
  /** The latest resolved period of each length, for "that week" and "the previous week". */
  private readonly anchors = new Map<Resolved['unit'], Resolved>()
  private block = -1

  /** Start a sentence: whether it continues the previous one's paragraph, and whether it refers back to it. */
  enter(tokens: readonly Token[], from: number, block: number): {samePart: boolean; refersBack: boolean} {
    let first = from
    while (tokens[first]?.kind === 'punct') first++
    const refersBack = anaphoric.has(tokens[first]?.lower ?? '')
    const samePart = block === this.block || refersBack
    if (!samePart) {
      this.lastClaim = undefined
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
}
