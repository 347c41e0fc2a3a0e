import {type Claim, extractClaims} from '@claimtrace/extract'
import {bandKeys, shingles} from '@claimtrace/syndication'

/** What a document contributes to the index: its shingle set, its band keys and, when asked for, its claims. */
export interface Fingerprints {
  shingles: Uint32Array[]
  keys: Uint32Array[]
  claims: Claim[][] | undefined
}

/** Texts to fingerprint, with their dates when claims are read (for "last year"). */
export interface FingerprintJob {
  texts: string[]
  /** One per text when claims are read; `undefined` reads none. */
  dates: Array<string | null> | undefined
}

export type FingerprintRequest = FingerprintJob & {sequence: number}

/** A worker's answer: the fingerprints, or why it could not make them. */
export type FingerprintReply = (Fingerprints & {sequence: number}) | {sequence: number; error: string}

/** The fingerprints of some texts, in order. */
export function fingerprints({texts, dates}: FingerprintJob): Fingerprints {
  const sets = texts.map((text) => shingles(text))
  return {shingles: sets, keys: sets.map((set) => bandKeys(set)), claims: dates && texts.map((text, index) => extractClaims(text, {date: dates[index] ?? null}))}
}
