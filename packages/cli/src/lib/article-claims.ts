import {type ArticleDate, type Claim, ExtractError, extractClaims} from '@claimtrace/extract'
import {resolveDate, type SidecarDate} from './article-dates.js'
import {CliError, type Io} from './io.js'
import {readArticle} from './read-article.js'
import {stdinName} from './stdin.js'

/** An article read, its date resolved, its claims extracted. */
export interface ArticleClaims {
  text: string
  /** How the article's date was resolved; `null` when nothing says. */
  date: ArticleDate | null
  claims: Claim[]
}

/**
 * Read an article (`-`: stdin), resolve its date (`--date`, front matter,
 * the `articles.json` beside it, evidence in the text) and extract its
 * claims. A file that cannot be read or dated is reported on stderr with its
 * name and gives `undefined`, so the other files still run; an invalid
 * `articles.json` stops the run.
 */
export async function articleClaims(file: string, date: string | undefined, io: Io, sidecar?: (file: string) => Promise<SidecarDate | undefined>): Promise<ArticleClaims | undefined> {
  try {
    const text = await readArticle(file, io)
    const resolved = resolveDate(text, date, file === '-' ? undefined : await sidecar?.(file), file === '-' ? stdinName : file)
    return {text, date: resolved, claims: extractClaims(text, {date: resolved?.value ?? null})}
  } catch (error) {
    if (error instanceof CliError && error.exitCode === 2) throw error
    if (error instanceof CliError || error instanceof ExtractError) {
      io.stderr.write(`claimtrace: ${error instanceof CliError ? error.message : `Cannot read \`${file === '-' ? stdinName : file}\`: ${error.message}`}\n`)
      return undefined
    }
    throw error
  }
}
