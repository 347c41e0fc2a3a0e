import {type Claim, point} from '@claimtrace/extract'
import {type FactStore, type Link, linkClaims, MemoryStore, type Verdict} from '@claimtrace/facts'
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
    else reports.push(report(file, text, claims, links, store))
  }
  if (format === 'text') io.stdout.write(`${reporter(reports, {color})}\n`)
  return unreadable > 0 ? 1 : failed ? 1 : 0
}

/** A file's links as vfile messages: conflicting as errors, ambiguous as warnings, the rest as info. */
function report(path: string, text: string, claims: readonly Claim[], links: readonly Link[], store: FactStore): VFile {
  const file = new VFile({path, value: text})
  for (const [index, link] of links.entries()) {
    const claim = claims[index]!
    const record = link.recordId ? store.get(link.recordId) : undefined
    const place = {start: point(text, claim.start), end: point(text, claim.end)}
    const about = record ? `\`${record.metric.name}\` (${record.scope.description ?? record.scope.place ?? record.scope.organization}, ${record.period.label ?? `${record.period.start}..${record.period.end}`})` : ''
    const options = {place, ruleId: `claim-${link.verdict}`, source: 'claimtrace'}
    if (link.verdict === 'conflicting' && record && link.arithmetic) {
      const message = file.message(`Unexpected \`${claim.text}\` for ${about}, expected \`${link.arithmetic.recorded}\` (${link.arithmetic.rule})`, options)
      message.fatal = true
      message.actual = claim.text
      message.expected = [String(link.arithmetic.recorded)]
      message.note = `Source: ${record.source.publisher}, ${record.source.title}`
    } else if (link.verdict === 'ambiguous') {
      file.message(`Ambiguous \`${claim.text}\`: ${link.reasons[0]}`, options)
    } else if (link.verdict === 'consistent' && record) {
      file.info(`\`${claim.text}\` agrees with ${about}: \`${link.arithmetic?.recorded}\` (${record.source.publisher})`, options)
    } else {
      file.info(`No record for \`${claim.text}\``, options)
    }
  }
  return file
}
