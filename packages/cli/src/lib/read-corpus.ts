import {readdir, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {z} from 'zod'
import {manifestDates} from './article-dates.js'
import {CliError} from './io.js'
import {readArticle} from './read-article.js'
import {readLines} from './read-lines.js'

/** One article of a corpus: from a file (id = its path) or a JSONL line (id from the line). */
export interface CorpusArticle {
  id: string
  text: string
  date?: string | undefined
  /** Where `date` was read: the folder's `articles.json`, the corpus line. */
  dateFrom?: string | undefined
  /** Bytes of input this article took (its file, or its line), for progress. */
  bytes: number
}

/** A file a corpus reads: an article file, or a JSONL corpus of many. */
export interface CorpusFile {
  path: string
  kind: 'article' | 'jsonl'
  size: number
  /** The article's date from its folder's `articles.json`, when listed there. */
  date?: string | undefined
  /** The `articles.json` it was read from. */
  dateFrom?: string | undefined
}

const articleFile = /\.(txt|md|markdown)$/i
const corpusFile = /\.(jsonl|ndjson)$/i
// A folder's own documentation is not an article, nor are golden outputs
// kept beside inputs (`expected/`, `expected.md`).
const documentation = /^(readme|changelog|license|contributing)\b/i
const golden = /^expected(\.|$)/i
const manifestName = 'articles.json'

const Line = z.looseObject({id: z.union([z.string(), z.number()]).transform(String), text: z.string(), date: z.string().optional()})

/**
 * The files under `paths`: article files, folders (their .txt and .md files,
 * recursively, sorted, READMEs and golden
 * outputs — `expected/` folders, `expected.*` files — left out), and JSONL corpora given by path (a
 * folder's .jsonl files may be fact records, so folders do not read them). A
 * folder may list publication dates in `articles.json` (`[{file, date}]`).
 */
export async function* corpusFiles(paths: readonly string[]): AsyncGenerator<CorpusFile> {
  for (const path of paths) {
    let info
    try {
      info = await stat(path)
    } catch {
      throw new CliError(`Cannot read \`${path}\`: no such file or folder`)
    }
    if (info.isDirectory()) {
      const dates = await manifestDates(path)
      for (const entry of await entries(path)) {
        if (entry.isDirectory()) yield* corpusFiles([join(path, entry.name)])
        else {
          const date = dates.get(entry.name)
          yield {path: join(path, entry.name), kind: 'article', size: (await stat(join(path, entry.name))).size, date, dateFrom: date === undefined ? undefined : join(path, manifestName)}
        }
      }
    } else if (corpusFile.test(path)) yield {path, kind: 'jsonl', size: info.size}
    else {
      // An article given by path takes its date from the `articles.json` beside it, as in a folder.
      const date = (await manifestDates(dirname(path))).get(basename(path))
      yield {path, kind: 'article', size: info.size, date, dateFrom: date === undefined ? undefined : join(dirname(path), manifestName)}
    }
  }
}

/**
 * The articles of `files` (from `corpusFiles`), streamed: a JSONL corpus is
 * read line by line. A bad JSONL line stops the run with its file, line and
 * field. An article file that cannot be read (binary, say) stops the run too,
 * unless `unreadable` is given: then it is passed there and skipped.
 */
export async function* readCorpusFiles(files: AsyncIterable<CorpusFile> | Iterable<CorpusFile>, unreadable?: (path: string, reason: string) => void): AsyncGenerator<CorpusArticle> {
  for await (const file of files) {
    if (file.kind === 'jsonl') {
      yield* readJsonLines(file.path)
      continue
    }
    let text: string
    try {
      text = await readArticle(file.path)
    } catch (error) {
      if (!(unreadable && error instanceof CliError)) throw error
      unreadable(file.path, error.message)
      continue
    }
    yield {id: file.path, text, date: file.date, dateFrom: file.dateFrom, bytes: file.size}
  }
}

/** The articles under `paths`: `readCorpusFiles(corpusFiles(paths))`. */
export function readCorpus(paths: readonly string[]): AsyncGenerator<CorpusArticle> {
  return readCorpusFiles(corpusFiles(paths))
}

async function entries(folder: string) {
  const names = (await readdir(folder, {withFileTypes: true})).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return names.filter((entry) => !golden.test(entry.name) && (entry.isDirectory() || (articleFile.test(entry.name) && !documentation.test(entry.name))))
}

async function* readJsonLines(path: string): AsyncGenerator<CorpusArticle> {
  let line = 0
  for await (const {text: raw, bytes} of readLines(path)) {
    line++
    if (raw.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      throw new CliError(`${path}: line ${line}: not JSON (${(error as Error).message})`, 2)
    }
    const parsed = Line.safeParse(value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      throw new CliError(`${path}: line ${line}, field \`${issue.path.join('.') || '(line)'}\`: ${issue.message}`, 2)
    }
    yield {id: parsed.data.id, text: parsed.data.text, date: parsed.data.date, dateFrom: parsed.data.date === undefined ? undefined : `${path} line ${line}`, bytes}
  }
}
