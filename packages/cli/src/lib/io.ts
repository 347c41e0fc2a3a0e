/** Where the CLI writes: `process.stdout`/`stderr`, or buffers in tests. */
export interface Io {
  stdout: {write(chunk: string): unknown}
  /** `isTTY` as on `process.stderr`: progress is drawn only on a terminal. */
  stderr: {write(chunk: string): unknown; isTTY?: boolean | undefined}
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
