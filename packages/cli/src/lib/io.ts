/** Where the CLI reads and writes: the process's streams and environment, or stand-ins in tests. */
export interface Io {
  stdout: {write(chunk: string): unknown; isTTY?: boolean | undefined}
  /** `isTTY` as on `process.stderr`: progress is drawn only on a terminal. */
  stderr: {write(chunk: string): unknown; isTTY?: boolean | undefined}
  /** What `-` reads (default: `process.stdin`). */
  stdin?: AsyncIterable<Uint8Array | string> | undefined
  /** Where `NO_COLOR`, `FORCE_COLOR` and `CI` are looked up (default: `process.env`). */
  env?: Readonly<Record<string, string | undefined>> | undefined
}

/** A problem the user can fix (bad flag, missing file): printed without a stack, exit code 1 or 2. */
export class CliError extends Error {
  readonly exitCode: number

  constructor(message: string, exitCode = 1) {
    super(message)
    this.name = 'CliError'
    this.exitCode = exitCode
  }
}
