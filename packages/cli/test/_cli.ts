import {join} from 'node:path'
import {run} from 'claimtrace'

export const root = new URL('../../../', import.meta.url).pathname
export const seed = (name: string) => join(root, 'fixtures/articles', name)

/** Run the CLI in process, capturing what it prints. */
export async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {stdout: {write: (chunk: string) => (stdout += chunk)}, stderr: {write: (chunk: string) => (stderr += chunk)}})
  return {code, stdout, stderr}
}
