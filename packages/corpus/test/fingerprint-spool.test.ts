import {mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fingerprint} from '@claimtrace/syndication'
import {afterAll, describe, expect, it} from 'vitest'
import {FingerprintSpool} from '../src/lib/fingerprint-spool.js'

const work = mkdtempSync(join(tmpdir(), 'claimtrace-spool-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const bytes = (values: Uint32Array | Uint16Array) => new Uint8Array(values.buffer, values.byteOffset, values.byteLength)

describe('FingerprintSpool', () => {
  it('gives back each fingerprint by seq, appended in any order, past the cache and the write buffer', () => {
    const spool = new FingerprintSpool(work)
    // Enough fingerprints (about 1.2 MB) that some are written before others are appended, and more than the cache keeps.
    const seqs = Array.from({length: 6000}, (_, index) => (index * 7919) % 6007)
    const printOf = (seq: number) => fingerprint(`Story ${seq} says ${seq * 3} people came.\n\nThe council met on day ${seq % 31} and voted ${seq % 9} to 2.`)
    for (const seq of seqs) {
      const print = printOf(seq)
      spool.append(seq, bytes(print.shingles), bytes(print.lines), bytes(print.shingleLines))
    }
    for (const seq of [...seqs, ...seqs.slice(0, 5)]) expect(spool.get(seq)).toEqual(printOf(seq))
    expect(() => spool.get(6007)).toThrow('no fingerprint of document 6007 was spooled')
    spool.close()
    expect(readdirSync(work)).toEqual([])
  })

  it('keeps an empty fingerprint (a text of no words)', () => {
    const spool = new FingerprintSpool(work)
    const empty = fingerprint('')
    spool.append(3, bytes(empty.shingles), bytes(empty.lines), bytes(empty.shingleLines))
    expect(spool.get(3)).toEqual(empty)
    spool.close()
  })
})
