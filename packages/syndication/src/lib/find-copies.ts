import {z} from 'zod'
import {DisjointSets} from './disjoint-sets.js'
import {mix, resemblance, shingles, signature} from './fingerprint.js'

/**
 * One document of a corpus: its text, or its `shingles` when they were
 * computed elsewhere (in a worker thread, say, while the text streams past).
 */
export type CorpusDocument = {id: string; text: string} | {id: string; shingles: Uint32Array}

export interface FindCopiesOptions {
  /** Least Jaccard similarity of shingles for two documents to be copies (default `0.5`). */
  threshold?: number | null | undefined
  /** Least containment (shared shingles over the smaller document's) for an excerpt or a truncated copy (default `0.8`). */
  containment?: number | null | undefined
}

/** Two documents found to be copies. */
export const CopyPair = z.object({
  a: z.string(),
  b: z.string(),
  /** Jaccard similarity of their shingle sets, 0..1. */
  similarity: z.number().min(0).max(1),
  /** Shared shingles over the smaller document's, 0..1: near 1 when one holds the other. */
  containment: z.number().min(0).max(1)
})
export type CopyPair = z.infer<typeof CopyPair>

/** Documents that are copies of one story, in corpus order, with every verified pair. */
export const CopyCluster = z.object({ids: z.array(z.string()).min(2), pairs: z.array(CopyPair)})
export type CopyCluster = z.infer<typeof CopyCluster>

// 32 bands of 2 rows: a pair with Jaccard 0.3 is a candidate with probability
// 0.95, one with 0.5 almost surely, so excerpts reach the verification step.
const bands = 32
const rows = 2

/**
 * Clusters of copies in a corpus. Each document is shingled and MinHashed;
 * documents sharing a band of their signature are candidates (no all-pairs
 * comparison); candidates are verified on their exact shingle sets.
 */
export function findCopies(corpus: Iterable<CorpusDocument>, options?: Readonly<FindCopiesOptions> | null | undefined): CopyCluster[] {
  const threshold = options?.threshold ?? 0.5
  const least = options?.containment ?? 0.8
  const ids: string[] = []
  const sets: Uint32Array[] = []
  const buckets = new Map<number, number[]>()
  for (const document of corpus) {
    const index = ids.push(document.id) - 1
    const set = 'shingles' in document ? document.shingles : shingles(document.text)
    sets.push(set)
    if (set.length === 0) continue
    const minimums = signature(set, bands * rows)
    for (let band = 0; band < bands; band++) {
      // A 32-bit key per band: a collision only adds a candidate, and candidates are verified.
      let key = mix(band + 1)
      for (let row = band * rows; row < band * rows + rows; row++) key = mix(key ^ minimums[row]!)
      const bucket = buckets.get(key)
      if (bucket) bucket.push(index)
      else buckets.set(key, [index])
    }
  }

  const checked = new Set<number>()
  const pairs: Array<CopyPair & {left: number; right: number}> = []
  const families = new DisjointSets(ids.length)
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const left = bucket[i]!
        const right = bucket[j]!
        const key = left * ids.length + right
        if (checked.has(key)) continue
        checked.add(key)
        const {similarity, containment} = resemblance(sets[left]!, sets[right]!)
        if (similarity < threshold && containment < least) continue
        pairs.push({a: ids[left]!, b: ids[right]!, left, right, similarity, containment})
        families.union(left, right)
      }
    }
  }

  const byRoot = new Map<number, CopyPair[]>()
  for (const pair of pairs.sort((x, y) => x.left - y.left || x.right - y.right)) {
    const top = families.find(pair.left)
    const list = byRoot.get(top) ?? []
    list.push({a: pair.a, b: pair.b, similarity: pair.similarity, containment: pair.containment})
    byRoot.set(top, list)
  }
  return families.groups().map((members) => ({ids: members.map((index) => ids[index]!), pairs: byRoot.get(members[0]!) ?? []}))
}
