import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {ArticleReport} from '@claimtrace/report'

/**
 * Items kept on disk, not in memory: a streamed corpus writes each article
 * (or described cluster, or corroboration group) once, then the renderers
 * read them back in order, and the views of copies read single ones by id.
 */
export interface Spool<Item = ArticleReport> {
  /** Keep an item, given as its JSON. */
  write(id: string, json: string): void
  has(id: string): boolean
  get(id: string): Item | undefined
  /** An item's JSON, as written. */
  json(id: string): string | undefined
  /** Every item, in the order written. */
  read(): Generator<Item>
  /** Remove the file. */
  close(): void
}

/** Writes are gathered to about this many bytes: one system call per megabyte, not per article. */
const batchBytes = 1 << 20

export function createSpool<Item = ArticleReport>(): Spool<Item> {
  const folder = mkdtempSync(join(tmpdir(), 'claimtrace-report-'))
  const fd = openSync(join(folder, 'items.jsonl'), 'w+')
  const places = new Map<string, {position: number; length: number}>()
  let end = 0
  let batch: string[] = []
  let batchStart = 0
  const flush = () => {
    if (batch.length === 0) return
    const buffer = Buffer.from(batch.join(''), 'utf8')
    let written = 0
    while (written < buffer.length) written += writeSync(fd, buffer, written, buffer.length - written, batchStart + written)
    batch = []
    batchStart = end
  }
  const load = ({position, length}: {position: number; length: number}): string => {
    flush()
    const buffer = Buffer.allocUnsafe(length)
    let read = 0
    while (read < length) {
      const count = readSync(fd, buffer, read, length - read, position + read)
      // Only another process truncating the file gets here; never spin on it.
      if (count === 0) throw new Error('The report spool file ended early')
      read += count
    }
    return buffer.toString('utf8')
  }
  return {
    write(id, json) {
      const length = Buffer.byteLength(json, 'utf8')
      places.set(id, {position: end, length})
      end += length
      batch.push(json)
      if (end - batchStart >= batchBytes) flush()
    },
    has(id) {
      return places.has(id)
    },
    get(id) {
      const place = places.get(id)
      return place ? (JSON.parse(load(place)) as Item) : undefined
    },
    json(id) {
      const place = places.get(id)
      return place ? load(place) : undefined
    },
    *read() {
      for (const place of places.values()) yield JSON.parse(load(place)) as Item
    },
    close() {
      closeSync(fd)
      rmSync(folder, {recursive: true, force: true})
    }
  }
}
