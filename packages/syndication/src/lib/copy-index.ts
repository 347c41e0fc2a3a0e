import {boilerplateShingles, findBoilerplate, withoutBoilerplate} from './boilerplate.js'
import {bandKeys, lineBand, lineKeys, verifyCounts} from './copy-rule.js'
import type {CopyCluster, CopyPair, CorpusDocument, FindCopiesOptions} from './find-copies.js'
import {type Fingerprint, fingerprint, overlap} from './fingerprint.js'
import {spanningTrees} from './spanning-trees.js'

/**
 * Copy detection as a corpus streams past: each document added is MinHashed
 * into band buckets, its lines of a sentence or more into buckets of their
 * own, and compared with the earlier documents it shares a bucket with (the
 * shingles they share counted then), so the work is done while
 * documents arrive. `clusters()` then discounts the corpus's boilerplate
 * (`findBoilerplate`: it needs every document) and verifies the compared
 * pairs; it gives what `findCopies` gives for the documents so far.
 *
 * Candidates are picked as a corpus index on disk picks them: each document
 * is compared with the first and the latest earlier document of each bucket
 * it joins, so N copies of one text make at most 2N comparisons, never
 * N(N-1)/2, and the pairs do not depend on how documents were batched.
 */
export class CopyIndex {
  readonly #options: Readonly<FindCopiesOptions> | null | undefined
  readonly #ids: string[] = []
  readonly #fingerprints: Fingerprint[] = []
  /** Each bucket's (band and key) first document, and its latest when that is another. */
  readonly #first = new Map<number, number>()
  readonly #latest = new Map<number, number>()
  /** Pairs compared, three numbers each: earlier document, later document, shingles shared. */
  #compared = new Int32Array(1024)
  #comparedLength = 0

  constructor(options?: Readonly<FindCopiesOptions> | null | undefined) {
    this.#options = options
  }

  /** Add one document (ids are not checked for uniqueness). Given as shingles without lines, it has no boilerplate to discount. */
  add(document: CorpusDocument): void {
    const right = this.#ids.push(document.id) - 1
    const found = 'shingles' in document ? fingerprintOf(document) : fingerprint(document.text)
    const set = found.shingles
    this.#fingerprints.push(found)
    const candidates = new Set<number>()
    for (const [band, key] of bandKeys(set).entries()) this.#join(band * 2 ** 32 + key, right, candidates)
    for (const key of lineKeys(found.lines)) this.#join(lineBand * 2 ** 32 + key, right, candidates)
    for (const left of [...candidates].sort((x, y) => x - y)) this.#compare(left, right, overlap(this.#fingerprints[left]!.shingles, set))
  }

  /** Clusters of copies among the documents added so far, in corpus order, each with the verified pairs that join it (a spanning tree). */
  clusters(): CopyCluster[] {
    const fingerprints = this.#fingerprints
    const boilerplate = findBoilerplate(fingerprints.map((found) => found.lines))
    const verified: Array<CopyPair & {left: number; right: number}> = []
    const compared = this.#compared
    for (let at = 0; at < this.#comparedLength; at += 3) {
      const [left, right, shared] = [compared[at]!, compared[at + 1]!, compared[at + 2]!]
      const counts = withoutBoilerplate(shared, fingerprints[left]!.shingles.length, fingerprints[right]!.shingles.length, boilerplateShingles(fingerprints[left]!, fingerprints[right]!, boilerplate))
      const figures = verifyCounts(counts.shared, counts.a, counts.b, this.#options)
      if (figures) verified.push({a: this.#ids[left]!, b: this.#ids[right]!, left, right, ...figures})
    }
    return spanningTrees(this.#ids.length, verified).map(({members, edges}) => ({
      ids: members.map((member) => this.#ids[member]!),
      pairs: edges.map((edge) => {
        const {a, b, similarity, containment} = verified[edge]!
        return {a, b, similarity, containment}
      })
    }))
  }

  /** Put document `right` in `bucket`, and the bucket's first and latest earlier documents among its candidates. */
  #join(bucket: number, right: number, candidates: Set<number>): void {
    const first = this.#first.get(bucket)
    if (first === undefined) {
      this.#first.set(bucket, right)
      return
    }
    candidates.add(first)
    candidates.add(this.#latest.get(bucket) ?? first)
    this.#latest.set(bucket, right)
  }

  #compare(left: number, right: number, shared: number): void {
    if (this.#comparedLength + 3 > this.#compared.length) {
      const grown = new Int32Array(this.#compared.length * 2)
      grown.set(this.#compared)
      this.#compared = grown
    }
    this.#compared.set([left, right, shared], this.#comparedLength)
    this.#comparedLength += 3
  }
}

/** A document's fingerprint as given; without its lines, one of no lines (no boilerplate to take out). */
function fingerprintOf(document: Extract<CorpusDocument, {shingles: Uint32Array}>): Fingerprint {
  const {shingles, lines, shingleLines} = document
  if (lines && shingleLines && shingleLines.length === shingles.length) return {shingles, lines, shingleLines}
  return {shingles, lines: new Uint32Array(0), shingleLines: new Uint16Array(0)}
}
