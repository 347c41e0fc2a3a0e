import {type Token, tokenize} from './tokens.js'

/** Words per shingle: long enough that unrelated stories rarely share one, short enough to survive small edits. */
const shingleSize = 5

/**
 * What a corpus keeps of a document to find its copies: its `shingles` (as
 * `shingles` gives them), its `lines` (text between line breaks), each once,
 * as rows of three sorted by hash, `[hash, shingles, position, …]` (shingles:
 * how many start in the line; position: where the line first comes among
 * the document's lines, 0 for the first), and for each shingle the line it
 * starts in (`shingleLines`, a row number; `noLine` past the 65,535th row). A line is hashed by its words, as
 * shingles are, so formatting does not change it; each shingle counts in one
 * line. Bylines, newsletter prompts and footers are lines: corpus statistics
 * over them tell boilerplate from the story (`findBoilerplate`), and the
 * shingles of those lines are what a pair of documents loses to it.
 */
export interface Fingerprint {
  shingles: Uint32Array
  lines: Uint32Array
  shingleLines: Uint16Array
}

/** The `shingleLines` of a shingle in a line past the 65,535th: never taken out as boilerplate. */
export const noLine = 0xff_ff
/** Numbers a line takes in `lines`: its hash, its shingles, its position. */
export const lineRow = 3

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
  return shinglesOfWords(wordHashes(tokens))
}

/** The hash of each token's key, marks left out. */
function wordHashes(tokens: readonly Token[]): number[] {
  const keys: number[] = []
  for (const token of tokens) if (token.kind !== 'mark') keys.push(hashString(token.key))
  return keys
}

function shinglesOfWords(keys: readonly number[]): Uint32Array {
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

/** Lines a text may have before the rest share one number: 2^21, so a hash and a line number fit one double exactly. */
const lineSpace = 2 ** 21

/** The `Fingerprint` of a text: tokenized and hashed once. */
export function fingerprint(text: string): Fingerprint {
  const tokens = tokenize(text)
  const words = wordHashes(tokens)
  // The line of each word (lines in order of appearance) and each line's hash.
  const lineOfWord = new Uint32Array(words.length)
  const lineHashes: number[] = []
  let from = 0
  let word = 0
  let previousEnd = 0
  const close = () => {
    if (word > from) lineHashes.push(combine(words, from, word))
    from = word
  }
  for (const token of tokens) {
    if (breaksLine(text, previousEnd, token.start)) close()
    previousEnd = token.end
    if (token.kind !== 'mark') lineOfWord[word++] = Math.min(lineHashes.length, lineSpace - 1)
  }
  close()
  // Each shingle with the line it starts in, in one number, sorted: by hash, then by line.
  const count = words.length === 0 ? 0 : Math.max(1, words.length - shingleSize + 1)
  const keyed = new Float64Array(count)
  for (let start = 0; start < count; start++) keyed[start] = combine(words, start, Math.min(words.length, start + shingleSize)) * lineSpace + lineOfWord[start]!
  keyed.sort()
  // Lines once each, by hash; the line of each distinct shingle (its first line, if it is in several).
  const positionOf = new Map<number, number>()
  for (const [position, hash] of lineHashes.entries()) if (!positionOf.has(hash)) positionOf.set(hash, position)
  const sortedHashes = [...positionOf.keys()].sort((x, y) => x - y)
  const rowOfHash = new Map(sortedHashes.map((hash, row) => [hash, row]))
  const shingleSet = new Uint32Array(count)
  const shingleLines = new Uint16Array(count)
  const lines = new Uint32Array(sortedHashes.length * lineRow)
  for (const [row, hash] of sortedHashes.entries()) {
    lines[row * lineRow] = hash
    lines[row * lineRow + 2] = positionOf.get(hash)!
  }
  let distinct = 0
  for (let index = 0; index < count; index++) {
    const hash = Math.floor(keyed[index]! / lineSpace)
    if (distinct > 0 && shingleSet[distinct - 1] === hash) continue
    const row = rowOfHash.get(lineHashes[keyed[index]! % lineSpace]!)!
    shingleSet[distinct] = hash
    shingleLines[distinct++] = Math.min(row, noLine)
    lines[row * lineRow + 1]!++
  }
  return {shingles: shingleSet.slice(0, distinct), lines, shingleLines: shingleLines.slice(0, distinct)}
}

/** Whether `text[from..to)`, the space between two tokens, holds a line break. */
function breaksLine(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13 || code === 0x20_28 || code === 0x20_29) return true
  }
  return false
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
