import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs'
import {endianness} from 'node:os'
import {join} from 'node:path'
import type {Fingerprint} from '@claimtrace/syndication'

/** Bytes gathered before a write: a few hundred fingerprints. */
const writeSize = 1 << 20
/** Fingerprints kept decoded, the most recently read: a bucket's first document is read again for each document that joins it. */
const cacheSize = 4096
/** A record's head: the byte lengths of its three blobs. */
const headSize = 12

/**
 * Fingerprints written to a file in a folder of their own as they stream out
 * of DuckDB, and read back by `seq`. A batch's candidate pairs pair each new
 * document with documents from anywhere in the corpus: looked up in the table,
 * each page of pairs would scan every stored fingerprint; read from a file at
 * an offset, each costs one read, and the operating system, not this process,
 * holds what is cached. The folder is removed by `close`.
 */
export class FingerprintSpool {
  readonly #folder: string
  readonly #descriptor: number
  #written = 0
  #pending: Buffer[] = []
  #pendingBytes = 0
  #seqs = new Float64Array(1024)
  #offsets = new Float64Array(1024)
  /** Each record's bytes, head included, so that one read gets it whole. */
  #lengths = new Float64Array(1024)
  #count = 0
  #sorted = true
  readonly #cache = new Map<number, Fingerprint>()

  /** A spool in a new folder inside `parent`. */
  constructor(parent: string) {
    this.#folder = mkdtempSync(join(parent, 'claimtrace-fingerprints-'))
    this.#descriptor = openSync(join(this.#folder, 'fingerprints.bin'), 'w+')
  }

  /** Keep the fingerprint of the document `seq`, as its stored blobs (little-endian numbers). */
  append(seq: number, shingles: Uint8Array, lines: Uint8Array, shingleLines: Uint8Array): void {
    if (this.#count === this.#seqs.length) {
      this.#seqs = grown(this.#seqs)
      this.#offsets = grown(this.#offsets)
      this.#lengths = grown(this.#lengths)
    }
    if (this.#count > 0 && seq <= this.#seqs[this.#count - 1]!) this.#sorted = false
    this.#seqs[this.#count] = seq
    this.#offsets[this.#count] = this.#written + this.#pendingBytes
    this.#lengths[this.#count] = headSize + shingles.length + lines.length + shingleLines.length
    this.#count++
    const head = Buffer.alloc(headSize)
    head.writeUInt32LE(shingles.length, 0)
    head.writeUInt32LE(lines.length, 4)
    head.writeUInt32LE(shingleLines.length, 8)
    for (const part of [head, shingles, lines, shingleLines]) {
      this.#pending.push(part instanceof Buffer ? part : Buffer.from(part.buffer, part.byteOffset, part.byteLength))
      this.#pendingBytes += part.byteLength
    }
    if (this.#pendingBytes >= writeSize) this.#flush()
  }

  /** The fingerprint of the document `seq`, which must have been appended. */
  get(seq: number): Fingerprint {
    const cached = this.#cache.get(seq)
    if (cached) {
      // Read again: the most recent goes last, so the least recent is the first to go.
      this.#cache.delete(seq)
      this.#cache.set(seq, cached)
      return cached
    }
    this.#ready()
    const at = this.#find(seq)
    if (at < 0) throw new Error(`no fingerprint of document ${seq} was spooled`)
    // One read into a buffer of its own, 4-byte aligned at each blob (the head is 12 bytes, the shingles and lines whole 32-bit numbers).
    const record = new Uint8Array(this.#lengths[at]!)
    this.#read(record, this.#offsets[at]!)
    const head = new DataView(record.buffer, 0, headSize)
    const [shingleBytes, lineBytes, shingleLineBytes] = [head.getUint32(0, true), head.getUint32(4, true), head.getUint32(8, true)]
    const found: Fingerprint = {
      shingles: numbersOf(record, headSize, shingleBytes, 4) as Uint32Array,
      lines: numbersOf(record, headSize + shingleBytes, lineBytes, 4) as Uint32Array,
      shingleLines: numbersOf(record, headSize + shingleBytes + lineBytes, shingleLineBytes, 2) as Uint16Array
    }
    this.#cache.set(seq, found)
    if (this.#cache.size > cacheSize) this.#cache.delete(this.#cache.keys().next().value!)
    return found
  }

  /** Remove the file and its folder. */
  close(): void {
    closeSync(this.#descriptor)
    rmSync(this.#folder, {recursive: true, force: true})
  }

  #flush(): void {
    if (this.#pendingBytes === 0) return
    const bytes = Buffer.concat(this.#pending, this.#pendingBytes)
    let done = 0
    while (done < bytes.length) done += writeSync(this.#descriptor, bytes, done, bytes.length - done, this.#written + done)
    this.#written += bytes.length
    this.#pending = []
    this.#pendingBytes = 0
  }

  /** Everything written, and the seqs in order for `#find`. */
  #ready(): void {
    this.#flush()
    if (this.#sorted) return
    const order = Array.from({length: this.#count}, (_, index) => index).sort((a, b) => this.#seqs[a]! - this.#seqs[b]!)
    this.#seqs = Float64Array.from(order, (index) => this.#seqs[index]!)
    this.#offsets = Float64Array.from(order, (index) => this.#offsets[index]!)
    this.#lengths = Float64Array.from(order, (index) => this.#lengths[index]!)
    this.#sorted = true
  }

  #find(seq: number): number {
    let [low, high] = [0, this.#count - 1]
    while (low <= high) {
      const middle = (low + high) >>> 1
      const at = this.#seqs[middle]!
      if (at === seq) return middle
      if (at < seq) low = middle + 1
      else high = middle - 1
    }
    return -1
  }

  #read(into: Uint8Array, position: number): void {
    let done = 0
    while (done < into.length) {
      const read = readSync(this.#descriptor, into, done, into.length - done, position + done)
      if (read === 0) throw new Error('the fingerprint file ended early')
      done += read
    }
  }
}

function grown(values: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const larger = new Float64Array(values.length * 2)
  larger.set(values)
  return larger
}

const littleEndian = endianness() === 'LE'

/**
 * `length` bytes of little-endian numbers `width` bytes wide from `offset`
 * of `bytes` (a buffer of its own, aligned there): a view on a little-endian
 * machine, each number read elsewhere.
 */
function numbersOf(bytes: Uint8Array, offset: number, length: number, width: 2 | 4): Uint32Array | Uint16Array {
  if (littleEndian) return width === 4 ? new Uint32Array(bytes.buffer, bytes.byteOffset + offset, length / 4) : new Uint16Array(bytes.buffer, bytes.byteOffset + offset, length / 2)
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, length)
  const numbers = width === 4 ? new Uint32Array(length / 4) : new Uint16Array(length / 2)
  for (let index = 0; index < numbers.length; index++) numbers[index] = width === 4 ? view.getUint32(index * 4, true) : view.getUint16(index * 2, true)
  return numbers
}
