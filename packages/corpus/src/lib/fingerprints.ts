import {type Claim, extractClaims} from '@claimtrace/extract'
import {bandKeys, fingerprint} from '@claimtrace/syndication'

/** What a document contributes to the index: its shingle set, its lines (for boilerplate), its band keys and, when asked for, its claims. */
export interface Fingerprints {
  shingles: Uint32Array[]
  lines: Uint32Array[]
  shingleLines: Uint16Array[]
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
  const found = texts.map((text) => fingerprint(text))
  return {
    shingles: found.map((item) => item.shingles),
    lines: found.map((item) => item.lines),
    shingleLines: found.map((item) => item.shingleLines),
    keys: found.map((item) => bandKeys(item.shingles)),
    claims: dates && texts.map((text, index) => extractClaims(text, {date: dates[index] ?? null}))
  }
}
