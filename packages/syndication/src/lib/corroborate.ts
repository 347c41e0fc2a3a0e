import type {Claim} from '@claimtrace/extract'
import * as z from 'zod/mini'
import {DisjointSets} from './disjoint-sets.js'
import type {CopyCluster} from './find-copies.js'

/**
 * What corroboration reads of a claim: a whole `Claim` will do; a caller
 * holding a large corpus can keep just these fields.
 */
export type CorroboratedClaim = Pick<Claim, 'id' | 'text' | 'value' | 'low' | 'high' | 'unit' | 'bound' | 'subject'> & {
  scope: Pick<Claim['scope'], 'places'>
  period: Pick<NonNullable<Claim['period']>, 'first' | 'last'> | null
}

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

const stopWords = new Set(['the', 'of', 'and', 'for', 'all', 'its', 'their', 'total', 'number'])

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
  const independent = (a: string, b: string) => a !== b && (family.get(a) === undefined || family.get(a) !== family.get(b))

  const entries = articles.flatMap((article) => article.claims.map((claim) => ({article: article.id, claim, subject: [...new Set(subjectWords(claim))]})))
  type Entry = (typeof entries)[number]
  // Only claims that could agree or conflict are ever compared, found through
  // keys that hold what both need: the same figure with a shared subject word
  // (or a distinctive figure) and a shared year, or the same unit, subject
  // word, places and year. A common word or figure alone ("percent", "2") is
  // no key, so a large corpus is never compared claim by claim.
  const keyed = new Map<string, number[]>()
  // Claims whose period is unresolved overlap any period: they meet every claim with their figure.
  const open = new Map<string, {unresolved: number[]; resolved: number[]}>()
  const byArticleFigure = new Map<string, number[]>()
  for (const [index, {article, claim, subject}] of entries.entries()) {
    const figure = figureKey(claim)
    file(byArticleFigure, `${article}\u0000${figure}`, index)
    const figureKeys = [...subject.map((word) => `${figure}\u0000${word}`), ...(distinctive(claim) ? [figure] : [])]
    const years = yearsOf(claim)
    for (const key of figureKeys) {
      const group = open.get(key) ?? {unresolved: [], resolved: []}
      open.set(key, group)
      ;(years ? group.resolved : group.unresolved).push(index)
      if (years) for (const year of years) file(keyed, `${key}\u0000${year}`, index)
    }
    if (years) {
      const places = placesKey(claim)
      for (const word of subject) for (const year of years) file(keyed, `${claim.unit}\u0000${word}\u0000${places}\u0000${year}\u0000conflict`, index)
    }
  }
  // "73 requests received, 12 turned down" in both articles is agreement, not
  // two conflicts: a figure the other article also states for the same thing is no conflict.
  const echoed = (entry: Entry, article: string) =>
    (byArticleFigure.get(`${article}\u0000${figureKey(entry.claim)}`) ?? []).some((index) => {
      const other = entries[index]!
      return sameFigure(other.claim, entry.claim) && other.subject.some((word) => entry.subject.includes(word))
    })
  const agreeing = new DisjointSets(entries.length)
  const disagreeing = new DisjointSets(entries.length)
  const consider = (i: number, j: number) => {
    const a = entries[i]!
    const b = entries[j]!
    const same = sameFigure(a.claim, b.claim)
    // A link inside one group already changes nothing: skip its checks.
    const groups = same ? agreeing : disagreeing
    if (groups.find(i) === groups.find(j)) return
    if (!independent(a.article, b.article) || a.claim.unit !== b.claim.unit || !periodsOverlap(a.claim, b.claim)) return
    const sharedSubject = a.subject.some((word) => b.subject.includes(word))
    if (same) {
      if (sharedSubject || distinctive(a.claim)) agreeing.union(i, j)
    } else if (sharedSubject && bothResolved(a.claim, b.claim) && samePlaces(a.claim, b.claim) && !echoed(a, b.article) && !echoed(b, a.article)) {
      disagreeing.union(i, j)
    }
  }
  for (const bucket of keyed.values()) for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) consider(bucket[i]!, bucket[j]!)
  for (const {unresolved, resolved} of open.values()) {
    for (let i = 0; i < unresolved.length; i++) {
      for (let j = i + 1; j < unresolved.length; j++) consider(unresolved[i]!, unresolved[j]!)
      for (const other of resolved) consider(unresolved[i]!, other)
    }
  }

  const group = (kind: Corroboration['kind']) => (members: number[]) => ({first: members[0]!, kind, claims: members.map((index) => cite(entries[index]!))})
  return [...agreeing.groups().map(group('corroborated')), ...disagreeing.groups().map(group('conflicting'))]
    .sort((x, y) => x.first - y.first || (x.kind === y.kind ? 0 : x.kind === 'corroborated' ? -1 : 1))
    .map(({kind, claims}) => ({kind, claims}))
}

function file(buckets: Map<string, number[]>, key: string, index: number): void {
  const bucket = buckets.get(key)
  if (bucket) bucket.push(index)
  else buckets.set(key, [index])
}

function figureKey(claim: CorroboratedClaim): string {
  return `${claim.unit}\u0000${claim.value}\u0000${claim.low}\u0000${claim.high}`
}

function cite({article, claim}: {article: string; claim: CorroboratedClaim}): CitedClaim {
  return {article, claimId: claim.id, text: claim.text, value: claim.value, unit: claim.unit}
}

function subjectWords(claim: CorroboratedClaim): string[] {
  return (claim.subject ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2 && !stopWords.has(word))
    .map((word) => (word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
}

function sameFigure(a: CorroboratedClaim, b: CorroboratedClaim): boolean {
  return a.value === b.value && a.low === b.low && a.high === b.high && a.bound === b.bound
}

/** A figure two writers would not both reach by chance: not a multiple of ten, not a year. */
function distinctive(claim: CorroboratedClaim): boolean {
  const value = claim.value ?? claim.high ?? claim.low
  return value !== null && value !== undefined && value % 10 !== 0 && !(Number.isInteger(value) && value >= 1900 && value <= 2100)
}

function periodsOverlap(a: CorroboratedClaim, b: CorroboratedClaim): boolean {
  if (!a.period?.first || !b.period?.first || !a.period.last || !b.period.last) return true
  return a.period.first <= b.period.last && b.period.first <= a.period.last
}

function bothResolved(a: CorroboratedClaim, b: CorroboratedClaim): boolean {
  return Boolean(a.period?.first && b.period?.first)
}

function samePlaces(a: CorroboratedClaim, b: CorroboratedClaim): boolean {
  return placesKey(a) === placesKey(b)
}

function placesKey(claim: CorroboratedClaim): string {
  return [...claim.scope.places].map((place) => place.toLowerCase()).sort().join('|')
}

/** The calendar years a resolved period covers; `undefined` when it is not resolved. */
function yearsOf(claim: CorroboratedClaim): number[] | undefined {
  if (!claim.period?.first || !claim.period.last) return undefined
  const first = Number(claim.period.first.slice(0, 4))
  const last = Number(claim.period.last.slice(0, 4))
  return Array.from({length: last - first + 1}, (_, index) => first + index)
}
