import {DisjointSets} from './disjoint-sets.js'
import type {CopyCluster, CopyPair, CorpusDocument, FindCopiesOptions} from './find-copies.js'
import {mix, resemblance, shingles, signature} from './fingerprint.js'

// 32 bands of 2 rows: a pair with Jaccard 0.3 is a candidate with probability
// 0.95, one with 0.5 almost surely, so excerpts reach the verification step.
const bands = 32
const rows = 2

/**
 * Copy detection as a corpus streams past: each document added is MinHashed
 * into band buckets and verified against the earlier documents it shares a
 * band with, so the work is done while documents arrive, not at the end.
 * `clusters()` gives what `findCopies` gives for the documents so far.
 */
export class CopyIndex {
  readonly #threshold: number
  readonly #least: number
  readonly #ids: string[] = []
  readonly #sets: Uint32Array[] = []
  readonly #buckets = new Map<number, number[]>()
  readonly #pairs: Array<CopyPair & {left: number; right: number}> = []

  constructor(options?: Readonly<FindCopiesOptions> | null | undefined) {
    this.#threshold = options?.threshold ?? 0.5
    this.#least = options?.containment ?? 0.8
  }

  /** Add one document (ids are not checked for uniqueness). */
  add(document: CorpusDocument): void {
    const right = this.#ids.push(document.id) - 1
    const set = 'shingles' in document ? document.shingles : shingles(document.text)
    this.#sets.push(set)
    if (set.length === 0) return
    const minimums = signature(set, bands * rows)
    const candidates = new Set<number>()
    for (let band = 0; band < bands; band++) {
      // A 32-bit key per band: a collision only adds a candidate, and candidates are verified.
      let key = mix(band + 1)
      for (let row = band * rows; row < band * rows + rows; row++) key = mix(key ^ minimums[row]!)
      const bucket = this.#buckets.get(key)
      if (bucket) {
        for (const left of bucket) candidates.add(left)
        bucket.push(right)
      } else {
        this.#buckets.set(key, [right])
      }
    }
    for (const left of candidates) {
      const {similarity, containment} = resemblance(this.#sets[left]!, set)
      if (similarity < this.#threshold && containment < this.#least) continue
      this.#pairs.push({a: this.#ids[left]!, b: document.id, left, right, similarity, containment})
    }
  }

  /** Clusters of copies among the documents added so far, in corpus order, each with its verified pairs. */
  clusters(): CopyCluster[] {
    const families = new DisjointSets(this.#ids.length)
    for (const pair of this.#pairs) families.union(pair.left, pair.right)
    const byRoot = new Map<number, CopyPair[]>()
    for (const pair of [...this.#pairs].sort((x, y) => x.left - y.left || x.right - y.right)) {
      const top = families.find(pair.left)
      const list = byRoot.get(top) ?? []
      list.push({a: pair.a, b: pair.b, similarity: pair.similarity, containment: pair.containment})
      byRoot.set(top, list)
    }
    return families.groups().map((members) => ({ids: members.map((index) => this.#ids[index]!), pairs: byRoot.get(members[0]!) ?? []}))
  }
}
