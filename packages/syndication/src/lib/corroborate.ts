import {Claim} from '@claimtrace/extract'
import {z} from 'zod'
import type {CopyCluster} from './find-copies.js'

/** The claims of one article of a corpus. */
export interface ArticleClaims {
  id: string
  claims: readonly Claim[]
}

/** One claim of one article, as corroboration cites it. */
export const CitedClaim = z.object({article: z.string(), claimId: z.string(), text: z.string(), value: z.number().nullable(), unit: z.string()})
export type CitedClaim = z.infer<typeof CitedClaim>

/**
 * Independent articles on one figure: `corroborated` when they state the same
 * figure for the same thing, `conflicting` when they state different figures
 * for the same thing, place and period.
 */
export const Corroboration = z.object({kind: z.enum(['corroborated', 'conflicting']), claims: z.array(CitedClaim).length(2)})
export type Corroboration = z.infer<typeof Corroboration>

const stopWords = new Set(['the', 'of', 'and', 'for', 'all', 'its', 'their', 'total', 'number'])

/**
 * Corroboration across independent articles: copies of one story (from
 * `clusters`) are not independent and are skipped. Two claims corroborate
 * when unit, bound and figure agree and their periods overlap, and their
 * subjects share a word or the figure is distinctive (not round, not a year).
 * They conflict when unit, subject, place and period agree, the figures do
 * not, and neither article states the other's figure for the same thing.
 */
export function corroborate(articles: readonly ArticleClaims[], clusters: readonly CopyCluster[] = []): Corroboration[] {
  const family = new Map<string, number>()
  for (const [index, cluster] of clusters.entries()) for (const id of cluster.ids) family.set(id, index)
  const independent = (a: string, b: string) => a !== b && (family.get(a) === undefined || family.get(a) !== family.get(b))

  const entries = articles.flatMap((article) => article.claims.map((claim) => ({article: article.id, claim, subject: subjectWords(claim)})))
  // Claims by figure and by subject word: only claims sharing one are ever
  // compared, so a corpus is not compared claim by claim with every other claim.
  const byFigure = new Map<string, number[]>()
  const bySubject = new Map<string, number[]>()
  for (const [index, {claim, subject}] of entries.entries()) {
    file(byFigure, figureKey(claim), index)
    for (const word of new Set(subject)) file(bySubject, `${claim.unit}\u0000${word}`, index)
  }
  type Entry = (typeof entries)[number]
  // "73 requests received, 12 turned down" in both articles is agreement, not
  // two conflicts: a figure the other article also states for the same thing is no conflict.
  const echoed = (entry: Entry, article: string) =>
    (byFigure.get(figureKey(entry.claim)) ?? []).some((index) => {
      const other = entries[index]!
      return other.article === article && sameFigure(other.claim, entry.claim) && other.subject.some((word) => entry.subject.includes(word))
    })

  const found: Corroboration[] = []
  for (const [i, j] of pairsWithin([...byFigure.values(), ...bySubject.values()], entries.length)) {
    const a = entries[i]!
    const b = entries[j]!
    if (!independent(a.article, b.article) || a.claim.unit !== b.claim.unit || !periodsOverlap(a.claim, b.claim)) continue
    const sharedSubject = a.subject.some((word) => b.subject.includes(word))
    if (sameFigure(a.claim, b.claim)) {
      if (sharedSubject || distinctive(a.claim)) found.push({kind: 'corroborated', claims: [cite(a.article, a.claim), cite(b.article, b.claim)]})
    } else if (sharedSubject && bothResolved(a.claim, b.claim) && samePlaces(a.claim, b.claim) && !echoed(a, b.article) && !echoed(b, a.article)) {
      found.push({kind: 'conflicting', claims: [cite(a.article, a.claim), cite(b.article, b.claim)]})
    }
  }
  return found
}

function file(buckets: Map<string, number[]>, key: string, index: number): void {
  const bucket = buckets.get(key)
  if (bucket) bucket.push(index)
  else buckets.set(key, [index])
}

function figureKey(claim: Claim): string {
  return `${claim.unit}\u0000${claim.value}\u0000${claim.low}\u0000${claim.high}`
}

/** Every pair of indices that share a bucket, once, in index order. */
function pairsWithin(buckets: ReadonlyArray<readonly number[]>, count: number): Array<[number, number]> {
  const pairs = new Set<number>()
  for (const bucket of buckets) for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) pairs.add(bucket[i]! * count + bucket[j]!)
  return [...pairs].sort((x, y) => x - y).map((pair) => [Math.floor(pair / count), pair % count])
}

function cite(article: string, claim: Claim): CitedClaim {
  return {article, claimId: claim.id, text: claim.text, value: claim.value, unit: claim.unit}
}

function subjectWords(claim: Claim): string[] {
  return (claim.subject ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2 && !stopWords.has(word))
    .map((word) => (word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
}

function sameFigure(a: Claim, b: Claim): boolean {
  return a.value === b.value && a.low === b.low && a.high === b.high && a.bound === b.bound
}

/** A figure two writers would not both reach by chance: not a multiple of ten, not a year. */
function distinctive(claim: Claim): boolean {
  const value = claim.value ?? claim.high ?? claim.low
  return value !== null && value !== undefined && value % 10 !== 0 && !(Number.isInteger(value) && value >= 1900 && value <= 2100)
}

function periodsOverlap(a: Claim, b: Claim): boolean {
  if (!a.period?.first || !b.period?.first || !a.period.last || !b.period.last) return true
  return a.period.first <= b.period.last && b.period.first <= a.period.last
}

function bothResolved(a: Claim, b: Claim): boolean {
  return Boolean(a.period?.first && b.period?.first)
}

function samePlaces(a: Claim, b: Claim): boolean {
  const places = (claim: Claim) => [...claim.scope.places].map((place) => place.toLowerCase()).sort().join('|')
  return places(a) === places(b)
}
