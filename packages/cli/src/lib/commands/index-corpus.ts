import {existsSync} from 'node:fs'
import {CorpusError, CorpusIndex, type IndexDocument} from '@claimtrace/corpus'
import {CliError, type Io} from '../io.js'
import type {Globs} from '../list-folder.js'
import {makeFolder} from '../make-folder.js'
import {progress} from '../progress.js'
import {readCorpus} from '../read-corpus.js'

export interface IndexAddOptions {
  paths: string[]
  index: string
  threshold: number | undefined
  jobs: number
  globs: Globs
  /** Read each article's claims into the index too (exported as claims.parquet). */
  claims: boolean
}

/** Open an index, naming the file when it cannot be used; `existing`: a command that only reads one never makes one of a mistyped name. */
export async function openIndex(path: string, threshold?: number, existing = false): Promise<CorpusIndex> {
  if (existing && !existsSync(path)) throw new CliError(`no index ${path}: \`claimtrace index add PATH... --index ${path}\` makes one`, 2)
  try {
    return await CorpusIndex.open(path, {threshold})
  } catch (error) {
    if (error instanceof CorpusError) throw new CliError(error.message, 2)
    throw error
  }
}

/** `claimtrace index add PATH... --index FILE`: add a batch of articles to a corpus index, finding the copies it brings. */
export async function indexAddCommand({paths, index: path, threshold, jobs, globs, claims}: IndexAddOptions, io: Io): Promise<number> {
  const index = await openIndex(path, threshold)
  const reading = progress(io, 'adding', {env: io.env})
  let unreadable = 0
  const skip = (_path: string, reason: string) => {
    unreadable++
    io.stderr.write(`claimtrace: ${reason}\n`)
  }
  async function* documents(): AsyncGenerator<IndexDocument> {
    for await (const article of readCorpus(paths, io, skip, globs)) {
      reading.tick()
      yield {id: article.id, text: article.text, date: article.date}
    }
  }
  try {
    let result
    try {
      result = await index.add(documents(), {jobs, claims})
    } catch (error) {
      // A document no worker could read stops the batch, which is rolled back: a usage error naming it.
      if (error instanceof CorpusError) throw new CliError(`${error.message}; nothing was added to ${path}`, 2)
      throw error
    }
    reading.done()
    for (const {id} of result.skipped) io.stderr.write(`claimtrace: skipped ${id}: the index holds a document with this id already\n`)
    const plural = (count: number, word: string) => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`
    io.stdout.write(
      `added ${plural(result.added, 'document')} as batch ${result.batch}${result.skipped.length > 0 ? ` (${result.skipped.length} skipped)` : ''}, ` +
        `${plural(result.pairs, 'verified pair')} of copies before boilerplate is taken out; ${path} holds ${plural(result.documents, 'document')}\n`
    )
    return unreadable + result.skipped.length > 0 ? 1 : 0
  } finally {
    index.close()
  }
}

export interface IndexExportOptions {
  index: string
  folder: string
}

/** `claimtrace index export --index FILE --out-dir FOLDER`: the index as Parquet tables. */
export async function indexExportCommand({index: path, folder}: IndexExportOptions, io: Io): Promise<number> {
  const index = await openIndex(path, undefined, true)
  try {
    makeFolder(folder)
    await index.exportParquet(folder)
    io.stderr.write(`wrote documents.parquet, bands.parquet, lines.parquet, compared.parquet, boilerplate.parquet, pairs.parquet, claims.parquet and clusters.parquet in ${folder}\n`)
    return 0
  } finally {
    index.close()
  }
}
