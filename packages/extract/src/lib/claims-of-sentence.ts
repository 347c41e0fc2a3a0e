import type {Block} from './blocks.js'
import type {Attribution, Claim, Period, Scope} from './claim.js'
import type {Discourse} from './discourse.js'
import type {Mention} from './mention.js'
import type {Settings} from './options.js'
import {resolvePeriod, type Resolved} from './period-spec.js'
import {readQuantities} from './passes/02-quantities.js'
import {findPeriods, type PeriodMention} from './passes/03-periods.js'
import {markIdentifiers} from './passes/04-identifiers.js'
import {readHedges} from './passes/05-hedges.js'
import {readRangesAndChanges} from './passes/06-ranges-and-changes.js'
import {readSubject} from './passes/07-subject.js'
import {readScope} from './passes/08-scope.js'
import {type AttributionMention, readAttributions} from './passes/09-attribution.js'
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
  const mentions = readQuantities(tokens, from, to)
  const periodMentions = findPeriods(tokens, from, to, mentions)
  const periods = resolveAll(text, periodMentions, settings, discourse)
  markIdentifiers(tokens, mentions, from)
  const leads = readHedges(text, tokens, mentions, from)
  const backReferences = readRangesAndChanges(tokens, mentions, leads, from)
  const figures = mentions.filter((mention) => mention.role === 'cardinal' && !mention.absorbed && !mention.weak)

  const carried = samePart ? discourse.period : undefined
  if (figures.length === 0) {
    discourse.setPeriod(periods[0])
    return []
  }

  const scope = readScope(text, tokens, from, to)
  const attributions = readAttributions(text, tokens, from, to)
  const sentenceScope: Scope = scope.places.length + scope.organizations.length > 0 ? scope : refersBack && discourse.scope ? discourse.scope : scope
  const claims: Claim[] = []

  let firstPeriod: ResolvedPeriod | undefined
  for (const mention of figures) {
    const own = periodOf(mention, figures, periodMentions, periods) ?? (carried ? {period: {...carried.period, inherited: true}, resolved: carried.resolved} : undefined)
    firstPeriod ??= own
    const period = own?.period ?? null
    const attribution = nearestAttribution(text, attributions, mention) ?? (refersBack && discourse.attribution ? {...discourse.attribution, inherited: true} : null)
    const previousClaim = claims.filter((claim) => claim.dimension === mention.dimension).at(-1) ??
      (samePart && discourse.lastClaim?.dimension === mention.dimension ? discourse.lastClaim : undefined)
    const subject = readSubject(text, tokens, mention, from, to) ?? previousClaim?.subject ?? null

    // The claim reads with its hedge: "more than 200", "all 15".
    const start = Math.min(mention.start, mention.hedge?.start ?? mention.start)
    const claim: Claim = {
      id: '',
      text: text.slice(start, mention.end),
      start,
      end: mention.end,
      value: mention.low !== undefined && mention.previous === undefined ? null : mention.value,
      ...(mention.low !== undefined && {low: mention.low, high: mention.high}),
      ...(mention.previous !== undefined && {from: mention.previous}),
      ...(mention.direction !== undefined && {direction: mention.direction}),
      unit: mention.unit,
      dimension: mention.dimension,
      bound: mention.bound,
      ...(mention.hedge && {hedge: mention.hedge}),
      precision: mention.precision,
      form: mention.form,
      subject,
      scope: sentenceScope,
      period,
      attribution,
      repairs: mention.repairs,
      block: block.kind,
      sentence: {start: sentence.start, end: sentence.end}
    }

    if (backReferences.has(mention)) {
      // "That's up from 56": 56 is the earlier value of the figure before it.
      const target = claims.at(-1) ?? (samePart ? discourse.lastClaim : undefined)
      if (target && target.from === undefined && target.value !== null && target.dimension === claim.dimension) {
        target.from = mention.value
        target.direction = target.value > mention.value ? 'up' : 'down'
      }
    }
    claims.push(claim)
  }

  discourse.setPeriod(firstPeriod ? {period: {...firstPeriod.period, inherited: false}, resolved: firstPeriod.resolved} : periods[0])
  if (attributions.length > 0) discourse.attribution = claims.find((claim) => claim.attribution)?.attribution ?? undefined
  if (scope.places.length + scope.organizations.length > 0) discourse.scope = scope
  discourse.lastClaim = claims.at(-1)
  return claims
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

/** The period right after the figure, else the nearest one before it in the sentence. */
function periodOf(mention: Mention, figures: readonly Mention[], mentions: readonly PeriodMention[], periods: readonly ResolvedPeriod[]): ResolvedPeriod | undefined {
  const nextFigure = figures.find((other) => other.from >= mention.to)
  for (const [index, candidate] of mentions.entries()) {
    if (candidate.from < mention.to) continue
    if (candidate.from - mention.to > periodReach || (nextFigure && nextFigure.from < candidate.from)) break
    return periods[index]
  }
  for (let index = mentions.length - 1; index >= 0; index--) {
    if (mentions[index]!.to <= mention.from) return periods[index]
  }
  return undefined
}

function nearestAttribution(text: string, attributions: readonly AttributionMention[], mention: Mention): Attribution | undefined {
  let best: AttributionMention | undefined
  for (const candidate of attributions) {
    if (!best || (candidate.explicit && !best.explicit) ||
      (candidate.explicit === best.explicit && Math.abs(candidate.at - mention.from) < Math.abs(best.at - mention.from))) best = candidate
  }
  if (!best) return undefined
  return {text: text.slice(best.start, best.end), start: best.start, end: best.end, source: best.source, cue: best.cue, inherited: false}
}
