import type {CopyPair, FindCopiesOptions} from './find-copies.js'
import {mix, resemblance, signature} from './fingerprint.js'

// 32 bands of 2 rows: a pair with Jaccard 0.3 is a candidate with probability
// 0.95, one with 0.5 almost surely, so excerpts reach the verification step.
/** Bands of a document's MinHash signature: documents sharing the key of one band are candidates. */
export const bandCount = 32
const rows = 2
/** Least containment of an abridged or heavily edited copy, which must also share `leastShared` shingles. */
const editedContainment = 0.6
/** Shingles an abridged or edited copy shares with its story at least: a few sentences' worth. */
const leastShared = 40

/**
 * The `bandCount` band keys of a shingle set (empty for an empty set): a
 * 32-bit key per band, so a collision only adds a candidate, and candidates
 * are verified. The same keys in `CopyIndex` and in any index kept elsewhere
 * (a database), so candidates are the same wherever they are found.
 */
export function bandKeys(set: Uint32Array): Uint32Array {
  const keys = new Uint32Array(set.length === 0 ? 0 : bandCount)
  if (set.length === 0) return keys
  const minimums = signature(set, bandCount * rows)
  for (let band = 0; band < bandCount; band++) {
    let key = mix(band + 1)
    for (let row = band * rows; row < band * rows + rows; row++) key = mix(key ^ minimums[row]!)
    keys[band] = key
  }
  return keys
}

/**
 * Whether two candidates are copies, verified on their exact shingle sets:
 * similar enough (`threshold`), one holding the other (`containment`), or an
 * abridged or heavily edited copy (containment 0.6 and at least 40 shared
 * shingles, enough that no shared line of furniture makes two briefs copies).
 * The pair's figures, or `undefined`.
 */
export function verifyCopies(a: Uint32Array, b: Uint32Array, options?: Readonly<FindCopiesOptions> | null | undefined): Pick<CopyPair, 'similarity' | 'containment'> | undefined {
  const {similarity, containment} = resemblance(a, b)
  const edited = containment >= editedContainment && containment * Math.min(a.length, b.length) >= leastShared
  if (similarity < (options?.threshold ?? 0.5) && containment < (options?.containment ?? 0.8) && !edited) return undefined
  return {similarity, containment}
}
