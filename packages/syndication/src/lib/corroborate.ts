import * as z from 'zod/mini'
import {CorroborationGraph} from './corroboration-graph.js'
import {type CorroboratedClaim, corroborationKeys} from './corroboration-keys.js'
import type {CopyCluster} from './find-copies.js'

/** The claims of one article of a corpus. */
export interface ArticleClaims {
  id: string
  claims: readonly CorroboratedClaim[]
}

/** One claim of one article, as corroboration cites it. */
export const CitedClaim = z.object({article: z.string(), claimId: z.string(), text: z.string(), value: z.nullable(z.number()), unit: z.string()})
export type CitedClaim = z.infer<typeof CitedClaim>

/**
 * Independent articles on one figure: `corroborated` when they state the same
 * figure for the same thing, `conflicting` when they state different figures
 * for the same thing, place and period. A group holds every claim joined to
 * another by agreement (or by disagreement), in input order: a figure ten
 * articles state is one group of ten claims, not forty-five pairs.
 */
export const Corroboration = z.object({kind: z.enum(['corroborated', 'conflicting']), claims: z.array(CitedClaim).check(z.minLength(2))})
export type Corroboration = z.infer<typeof Corroboration>

/**
 * Corroboration across independent articles: copies of one story (from
 * `clusters`) are not independent and are never joined. Two claims agree
 * when unit, bound and figure agree and their periods overlap, and their
 * subjects share a word or the figure is distinctive (not round, not a year).
 * They disagree when unit, subject, place and period agree, the figures do
 * not, and neither article states the other's figure for the same thing.
 * Claims joined by agreement form a `corroborated` group, claims joined by
 * disagreement a `conflicting` one; groups come in the order of their first
 * claim.
 */
export function corroborate(articles: readonly ArticleClaims[], clusters: readonly CopyCluster[] = []): Corroboration[] {
  const family = new Map<string, number>()
  for (const [index, cluster] of clusters.entries()) for (const id of cluster.ids) family.set(id, index)
  const graph = new CorroborationGraph()
  const cited: CitedClaim[] = []
  const keyed = new Map<string, number[]>()
  // Claims whose period is unresolved overlap any period: they meet every claim with their figure.
  const open = new Map<string, {unresolved: number[]; resolved: number[]}>()
  for (const article of articles) {
    graph.addArticle(article.id, family.get(article.id))
    for (const claim of article.claims) {
      const keys = corroborationKeys(claim)
      const entry = graph.addClaim(claim, keys)
      cited.push({article: article.id, claimId: claim.id, text: claim.text, value: claim.value, unit: claim.unit})
      for (const key of keys.figureKeys) {
        const group = open.get(key) ?? {unresolved: [], resolved: []}
        open.set(key, group)
        ;(keys.resolved ? group.resolved : group.unresolved).push(entry)
      }
      for (const key of keys.keys) file(keyed, key, entry)
    }
  }
  for (const bucket of keyed.values()) graph.compare(bucket)
  for (const {unresolved, resolved} of open.values()) graph.compareOpen(unresolved, resolved)
  return graph.groups().map(({kind, members}) => ({kind, claims: members.map((entry) => cited[entry]!)}))
}

function file(buckets: Map<string, number[]>, key: string, index: number): void {
  const bucket = buckets.get(key)
  if (bucket) bucket.push(index)
  else buckets.set(key, [index])
}
