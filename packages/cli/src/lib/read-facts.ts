import {stat} from 'node:fs/promises'
import {decodeArticle, ExtractError} from '@claimtrace/extract'
import {type FactRecord, FactsError, type FactsSource, loadFacts} from '@claimtrace/facts'
import {CliError, type Io} from './io.js'
import {listFolder} from './list-folder.js'
import {readRegularFile, unreadableReason} from './read-article.js'
import {readStdin, stdinName} from './stdin.js'

/** The files a facts folder gives: its own .json, .jsonl, .ndjson and .csv files (not its subfolders'). */
const factGlobs = {include: ['*.{json,jsonl,ndjson,csv}'], exclude: []}

/**
 * Read fact records from files, folders (their .json, .jsonl and .csv files,
 * sorted) and `-` (stdin: JSON when it opens with `[` or `{"records"`, JSON
 * Lines when with another `{`, CSV otherwise). All or nothing: a record, file
 * or entry that cannot be read stops the run with its path (exit 2).
 */
export async function readFacts(paths: readonly string[], io: Io): Promise<FactRecord[]> {
  const sources: FactsSource[] = []
  for (const path of paths) {
    if (path === '-') {
      const text = decode(await readStdin(io), stdinName)
      sources.push({file: stdinName, text, format: sniffFormat(text)})
      continue
    }
    let info
    try {
      info = await stat(path)
    } catch {
      throw new CliError(`Cannot read facts \`${path}\`: no such file or folder`, 2)
    }
    const files: string[] = []
    if (info.isDirectory()) {
      for await (const listed of listFolder(path, factGlobs, {recurse: false})) {
        if ('problem' in listed) throw new CliError(`Cannot read facts \`${listed.path}\`: ${listed.problem}`, 2)
        files.push(listed.path)
      }
    } else files.push(path)
    for (const file of files) {
      let bytes: Buffer
      try {
        bytes = await readRegularFile(file)
      } catch (error) {
        if (error instanceof CliError) throw new CliError(error.message.replace(/^Cannot read /, 'Cannot read facts '), 2)
        throw error
      }
      sources.push({file, text: decode(bytes, file)})
    }
  }
  try {
    return loadFacts(sources)
  } catch (error) {
    if (error instanceof FactsError) throw new CliError(`Invalid facts:\n${error.message}`, 2)
    throw error
  }
}

/** Facts text as articles are decoded: UTF-8 or UTF-16 with a byte order mark, never guessed. */
function decode(bytes: Buffer, name: string): string {
  try {
    return decodeArticle(bytes)
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error
    throw new CliError(`Cannot read facts \`${name}\`: ${unreadableReason(error)}`, 2)
  }
}

function sniffFormat(text: string): FactsSource['format'] {
  const opening = text.trimStart()
  if (opening.startsWith('[') || /^\{\s*"records"\s*:/.test(opening)) return 'json'
  return opening.startsWith('{') ? 'jsonl' : 'csv'
}
