import {linkClaims, MemoryStore, type Verdict} from '@claimtrace/facts'
import {addLinkMessages} from '@claimtrace/report'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {articleClaims} from '../article-claims.js'
import type {Io} from '../io.js'
import {readFacts} from '../read-facts.js'

export interface CheckOptions {
  files: string[]
  format: 'json' | 'text'
  date: string | undefined
  facts: string[]
  failOn: Verdict[]
  color: boolean
}

/** `claimtrace check`: claims with their links and verdicts; `--fail-on` sets the exit code. */
export async function checkCommand({files, format, date, facts, failOn, color}: CheckOptions, io: Io): Promise<number> {
  const store = new MemoryStore(await readFacts(facts))
  const reports: VFile[] = []
  let failed = false
  let unreadable = 0
  for (const file of files) {
    const article = await articleClaims(file, date, io)
    if (!article) {
      unreadable++
      continue
    }
    const {text, claims} = article
    const links = linkClaims(claims, store, {text})
    if (links.some((link) => failOn.includes(link.verdict))) failed = true
    if (format === 'json') io.stdout.write(`${JSON.stringify({file, claims, links})}\n`)
    else {
      const report = new VFile({path: file, value: text})
      addLinkMessages(report, {text, claims, links}, (id) => store.get(id), {info: true})
      reports.push(report)
    }
  }
  if (format === 'text') io.stdout.write(`${reporter(reports, {color})}\n`)
  return unreadable > 0 ? 1 : failed ? 1 : 0
}
