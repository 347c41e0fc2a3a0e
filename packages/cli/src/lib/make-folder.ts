import {mkdirSync} from 'node:fs'
import {CliError} from './io.js'

/** Make a folder to write into (and its parents), or say for people why it cannot be. */
export function makeFolder(folder: string): void {
  try {
    mkdirSync(folder, {recursive: true})
  } catch (error) {
    throw new CliError(`Cannot write into \`${folder}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 2)
  }
}
