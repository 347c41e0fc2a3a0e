import {type Token, tokenize} from './tokens.js'

/** Words per shingle: long enough that unrelated stories rarely share one, short enough to survive small edits. */
const shingleSize = 5

/**
 * The shingles of a text as sorted, distinct 32-bit hashes. Shingles are runs
 * of token keys without marks, so case, punctuation, whitespace and number
 * formatting ("10, 701" or "10,701") do not change them.
 */
export function shingles(text: string): Uint32Array {
  return shinglesOf(tokenize(text))
}

/** `shingles` of a text already tokenized. */
export function shinglesOf(tokens: readonly Token[]): Uint32Array {
  const keys: number[] = []
  for (const token of tokens) if (token.kind !== 'mark') keys.push(hashString(token.key))
  const count = keys.length === 0 ? 0 : Math.max(1, keys.length - shingleSize + 1)
  const hashes = new Uint32Array(count)
  if (keys.length > 0 && keys.length < shingleSize) hashes[0] = combine(keys, 0, keys.length)
  for (let index = 0; index + shingleSize <= keys.length; index++) hashes[index] = combine(keys, index, index + shingleSize)
  // Sorted, then each hash once.
  hashes.sort()
  let distinct = 0
  for (let index = 0; index < hashes.length; index++) if (index === 0 || hashes[index] !== hashes[index - 1]) hashes[distinct++] = hashes[index]!
  return hashes.slice(0, distinct)
}

/** FNV-1a over UTF-16 units. */
function hashString(text: string): number {
  let hash = 0x81_1c_9d_c5
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01_00_01_93)
  return hash >>> 0
}

function combine(keys: readonly number[], from: number, to: number): number {
  let hash = 0x81_1c_9d_c5
  for (let index = from; index < to; index++) hash = mix(hash ^ keys[index]!)
  return hash >>> 0
}

/** A 32-bit finaliser (murmur3's): spreads every input bit over the output. */
export function mix(value: number): number {
  let hash = value
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85_eb_ca_6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2_b2_ae_35)
  hash ^= hash >>> 16
  return hash >>> 0
}

/**
 * How alike two shingle sets are: Jaccard `similarity`, and `containment`,
 * the share of the smaller set found in the larger (near 1 for an excerpt or
 * a truncated copy). Rounded to three decimals; two empty sets are alike.
 */
export function resemblance(a: Uint32Array, b: Uint32Array): {similarity: number; containment: number} {
  return resemblanceOf(overlap(a, b), a.length, b.length)
}

/** `resemblance` of sets of `sizeA` and `sizeB` shingles that share `shared`. */
export function resemblanceOf(shared: number, sizeA: number, sizeB: number): {similarity: number; containment: number} {
  const union = sizeA + sizeB - shared
  const smaller = Math.min(sizeA, sizeB)
  if (union === 0) return {similarity: 1, containment: 1}
  return {similarity: round(shared / union), containment: smaller === 0 ? 0 : round(shared / smaller)}
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

/** How many shingles two sorted hash sets share. */
export function overlap(a: Uint32Array, b: Uint32Array): number {
  let shared = 0
  let left = 0
  let right = 0
  while (left < a.length && right < b.length) {
    if (a[left] === b[right]) {
      shared++
      left++
      right++
    } else if (a[left]! < b[right]!) left++
    else right++
  }
  return shared
}

/**
 * A MinHash signature: for each of `size` hash functions, the least hash of
 * any shingle. Two signatures agree at a position with probability equal to
 * the Jaccard similarity of the shingle sets.
 */
export function signature(set: Uint32Array, size: number): Uint32Array {
  const result = new Uint32Array(size).fill(0xff_ff_ff_ff)
  for (const value of set) {
    for (let index = 0; index < size; index++) {
      const hash = mix(value ^ seeds[index]!)
      if (hash < result[index]!) result[index] = hash
    }
  }
  return result
}

const seeds = Uint32Array.from({length: 256}, (_, index) => mix(index * 0x9e_37_79_b9 + 1))
