import type Database from 'better-sqlite3'
import {FactRecord} from '../fact-record.js'
import type {CandidateQuery, FactStore} from './fact-store.js'
import {plan, postingKeys, queryKeys} from './posting-families.js'
import {SqliteStoreError, sqliteStoreError} from './sqlite-store-error.js'

/** Parsed records kept in memory, most recently used last. */
const cacheSize = 50_000

/**
 * A store in SQLite (better-sqlite3), for sets too large to keep in memory.
 * The same three posting families as `MemoryStore`, in a `(key, record)`
 * table, with key counts so a query reads only the smallest family.
 *
 * Each query reads one snapshot: a build that commits meanwhile is seen by
 * the next query, whole, and parsed records of the old build are forgotten.
 */
export class SqliteStore implements FactStore {
  private readonly database: Database.Database
  private readonly file: string
  private readonly cache = new Map<number, FactRecord>()
  private readonly statements = new Map<string, Database.Statement>()
  private readonly countKey: Database.Statement<[string], {count: number}>
  private readonly byId: Database.Statement<[string], {json: string}>
  private readonly countRecords: Database.Statement<[], number>
  private readonly schemaVersion: Database.Statement<[], number>
  private readonly snapshot: <Result>(read: () => Result) => Result
  /** The schema version the cache and `total` belong to; every build changes it. */
  private version = -1
  private total = 0

  /** Open a store built by `SqliteStore.build`. Throws a `SqliteStoreError` (`not-a-store`) when there is none. */
  constructor(database: Database.Database) {
    this.database = database
    this.file = database.name
    try {
      this.countKey = database.prepare('SELECT count FROM keys WHERE key = ?')
      this.byId = database.prepare('SELECT json FROM records WHERE id = ?')
      this.countRecords = database.prepare<[], number>('SELECT COUNT(*) FROM records').pluck()
      this.schemaVersion = database.prepare<[], number>('PRAGMA schema_version').pluck()
      database.prepare('SELECT 1 FROM postings LIMIT 0')
      const transaction = database.transaction((read: () => unknown) => read())
      this.snapshot = transaction.deferred as <Result>(read: () => Result) => Result
      this.read(() => undefined)
    } catch (error) {
      throw sqliteStoreError(error, this.file, 'cannot open the store')
    }
  }

  /**
   * Replace the store in `database` with `records`, and open it as a store.
   * All in one transaction: readers (in this process or others) see the old
   * store until the new one is complete, and a failed build (`SqliteStoreError`,
   * `duplicate-id` for two records with one id) leaves the old store as it
   * was. Switches the database to WAL, so readers are not blocked meanwhile.
   */
  static build(database: Database.Database, records: Iterable<FactRecord>): SqliteStore {
    try {
      database.pragma('journal_mode = WAL')
      database.transaction(() => write(database, records)).immediate()
    } catch (error) {
      throw sqliteStoreError(error, database.name, 'cannot build the store; it keeps what it had')
    }
    return new SqliteStore(database)
  }

  get size(): number {
    return this.read(() => this.total)
  }

  get(id: string): FactRecord | undefined {
    const row = this.read(() => this.byId.get(id))
    return row ? FactRecord.parse(JSON.parse(row.json)) : undefined
  }

  candidates(query: CandidateQuery): FactRecord[] {
    return this.read(() => {
      const chosen = plan(queryKeys(query), (key) => this.countKey.get(key)?.count ?? 0)
      if (!chosen) return []
      const ordered = [chosen.walk, ...chosen.check].map((family) => family.keys)
      const rows = this.statement(ordered.map((family) => family.length)).all(...ordered.flat()) as Array<{rowid: number; json: string}>
      return rows.map((row) => this.record(row.rowid, row.json))
    })
  }

  /** Run `read` on one snapshot, after forgetting what an earlier build left in memory; SQLite errors become `SqliteStoreError`s. */
  private read<Result>(read: () => Result): Result {
    try {
      return this.snapshot(() => {
        const version = this.schemaVersion.get()!
        if (version !== this.version) {
          this.cache.clear()
          this.total = this.countRecords.get()!
          this.version = version
        }
        return read()
      })
    } catch (error) {
      throw sqliteStoreError(error, this.file, 'cannot read the store')
    }
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

/** The tables of a store, dropped and made again by each build (inside its transaction). */
const schema = `
  DROP TABLE IF EXISTS records;
  DROP TABLE IF EXISTS postings;
  DROP TABLE IF EXISTS keys;
  CREATE TABLE records (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, current INTEGER NOT NULL, json TEXT NOT NULL);
  CREATE TABLE postings (key TEXT NOT NULL, record INTEGER NOT NULL, PRIMARY KEY (key, record)) WITHOUT ROWID;
  CREATE TABLE keys (key TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
`

/** Fill fresh tables with `records`, reading them once, in order. Call inside a transaction. */
function write(database: Database.Database, records: Iterable<FactRecord>): void {
  database.exec(schema)
  const insertRecord = database.prepare<[string, string]>('INSERT INTO records (id, current, json) VALUES (?, 1, ?)')
  const insertPosting = database.prepare<[string, number | bigint]>('INSERT OR IGNORE INTO postings (key, record) VALUES (?, ?)')
  const supersede = database.prepare<[string]>('UPDATE records SET current = 0 WHERE id = ?')
  const superseded: string[] = []
  for (const record of records) {
    let rowid: number | bigint
    try {
      rowid = insertRecord.run(record.id, JSON.stringify(record)).lastInsertRowid
    } catch (error) {
      if ((error as {code?: unknown}).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error
      throw new SqliteStoreError('duplicate-id', database.name, `cannot build the store; it keeps what it had: two records have the id \`${record.id}\``, {cause: error})
    }
    if (record.supersedes !== undefined) superseded.push(record.supersedes)
    for (const key of new Set(postingKeys(record))) insertPosting.run(key, rowid)
  }
  // Superseded records stay readable by id but are never candidates.
  for (const id of superseded) supersede.run(id)
  database.exec(`
    DELETE FROM postings WHERE record IN (SELECT rowid FROM records WHERE current = 0);
    INSERT INTO keys (key, count) SELECT key, COUNT(*) FROM postings GROUP BY key;
    ANALYZE;
  `)
}
