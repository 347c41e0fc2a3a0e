import {parseArgs} from 'node:util'
import {IsoDate, Verdict} from '@claimtrace/facts'
import {checkCommand} from './commands/check.js'
import {clusterCommand} from './commands/cluster.js'
import {compareCommand} from './commands/compare.js'
import {extractCommand} from './commands/extract.js'
import {factsCommand, type FactsOptions} from './commands/facts.js'
import {defaultJobs, type ReportFormat, reportCommand} from './commands/report.js'
import {CliError, type Io} from './io.js'

export const usage = `Usage: claimtrace <command> [options]

Commands:
  extract FILE...               Print the numeric claims of each article
  check FILE... --facts PATH... Check each claim against fact records (files or folders)
  compare A B                   Align two copies of a story: divergences and claim conflicts
  cluster PATH...               Find copies of one story in files, folders and JSONL corpora
  report PATH... [--facts PATH...] [--out FILE]
                                Provenance report over files, folders and JSONL corpora:
                                claims and verdicts, copies and their differences, corroboration
  facts PATH... [--out FILE]    Validate fact records and write them as a Data Commons
                                observations table (.csv, the default) or as JSON (.json)

Options:
  --format json|text  Output format (default: text on a terminal, json otherwise;
                      report: also md, html and jsonld, and by default the --out file's extension;
                      facts: csv or json)
  --out FILE          Write the report to FILE: .html, .md, .json or .jsonld (report; .jsonld is
                      schema.org ClaimReview and PROV-O)
  --author NAME       The organisation that publishes the ClaimReviews (report --out .jsonld;
                      default claimtrace)
  --review-date DATE  The reviews' datePublished, YYYY-MM-DD (report --out .jsonld; default today, UTC)
  --review-url URL    Where the reviews are published: each review's url is URL, the article's id
                      and #claim (report --out .jsonld)
  --jobs N            Worker threads for the per-article stage (report; default 2, or 1 on one
                      core; with 1 it runs in the main thread)
  --date YYYY-MM-DD   Publication date, to resolve "last year" (YYYY and YYYY-MM work too; compare: both copies;
                      report: every article). Without it: front matter, then articles.json beside
                      the files, then evidence in the text (a dateline, "last year" after 2014, 2015)
  --facts PATH        Fact records: .json, .jsonl, .csv files or folders of them (check, report, compare;
                      repeatable)
  --fail-on VERDICTS  Exit 1 when a link has one of these verdicts, comma-separated: conflicting,
                      ambiguous, unresolved, no-record (check, report, compare)
  --threshold X       Least shingle similarity, 0..1, for two documents to be copies (cluster, report; default 0.5)
  -h, --help          Show this help
  -v, --version       Show the version
`

/** Run the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout.write(usage)
      return command === undefined ? 2 : 0
    }
    if (command === '-v' || command === '--version') {
      io.stdout.write('claimtrace 0.1.0\n')
      return 0
    }
    if (command === 'extract') return await extractCommand(parse(rest), io)
    if (command === 'compare') {
      const parsed = parse(rest)
      if (parsed.files.length !== 2) throw new CliError('Expected two files: `claimtrace compare A B`', 2)
      return await compareCommand(parsed, io)
    }
    if (command === 'cluster') {
      const parsed = parse(rest)
      return await clusterCommand({paths: parsed.files, format: parsed.format, threshold: parsed.threshold}, io)
    }
    if (command === 'report') {
      const parsed = parse(rest, ['json', 'text', 'md', 'html', 'jsonld'])
      return await reportCommand({...parsed, paths: parsed.files, format: parsed.format as ReportFormat, color: io.stderr.isTTY === true}, io)
    }
    if (command === 'facts') {
      const parsed = parse(rest, ['csv', 'json', 'text'])
      return await factsCommand({paths: parsed.files, format: parsed.format as FactsOptions['format'], out: parsed.out}, io)
    }
    if (command === 'check') {
      const parsed = parse(rest)
      if (parsed.facts.length === 0) throw new CliError('Missing --facts: `claimtrace check FILE... --facts PATH...`', 2)
      return await checkCommand({...parsed, color: Boolean((process.stdout as {isTTY?: boolean}).isTTY) && io.stdout === process.stdout}, io)
    }
    throw new CliError(`Unknown command \`${command}\`; see \`claimtrace --help\``, 2)
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`claimtrace: ${error.message}\n`)
      return error.exitCode
    }
    throw error
  }
}

export interface Parsed {
  files: string[]
  format: 'json' | 'text'
  out: string | undefined
  jobs: number
  date: string | undefined
  facts: string[]
  failOn: Verdict[]
  threshold: number | undefined
  review: {author: string | undefined; date: string; url: string | undefined}
}

const reportFormats: Readonly<Record<string, string>> = {'.json': 'json', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.jsonld': 'jsonld', '.csv': 'csv'}

function parse(args: string[], formats: readonly string[] = ['json', 'text']): Parsed {
  let values: {format?: string; date?: string; facts?: string[]; 'fail-on'?: string; threshold?: string; out?: string; jobs?: string; help?: boolean; author?: string; 'review-date'?: string; 'review-url'?: string}
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: {type: 'string'}, date: {type: 'string'}, facts: {type: 'string', multiple: true}, 'fail-on': {type: 'string'}, threshold: {type: 'string'}, out: {type: 'string'},
        jobs: {type: 'string'}, help: {type: 'boolean', short: 'h'}, author: {type: 'string'}, 'review-date': {type: 'string'}, 'review-url': {type: 'string'}
      }
    }))
  } catch (error) {
    throw new CliError(`${(error as Error).message}; see \`claimtrace --help\``, 2)
  }
  const extension = values.out?.match(/\.[^./\\]+$/)?.[0]?.toLowerCase()
  const format = values.format ?? (values.out ? reportFormats[extension ?? ''] : undefined) ?? (process.stdout.isTTY ? 'text' : 'json')
  if (!formats.includes(format)) throw new CliError(`Unknown format \`${format}\`: expected ${formats.slice(0, -1).map((item) => `\`${item}\``).join(', ')} or \`${formats.at(-1)}\``, 2)
  if (values.out !== undefined && values.format === undefined && !(extension && reportFormats[extension])) {
    throw new CliError(`Cannot tell the format of \`${values.out}\`: name it .html, .md, .json, .jsonld or .csv, or pass --format`, 2)
  }
  const jobs = values.jobs === undefined ? defaultJobs : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new CliError(`Invalid --jobs \`${values.jobs}\`: expected a whole number from 1 to 64`, 2)
  if (positionals.length === 0) throw new CliError('Missing FILE: `claimtrace extract FILE...`', 2)
  const failOn = (values['fail-on'] ?? '').split(',').map((item) => item.trim()).filter(Boolean)
  for (const verdict of failOn) {
    if (!Verdict.safeParse(verdict).success) throw new CliError(`Unknown verdict \`${verdict}\` for --fail-on: expected ${Verdict.options.map((option) => `\`${option}\``).join(', ')}`, 2)
  }
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold)
  if (threshold !== undefined && !(threshold > 0 && threshold <= 1)) throw new CliError(`Invalid --threshold \`${values.threshold}\`: expected a number above 0 and at most 1`, 2)
  const reviewDate = values['review-date'] ?? new Date().toISOString().slice(0, 10)
  if (!IsoDate.safeParse(reviewDate).success) {
    throw new CliError(`Invalid --review-date \`${reviewDate}\`: expected a date as YYYY-MM-DD`, 2)
  }
  const review = {author: values.author, date: reviewDate, url: values['review-url']}
  return {files: positionals, format: format as Parsed['format'], out: values.out, jobs, date: values.date, facts: values.facts ?? [], failOn: failOn as Verdict[], threshold, review}
}
