import {availableParallelism} from 'node:os'
import type {Verdict} from '@claimtrace/facts'
import {htmlChunks, jsonChunks, jsonLdChunks, markdownChunks, ReportBuilder} from '@claimtrace/report'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {useColor} from '../color.js'
import type {Io} from '../io.js'
import type {Globs} from '../list-folder.js'
import {progress} from '../progress.js'
import {corpusFiles, readCorpusFiles} from '../read-corpus.js'
import {readFacts} from '../read-facts.js'
import type {Analyzed} from '../report/analyze.js'
import {inOrder} from '../report/in-order.js'
import {addMessageData} from '../report/message-data.js'
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
}

/** Articles analyzed but not yet written, at most this many per worker: enough to keep workers busy, few enough to keep memory flat. */
const aheadPerWorker = 16

/** The default number of workers: both cores of a two-core machine, never more than two (the main thread has its own work). */
export const defaultJobs = Math.min(2, availableParallelism())

/**
 * `claimtrace report PATH...`: the whole pipeline over a corpus, streamed.
 * Articles are read one at a time, analyzed in worker threads, and spooled
 * to disk in input order (so output is the same for any number of workers);
 * only claims, shingles and counts stay in memory, and copies are looked
 * for as articles arrive. Then clusters of copies are compared, claims
 * corroborated, and the report written in pieces. Diagnostics go to stderr as vfile-reporter prints them.
 */
export async function reportCommand(options: ReportOptions, io: Io): Promise<number> {
  const records = await readFacts(options.facts, io)
  // The report model is built by @claimtrace/report's builder, as `buildReport` builds it; this command adds the
  // files, the worker threads, the spool and the progress.
  const builder = new ReportBuilder({records, date: options.date, threshold: options.threshold, onSkip: ({reason}) => io.stderr.write(`claimtrace: ${reason}\n`)})
  const files = []
  for await (const file of corpusFiles(options.paths, (id, reason) => builder.skip(id, reason), options.globs)) files.push(file)
  const reading = progress(io, 'articles', {total: files.reduce((sum, file) => sum + file.size, 0), env: options.env})

  const spool = createSpool()
  const pool = reportPool(options.jobs, records, options.date)
  try {
    const messages = new Map<string, VFile>()
    let failed = false
    const take = (result: Analyzed) => {
      if (!result.ok) return builder.skipArticle(result.id, result.reason)
      if (!builder.addDigest(result.digest)) return
      spool.write(result.id, result.json)
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
      take(result)
      reading.tick(article.bytes)
    }
    reading.done()

    for await (const [, described] of inOrder(builder.copies(), ahead, (copy) => pool.describe(copy, copy.ids.map((id) => spool.json(id)!)))) {
      builder.addCluster(described.cluster)
      for (const copy of described.messages) {
        let file = messages.get(copy.id)
        if (!file) messages.set(copy.id, (file = new VFile({path: copy.id})))
        addMessageData(file, copy.messages)
      }
    }
    const report = builder.finish(spool.read())
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
    const {summary} = report
    const {verdicts} = summary
    const line = [
      `${count(summary.articles, 'article')}, ${count(summary.claims, 'claim')} (${verdicts.consistent} consistent, ${verdicts.conflicting} conflicting, ${verdicts.ambiguous} ambiguous, ${verdicts.unresolved} unresolved, ${verdicts['no-record']} no record)`,
      `${count(summary.clusters, 'cluster')} of copies with ${count(summary.copyConflicts, 'claim conflict')}`,
      `${summary.corroborated} corroborated and ${summary.crossArticleConflicts} conflicting across articles${options.out ? `; wrote ${options.out}` : ''}`
    ].join(', ')
    if (diagnostics) terminal.write(`${diagnostics}\n`)
    terminal.write(`${line}\n`)
    return failed || summary.skipped > 0 ? 1 : 0
  } finally {
    await pool.close()
    spool.close()
  }
}

function count(value: number, word: string): string {
  return `${value} ${word}${value === 1 ? '' : 's'}`
}
