import {stat} from 'node:fs/promises'
import {z} from 'zod'
import {sidecarDates} from './article-dates.js'
import {CliError, type Io} from './io.js'
import {type Globs, listFolder} from './list-folder.js'
import {readArticle} from './read-article.js'
import {readLines} from './read-lines.js'
import {stdinName} from './stdin.js'

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

const corpusFile = /\.(jsonl|ndjson)$/i

/**
 * The files a folder gives by default: its articles (.txt, .md, .markdown),
 * but not its own documentation nor golden outputs kept beside inputs
 * (`expected/`, `expected.md`). A folder's .jsonl files may be fact records,
 * so they are read only when included.
 */
export const defaultCorpusGlobs: Globs = {
  include: ['**/*.{txt,md,markdown}'],
  exclude: ['**/{readme,changelog,license,contributing}*', '**/expected/**', '**/expected.*']
}

/** What to do with an entry of the corpus that cannot be read: report it and go on. */
export type Skip = (path: string, reason: string) => void

const Line = z.looseObject({id: z.union([z.string(), z.number()]).transform(String), text: z.string(), date: z.string().optional()})

/**
 * The files under `paths`: article files, JSONL corpora (`.jsonl`,
 * `.ndjson`; `-` is one on stdin), and folders, read with `globs` (default
 * `defaultCorpusGlobs`). A folder may list publication dates in
 * `articles.json` (`[{file, date}]`). An entry of a folder that cannot be
 * read (a link to nothing, a FIFO, a loop) is passed to `skip`; a path
 * given that does not exist stops the run.
 */
export async function* corpusFiles(paths: readonly string[], skip: Skip, globs: Readonly<Globs> = defaultCorpusGlobs): AsyncGenerator<CorpusFile> {
  // Each folder's articles.json is read once.
  const sidecar = sidecarDates()
  for (const path of paths) {
    if (path === '-') {
      yield {path, kind: 'jsonl', size: 0}
      continue
    }
    let info
    try {
      info = await stat(path)
    } catch {
      throw new CliError(`Cannot read \`${path}\`: no such file or folder`)
    }
    if (info.isDirectory()) {
      for await (const listed of listFolder(path, globs)) {
        if ('problem' in listed) {
          skip(listed.path, `Skipped \`${listed.path}\`: ${listed.problem}`)
          continue
        }
        if (corpusFile.test(listed.path)) {
          yield {path: listed.path, kind: 'jsonl', size: listed.size}
          continue
        }
        const dated = await sidecar(listed.path)
        yield {path: listed.path, kind: 'article', size: listed.size, date: dated?.date, dateFrom: dated?.name}
      }
    } else if (!info.isFile()) {
      skip(path, `Skipped \`${path}\`: not a regular file (a FIFO, socket or device)`)
    } else if (corpusFile.test(path)) yield {path, kind: 'jsonl', size: info.size}
    else {
      // An article given by path takes its date from the `articles.json` beside it, as in a folder.
      const dated = await sidecar(path)
      yield {path, kind: 'article', size: info.size, date: dated?.date, dateFrom: dated?.name}
    }
  }
}

/**
 * The articles of `files` (from `corpusFiles`), streamed: a JSONL corpus is
 * read line by line. A bad JSONL line stops the run with its file, line and
 * field. An article file that cannot be read (binary, say) stops the run too,
 * unless `unreadable` is given: then it is passed there and skipped.
 */
export async function* readCorpusFiles(files: AsyncIterable<CorpusFile> | Iterable<CorpusFile>, io: Io, unreadable?: Skip): AsyncGenerator<CorpusArticle> {
  for await (const file of files) {
    if (file.kind === 'jsonl') {
      yield* readJsonLines(file.path, io)
      continue
    }
    let text: string
    try {
      text = await readArticle(file.path, io)
    } catch (error) {
      if (!(unreadable && error instanceof CliError)) throw error
      unreadable(file.path, error.message)
      continue
    }
    yield {id: file.path, text, date: file.date, dateFrom: file.dateFrom, bytes: file.size}
  }
}

/** The articles under `paths`: `readCorpusFiles(corpusFiles(paths))`, entries that cannot be read passed to `skip`. */
export function readCorpus(paths: readonly string[], io: Io, skip: Skip, globs?: Readonly<Globs>): AsyncGenerator<CorpusArticle> {
  return readCorpusFiles(corpusFiles(paths, skip, globs), io, skip)
}

async function* readJsonLines(path: string, io: Io): AsyncGenerator<CorpusArticle> {
  let line = 0
  const name = path === '-' ? stdinName : path
  for await (const {text: raw, bytes} of readLines(path, io)) {
    line++
    if (raw.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      throw new CliError(`${name}: line ${line}: not JSON (${(error as Error).message})`, 2)
    }
    const parsed = Line.safeParse(value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      throw new CliError(`${name}: line ${line}, field \`${issue.path.join('.') || '(line)'}\`: ${issue.message}`, 2)
    }
    yield {id: parsed.data.id, text: parsed.data.text, date: parsed.data.date, dateFrom: parsed.data.date === undefined ? undefined : `${name} line ${line}`, bytes}
  }
}
