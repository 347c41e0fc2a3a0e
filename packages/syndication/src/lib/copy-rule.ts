import type {CopyPair, FindCopiesOptions} from './find-copies.js'
import {lineRow, mix, overlap, resemblanceOf, signature} from './fingerprint.js'

// 48 bands of 2 rows: a pair with Jaccard 0.33 (an excerpt of a third) is a
// candidate with probability 0.996, one with 0.5 almost surely.
/** Bands of a document's MinHash signature: documents sharing the key of one band are candidates. */
export const bandCount = 48
const rows = 2
/** Least containment of an abridged or heavily edited copy, which must also share `leastShared` shingles. */
const editedContainment = 0.6
/** Shingles an abridged or edited copy shares with its story at least: a few sentences' worth. */
const leastShared = 40
/** Least containment of a splice (half one story, half another) in each of its sources. */
const splicedContainment = 0.4
/** Shingles a splice shares with each source at least: a passage of four or five sentences, longer than any byline or footer. */
const leastPassage = 80

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

/** Shingles a line must start to pair documents by itself: a sentence of eight words or more (twelve when it ends the text, as no shingle runs past it). */
export const leastKeyedLine = 8

/**
 * The bucket `lineKeys` go in, after the `bandCount` bands: documents sharing
 * a line of a sentence or more are candidates whatever their signatures say.
 * An excerpt, an abridged or extended copy and each half of a splice keep
 * whole paragraphs of their story but may share a quarter of its shingles or
 * less (a short story extended, a splice of stories with different footers),
 * and 48 bands of 2 rows miss one pair in twenty at Jaccard 0.25.
 */
export const lineBand = bandCount

/** The hashes of the lines (`Fingerprint['lines']`) that start `leastKeyedLine` shingles or more: each once, in order. */
export function lineKeys(lines: Uint32Array): Uint32Array {
  const keys: number[] = []
  for (let at = 0; at < lines.length; at += lineRow) if (lines[at + 1]! >= leastKeyedLine) keys.push(lines[at]!)
  return Uint32Array.from(keys)
}

/**
 * Whether two candidates are copies, verified on their exact shingle sets:
 * similar enough (`threshold`), one holding the other (`containment`), an
 * abridged or heavily edited copy (containment 0.6 and at least 40 shared
 * shingles, enough that no shared line of furniture makes two briefs copies),
 * or one side of a splice (containment 0.4 and at least 80 shared shingles: a
 * passage of several sentences, one story's half of an article built from two).
 * The pair's figures, or `undefined`.
 */
export function verifyCopies(a: Uint32Array, b: Uint32Array, options?: Readonly<FindCopiesOptions> | null | undefined): Pick<CopyPair, 'similarity' | 'containment'> | undefined {
  // The shingles shared, counted exactly: a count derived from the rounded containment misses its bound by a hair.
  return verifyCounts(overlap(a, b), a.length, b.length, options)
}

/** `verifyCopies` for sets of `sizeA` and `sizeB` shingles sharing `shared` (boilerplate taken out of all three, say). */
export function verifyCounts(shared: number, sizeA: number, sizeB: number, options?: Readonly<FindCopiesOptions> | null | undefined): Pick<CopyPair, 'similarity' | 'containment'> | undefined {
  const {similarity, containment} = resemblanceOf(shared, sizeA, sizeB)
  const edited = containment >= editedContainment && shared >= leastShared
  const spliced = containment >= splicedContainment && shared >= leastPassage
  if (similarity < (options?.threshold ?? 0.5) && containment < (options?.containment ?? 0.8) && !edited && !spliced) return undefined
  return {similarity, containment}
}
