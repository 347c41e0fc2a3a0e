import {baselineWords, futureLeads, futureMarkers} from '../lexicon/calendar.js'
import {actVerbs, speechVerbs} from '../lexicon/speech.js'
import {tagsOf} from '../nlp.js'
import type {PeriodSpec} from '../period-spec.js'
import type {Token} from '../tokenize.js'

export interface PeriodContext {
  lead: string | undefined
  future: boolean
  event: boolean
  baseline: boolean
}

/** How far back in its clause a period looks for "will", a superlative or a verb, in tokens. */
const reach = 12
const clauseBreaks = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”'])
/** Leads that look ahead only when nothing in the clause looks back: "applies from July" but not "rose 5% from July". */
const weakLeads = new Set(['from', 'until', 'till'])
/** Markers that look ahead only before "to" (or "for", "in", "on"): "set to", "expected to", "scheduled for". */
const copulas = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'been', 'remains'])
const markersWithTo = new Set(['going', 'set', 'expected', 'due', 'scheduled', 'slated', 'plans', 'planned', 'planning', 'intends'])

/**
 * What the words around a period say about it: the word it follows
 * ("since", "from"), whether its clause looks ahead, whether it is the day
 * something was said or done, and whether it is a record's baseline. Each
 * look is bounded by `reach`, so the pass stays linear.
 */
export function readContext(tokens: readonly Token[], from: number, to: number, sentenceFrom: number, spec: PeriodSpec): PeriodContext {
  let leadIndex = from - 1
  if (tokens[leadIndex]?.lower === 'the' && leadIndex > sentenceFrom) leadIndex--
  const lead = leadIndex >= sentenceFrom ? tokens[leadIndex]!.lower : undefined

  let marker = false
  let past = false
  let figure = false
  let superlative = false
  for (let index = from - 1; index >= Math.max(sentenceFrom, from - reach); index--) {
    const token = tokens[index]!
    if (token.kind === 'punct' && clauseBreaks.has(token.text)) break
    if (token.kind === 'number') figure = true
    if (token.kind !== 'word') continue
    if (isMarker(tokens, index)) marker = true
    const tags = tagsOf(token.lower)
    // "said the fare applies from July": the reporting verb's tense is not the clause's.
    if ((tags.has('PastTense') || (token.lower.endsWith('ed') && !tags.has('Adjective'))) && !speechVerbs.has(token.lower)) past = true
    // "the lowest since", "the highest level since", "for the first time since": the superlative stands just before.
    if (from - index <= 4 && !figure && (baselineWords.has(token.lower) || tags.has('Superlative'))) superlative = true
  }

  const strong = lead !== undefined && futureLeads.has(lead) && !weakLeads.has(lead) && lead !== 'by'
  const weak = lead !== undefined && weakLeads.has(lead) && !past && !figure
  return {
    lead,
    future: marker || strong || weak,
    event: spec.type === 'weekday' && isEvent(tokens, from, to, sentenceFrom),
    baseline: lead === 'since' && superlative
  }
}

function isMarker(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]!.lower
  if (word.endsWith('’ll') || word.endsWith("'ll")) return true
  if (!futureMarkers.has(word)) return false
  if (!markersWithTo.has(word)) return true
  const next = tokens[index + 1]?.lower
  // "due to rain" is a cause; "is due to reopen", "due in March" a date still to come.
  if (word === 'due') return next === 'in' || next === 'on' || next === 'by' || next === 'for' || copulas.has(tokens[index - 1]?.lower ?? '')
  return next === 'to' || next === 'for' || next === 'in' || next === 'on'
}

/**
 * A weekday beside a verb of saying, deciding or publishing: "said Monday",
 * "said in a statement on Monday", "on Tuesday approved", "will vote
 * Thursday". A number between the verb and the day breaks the link: "40
 * flights were cancelled Tuesday" states when the figure happened.
 */
function isEvent(tokens: readonly Token[], from: number, to: number, sentenceFrom: number): boolean {
  if (actVerbs.has(tokens[to]?.lower ?? '')) return true
  for (let index = from - 1; index >= Math.max(sentenceFrom, from - 5); index--) {
    const token = tokens[index]!
    if (token.kind !== 'word') return false
    if (actVerbs.has(token.lower)) return true
  }
  return false
}
