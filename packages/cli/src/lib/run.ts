import process from 'node:process'
import {type Verdict} from '@claimtrace/facts'
import {Command, CommanderError} from 'commander'
import {checkCommand} from './commands/check.js'
import {clusterCommand} from './commands/cluster.js'
import {compareCommand} from './commands/compare.js'
import {extractCommand} from './commands/extract.js'
import {factsCommand} from './commands/facts.js'
import {indexAddCommand, indexExportCommand} from './commands/index-corpus.js'
import {defaultJobs, reportCommand} from './commands/report.js'
import {CliError, type Io} from './io.js'
import {
  checkPaths,
  dateOption,
  excludeOption,
  factsOption,
  failOnOption,
  globsOf,
  includeOption,
  jobsOption,
  outOption,
  pickFormat,
  reviewDateOption,
  thresholdOption
} from './options.js'
import {checkWritable} from './write-output.js'

export const version = '0.1.0'

const exitStatus = `
Exit status:
  0  done, and nothing that --fail-on names was found
  1  a claim got a verdict --fail-on names, or some input was skipped (each named on stderr)
  2  usage or input that stops the run: an unknown command or option, a bad value,
     invalid fact records, an invalid corpus line or articles.json`

/** Options every command's action receives: what the user gave, parsed and checked. */
interface Given {
  format?: string
  out?: string
  date?: string
  facts?: string[]
  failOn?: Verdict[]
  threshold?: number
  include?: string[]
  exclude?: string[]
  jobs?: number
  author?: string
  reviewDate?: string
  reviewUrl?: string
  onDisk?: boolean
  index?: string
  outDir?: string
  parquetDir?: string
  claims?: boolean
}

/**
 * Run the CLI with `argv` (without `node` and the script); resolves to the
 * exit code: 0, 1 (findings, skipped input) or 2 (usage). Prints only
 * through `io`.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code = 0
  const program = createProgram(io, (result) => {
    code = result
  })
  try {
    await program.parseAsync(argv, {from: 'user'})
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version asked for are a success; help shown for want of a command is a usage error.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0
      return 2
    }
    if (error instanceof CliError) {
      io.stderr.write(`claimtrace: ${error.message}\n`)
      return error.exitCode
    }
    throw error
  }
}

/** commander's "error: unknown option '--nope'" as "claimtrace: unknown option '--nope'; see `claimtrace extract --help`". */
function usageError(text: string, command: string): string {
  return `claimtrace: ${text.replace(/^error: /, '').replace(/\.?\s*$/, '')}; see \`${command} --help\`\n`
}

function createProgram(io: Io, exit: (code: number) => void): Command {
  const env = io.env ?? process.env
  const stdoutIsTerminal = io.stdout.isTTY === true
  const program = new Command('claimtrace')
    .description('Numeric claims of news articles: extract them, check them against fact records, follow copies of a story')
    .version(`claimtrace ${version}`, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpCommand(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, write) => write(usageError(text, 'claimtrace')),
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100
    })
    .addHelpText('after', exitStatus)
  // `claimtrace` alone prints the help to stderr and fails with a usage error, as an unknown command does.

  const action = (command: Command, body: (given: Given, operands: string[]) => Promise<number>) =>
    command
      .helpOption('-h, --help', 'print this help')
      .addHelpText('after', exitStatus)
      .configureOutput({...program.configureOutput(), outputError: (text, write) => write(usageError(text, `claimtrace ${command.name()}`))})
      .action(async (...args: unknown[]) => {
        const invoked = args.at(-1) as Command
        const given = invoked.opts<Given>()
        checkWritable(given.out)
        exit(await body(given, invoked.args))
      })

  action(
    program
      .command('extract')
      .description('print the numeric claims of each article')
      .argument('<file...>', 'article files (.txt, .md), or - for stdin')
      .option('--format <format>', 'json (JSON Lines, one object per file) or text (default: text on a terminal, json otherwise)')
      .addOption(dateOption())
      .addOption(outOption('the claims')),
    async (given, operands) => {
      const files = checkPaths(operands)
      return extractCommand({files, format: pickFormat(given.format, given.out, ['json', 'text'], stdoutIsTerminal, 'json'), date: given.date, out: given.out}, io)
    }
  )

  action(
    program
      .command('check')
      .description('check each claim of each article against fact records')
      .argument('<file...>', 'article files (.txt, .md), or - for stdin')
      .addOption(factsOption(true).makeOptionMandatory())
      .option('--format <format>', 'json (JSON Lines: claims, links and verdicts per file) or text (default: text on a terminal, json otherwise)')
      .addOption(dateOption())
      .addOption(failOnOption())
      .addOption(outOption('the claims and verdicts')),
    async (given, operands) => {
      const files = checkPaths(operands, given.facts)
      const format = pickFormat(given.format, given.out, ['json', 'text'], stdoutIsTerminal, 'json')
      return checkCommand({files, format, date: given.date, facts: given.facts ?? [], failOn: given.failOn ?? [], out: given.out, env}, io)
    }
  )

  action(
    program
      .command('compare')
      .description('align two copies of a story: their differences, classified, and where their claims disagree')
      .argument('<a>', 'the earlier or canonical copy, or - for stdin')
      .argument('<b>', 'the copy compared with it, or - for stdin')
      .option('--format <format>', 'json or text (default: text on a terminal, json otherwise)')
      .addOption(dateOption())
      .addOption(factsOption(false))
      .addOption(failOnOption())
      .addOption(outOption('the comparison')),
    async (given, operands) => {
      const [a, b] = checkPaths(operands, given.facts) as [string, string]
      const format = pickFormat(given.format, given.out, ['json', 'text'], stdoutIsTerminal, 'json')
      return compareCommand({a, b, format, date: given.date, facts: given.facts ?? [], failOn: given.failOn ?? [], out: given.out}, io)
    }
  )

  action(
    program
      .command('cluster')
      .description('find copies of one story in files, folders and JSONL corpora, or in a corpus index')
      .argument('[path...]', 'article files, folders, JSONL corpora ({"id", "text", "date"} per line), or - for a JSONL corpus on stdin (with --index: added to it first)')
      .option('--index <file>', 'a corpus index (claimtrace index add): cluster every document it holds')
      .option('--format <format>', 'json or text (default: text on a terminal, json otherwise)')
      .addOption(thresholdOption())
      .addOption(includeOption())
      .addOption(excludeOption())
      .addOption(jobsOption())
      .addOption(outOption('the clusters')),
    async (given, operands) => {
      if (operands.length === 0 && given.index === undefined) throw new CliError('cluster needs paths to read, or --index with a corpus index; see `claimtrace cluster --help`', 2)
      const paths = operands.length === 0 ? [] : checkPaths(operands)
      const format = pickFormat(given.format, given.out, ['json', 'text'], stdoutIsTerminal, 'json')
      return clusterCommand({paths, format, threshold: given.threshold, globs: globsOf(given), out: given.out, index: given.index, jobs: given.jobs ?? defaultJobs}, io)
    }
  )

  const index = program
    .command('index')
    .description('a persistent corpus index on DuckDB: add articles a batch at a time, cluster them, export Parquet')
    .helpOption('-h, --help', 'print this help')
    .addHelpCommand(false)
    .addHelpText('after', exitStatus)
    .configureOutput({...program.configureOutput(), outputError: (text, write) => write(usageError(text, 'claimtrace index'))})
  action(
    index
      .command('add')
      .description('add articles to a corpus index (created when missing) and verify the copies they bring; `claimtrace cluster --index FILE` lists the clusters')
      .argument('<path...>', 'article files, folders, JSONL corpora ({"id", "text", "date"} per line), or - for a JSONL corpus on stdin')
      .requiredOption('--index <file>', 'the corpus index, a DuckDB file')
      .option('--claims', "read each article's claims into the index too, dated by the corpus line's date or the folder's articles.json (exported as claims.parquet)")
      .addOption(thresholdOption())
      .addOption(includeOption())
      .addOption(excludeOption())
      .addOption(jobsOption()),
    async (given, operands) => {
      const paths = checkPaths(operands)
      return indexAddCommand({paths, index: given.index!, threshold: given.threshold, jobs: given.jobs ?? defaultJobs, globs: globsOf(given), claims: given.claims === true}, io)
    }
  )
  action(
    index
      .command('export')
      .description('write a corpus index as Parquet tables: documents, band keys, lines, compared pairs, boilerplate lines, verified pairs of copies, claims, clusters (the passages copies share and the links of claims to fact records need the texts and the facts: `claimtrace report --parquet-dir`)')
      .requiredOption('--index <file>', 'the corpus index, a DuckDB file')
      .requiredOption('--out-dir <folder>', 'the folder to write documents.parquet, bands.parquet, lines.parquet, compared.parquet, boilerplate.parquet, pairs.parquet, claims.parquet and clusters.parquet in (created when missing)'),
    async (given) => indexExportCommand({index: given.index!, folder: given.outDir!}, io)
  )

  action(
    program
      .command('report')
      .description('provenance report over a corpus: claims and verdicts, copies and their differences, corroboration')
      .argument('<path...>', 'article files, folders, JSONL corpora ({"id", "text", "date"} per line), or - for a JSONL corpus on stdin')
      .addOption(factsOption(false))
      .option('--format <format>', 'html, md, json, jsonld (schema.org ClaimReview and PROV-O) or text (diagnostics only); default: the --out extension, else text on a terminal and json otherwise')
      .addOption(outOption('the report'))
      .addOption(dateOption())
      .addOption(failOnOption())
      .addOption(thresholdOption())
      .addOption(includeOption())
      .addOption(excludeOption())
      .addOption(jobsOption())
      .option('--on-disk', 'find copies and corroboration in a corpus index on disk (DuckDB), so memory stays flat however large the corpus (default: for input over 32 MB)')
      .option('--parquet-dir <folder>', "also write the report's tables as Parquet into this folder (made when missing): articles, claims, links, clusters, pairs, passages, divergences, corroborations")
      .option('--author <name>', 'the organisation that publishes the ClaimReviews (jsonld; default: claimtrace)')
      .addOption(reviewDateOption())
      .option('--review-url <url>', "where the reviews are published: each review's url is this, the article's id and #claim (jsonld)"),
    async (given, operands) => {
      const paths = checkPaths(operands, given.facts)
      const format = pickFormat(given.format, given.out, ['html', 'md', 'json', 'jsonld', 'text'], stdoutIsTerminal, 'json')
      const review = {author: given.author, date: given.reviewDate ?? new Date().toISOString().slice(0, 10), url: given.reviewUrl}
      return reportCommand(
        {paths, facts: given.facts ?? [], date: given.date, format, out: given.out, jobs: given.jobs ?? defaultJobs, threshold: given.threshold, failOn: given.failOn ?? [], review, globs: globsOf(given), env, onDisk: given.onDisk === true, parquetDir: given.parquetDir},
        io
      )
    }
  )

  action(
    program
      .command('facts')
      .description('validate fact records and write them as a Data Commons observations table (csv) or as JSON')
      .argument('<path...>', 'fact files (.json, .jsonl, .csv), folders of them, or - for stdin')
      .option('--format <format>', 'csv or json (default: the --out extension, else csv)')
      .addOption(outOption('the records')),
    async (given, operands) => {
      const paths = checkPaths(operands)
      return factsCommand({paths, format: pickFormat(given.format, given.out, ['csv', 'json'], false, 'csv'), out: given.out}, io)
    }
  )

  return program
}
