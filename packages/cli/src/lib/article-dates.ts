import {readFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {type ArticleDate, articleDate, ExtractError} from '@claimtrace/extract'
import {formatProblem} from '@claimtrace/facts'
import {z} from 'zod'
import {CliError} from './io.js'

const manifestName = 'articles.json'
const Manifest = z.array(z.looseObject({file: z.string(), date: z.string().optional()}))

/** A date listed for an article beside it, and where. */
export interface SidecarDate {
  date: string
  /** The file it was read from, or the corpus line: `fixtures/articles/articles.json`. */
  name: string
}

/**
 * Dates a folder lists for its articles in `articles.json` (`[{file, date}]`),
 * by file name. No file: none. A file that is not such a list stops the run
 * with the file, record and field (exit 2).
 */
export async function manifestDates(folder: string): Promise<Map<string, string>> {
  const path = join(folder, manifestName)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return new Map()
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new CliError(`${path}: not JSON (${(error as Error).message})`, 2)
  }
  const parsed = Manifest.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const [record, ...field] = issue.path
    const problem = typeof record === 'number' ? {record: record + 1, path: field.join('.') || undefined} : {}
    throw new CliError(formatProblem({file: path, ...problem, message: issue.message}), 2)
  }
  return new Map(parsed.data.filter((entry) => entry.date !== undefined).map((entry) => [basename(entry.file), entry.date!]))
}

/** The `articles.json` date of article files, each folder's list read once. */
export function sidecarDates(): (file: string) => Promise<SidecarDate | undefined> {
  const folders = new Map<string, Promise<Map<string, string>>>()
  return async (file) => {
    const folder = dirname(file)
    let dates = folders.get(folder)
    if (!dates) folders.set(folder, (dates = manifestDates(folder)))
    const date = (await dates).get(basename(file))
    return date === undefined ? undefined : {date, name: join(folder, manifestName)}
  }
}

/**
 * An article's date, resolved as everywhere in claimtrace (`articleDate` of
 * `@claimtrace/extract`): `--date`, then front matter, then the sidecar date,
 * then evidence in the text. `--date` is checked when options are read; a
 * front-matter date in the wrong form is the file's problem, named with it.
 */
export function resolveDate(text: string, option: string | undefined, sidecar: SidecarDate | undefined, file: string): ArticleDate | null {
  try {
    return articleDate(text, {date: option, sidecar: sidecar?.date, sidecarName: sidecar?.name})
  } catch (error) {
    if (error instanceof ExtractError && error.code === 'invalid-date') throw new CliError(`Cannot date \`${file}\`: ${error.message}`)
    throw error
  }
}

/** `--date` as given, or a usage error (exit 2). */
export function checkDateOption(date: string): string {
  try {
    articleDate('', {date})
  } catch (error) {
    if (error instanceof ExtractError && error.code === 'invalid-date') throw new CliError(error.message, 2)
    throw error
  }
  return date
}
