import {articleClaims} from '../article-claims.js'
import {sidecarDates} from '../article-dates.js'
import {formatClaimsText} from '../format-claims-text.js'
import type {Io} from '../io.js'
import {openOutput} from '../write-output.js'

export interface ExtractOptions {
  /** Article files; `-` is stdin. */
  files: string[]
  format: 'json' | 'text'
  date: string | undefined
  out: string | undefined
}

/** `claimtrace extract`: claims of each file (dated as for `check`), as JSON Lines or text. Files that fail are reported and skipped. */
export async function extractCommand({files, format, date, out}: ExtractOptions, io: Io): Promise<number> {
  let failed = 0
  const sidecar = sidecarDates()
  const output = openOutput(out, io)
  try {
    for (const file of files) {
      const article = await articleClaims(file, date, io, sidecar)
      if (!article) {
        failed++
        continue
      }
      output.write(format === 'json' ? `${JSON.stringify({file, claims: article.claims})}\n` : formatClaimsText(file, article.text, article.claims))
    }
  } finally {
    output.close()
  }
  return failed > 0 ? 1 : 0
}
