import {availableParallelism} from 'node:os'
import type {Verdict} from '@claimtrace/facts'
import {type ClusterReport, htmlChunks, jsonChunks, jsonLdChunks, markdownChunks, ReportBuilder} from '@claimtrace/report'
import {type CorroborationCounts, writeReportTables} from '@claimtrace/corpus'
import type {CopyCluster, Corroboration} from '@claimtrace/syndication'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {useColor} from '../color.js'
import {CliError, type Io} from '../io.js'
import type {Globs} from '../list-folder.js'
import {makeFolder} from '../make-folder.js'
import {progress} from '../progress.js'
import {corpusFiles, readCorpusFiles} from '../read-corpus.js'
import {readFacts} from '../read-facts.js'
import type {Analyzed} from '../report/analyze.js'
import {limitHeapGrowth} from '../report/heap-growth.js'
import {inOrder} from '../report/in-order.js'
import {addMessageData} from '../report/message-data.js'
import {openReportIndex} from '../report/report-index.js'
import {reportPool} from '../report/report-pool.js'
import {createSpool} from '../report/spool.js'
import {writeOutput} from '../write-output.js'

export type ReportFormat = 'json' | 'md' | 'html' | 'jsonld' | 'text'

export interface ReportOptions {
  paths: string[]
  facts: string[]
  date: string | undefined
  /** The report's format; `text` writes only the diagnostics. */
  format: ReportFormat
  /** Where the report goes (default: stdout). */
  out: string | undefined
  /** Worker threads for the per-article stage; 1 runs it in this thread. */
  jobs: number
  threshold: number | undefined
  failOn: Verdict[]
  /** Which files of a folder are read. */
  globs: Globs
  /** Where `NO_COLOR` and `FORCE_COLOR` are looked up. */
  env: Readonly<Record<string, string | undefined>>
  /** For JSON-LD: the reviews' publisher, date (`YYYY-MM-DD`) and base URL. */
  review: {author: string | undefined; date: string; url: string | undefined}
  /** Find copies and corroboration in a corpus index on disk whatever the input's size (default: over `onDiskBytes`). */
  onDisk?: boolean | undefined
  /** A folder to write the report's tables into as Parquet (`writeReportTables`), made when missing. */
  parquetDir?: string | undefined
}

/**
 * Input above this size goes through a corpus index on disk: below it, copies
 * and corroboration found in memory are faster (10k articles, 17 MB: 760
 * against 524 articles/s on two cores) and hold a few hundred megabytes.
 */
export const onDiskBytes = 32 * 1024 * 1024

/** Articles analyzed but not yet written, at most this many per worker: enough to keep workers busy, few enough to keep memory flat. */
const aheadPerWorker = 16
/** The default number of workers: both cores of a two-core machine, never more than two (the main thread has its own work). */
export const defaultJobs = Math.min(2, availableParallelism())

/**
 * `claimtrace report PATH...`: the whole pipeline over a corpus, streamed.
 * Articles are read one at a time, analyzed in worker threads, and spooled
 * to disk in input order (so output is the same for any number of workers).
 * A large corpus (or `--on-disk`) has its articles' shingles and claims kept
 * on disk as they arrive; once all are read, a corpus index on disk (DuckDB)
 * takes them, finds the clusters of copies and corroborates claims across
 * independent articles (groups spooled), so memory does not grow with the
 * corpus; a small one keeps them in memory, which is faster. The same report either
 * way, byte for byte. Then clusters are compared and the report is written in
 * pieces, and (`parquetDir`) its tables as Parquet, from the spools again.
 * Diagnostics go to stderr as vfile-reporter prints them. V8 may grow
 * the process's heaps only a little past what they hold (`limitHeapGrowth`).
 */
export async function reportCommand(options: ReportOptions, io: Io): Promise<number> {
  limitHeapGrowth()
  // A folder the tables cannot go into is said before any work.
  if (options.parquetDir !== undefined) makeFolder(options.parquetDir)
  const records = await readFacts(options.facts, io)
  // The report model is built by @claimtrace/report's builder, as `buildReport` builds it; this command adds the
  // files, the worker threads, the spool and the progress.
  const skipped: Array<[string, string]> = []
  const files = []
  for await (const file of corpusFiles(options.paths, (id, reason) => skipped.push([id, reason]), options.globs)) files.push(file)
  const total = files.reduce((sum, file) => sum + file.size, 0)
  // stdin's size is not known beforehand: a piped corpus is taken to be large.
  const onDisk = options.onDisk === true || total > onDiskBytes || files.some((file) => file.path === '-')
  const builder = new ReportBuilder({records, date: options.date, threshold: options.threshold, findings: onDisk ? 'caller' : 'memory', onSkip: ({reason}) => io.stderr.write(`claimtrace: ${reason}\n`)})
  for (const [id, reason] of skipped) builder.skip(id, reason)
  const reading = progress(io, 'articles', {total, env: options.env})

  const corpus = onDisk ? openReportIndex(options.threshold) : undefined
  const spool = createSpool()
  const clusterSpool = createSpool<ClusterReport>()
  const corroborationSpool = createSpool<Corroboration>()
  let pool = reportPool(options.jobs, records, options.date)
  try {
    const messages = new Map<string, VFile>()
    let failed = false
    const take = async (result: Analyzed) => {
      if (!result.ok) return builder.skipArticle(result.id, result.reason)
      if (!builder.addDigest(result.digest)) return
      spool.write(result.id, result.json)
      corpus?.add({id: result.id, shingles: result.digest.shingles, lines: result.digest.lines, shingleLines: result.digest.shingleLines, claims: result.digest.claims})
      if (result.digest.verdicts.some((verdict) => options.failOn.includes(verdict))) failed = true
      if (result.messages.length > 0) {
        const file = new VFile({path: result.id})
        addMessageData(file, result.messages)
        messages.set(result.id, file)
      }
    }

    const ahead = aheadPerWorker * Math.max(1, options.jobs)
    const articles = readCorpusFiles(files, io, (id, reason) => builder.skip(id, reason))
    for await (const [article, result] of inOrder(articles, ahead, (article) => pool.analyze({id: article.id, text: article.text, date: article.date, dateFrom: article.dateFrom}))) {
      await take(result)
      reading.tick(article.bytes)
    }
    reading.done()

    // On disk, the stages take turns so their memory never adds up: the workers go, the index is built and
    // asked (then closed), and the workers come back to describe the clusters.
    let groups = 0
    let indexed: {clusters: CopyCluster[]; counts: CorroborationCounts} | undefined
    if (corpus) {
      await pool.close()
      indexed = await corpus.findings((group) => corroborationSpool.write(String(groups++), JSON.stringify(group)))
      corpus.close()
      pool = reportPool(options.jobs, records, options.date)
    }
    let clusters = 0
    for await (const [, described] of inOrder(indexed?.clusters ?? builder.copies(), ahead, (copy) => pool.describe(copy, copy.ids.map((id) => spool.json(id)!)))) {
      builder.addCluster(described.cluster)
      if (corpus) clusterSpool.write(String(clusters++), JSON.stringify(described.cluster))
      for (const copy of described.messages) {
        let file = messages.get(copy.id)
        if (!file) messages.set(copy.id, (file = new VFile({path: copy.id})))
        addMessageData(file, copy.messages)
      }
    }
    // The workers are done: their memory (a fact store and a language model each) goes back before rendering.
    await pool.close()
    const found = indexed && {clusters: clusterSpool.read(), counts: indexed.counts, corroborations: corroborationSpool.read()}
    const report = builder.finish(spool.read(), found)
    const textOf = (id: string) => spool.get(id)?.text
    const render = {
      json: () => jsonChunks(report),
      md: () => markdownChunks(report, {textOf}),
      html: () => htmlChunks(report, {textOf}),
      jsonld: () => jsonLdChunks(report, options.review),
      text: undefined
    }[options.format]
    const terminal = render ? io.stderr : io.stdout
    const diagnostics = reporter([...messages.values()], {color: useColor(terminal, options.env), quiet: true})
    if (render) writeOutput(options.out, render(), io)
    if (options.parquetDir !== undefined) {
      // A second pass over what the renderer read: the spools are read again; in memory, clusters and groups are arrays.
      try {
        await writeReportTables(options.parquetDir, {
          articles: spool.read(),
          clusters: found ? clusterSpool.read() : report.clusters,
          corroborations: found ? corroborationSpool.read() : report.corroborations
        })
      } catch (error) {
        // DuckDB out of disk or memory, the folder gone since: a sentence for people, not a stack.
        throw new CliError(`Cannot write the report's tables into \`${options.parquetDir}\`: ${(error as Error).message}`, 2)
      }
    }
    const {summary} = report
    const {verdicts} = summary
    const line = [
      `${count(summary.articles, 'article')}, ${count(summary.claims, 'claim')} (${verdicts.consistent} consistent, ${verdicts.conflicting} conflicting, ${verdicts.ambiguous} ambiguous, ${verdicts.unresolved} unresolved, ${verdicts['no-record']} no record)`,
      `${count(summary.clusters, 'cluster')} of copies with ${count(summary.copyConflicts, 'claim conflict')}`,
      `${summary.corroborated} corroborated and ${summary.crossArticleConflicts} conflicting across articles${options.out ? `; wrote ${options.out}` : ''}${options.parquetDir === undefined ? '' : `; wrote its tables (Parquet) in ${options.parquetDir}`}`
    ].join(', ')
    if (diagnostics) terminal.write(`${diagnostics}\n`)
    terminal.write(`${line}\n`)
    return failed || summary.skipped > 0 ? 1 : 0
  } finally {
    await pool.close()
    corpus?.close()
    spool.close()
    clusterSpool.close()
    corroborationSpool.close()
  }
}

function count(value: number, word: string): string {
  return `${value} ${word}${value === 1 ? '' : 's'}`
}
