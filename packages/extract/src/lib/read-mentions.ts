import type {Mention} from './mention.js'
import {readQuantities} from './passes/02-quantities.js'
import {findPeriods, type PeriodMention} from './passes/03-periods.js'
import {markIdentifiers} from './passes/04-identifiers.js'
import {markAges} from './passes/05-ages.js'
import {readHedges} from './passes/06-hedges.js'
import {readRangesAndChanges} from './passes/07-ranges-and-changes.js'
import type {Token} from './tokenize.js'

export interface SentenceMentions {
  mentions: Mention[]
  periods: PeriodMention[]
  /** Mentions that are the earlier value of another figure ("up from 56"). */
  backReferences: Set<Mention>
}

/** Run passes 02–06 over tokens `[from, to)` of one sentence, in their order. */
export function readMentions(text: string, tokens: readonly Token[], from: number, to: number): SentenceMentions {
  const mentions = readQuantities(tokens, from, to)
  const periods = findPeriods(tokens, from, to, mentions)
  markIdentifiers(tokens, mentions, from)
  markAges(tokens, mentions, from, to)
  const leads = readHedges(text, tokens, mentions, from, to)
  const backReferences = readRangesAndChanges(text, tokens, mentions, leads, from, periods)
  return {mentions, periods, backReferences}
}
