import {join} from 'node:path'
import {run} from 'claimtrace'

export const root = new URL('../../../', import.meta.url).pathname
export const seed = (name: string) => join(root, 'fixtures/articles', name)

/** What a test gives the CLI besides arguments: stdin, environment, whether stdout and stderr are terminals. */
export interface Setting {
  stdin?: string
  env?: Record<string, string | undefined>
  tty?: boolean
}

/** Run the CLI in process, capturing what it prints. */
export function cli(...argv: string[]) {
  return cliWith({}, ...argv)
}

/** `cli` with stdin, environment and terminal as `setting` says (by default: no stdin, an empty environment, no terminal). */
export async function cliWith(setting: Setting, ...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const stdin = (async function* () {
    if (setting.stdin !== undefined) yield Buffer.from(setting.stdin)
  })()
  const code = await run(argv, {
    stdout: {write: (chunk: string) => (stdout += chunk), isTTY: setting.tty},
    stderr: {write: (chunk: string) => (stderr += chunk), isTTY: setting.tty},
    stdin,
    env: setting.env ?? {}
  })
  return {code, stdout, stderr}
}
