import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import process from 'node:process'
import {FactRecord} from '@claimtrace/facts'
import {SqliteStore, SqliteStoreError} from '@claimtrace/facts/sqlite'
import Database from 'better-sqlite3'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'

const record = (id: string, value: number): FactRecord =>
  FactRecord.parse({id, metric: {name: 'requests denied'}, scope: {place: 'Boston'}, period: {start: '2016-01-01', end: '2016-12-31'}, value, unit: 'count', source: {publisher: 'Herald', title: 'ICE data', kind: 'article'}})
const query = {terms: ['request', 'denied'], unit: 'count', scope: ['boston'], years: [2016, 2016] as [number, number]}
/** The ids in the store, as another process reads them. */
const idsInOtherProcess = (database: string) =>
  execFileSync(process.execPath, ['-e', `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))}); process.stdout.write(new D(process.argv[1], {readonly: true}).prepare('SELECT id FROM records ORDER BY rowid').pluck().all().join(','))`, database], {encoding: 'utf8'})
const values = (store: SqliteStore) => store.candidates(query).map((found) => found.value)

let directory: string
let file: string
const open: Database.Database[] = []
const connect = (options?: Database.Options) => {
  const database = new Database(file, options)
  open.push(database)
  return database
}

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'claimtrace-sqlite-'))
  file = join(directory, 'facts.db')
})

afterEach(() => {
  for (const database of open.splice(0)) database.close()
  rmSync(directory, {recursive: true, force: true})
})

describe('@claimtrace/facts/sqlite', () => {
  it('exposes its public API and nothing else', async () => {
    expect(Object.keys(await import('@claimtrace/facts/sqlite')).sort()).toEqual(['SqliteStore', 'SqliteStoreError'])
  })
})

describe('SqliteStore.build', () => {
  it('lets readers see the old store while a new one is built, and the new one whole once done', () => {
    SqliteStore.build(connect(), [record('a', 1), record('b', 2)])
    const before = new SqliteStore(connect({readonly: true}))
    expect(values(before)).toEqual([1, 2])

    const seen: unknown[] = []
    function* records() {
      for (let index = 0; index < 100; index++) {
        yield record(`n${index}`, 100 + index)
        if (index === 50) {
          // Half-way through the build: a reader opened now, and one opened before it.
          const during = new SqliteStore(connect({readonly: true}))
          seen.push({size: during.size, values: values(during)}, {size: before.size, values: values(before)}, idsInOtherProcess(file))
        }
      }
    }
    SqliteStore.build(connect(), records())
    expect(seen).toEqual([{size: 2, values: [1, 2]}, {size: 2, values: [1, 2]}, 'a,b'])
    expect(idsInOtherProcess(file)).toMatch(/^n0,n1,.*,n99$/)

    // The reader opened before the build sees all of the new store, nothing cached from the old.
    expect(before.size).toBe(100)
    expect(values(before)).toEqual(Array.from({length: 100}, (_, index) => 100 + index))
    expect(before.get('a')).toBeUndefined()
    expect(new SqliteStore(connect({readonly: true})).get('n7')?.value).toBe(107)
  })

  it('keeps the old store when a build fails on a duplicate id, and builds again afterwards', () => {
    SqliteStore.build(connect(), [record('a', 1)])
    const builder = connect()
    let failure: unknown
    try {
      SqliteStore.build(builder, [record('b', 2), record('c', 3), record('b', 4)])
    } catch (error) {
      failure = error
    }
    expect(failure).toBeInstanceOf(SqliteStoreError)
    expect(failure).toMatchObject({code: 'duplicate-id', file, message: `${file}: cannot build the store; it keeps what it had: two records have the id \`b\``})
    expect(values(new SqliteStore(connect({readonly: true})))).toEqual([1])

    // The same connection builds again; no "table records already exists".
    const store = SqliteStore.build(builder, [record('b', 2), record('c', 3)])
    expect(values(store)).toEqual([2, 3])
    expect(values(new SqliteStore(connect({readonly: true})))).toEqual([2, 3])
  })

  it('leaves no tables when a first build fails, and the next build works', () => {
    expect(() => SqliteStore.build(connect(), [record('a', 1), record('a', 2)])).toThrow(expect.objectContaining({code: 'duplicate-id'}))
    expect(() => new SqliteStore(connect())).toThrow(expect.objectContaining({code: 'not-a-store', message: expect.stringContaining(`${file}: cannot open the store: not a fact store`)}))
    expect(values(SqliteStore.build(connect(), [record('a', 1)]))).toEqual([1])
  })

  it('replaces the empty tables a failed build of an earlier version left behind', () => {
    connect().exec('CREATE TABLE records (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, current INTEGER NOT NULL, json TEXT NOT NULL)')
    expect(values(SqliteStore.build(connect(), [record('a', 1)]))).toEqual([1])
  })

  it('turns raw SQLite errors into errors with a code that name the file', () => {
    writeFileSync(file, 'not a database, just text '.repeat(100))
    expect(() => new SqliteStore(connect())).toThrow(expect.objectContaining({name: 'SqliteStoreError', code: 'not-a-store', file}))
    expect(() => SqliteStore.build(connect(), [record('a', 1)])).toThrow(expect.objectContaining({code: 'not-a-store', message: expect.stringMatching(/^.*facts\.db: cannot build the store/)}))

    rmSync(file)
    SqliteStore.build(connect(), [record('a', 1)])
    const reader = connect({readonly: true})
    expect(() => SqliteStore.build(reader, [record('a', 1)])).toThrow(expect.objectContaining({code: 'sqlite-failed', message: expect.stringContaining('(SQLITE_READONLY')}))
    const store = new SqliteStore(reader)
    reader.close()
    expect(() => store.candidates(query)).toThrow(expect.objectContaining({code: 'sqlite-failed', message: `${file}: cannot read the store: the database is closed`}))
  })

  it('reports a build blocked by another as busy', () => {
    SqliteStore.build(connect(), [record('a', 1)])
    const holder = connect()
    holder.exec('BEGIN IMMEDIATE')
    try {
      expect(() => SqliteStore.build(connect({timeout: 10}), [record('b', 2)])).toThrow(expect.objectContaining({code: 'busy'}))
    } finally {
      holder.exec('ROLLBACK')
    }
    expect(values(new SqliteStore(connect()))).toEqual([1])
  })
})
