import {bandKeys, verifyCopies} from './copy-rule.js'
import {DisjointSets} from './disjoint-sets.js'
import type {CopyCluster, CopyPair, CorpusDocument, FindCopiesOptions} from './find-copies.js'
import {shingles} from './fingerprint.js'

/**
 * Copy detection as a corpus streams past: each document added is MinHashed
 * into band buckets and verified against the earlier documents it shares a
 * band with, so the work is done while documents arrive, not at the end.
 * `clusters()` gives what `findCopies` gives for the documents so far.
 */
export class CopyIndex {
  readonly #options: Readonly<FindCopiesOptions> | null | undefined
  readonly #ids: string[] = []
  readonly #sets: Uint32Array[] = []
  readonly #buckets = new Map<number, number[]>()
  readonly #pairs: Array<CopyPair & {left: number; right: number}> = []
  /** Families joined so far: a candidate already in the new document's family needs no verifying. */
  readonly #families = new DisjointSets(0)

  constructor(options?: Readonly<FindCopiesOptions> | null | undefined) {
    this.#options = options
  }

  /** Add one document (ids are not checked for uniqueness). */
  add(document: CorpusDocument): void {
    const right = this.#ids.push(document.id) - 1
    this.#families.add()
    const set = 'shingles' in document ? document.shingles : shingles(document.text)
    this.#sets.push(set)
    const keys = bandKeys(set)
    const candidates = new Set<number>()
    for (const key of keys) {
      const bucket = this.#buckets.get(key)
      if (bucket) for (const left of bucket) candidates.add(left)
    }
    // Earliest first, and only candidates of another family: a verified pair joins the families, and the
    // cluster keeps that pair alone, so N copies of one text make N - 1 pairs, never N(N-1)/2.
    for (const left of [...candidates].sort((x, y) => x - y)) {
      if (this.#families.find(left) === this.#families.find(right)) continue
      const verified = verifyCopies(this.#sets[left]!, set, this.#options)
      if (!verified) continue
      this.#pairs.push({a: this.#ids[left]!, b: document.id, left, right, ...verified})
      this.#families.union(left, right)
    }
    // A bucket whose last document is of this family already stands for it: the bucket of a text copied
    // thousands of times holds one of them.
    for (const key of keys) {
      const bucket = this.#buckets.get(key)
      if (!bucket) this.#buckets.set(key, [right])
      else if (this.#families.find(bucket.at(-1)!) !== this.#families.find(right)) bucket.push(right)
    }
  }

  /** Clusters of copies among the documents added so far, in corpus order, each with the verified pairs that join it (a spanning set). */
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
