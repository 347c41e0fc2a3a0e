import {type Claim, ExtractError, extractClaims} from '@claimtrace/extract'
import {CliError, type Io} from './io.js'
import {readArticle} from './read-article.js'

/**
 * Read an article and extract its claims. A file that cannot be read is
 * reported on stderr and gives `undefined`, so the other files still run; a
 * bad `--date` stops the run.
 */
export async function articleClaims(file: string, date: string | undefined, io: Io): Promise<{text: string; claims: Claim[]} | undefined> {
  try {
    const text = await readArticle(file)
    return {text, claims: extractClaims(text, {date})}
  } catch (error) {
    if (error instanceof ExtractError && error.code === 'invalid-date') throw new CliError(error.message, 2)
    if (error instanceof CliError || error instanceof ExtractError) {
      io.stderr.write(`claimtrace: ${error.message}\n`)
      return undefined
    }
    throw error
  }
}
