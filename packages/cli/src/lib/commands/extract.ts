import {type Claim, ExtractError, extractClaims} from '@claimtrace/extract'
import {CliError, type Io} from '../io.js'
import {readArticle} from '../read-article.js'
import type {Parsed} from '../run.js'
import {formatClaimsText} from '../format-claims-text.js'

/** `claimtrace extract`: claims of each file, as JSON Lines or text. Files that fail are reported and skipped. */
export async function extractCommand({files, format, date}: Parsed, io: Io): Promise<number> {
  let failed = 0
  for (const file of files) {
    let text: string
    let claims: Claim[]
    try {
      text = await readArticle(file)
      claims = extractClaims(text, {date})
    } catch (error) {
      if (error instanceof ExtractError && error.code === 'invalid-date') throw new CliError(error.message, 2)
      if (error instanceof CliError || error instanceof ExtractError) {
        io.stderr.write(`claimtrace: ${error.message}\n`)
        failed++
        continue
      }
      throw error
    }
    io.stdout.write(format === 'json' ? `${JSON.stringify({file, claims})}\n` : formatClaimsText(file, text, claims))
  }
  return failed > 0 ? 1 : 0
}
