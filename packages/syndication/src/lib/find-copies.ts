import * as z from 'zod/mini'
import {CopyIndex} from './copy-index.js'

/**
 * One document of a corpus: its text, or its `fingerprint` when it was
 * computed elsewhere (in a worker thread, say, while the text streams past).
 * Given as shingles alone, without `lines` and `shingleLines`, a document
 * has no boilerplate taken out of it.
 */
export type CorpusDocument = {id: string; text: string} | {id: string; shingles: Uint32Array; lines?: Uint32Array | undefined; shingleLines?: Uint16Array | undefined}

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
  similarity: z.number().check(z.minimum(0), z.maximum(1)),
  /** Shared shingles over the smaller document's, 0..1: near 1 when one holds the other. */
  containment: z.number().check(z.minimum(0), z.maximum(1))
})
export type CopyPair = z.infer<typeof CopyPair>

/** Documents that are copies of one story, in corpus order, with the verified pairs that join them: a spanning set, one pair fewer than the documents. */
export const CopyCluster = z.object({ids: z.array(z.string()).check(z.minLength(2)), pairs: z.array(CopyPair)})
export type CopyCluster = z.infer<typeof CopyCluster>

/**
 * Clusters of copies in a corpus. Each document is shingled and MinHashed;
 * documents sharing a band of their signature are candidates (no all-pairs
 * comparison); candidates are verified on their exact shingle sets, with the
 * corpus's boilerplate (`findBoilerplate`: bylines, prompts, footers many
 * unrelated documents carry) taken out. The same as adding every document
 * to a `CopyIndex` and asking for its clusters.
 */
export function findCopies(corpus: Iterable<CorpusDocument>, options?: Readonly<FindCopiesOptions> | null | undefined): CopyCluster[] {
  const index = new CopyIndex(options)
  for (const document of corpus) index.add(document)
  return index.clusters()
}
