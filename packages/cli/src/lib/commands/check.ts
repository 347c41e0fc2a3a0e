import type {ArticleDate} from '@claimtrace/extract'
import {linkClaims, MemoryStore, type Verdict} from '@claimtrace/facts'
import {addLinkMessages} from '@claimtrace/report'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {articleClaims} from '../article-claims.js'
import {sidecarDates} from '../article-dates.js'
import type {Io} from '../io.js'
import {readFacts} from '../read-facts.js'
import {useColor} from '../color.js'
import {verdictSummary} from '../verdict-summary.js'
import {type Output, openOutput} from '../write-output.js'
import {stdinName} from '../stdin.js'

export interface CheckOptions {
  /** Article files; `-` is stdin. */
  files: string[]
  format: 'json' | 'text'
  date: string | undefined
  facts: string[]
  failOn: Verdict[]
  out: string | undefined
  /** Where `NO_COLOR` and `FORCE_COLOR` are looked up. */
  env: Readonly<Record<string, string | undefined>>
}

/**
 * `claimtrace check`: claims with their links and verdicts, each article's
 * date resolved as everywhere (`--date`, front matter, `articles.json` beside
 * the file, evidence in the text); `--fail-on` sets the exit code.
 */
export async function checkCommand(options: CheckOptions, io: Io): Promise<number> {
  const store = new MemoryStore(await readFacts(options.facts, io))
  const output = openOutput(options.out, io)
  try {
    return await checkFiles({...options, store, output, color: options.out === undefined && useColor(io.stdout, options.env)}, io)
  } finally {
    output.close()
  }
}

async function checkFiles({files, format, date, store, failOn, output, color}: CheckOptions & {store: MemoryStore; output: Output; color: boolean}, io: Io): Promise<number> {
  const sidecar = sidecarDates()
  const reports: VFile[] = []
  const counts = new Map<Verdict, number>()
  let failed = false
  let unreadable = 0
  for (const file of files) {
    const article = await articleClaims(file, date, io, sidecar)
    if (!article) {
      unreadable++
      continue
    }
    const {text, claims} = article
    const links = linkClaims(claims, store, {text, date: article.date})
    for (const link of links) counts.set(link.verdict, (counts.get(link.verdict) ?? 0) + 1)
    if (links.some((link) => failOn.includes(link.verdict))) failed = true
    if (format === 'json') output.write(`${JSON.stringify({file, date: article.date, claims, links})}\n`)
    else {
      const report = new VFile({path: file === '-' ? stdinName : file, value: text})
      addLinkMessages(report, {text, claims, links}, (id) => store.get(id), {info: true})
      report.info(describeDate(article.date), {ruleId: 'article-date', source: 'claimtrace'})
      reports.push(report)
    }
  }
  if (format === 'text') output.write(`${reporter(reports, {color})}\n${verdictSummary(files.length - unreadable, counts)}\n`)
  return unreadable > 0 ? 1 : failed ? 1 : 0
}

/** "Article date 2017-01, from fixtures/articles/articles.json". */
function describeDate(date: ArticleDate | null): string {
  if (!date) return 'No article date: neither --date, front matter, articles.json nor the text says; periods such as "last year" stay unresolved'
  const from = {option: '--date', 'front-matter': 'front matter', sidecar: date.evidence}[date.source as string] ?? `the text: ${date.evidence}`
  return `Article date ${date.value}${date.exact ? '' : ' or later'}, from ${from}`
}
