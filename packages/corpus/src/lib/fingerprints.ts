import {bandKeys, shingles} from '@claimtrace/syndication'

/** What a document contributes to the index: its shingle set and its band keys. */
export interface Fingerprints {
  shingles: Uint32Array[]
  keys: Uint32Array[]
}

export interface FingerprintRequest {
  sequence: number
  texts: string[]
}

export type FingerprintReply = Fingerprints & {sequence: number}

/** The fingerprints of some texts, in order. */
export function fingerprints(texts: readonly string[]): Fingerprints {
  const sets = texts.map((text) => shingles(text))
  return {shingles: sets, keys: sets.map((set) => bandKeys(set))}
}
