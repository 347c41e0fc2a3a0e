import {parseArgs} from 'node:util'
import {extractCommand} from './commands/extract.js'
import {CliError, type Io} from './io.js'

export const usage = `Usage: claimtrace <command> [options]

Commands:
  extract FILE...   Print the numeric claims of each article

Options:
  --format json|text  Output format (default: text on a terminal, json otherwise)
  --date YYYY-MM-DD   Publication date, to resolve "last year" (YYYY and YYYY-MM work too)
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
  date: string | undefined
}

function parse(args: string[]): Parsed {
  let values: {format?: string; date?: string; help?: boolean}
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({
      args,
      allowPositionals: true,
      options: {format: {type: 'string'}, date: {type: 'string'}, help: {type: 'boolean', short: 'h'}}
    }))
  } catch (error) {
    throw new CliError(`${(error as Error).message}; see \`claimtrace --help\``, 2)
  }
  const format = values.format ?? (process.stdout.isTTY ? 'text' : 'json')
  if (format !== 'json' && format !== 'text') throw new CliError(`Unknown format \`${format}\`: expected \`json\` or \`text\``, 2)
  if (positionals.length === 0) throw new CliError('Missing FILE: `claimtrace extract FILE...`', 2)
  return {files: positionals, format, date: values.date}
}
