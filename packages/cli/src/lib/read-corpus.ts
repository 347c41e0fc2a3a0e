import {readdir, readFile, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {z} from 'zod'
import {CliError} from './io.js'
import {readArticle} from './read-article.js'

/** One article of a corpus: from a file (id = its path) or a JSONL line (id from the line). */
export interface CorpusArticle {
  id: string
  text: string
  date?: string | undefined
}

const articleFile = /\.(txt|md|markdown)$/i
const corpusFile = /\.(jsonl|ndjson)$/i
// A folder's own documentation is not an article.
const documentation = /^(readme|changelog|license|contributing)\b/i

const Line = z.looseObject({id: z.union([z.string(), z.number()]).transform(String), text: z.string(), date: z.string().optional()})

/**
 * The articles under `paths`: article files, folders (their .txt and .md
 * files, recursively, sorted, READMEs left out), and JSONL corpora with
 * `{id, text}` per line, given by path (a folder's .jsonl files may be fact
 * records, so folders do not read them). A bad JSONL line stops the run with
 * its file, line and field.
 */
export async function* readCorpus(paths: readonly string[]): AsyncGenerator<CorpusArticle> {
  for (const path of paths) {
    let info
    try {
      info = await stat(path)
    } catch {
      throw new CliError(`Cannot read \`${path}\`: no such file or folder`)
    }
    if (info.isDirectory()) yield* readCorpus(await entries(path))
    else if (corpusFile.test(path)) yield* readJsonLines(path)
    else yield {id: path, text: await readArticle(path)}
  }
}

async function entries(folder: string): Promise<string[]> {
  const names = (await readdir(folder, {withFileTypes: true})).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return names.filter((entry) => entry.isDirectory() || (articleFile.test(entry.name) && !documentation.test(entry.name))).map((entry) => join(folder, entry.name))
}

async function* readJsonLines(path: string): AsyncGenerator<CorpusArticle> {
  const text = await readFile(path, 'utf8')
  let line = 0
  for (const raw of text.split('\n')) {
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
    yield {id: parsed.data.id, text: parsed.data.text, date: parsed.data.date}
  }
}
