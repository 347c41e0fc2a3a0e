import {readdir, readFile, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {type FactRecord, FactsError, type FactsSource, loadFacts} from '@claimtrace/facts'
import {CliError} from './io.js'

const factFile = /\.(json|jsonl|ndjson|csv)$/i

/** Read facts from files and folders (their .json, .jsonl and .csv files, sorted). All or nothing. */
export async function readFacts(paths: readonly string[]): Promise<FactRecord[]> {
  const sources: FactsSource[] = []
  for (const path of paths) {
    let info
    try {
      info = await stat(path)
    } catch {
      throw new CliError(`Cannot read facts \`${path}\`: no such file or folder`)
    }
    const files = info.isDirectory() ? (await readdir(path)).filter((name) => factFile.test(name)).sort().map((name) => join(path, name)) : [path]
    for (const file of files) sources.push({file, text: await readFile(file, 'utf8')})
  }
  try {
    return loadFacts(sources)
  } catch (error) {
    if (error instanceof FactsError) throw new CliError(`Invalid facts:\n${error.message}`, 2)
    throw error
  }
}
