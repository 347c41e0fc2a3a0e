import {type ArticleDate, type Claim, ExtractError, extractClaims} from '@claimtrace/extract'
import {resolveDate, type SidecarDate} from './article-dates.js'
import {CliError, type Io} from './io.js'
import {readArticle} from './read-article.js'

/** An article read, its date resolved, its claims extracted. */
export interface ArticleClaims {
  text: string
  /** How the article's date was resolved; `null` when nothing says. */
  date: ArticleDate | null
  claims: Claim[]
}

/**
 * Read an article, resolve its date (`--date`, front matter, the
 * `articles.json` beside it, evidence in the text) and extract its claims. A
 * file that cannot be read is reported on stderr and gives `undefined`, so
 * the other files still run; a date in the wrong form stops the run.
 */
export async function articleClaims(file: string, date: string | undefined, io: Io, sidecar?: (file: string) => Promise<SidecarDate | undefined>): Promise<ArticleClaims | undefined> {
  try {
    const text = await readArticle(file)
    const resolved = resolveDate(text, date, await sidecar?.(file))
    return {text, date: resolved, claims: extractClaims(text, {date: resolved?.value ?? null})}
  } catch (error) {
    if (error instanceof ExtractError && error.code === 'invalid-date') throw new CliError(error.message, 2)
    if (error instanceof CliError && error.exitCode === 2) throw error
    if (error instanceof CliError || error instanceof ExtractError) {
      io.stderr.write(`claimtrace: ${error.message}\n`)
      return undefined
    }
    throw error
  }
}
