import {statSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {dirname, resolve} from 'node:path'
import {type DuckDBAppender, type DuckDBConnection, DuckDBInstance, type DuckDBValue} from '@duckdb/node-api'
import type {Claim} from '@claimtrace/extract'
import {
  bandCount,
  bandKeys,
  boilerplateRule,
  type CopyCluster,
  type CorpusDocument,
  type Corroboration,
  CorroborationGraph,
  corroborationKeys,
  type FindCopiesOptions,
  type Fingerprint,
  leastKeyedLine,
  lineBand,
  sharedLines,
  verifyCounts,
  withoutBoilerplate
} from '@claimtrace/syndication'
import {CorpusError} from './corpus-error.js'
import {compareBuckets} from './corroboration-buckets.js'
import {fingerprintPool} from './fingerprint-pool.js'
import {FingerprintSpool} from './fingerprint-spool.js'
import type {Fingerprints} from './fingerprints.js'
import {appendClaim} from './claim-rows.js'
import {intoFolder, sqlFile, sqlString, statementsOf} from './sql-files.js'

/** What one `add` did. */
export interface AddResult {
  /** The batch number the documents were added as (1 for the first). */
  batch: number
  /** Documents added. */
  added: number
  /** Documents left out, in input order: their id is in the index already, or earlier in the batch. */
  skipped: Array<{id: string; reason: 'duplicate-id'}>
  /**
   * Pairs of copies the batch brought, as its candidates were compared:
   * before the boilerplate of the whole corpus is taken out, which
   * `clusters()` does.
   */
  pairs: number
  /** Documents in the index now. */
  documents: number
}

export interface IndexOptions extends FindCopiesOptions {
  /** Memory DuckDB may hold before it spills to disk (beside a file index), as DuckDB writes it: `'1GB'` by default. */
  memoryLimit?: string | undefined
}

/**
 * A document to add: its id and text (or shingles computed elsewhere), its
 * date, which resolves "last year" when its claims are read, and its claims
 * when they were read elsewhere (a report's workers read them with their
 * links): given, they are stored whether or not the batch reads claims.
 */
export type IndexDocument = CorpusDocument & {date?: string | null | undefined; claims?: readonly Claim[] | undefined}

/** How many groups of each kind `corroborate` gave. */
export interface CorroborationCounts {
  corroborated: number
  conflicting: number
}

export interface AddOptions {
  /** Worker threads that fingerprint (and read claims): one per core by default, 1 for none. */
  jobs?: number | undefined
  /** Read each text's claims (`extractClaims`) into the `claims` table as well (about 1.3 ms of a worker's time an article). */
  claims?: boolean | undefined
}

/** What the stored band keys and line buckets are: a layout other than this one's finds other candidates across batches. */
const fingerprintLayout = `minhash ${bandCount} bands of 2 rows over 5-token shingles, and lines of ${leastKeyedLine} shingles or more`
/** The tables' shape (`sql/schema.sql`): an index made with another has tables this code cannot fill or read. */
const schemaVersion = '3'

/**
 * Rows a row group of the index's tables holds. DuckDB keeps the row group
 * being filled in memory, blobs and all: at its default (122,880 rows) that is
 * 200 MB of shingle sets before the first is written out; at this size, 25 MB.
 */
const rowGroupSize = 16_384

/**
 * DuckDB's allocator gives memory back to the system after a task whose peak
 * passed this. Its default, 128 MB, is a report's whole memory limit: at
 * that, what a stage freed stayed resident into the next (a 100k-article
 * report peaked about 30 MB higher).
 */
const allocatorFlushThreshold = '16MB'

/** Candidate pairs compared together, between appends of what they share. */
const pageSize = 8192
/** Compared pairs verified together: eight numbers each. */
const countsPageSize = 65_536
/** Keys of claims (a claim has a few) bucketed together for corroboration, in one query. */
const keysPerPart = 1 << 20
/** Grouped claims read back together, with their texts and documents, in one query. */
const groupedPerRange = 1 << 18
/** Documents fingerprinted together, in one message to a worker. */
const pieceSize = 256

/**
 * A corpus index on DuckDB, in a file or in memory. Each document added is
 * shingled and MinHashed in a worker thread (its rows appended); the
 * corpus-wide stage — the band join giving candidate pairs with their shingle
 * sets, the corpus's boilerplate lines, and the connected components of the
 * verified pairs — runs in DuckDB from the SQL in `sql/`, so memory stays with
 * DuckDB, which spills to disk. Candidates are picked as `CopyIndex` picks
 * them and verified by the rule of `@claimtrace/syndication` (`verifyCounts`,
 * with boilerplate taken out as `findBoilerplate` finds it), so the clusters
 * and their trees are those of `findCopies`.
 */
export class CorpusIndex {
  readonly #instance: DuckDBInstance
  readonly #connection: DuckDBConnection
  readonly #options: Required<{[Key in keyof FindCopiesOptions]: number}>
  /** Where a batch spools the fingerprints its candidates compare: beside a file index, as DuckDB's spilled data is. */
  readonly #spoolFolder: string
  #queue: Promise<unknown> = Promise.resolve()

  private constructor(instance: DuckDBInstance, connection: DuckDBConnection, options: Required<{[Key in keyof FindCopiesOptions]: number}>, spoolFolder: string) {
    this.#instance = instance
    this.#connection = connection
    this.#options = options
    this.#spoolFolder = spoolFolder
  }

  /**
   * Open the index at `path` (created when missing; `:memory:` for one that
   * lives as long as the process). Thresholds are fixed when an index is
   * created: given for an existing index, they must be the ones it was made
   * with. `memoryLimit` bounds DuckDB's memory (default `'1GB'`; a 1M-document batch peaks at 2.4 GB for the whole process).
   */
  static async open(path: string, options?: Readonly<IndexOptions> | null | undefined): Promise<CorpusIndex> {
    const inMemory = path === ':memory:'
    let instance: DuckDBInstance
    try {
      // The file is attached, not opened, for the row-group size only ATTACH takes; spilled data goes beside it, as DuckDB would put it.
      instance = await DuckDBInstance.create(':memory:', {
        memory_limit: options?.memoryLimit ?? '1GB',
        allocator_flush_threshold: allocatorFlushThreshold,
        allocator_background_threads: 'true',
        ...(inMemory ? {} : {temp_directory: `${path}.tmp`})})
    } catch (error) {
      throw new CorpusError(`cannot open the index ${path}: ${(error as Error).message}`, 'unreadable-index')
    }
    let connection: DuckDBConnection
    try {
      connection = await instance.connect()
      if (!inMemory) {
        await connection.run(`ATTACH ${sqlString(path)} AS corpus (ROW_GROUP_SIZE ${rowGroupSize})`)
        await connection.run('USE corpus')
      }
    } catch (error) {
      instance.closeSync()
      throw new CorpusError(`cannot open the index ${path}: ${(error as Error).message}`, 'unreadable-index')
    }
    try {
      for (const statement of statementsOf(sqlFile('schema'))) await connection.run(statement)
      const stored = new Map<string, string>()
      for (const row of (await connection.runAndReadAll('SELECT name, value FROM settings')).getRows()) stored.set(String(row[0]), String(row[1]))
      const settings = {threshold: options?.threshold ?? undefined, containment: options?.containment ?? undefined}
      // Band keys from another layout never meet these: an index is read with the fingerprints it was made with.
      const kept = stored.get('fingerprint')
      if (kept !== undefined && kept !== fingerprintLayout) {
        throw new CorpusError(`the index ${path} was made with fingerprints "${kept}", not "${fingerprintLayout}": add its documents to a new index`, 'settings-mismatch')
      }
      if (kept === undefined) await connection.run('INSERT INTO settings VALUES ($name, $value)', {name: 'fingerprint', value: fingerprintLayout})
      const schema = stored.get('schema')
      if (kept !== undefined && schema !== schemaVersion) {
        throw new CorpusError(`the index ${path} was made by an earlier claimtrace (tables ${schema ?? '1'}, not ${schemaVersion}): add its documents to a new index`, 'settings-mismatch')
      }
      if (schema === undefined) await connection.run('INSERT INTO settings VALUES ($name, $value)', {name: 'schema', value: schemaVersion})
      const fixed: Required<{[Key in keyof FindCopiesOptions]: number}> = {threshold: 0.5, containment: 0.8}
      for (const name of ['threshold', 'containment'] as const) {
        const given = settings[name]
        const kept = stored.get(name)
        if (kept !== undefined && given !== undefined && Number(kept) !== given) {
          throw new CorpusError(`the index ${path} was made with ${name} ${kept}, not ${given}: one index clusters by one rule`, 'settings-mismatch')
        }
        fixed[name] = kept === undefined ? (given ?? fixed[name]) : Number(kept)
        if (kept === undefined) await connection.run('INSERT INTO settings VALUES ($name, $value)', {name, value: String(fixed[name])})
      }
      return new CorpusIndex(instance, connection, fixed, inMemory ? tmpdir() : dirname(resolve(path)))
    } catch (error) {
      connection.closeSync()
      instance.closeSync()
      if (error instanceof CorpusError) throw error
      throw new CorpusError(`${path} is no claimtrace index: ${(error as Error).message}`, 'unreadable-index')
    }
  }

  /** How many documents the index holds. */
  async size(): Promise<number> {
    return Number((await this.#connection.runAndReadAll('SELECT count(*) FROM documents')).getRows()[0]![0])
  }

  /**
   * Add a batch of documents (texts, or shingles computed elsewhere) and
   * verify the candidate pairs it brings. Texts are fingerprinted in `jobs`
   * worker threads (default: one per core; 1 for none), their claims read
   * there too with `claims`. The batch is one transaction: an error leaves
   * the index as it was.
   */
  add(documents: Iterable<IndexDocument> | AsyncIterable<IndexDocument>, options?: Readonly<AddOptions> | undefined): Promise<AddResult> {
    return this.#serially(() => this.#add(documents, options))
  }

  /** Run `work` after the work asked for before it: the index has one connection, and a batch is one transaction on it. */
  #serially<Result>(work: () => Promise<Result>): Promise<Result> {
    const result = this.#queue.then(work)
    this.#queue = result.then(
      () => undefined,
      () => undefined
    )
    return result
  }

  async #add(documents: Iterable<IndexDocument> | AsyncIterable<IndexDocument>, options: Readonly<AddOptions> | undefined): Promise<AddResult> {
    const connection = this.#connection
    await connection.run('BEGIN TRANSACTION')
    try {
      const [batch, first] = (await connection.runAndReadAll('SELECT coalesce(max(batch), 0) + 1, coalesce(max(seq), -1) + 1 FROM documents')).getRows()[0]!.map(Number) as [number, number]
      await connection.run('CREATE OR REPLACE TEMP TABLE incoming (seq BIGINT, id VARCHAR, shingle_count INTEGER, shingles BLOB, lines BLOB, shingle_lines BLOB)')
      await connection.run('CREATE OR REPLACE TEMP TABLE incoming_bands (staged BIGINT, band UTINYINT, key UINTEGER)')
      await connection.run('CREATE OR REPLACE TEMP TABLE incoming_lines (staged BIGINT, line UINTEGER, shingles INTEGER, position INTEGER)')
      // Lists as JSON text (`appendClaim`), read back by admit.sql.
      await connection.run('CREATE OR REPLACE TEMP TABLE incoming_claims AS SELECT seq AS staged, * EXCLUDE (seq) REPLACE (NULL::VARCHAR AS places, NULL::VARCHAR AS organizations) FROM claims LIMIT 0')
      await connection.run('CREATE OR REPLACE TEMP TABLE incoming_claim_keys AS SELECT seq AS staged, * EXCLUDE (seq) FROM claim_keys LIMIT 0')
      const staged = await this.#stage(documents, options?.jobs ?? availableParallelism(), options?.claims === true)
      for (const statement of statementsOf(sqlFile('admit'))) await connection.run(statement, parametersOf(statement, {first, batch}))
      const skipped = (await connection.runAndReadAll('SELECT i.id FROM incoming i ANTI JOIN admitted a ON a.staged = i.seq ORDER BY i.seq')).getRows().map((row) => ({id: String(row[0]), reason: 'duplicate-id' as const}))
      const pairs = await this.#compare(first)
      await connection.run('DROP TABLE incoming')
      await connection.run('DROP TABLE incoming_bands')
      await connection.run('DROP TABLE incoming_lines')
      await connection.run('DROP TABLE incoming_claims')
      await connection.run('DROP TABLE incoming_claim_keys')
      await connection.run('COMMIT')
      return {batch, added: staged - skipped.length, skipped, pairs, documents: await this.size()}
    } catch (error) {
      // A failed COMMIT has ended the transaction already: the error to report is the first one.
      await connection.run('ROLLBACK').catch(() => undefined)
      throw error
    }
  }

  /** Clusters of copies among every document added, in the shape `findCopies` gives them: in corpus order, each with a spanning tree of verified pairs. */
  clusters(): Promise<CopyCluster[]> {
    return this.#serially(() => this.#clusters())
  }

  async #clusters(): Promise<CopyCluster[]> {
    await this.#components()
    const clusters: CopyCluster[] = []
    for (const row of (await this.#connection.runAndReadAll(sqlFile('clusters'))).getRowObjectsJson()) {
      const pairs = (row['pairs'] ?? []) as Array<{a: string; b: string; similarity: number; containment: number}>
      clusters.push({ids: row['ids'] as string[], pairs: pairs.map((pair) => ({a: pair.a, b: pair.b, similarity: Number(pair.similarity), containment: Number(pair.containment)}))})
    }
    return clusters
  }

  /**
   * Corroboration across independent documents, over the claims stored with
   * them (`claims` when added): the groups `corroborate` of
   * `@claimtrace/syndication` gives for the same claims and clusters, in its
   * order, computed in DuckDB (`sql/corroborate.sql`) and handed to `each` a
   * page at a time, so a corpus's groups never have to be in memory at once.
   */
  corroborate(each: (group: Corroboration) => void): Promise<CorroborationCounts> {
    return this.#serially(() => this.#corroborate(each))
  }

  async #corroborate(each: (group: Corroboration) => void): Promise<CorroborationCounts> {
    await this.#components()
    const connection = this.#connection
    const [entries, groupTable, claimRows, buckets, groupRows] = statementsOf(sqlFile('corroborate')) as [string, string, string, string, string]
    for (const statement of [entries, groupTable]) await connection.run(statement)
    // Results are streamed a chunk at a time: one read whole would hold every claim, or every claim of a group, twice over.
    const graph = new CorroborationGraph()
    let article: DuckDBValue | undefined = null
    for await (const rows of (await connection.stream(claimRows)).yieldRows()) {
      for (const [seq, family, value, low, high, unit, bound, subject, places, first, last] of rows) {
        if (seq !== article) graph.addArticle(String(seq), family === null ? undefined : Number(family))
        article = seq
        graph.addClaim({
          id: '',
          text: '',
          value: numberOf(value),
          low: numberOf(low) ?? undefined,
          high: numberOf(high) ?? undefined,
          unit: String(unit),
          bound: String(bound) as Claim['bound'],
          subject: subject === null ? null : String(subject),
          scope: {places: listOf(places)},
          period: first === null && last === null ? null : {first: first === null ? null : String(first), last: last === null ? null : String(last)}
        })
      }
    }
    // Buckets are read a part of the keys at a time, each part about a page of rows: DuckDB never sorts or holds them all.
    const keyRows = Number((await connection.runAndReadAll('SELECT count(*) FROM claim_keys')).getRows()[0]![0])
    const parts = Math.max(1, Math.ceil(keyRows / keysPerPart))
    for (let part = 0; part < parts; part++) await compareBuckets(graph, await connection.stream(buckets, {part, parts}))

    // Groups are read back a range of ranks at a time, each about a part of claims: a join of every grouped claim
    // with its text and document at once held more than DuckDB could spill (300k articles at 128 MB).
    const ranges = [0]
    let ranked = 0
    const appender = await connection.createAppender('corroboration_groups')
    try {
      let inRange = 0
      for (const {kind, members} of graph.groups()) {
        if (inRange >= groupedPerRange) {
          ranges.push(ranked)
          inRange = 0
        }
        inRange += members.length
        for (const entry of members) {
          appender.appendBigInt(BigInt(ranked))
          appender.appendBigInt(BigInt(entry))
          appender.appendVarchar(kind)
          appender.endRow()
        }
        ranked++
      }
    } finally {
      appender.closeSync()
    }
    ranges.push(ranked)
    const counts: CorroborationCounts = {corroborated: 0, conflicting: 0}
    let group: Corroboration | undefined
    let rank = -1
    const flush = () => {
      if (!group) return
      counts[group.kind]++
      each(group)
    }
    for (let range = 0; range + 1 < ranges.length; range++) {
      for await (const rows of (await connection.stream(groupRows, {from: ranges[range]!, to: ranges[range + 1]!})).yieldRows()) {
        for (const [at, kind, articleId, claimId, text, value, unit] of rows) {
          if (Number(at) !== rank) {
            flush()
            rank = Number(at)
            group = {kind: kind === 'conflicting' ? 'conflicting' : 'corroborated', claims: []}
          }
          group!.claims.push({article: String(articleId), claimId: String(claimId), text: String(text), value: numberOf(value), unit: String(unit)})
        }
      }
    }
    flush()
    for (const table of ['corroboration_groups', 'corroboration_entries']) await connection.run(`DROP TABLE ${table}`)
    return counts
  }

  /** Write `documents.parquet`, `bands.parquet`, `lines.parquet`, `compared.parquet`, `boilerplate.parquet`, `pairs.parquet`, `claims.parquet` and `clusters.parquet` into `directory` (which must exist). */
  exportParquet(directory: string): Promise<void> {
    return this.#serially(() => this.#exportParquet(directory))
  }

  async #exportParquet(directory: string): Promise<void> {
    const target = resolve(directory)
    if (!statSync(target, {throwIfNoEntry: false})?.isDirectory()) throw new CorpusError(`no folder ${target} to export into`, 'no-folder')
    await this.#components()
    for (const statement of statementsOf(sqlFile('export'))) {
      await this.#connection.run(intoFolder(statement, target))
    }
  }

  /** Close the index; its file holds everything added. */
  close(): void {
    this.#connection.closeSync()
    this.#instance.closeSync()
  }

  async #components(): Promise<void> {
    await this.#verify()
    await this.#connection.run(sqlFile('components'))
  }

  /**
   * Shingle and band each document (in `jobs` worker threads, a piece of
   * documents at a time, at most two pieces a worker ahead) into the staging
   * tables, in input order; the number staged.
   */
  async #stage(documents: Iterable<IndexDocument> | AsyncIterable<IndexDocument>, jobs: number, readClaims: boolean): Promise<number> {
    const rows = await this.#connection.createAppender('incoming')
    const bands = await this.#connection.createAppender('incoming_bands')
    const lineRows = await this.#connection.createAppender('incoming_lines')
    const claimRows = await this.#connection.createAppender('incoming_claims')
    const keyRows = await this.#connection.createAppender('incoming_claim_keys')
    const pool = fingerprintPool(jobs)
    const waiting: Array<{ids: string[]; given: Array<Fingerprint | undefined>; givenClaims: Array<readonly Claim[] | undefined>; found: Promise<Fingerprints>}> = []
    let staged = 0
    const append = async () => {
      const {ids, given, givenClaims, found} = waiting.shift()!
      let fingerprinted: Fingerprints
      try {
        fingerprinted = await found
      } catch (error) {
        throw new CorpusError(`cannot read the documents ${ids[0]} to ${ids.at(-1)}: ${(error as Error).message}`, 'unreadable-document')
      }
      const {shingles: sets, lines, shingleLines, keys, claims} = fingerprinted
      let next = 0
      for (const [index, id] of ids.entries()) {
        // Documents that came with their shingles were not sent to a worker.
        const own = given[index]
        const {shingles: set, lines: linesOf, shingleLines: setLines} = own ?? {shingles: sets[next]!, lines: lines[next]!, shingleLines: shingleLines[next]!}
        const bandsOf = own ? bandKeys(own.shingles) : keys[next]!
        const read = own ? undefined : claims?.[next]
        if (!own) next++
        for (const [position, claim] of (givenClaims[index] ?? read ?? []).entries()) {
          appendClaim(claimRows, staged, position, claim)
          claimRows.endRow()
          appendClaimKeys(keyRows, staged, position, claim)
        }
        rows.appendBigInt(BigInt(staged))
        rows.appendVarchar(id)
        rows.appendInteger(set.length)
        rows.appendBlob(littleEndianBytes(set))
        rows.appendBlob(littleEndianBytes(linesOf))
        rows.appendBlob(littleEndianBytes(setLines))
        rows.endRow()
        for (let band = 0; band < bandsOf.length; band++) {
          bands.appendBigInt(BigInt(staged))
          bands.appendUTinyInt(band)
          bands.appendUInteger(bandsOf[band]!)
          bands.endRow()
        }
        // A line is three numbers (`Fingerprint`): hash, shingles, position.
        for (let at = 0; at < linesOf.length; at += 3) {
          lineRows.appendBigInt(BigInt(staged))
          lineRows.appendUInteger(linesOf[at]!)
          lineRows.appendInteger(linesOf[at + 1]!)
          lineRows.appendInteger(linesOf[at + 2]!)
          lineRows.endRow()
        }
        staged++
      }
      rows.flushSync()
      bands.flushSync()
      lineRows.flushSync()
      claimRows.flushSync()
      keyRows.flushSync()
    }
    try {
      let piece: IndexDocument[] = []
      const send = () => {
        // One test decides both which documents go to a worker and which came with their shingles.
        const given = piece.map(givenShingles)
        const sent = piece.filter((_, index) => given[index] === undefined) as Array<Extract<IndexDocument, {text: string}>>
        const found = pool.fingerprint({texts: sent.map((document) => document.text), dates: readClaims ? sent.map((document) => document.date ?? null) : undefined})
        // Awaited in order by `append`; until then a rejection is held, not reported as unhandled.
        found.catch(() => undefined)
        waiting.push({ids: piece.map((document) => document.id), given, givenClaims: piece.map((document) => document.claims), found})
        piece = []
      }
      for await (const document of documents) {
        if (typeof document?.id !== 'string' || (givenShingles(document) === undefined && typeof (document as {text?: unknown}).text !== 'string')) {
          throw new CorpusError(`document ${staged + waiting.length * pieceSize + piece.length + 1} of the batch has no string id, or neither a string text nor shingles`, 'unreadable-document')
        }
        piece.push(document)
        if (piece.length < pieceSize) continue
        send()
        if (waiting.length > 2 * Math.max(1, jobs)) await append()
      }
      if (piece.length > 0) send()
      while (waiting.length > 0) await append()
    } catch (error) {
      // Close what is open without letting a half-appended row hide the error that stopped the batch.
      await pool.close()
      for (const appender of [rows, bands, lineRows, claimRows, keyRows]) {
        try {
          appender.closeSync()
        } catch {
          // The batch is rolled back; the first error is the one to report.
        }
      }
      throw error
    }
    await pool.close()
    rows.closeSync()
    bands.closeSync()
    lineRows.closeSync()
    claimRows.closeSync()
    keyRows.closeSync()
    return staged
  }

  /**
   * Compare the candidate pairs of the documents from `first` on, a page at a
   * time (each page read whole: a result still streaming would be cut short by
   * the appends between), keeping the shingles each pair shares; the number
   * that are copies as they stand. The fingerprints the pairs need are read
   * out of `documents` once, in one scan, into a spool each pair reads from.
   */
  async #compare(first: number): Promise<number> {
    const [create, needed, page] = statementsOf(sqlFile('candidates')) as [string, string, string]
    await this.#connection.run(create, {first, line_band: lineBand, least_line: leastKeyedLine})
    const total = Number((await this.#connection.runAndReadAll('SELECT count(*) FROM candidates')).getRows()[0]![0])
    const spool = new FingerprintSpool(this.#spoolFolder)
    let found = 0
    try {
      for await (const rows of (await this.#connection.stream(needed)).yieldRows()) {
        for (const [seq, shingles, lines, shingleLines] of rows) spool.append(Number(seq), bytesOf(shingles), bytesOf(lines), bytesOf(shingleLines))
      }
      const compared = await this.#connection.createAppender('compared')
      const byLine = await this.#connection.createAppender('shared_lines')
      try {
        for (let from = 0; from < total; from += pageSize) {
          for (const [left, right] of (await this.#connection.runAndReadAll(page, {from, to: from + pageSize})).getRows()) {
            const [a, b] = [spool.get(Number(left)), spool.get(Number(right))]
            let shared = 0
            for (const line of sharedLines(a, b)) {
              shared += line.shingles
              byLine.appendBigInt(left as bigint)
              byLine.appendBigInt(right as bigint)
              if (line.a === null) byLine.appendNull()
              else byLine.appendUInteger(line.a)
              if (line.b === null) byLine.appendNull()
              else byLine.appendUInteger(line.b)
              byLine.appendInteger(line.shingles)
              byLine.endRow()
            }
            if (verifyCounts(shared, a.shingles.length, b.shingles.length, this.#options)) found++
            compared.appendBigInt(left as bigint)
            compared.appendBigInt(right as bigint)
            compared.appendInteger(shared)
            compared.endRow()
          }
          compared.flushSync()
          byLine.flushSync()
        }
      } finally {
        compared.closeSync()
        byLine.closeSync()
      }
    } finally {
      spool.close()
    }
    await this.#connection.run('DROP TABLE candidates')
    return found
  }

  /**
   * The copies among the compared pairs, with the corpus's boilerplate taken
   * out (`sql/boilerplate.sql`), as the table `pairs` the components are
   * found on; verified a page at a time.
   */
  async #verify(): Promise<void> {
    const statements = statementsOf(sqlFile('boilerplate'))
    const page = statements.pop()!
    const rule = {least_carriers: boilerplateRule.leastCarriers, rarer: boilerplateRule.rarer, own_share: boilerplateRule.ownShare}
    for (const statement of statements) await this.#connection.run(statement, parametersOf(statement, rule))
    await this.#connection.run('CREATE OR REPLACE TEMP TABLE pairs ("left" BIGINT NOT NULL, "right" BIGINT NOT NULL, similarity DOUBLE NOT NULL, containment DOUBLE NOT NULL)')
    const total = Number((await this.#connection.runAndReadAll('SELECT count(*) FROM pair_counts')).getRows()[0]![0])
    const pairs = await this.#connection.createAppender('pairs')
    try {
      for (let from = 0; from < total; from += countsPageSize) {
        for (const [left, right, shared, leftSize, rightSize, leftFurniture, rightFurniture, sharedFurniture] of (await this.#connection.runAndReadAll(page, {from, to: from + countsPageSize})).getRows()) {
          const furniture = {a: Number(leftFurniture), b: Number(rightFurniture), shared: Number(sharedFurniture)}
          const counts = withoutBoilerplate(Number(shared), Number(leftSize), Number(rightSize), furniture)
          const verified = verifyCounts(counts.shared, counts.a, counts.b, this.#options)
          if (!verified) continue
          pairs.appendBigInt(left as bigint)
          pairs.appendBigInt(right as bigint)
          pairs.appendDouble(verified.similarity)
          pairs.appendDouble(verified.containment)
          pairs.endRow()
        }
        pairs.flushSync()
      }
    } finally {
      pairs.closeSync()
    }
    // The boilerplate stays for the export; the rest is only this step's.
    for (const table of ['pair_counts', 'line_carriers']) await this.#connection.run(`DROP TABLE ${table}`)
  }
}

/** The values of the `$name` parameters a statement holds (DuckDB refuses values it has no parameter for). */
function parametersOf(statement: string, values: Record<string, number>): Record<string, number> | undefined {
  const used = Object.entries(values).filter(([name]) => new RegExp(`\\$${name}\\b`).test(statement))
  return used.length > 0 ? Object.fromEntries(used) : undefined
}

/** The fingerprint a document came with (shingles without lines: no boilerplate to take out), or `undefined` when its text is to be fingerprinted. */
function givenShingles(document: IndexDocument): Fingerprint | undefined {
  if (!('shingles' in document) || !(document.shingles instanceof Uint32Array)) return undefined
  const {shingles, lines, shingleLines} = document
  if (lines instanceof Uint32Array && shingleLines instanceof Uint16Array && shingleLines.length === shingles.length) return {shingles, lines, shingleLines}
  return {shingles, lines: new Uint32Array(0), shingleLines: new Uint16Array(0)}
}

/** What corroboration buckets a claim by, as rows of `claim_keys`: one a key, scalars only (a list value costs the appender far more). */
function appendClaimKeys(appender: DuckDBAppender, staged: number, position: number, claim: Claim): void {
  const {keys, figureKeys, resolved} = corroborationKeys(claim)
  for (const [figureKey, list] of [[false, keys], [true, figureKeys]] as const) {
    for (const key of list) {
      appender.appendBigInt(BigInt(staged))
      appender.appendInteger(position)
      appender.appendVarchar(key)
      appender.appendBoolean(figureKey)
      appender.appendBoolean(resolved)
      appender.endRow()
    }
  }
}

/** A shingle set as stored: 4 bytes a hash, little-endian whatever the machine. */
function littleEndianBytes(values: Uint32Array | Uint16Array): Uint8Array {
  const width = values.BYTES_PER_ELEMENT
  const bytes = new Uint8Array(values.length * width)
  const view = new DataView(bytes.buffer)
  if (width === 4) for (let index = 0; index < values.length; index++) view.setUint32(index * 4, values[index]!, true)
  else for (let index = 0; index < values.length; index++) view.setUint16(index * 2, values[index]!, true)
  return bytes
}

function numberOf(value: DuckDBValue | undefined): number | null {
  return value === null || value === undefined ? null : Number(value)
}

/** A list of strings as DuckDB gives it back. */
function listOf(value: DuckDBValue | undefined): string[] {
  return ((value as {items: DuckDBValue[]} | null | undefined)?.items ?? []).map(String)
}

/** A blob's bytes as DuckDB gives them back. */
function bytesOf(value: DuckDBValue | undefined): Uint8Array {
  return (value as {bytes: Uint8Array}).bytes
}
