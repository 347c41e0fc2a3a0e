import type {Io} from '../io.js'
import {articleClaims} from '../article-claims.js'
import {sidecarDates} from '../article-dates.js'
import type {Parsed} from '../run.js'
import {formatClaimsText} from '../format-claims-text.js'

/** `claimtrace extract`: claims of each file (dated as for `check`), as JSON Lines or text. Files that fail are reported and skipped. */
export async function extractCommand({files, format, date}: Parsed, io: Io): Promise<number> {
  let failed = 0
  const sidecar = sidecarDates()
  for (const file of files) {
    const article = await articleClaims(file, date, io, sidecar)
    if (!article) {
      failed++
      continue
    }
    io.stdout.write(format === 'json' ? `${JSON.stringify({file, claims: article.claims})}\n` : formatClaimsText(file, article.text, article.claims))
  }
  return failed > 0 ? 1 : 0
}
