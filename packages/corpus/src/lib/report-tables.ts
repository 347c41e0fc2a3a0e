import {mkdtempSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {type DuckDBAppender, type DuckDBConnection, DuckDBInstance} from '@duckdb/node-api'
import type {Claim} from '@claimtrace/extract'
import type {Link} from '@claimtrace/facts'
import type {Comparison, CopyPair, Corroboration} from '@claimtrace/syndication'
import {appendClaim, appendFlag, appendNumber, appendText, jsonList} from './claim-rows.js'
import {CorpusError} from './corpus-error.js'
import {intoFolder, sqlFile, statementsOf} from './sql-files.js'

/** An article of a report, as far as its tables need it (an `ArticleReport` of @claimtrace/report). */
export interface ReportTablesArticle {
  id: string
  date: string | null
  text: string
  claims: readonly Claim[]
  links: readonly Link[]
}

/** A described cluster of copies, as far as its tables need it (a `ClusterReport` of @claimtrace/report). */
export interface ReportTablesCluster {
  ids: readonly string[]
  pairs: readonly CopyPair[]
  canonical: string
  copies: ReadonlyArray<{id: string; comparison: Pick<Comparison, 'similarity' | 'containment' | 'divergences' | 'passages' | 'coverage' | 'relation'>; against?: string | undefined}>
}

/** What `writeReportTables` writes: a report (`ReportStream` of @claimtrace/report), each part read once, in order. */
export interface ReportTablesInput {
  articles: Iterable<ReportTablesArticle> | AsyncIterable<ReportTablesArticle>
  clusters: Iterable<ReportTablesCluster> | AsyncIterable<ReportTablesCluster>
  corroborations: Iterable<Corroboration> | AsyncIterable<Corroboration>
}

export interface ReportTablesOptions {
  /** Memory DuckDB may hold while it gathers the rows, as DuckDB writes it (default `'128MB'`); past it, it spills to a temporary folder. */
  memoryLimit?: string | undefined
}

/** The tables written, in the order written (`sql/report-tables.sql`). */
export const reportTables = ['articles', 'claims', 'links', 'clusters', 'pairs', 'passages', 'divergences', 'corroborations'] as const

/**
 * Write a provenance report as Parquet tables into `directory` (which must
 * exist): `articles`, `claims` (the columns of the index's claims.parquet),
 * `links` (each claim's record and verdict, flat), `clusters` (each copy,
 * what it was compared with, its relation and coverage), `pairs`,
 * `passages` (every passage a copy shares, offsets in both), `divergences`
 * and `corroborations`; the file names, as written. The rows gather in a
 * DuckDB database in a temporary folder (spilling past `memoryLimit`), so
 * a report of any size is written in bounded memory, in the order given:
 * the same report gives the same files.
 */
export async function writeReportTables(directory: string, report: ReportTablesInput, options?: Readonly<ReportTablesOptions> | null | undefined): Promise<string[]> {
  const target = resolve(directory)
  if (!statSync(target, {throwIfNoEntry: false})?.isDirectory()) throw new CorpusError(`no folder ${target} to write the report's tables into`, 'no-folder')
  const scratch = mkdtempSync(join(tmpdir(), 'claimtrace-tables-'))
  let instance: DuckDBInstance | undefined
  let connection: DuckDBConnection | undefined
  try {
    instance = await DuckDBInstance.create(join(scratch, 'tables.duckdb'), {memory_limit: options?.memoryLimit ?? '128MB', temp_directory: join(scratch, 'spill'), allocator_flush_threshold: '16MB', allocator_background_threads: 'true'})
    connection = await instance.connect()
    const statements = statementsOf(sqlFile('report-tables'))
    // `claims` is the index's table, from the one schema, so the two claims.parquet files have the same columns; its rows are appended to `claim_rows`.
    const claimsTable = statementsOf(sqlFile('schema')).find((statement) => /^CREATE TABLE IF NOT EXISTS claims\b/.test(statement))!
    await connection.run(claimsTable)
    for (const statement of statements.filter((statement) => statement.startsWith('CREATE'))) await connection.run(statement)
    await appendReport(connection, report)
    for (const statement of statements.filter((statement) => statement.startsWith('COPY'))) await connection.run(intoFolder(statement, target))
    return reportTables.map((table) => `${table}.parquet`)
  } finally {
    connection?.closeSync()
    instance?.closeSync()
    rmSync(scratch, {recursive: true, force: true})
  }
}

async function appendReport(connection: DuckDBConnection, report: ReportTablesInput): Promise<void> {
  const appenders = new Map<(typeof reportTables)[number], DuckDBAppender>()
  const to = (table: (typeof reportTables)[number]) => appenders.get(table)!
  let failed = false
  try {
    for (const table of reportTables) appenders.set(table, await connection.createAppender(table === 'claims' ? 'claim_rows' : table))
    let seq = 0
    for await (const article of report.articles) appendArticle(to, seq++, article)
    for await (const cluster of report.clusters) appendCluster(to, cluster)
    let group = 0
    for await (const {kind, claims} of report.corroborations) {
      for (const claim of claims) {
        const row = to('corroborations')
        row.appendInteger(group)
        row.appendVarchar(kind)
        row.appendVarchar(claim.article)
        row.appendVarchar(claim.claimId)
        row.appendVarchar(claim.text)
        appendNumber(row, claim.value)
        row.appendVarchar(claim.unit)
        row.endRow()
      }
      group++
    }
  } catch (error) {
    failed = true
    throw error
  } finally {
    let closing: unknown
    for (const appender of appenders.values()) {
      try {
        appender.closeSync()
      } catch (error) {
        closing ??= error
      }
    }
    // After a failure a row may be half appended, and closing says so: the first error is the one to tell.
    if (!failed && closing !== undefined) throw closing
  }
}

function appendArticle(to: (table: (typeof reportTables)[number]) => DuckDBAppender, seq: number, article: ReportTablesArticle): void {
  const row = to('articles')
  row.appendVarchar(article.id)
  appendText(row, article.date)
  row.appendInteger(article.text.length)
  row.endRow()
  const claims = to('claims')
  article.claims.forEach((claim, position) => {
    appendClaim(claims, seq, position, claim)
    claims.appendVarchar(article.id)
    claims.endRow()
  })
  for (const link of article.links) appendLink(to('links'), article.id, link)
}

/** A link as a row of `links`, its nested evidence flattened to columns. */
function appendLink(row: DuckDBAppender, document: string, link: Link): void {
  const {arithmetic, conflict, nearMiss} = link
  row.appendVarchar(document)
  row.appendVarchar(link.claimId)
  appendText(row, link.recordId)
  row.appendVarchar(link.verdict)
  row.appendDouble(link.score)
  row.appendBoolean(link.repaired)
  appendNumber(row, arithmetic?.claimed)
  appendNumber(row, arithmetic?.recorded)
  appendNumber(row, arithmetic?.relativeError)
  appendNumber(row, arithmetic?.tolerance)
  appendFlag(row, arithmetic?.fits)
  appendText(row, arithmetic?.rule)
  appendText(row, conflict?.kind)
  appendText(row, conflict?.recordId)
  appendText(row, conflict?.explanation)
  appendText(row, nearMiss?.dimension)
  appendText(row, nearMiss?.recordId)
  appendFlag(row, nearMiss?.fits)
  appendText(row, nearMiss?.explanation)
  appendText(row, link.missing && jsonList(link.missing))
  appendText(row, link.revision?.currentId)
  appendText(row, link.from?.recordId)
  appendText(row, link.from?.verdict)
  row.appendVarchar(jsonList(link.candidates.map((candidate) => candidate.recordId)))
  row.appendVarchar(jsonList(link.reasons))
  row.endRow()
}

function appendCluster(to: (table: (typeof reportTables)[number]) => DuckDBAppender, cluster: ReportTablesCluster): void {
  const name = cluster.ids[0]!
  const copies = new Map(cluster.copies.map((copy) => [copy.id, copy]))
  for (const id of cluster.ids) {
    const row = to('clusters')
    row.appendVarchar(name)
    row.appendVarchar(id)
    row.appendBoolean(id === cluster.canonical)
    const copy = copies.get(id)
    if (copy) {
      const {comparison} = copy
      const severities = {info: 0, warning: 0, error: 0}
      for (const divergence of comparison.divergences) severities[divergence.severity]++
      row.appendVarchar(copy.against ?? cluster.canonical)
      row.appendVarchar(comparison.relation)
      row.appendDouble(comparison.similarity)
      row.appendDouble(comparison.containment)
      row.appendDouble(comparison.coverage.a)
      row.appendDouble(comparison.coverage.b)
      row.appendInteger(severities.info)
      row.appendInteger(severities.warning)
      row.appendInteger(severities.error)
    } else {
      for (let column = 0; column < 9; column++) row.appendNull()
    }
    row.endRow()
  }
  for (const pair of cluster.pairs) {
    const row = rowOfTwo(to('pairs'), name, pair.a, pair.b)
    row.appendDouble(pair.similarity)
    row.appendDouble(pair.containment)
    row.endRow()
  }
  for (const {id, comparison, against} of cluster.copies) {
    const reference = against ?? cluster.canonical
    comparison.passages.forEach((passage, index) => {
      const row = rowOfTwo(to('passages'), name, reference, id)
      row.appendInteger(index)
      row.appendInteger(passage.a.start)
      row.appendInteger(passage.a.end)
      row.appendInteger(passage.b.start)
      row.appendInteger(passage.b.end)
      row.appendInteger(passage.tokens)
      row.endRow()
    })
    for (const divergence of comparison.divergences) {
      const row = rowOfTwo(to('divergences'), name, reference, id)
      row.appendVarchar(divergence.kind)
      row.appendVarchar(divergence.severity)
      row.appendInteger(divergence.a.start)
      row.appendInteger(divergence.a.end)
      row.appendVarchar(divergence.a.text)
      row.appendInteger(divergence.b.start)
      row.appendInteger(divergence.b.end)
      row.appendVarchar(divergence.b.text)
      row.endRow()
    }
  }
}

/** A row about two documents of a cluster (`pairs`, `passages`, `divergences`), begun: the cluster's name, then `a` and `b`. */
function rowOfTwo(row: DuckDBAppender, cluster: string, a: string, b: string): DuckDBAppender {
  row.appendVarchar(cluster)
  row.appendVarchar(a)
  row.appendVarchar(b)
  return row
}
