import {IsoDate, Verdict} from '@claimtrace/facts'
import {Option} from 'commander'
import {checkDateOption} from './article-dates.js'
import {CliError} from './io.js'
import type {Globs} from './list-folder.js'
import {defaultCorpusGlobs} from './read-corpus.js'

/**
 * The options commands share, each with its help and its check. A bad value
 * is a usage error (exit 2) that names the option and what it expects.
 */

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value]

export const dateOption = () =>
  new Option('--date <date>', 'publication date, to resolve "last year": YYYY-MM-DD, YYYY-MM or YYYY (without it: front matter, then articles.json beside the file, then evidence in the text)').argParser(checkDateOption)

export const factsOption = (required: boolean) =>
  new Option('--facts <path>', `fact records: a .json, .jsonl or .csv file, a folder of them, or - for stdin (repeatable${required ? '' : '; without it, claims are listed unchecked'})`).argParser(collect)

export const failOnOption = () =>
  new Option('--fail-on <verdicts>', `exit 1 when a claim gets one of these verdicts, comma-separated: ${Verdict.options.join(', ')}`).argParser(parseVerdicts)

export const outOption = (what: string) => new Option('--out <file>', `write ${what} to this file instead of stdout (its extension picks the format)`)

export const thresholdOption = () =>
  new Option('--threshold <x>', 'least shingle similarity, above 0 and at most 1, for two documents to be copies (default: 0.5)').argParser((value) => {
    const threshold = Number(value)
    if (!(threshold > 0 && threshold <= 1)) throw new CliError(`Invalid --threshold \`${value}\`: expected a number above 0 and at most 1`, 2)
    return threshold
  })

export const includeOption = () =>
  new Option('--include <glob>', `files a folder gives, relative to it (repeatable; default: ${defaultCorpusGlobs.include.join(', ')}); .jsonl files included are read as corpora`).argParser(collect)

export const excludeOption = () =>
  new Option('--exclude <glob>', `files of a folder left out (repeatable; replaces the default: ${defaultCorpusGlobs.exclude.join(', ')})`).argParser(collect)

export const jobsOption = () =>
  new Option('--jobs <n>', 'worker threads for the per-article stage, 1 to 64; 1 runs it in the main thread (default: 2, or 1 on a one-core machine)').argParser((value) => {
    const jobs = Number(value)
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new CliError(`Invalid --jobs \`${value}\`: expected a whole number from 1 to 64`, 2)
    return jobs
  })

export const reviewDateOption = () =>
  new Option('--review-date <date>', "the ClaimReviews' datePublished, YYYY-MM-DD (default: today, UTC)").argParser((value) => {
    if (!IsoDate.safeParse(value).success) throw new CliError(`Invalid --review-date \`${value}\`: expected a date as YYYY-MM-DD`, 2)
    return value
  })

/** `--include`/`--exclude` as given, each falling back to the default. */
export function globsOf(options: {include?: string[] | undefined; exclude?: string[] | undefined}): Globs {
  return {include: options.include ?? defaultCorpusGlobs.include, exclude: options.exclude ?? defaultCorpusGlobs.exclude}
}

function parseVerdicts(value: string): Verdict[] {
  const verdicts = value.split(',').map((item) => item.trim()).filter(Boolean)
  for (const verdict of verdicts) {
    if (!Verdict.safeParse(verdict).success) throw new CliError(`Unknown verdict \`${verdict}\` for --fail-on: expected ${Verdict.options.map((option) => `\`${option}\``).join(', ')}`, 2)
  }
  return verdicts as Verdict[]
}

const formatsByExtension: Readonly<Record<string, string>> = {
  '.json': 'json',
  '.jsonl': 'json',
  '.ndjson': 'json',
  '.txt': 'text',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.jsonld': 'jsonld',
  '.csv': 'csv'
}

/**
 * The output format: `--format`, else the `--out` file's extension, else
 * text on a terminal and `fallback` (JSON) when piped. `formats` are the
 * command's; anything else is a usage error.
 */
export function pickFormat<Format extends string>(
  given: string | undefined,
  out: string | undefined,
  formats: readonly Format[],
  stdoutIsTerminal: boolean,
  fallback: Format
): Format {
  const expected = `${formats.slice(0, -1).map((item) => `\`${item}\``).join(', ')} or \`${formats.at(-1)}\``
  if (given !== undefined) {
    if (!formats.includes(given as Format)) throw new CliError(`Unknown format \`${given}\`: expected ${expected}`, 2)
    return given as Format
  }
  if (out !== undefined) {
    const extension = out.match(/\.[^./\\]+$/)?.[0]?.toLowerCase() ?? ''
    const format = formatsByExtension[extension]
    if (format === undefined || !formats.includes(format as Format)) {
      const names = Object.entries(formatsByExtension).filter(([, name]) => formats.includes(name as Format)).map(([name]) => name)
      throw new CliError(`Cannot tell the format of \`${out}\`: name it ${names.join(', ')}, or pass --format (${expected})`, 2)
    }
    return format as Format
  }
  if (stdoutIsTerminal && formats.includes('text' as Format)) return 'text' as Format
  return fallback
}

/** Paths as given; `-` (stdin) at most once among them and the facts, since it can be read only once. */
export function checkPaths(paths: readonly string[], facts: readonly string[] = []): string[] {
  if ([...paths, ...facts].filter((path) => path === '-').length > 1) throw new CliError('`-` (stdin) is given more than once: it can be read only once', 2)
  return [...paths]
}
