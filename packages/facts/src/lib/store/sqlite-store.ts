import type Database from 'better-sqlite3'
import {FactRecord} from '../fact-record.js'
import type {CandidateQuery, FactStore} from './fact-store.js'
import {plan, postingKeys, queryKeys} from './posting-families.js'

/** Parsed records kept in memory, most recently used last. */
const cacheSize = 50_000

/**
 * A store in SQLite (better-sqlite3), for sets too large to keep in memory.
 * The same three posting families as `MemoryStore`, in a `(key, record)`
 * table, with key counts so a query reads only the smallest family.
 */
export class SqliteStore implements FactStore {
  private readonly database: Database.Database
  private readonly cache = new Map<number, FactRecord>()
  private readonly statements = new Map<string, Database.Statement>()
  private readonly countKey: Database.Statement<[string], {count: number}>
  private readonly byId: Database.Statement<[string], {json: string}>
  private readonly total: number

  /** Open a store built by `SqliteStore.build`. */
  constructor(database: Database.Database) {
    this.database = database
    this.countKey = database.prepare('SELECT count FROM keys WHERE key = ?')
    this.byId = database.prepare('SELECT json FROM records WHERE id = ?')
    this.total = (database.prepare('SELECT COUNT(*) AS count FROM records').get() as {count: number}).count
  }

  /** Write records into an empty database, in one transaction, and open it as a store. */
  static build(database: Database.Database, records: Iterable<FactRecord>): SqliteStore {
    database.pragma('journal_mode = WAL')
    database.exec(`
      CREATE TABLE records (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, current INTEGER NOT NULL, json TEXT NOT NULL);
      CREATE TABLE postings (key TEXT NOT NULL, record INTEGER NOT NULL, PRIMARY KEY (key, record)) WITHOUT ROWID;
      CREATE TABLE keys (key TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
    `)
    const insertRecord = database.prepare('INSERT INTO records (id, current, json) VALUES (?, ?, ?)')
    const insertPosting = database.prepare('INSERT OR IGNORE INTO postings (key, record) VALUES (?, ?)')
    database.transaction(() => {
      const all = [...records]
      const superseded = new Set(all.map((record) => record.supersedes).filter((id) => id !== undefined))
      for (const record of all) {
        const current = !superseded.has(record.id)
        const rowid = insertRecord.run(record.id, current ? 1 : 0, JSON.stringify(record)).lastInsertRowid
        if (!current) continue
        for (const key of new Set(postingKeys(record))) insertPosting.run(key, rowid)
      }
      database.exec('INSERT INTO keys (key, count) SELECT key, COUNT(*) FROM postings GROUP BY key')
    })()
    database.exec('ANALYZE')
    return new SqliteStore(database)
  }

  get size(): number {
    return this.total
  }

  get(id: string): FactRecord | undefined {
    const row = this.byId.get(id)
    return row ? FactRecord.parse(JSON.parse(row.json)) : undefined
  }

  candidates(query: CandidateQuery): FactRecord[] {
    const chosen = plan(queryKeys(query), (key) => this.countKey.get(key)?.count ?? 0)
    if (!chosen) return []
    const ordered = [chosen.walk, ...chosen.check].map((family) => family.keys)
    const rows = this.statement(ordered.map((family) => family.length)).all(...ordered.flat()) as Array<{rowid: number; json: string}>
    return rows.map((row) => this.record(row.rowid, row.json))
  }

  /** One prepared statement per shape (number of keys in each family). */
  private statement(shape: number[]): Database.Statement {
    const name = shape.join(',')
    let statement = this.statements.get(name)
    if (!statement) {
      const marks = (count: number) => Array.from({length: count}, () => '?').join(', ')
      const [first = 0, ...rest] = shape
      const filters = rest.map((count) => `AND EXISTS (SELECT 1 FROM postings q WHERE q.record = r.rowid AND q.key IN (${marks(count)}))`).join(' ')
      statement = this.database.prepare(`SELECT r.rowid AS rowid, r.json AS json FROM records r WHERE r.rowid IN (SELECT record FROM postings WHERE key IN (${marks(first)})) ${filters} ORDER BY r.rowid`)
      this.statements.set(name, statement)
    }
    return statement
  }

  private record(rowid: number, json: string): FactRecord {
    let record = this.cache.get(rowid)
    if (record) {
      this.cache.delete(rowid)
    } else {
      // Written by `build` from validated records: parse without validating again.
      record = JSON.parse(json) as FactRecord
      if (this.cache.size >= cacheSize) this.cache.delete(this.cache.keys().next().value!)
    }
    this.cache.set(rowid, record)
    return record
  }
}
