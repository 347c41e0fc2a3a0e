import {type Comparison, compareCopies, type DivergenceKind} from '@claimtrace/syndication'
import {type ArticleDate, extractClaims, locator} from '@claimtrace/extract'
import {type Link, linkClaims, MemoryStore, type Verdict} from '@claimtrace/facts'
import {resolveDate, sidecarDates} from '../article-dates.js'
import {CliError, type Io} from '../io.js'
import {readArticle} from '../read-article.js'
import {readFacts} from '../read-facts.js'
import {stdinName} from '../stdin.js'
import {verdictSummary} from '../verdict-summary.js'
import {writeOutput} from '../write-output.js'

export interface CompareOptions {
  /** The copies; either may be `-`, stdin. */
  a: string
  b: string
  format: 'json' | 'text'
  date: string | undefined
  facts: string[]
  failOn: Verdict[]
  out: string | undefined
}

/**
 * `claimtrace compare A B`: how copy B differs from copy A, and where their
 * claims disagree. Each copy's date is resolved as everywhere. With
 * `--facts`, both copies' claims are checked too. `--fail-on conflicting`
 * fails on a claim conflict between the copies (or with the records); the
 * other verdicts need `--facts`.
 */
export async function compareCommand({a, b, format, date, facts, failOn, out}: CompareOptions, io: Io): Promise<number> {
  if (facts.length === 0 && failOn.some((verdict) => verdict !== 'conflicting')) {
    throw new CliError(`--fail-on ${failOn.filter((verdict) => verdict !== 'conflicting').join(',')} needs --facts: without records, compare finds only conflicts between the copies`, 2)
  }
  const sidecar = sidecarDates()
  const [textA, textB] = [await readArticle(a, io), await readArticle(b, io)]
  // A date is resolved only when claims are read: texts that are no copies need neither (a megabyte's date evidence takes a while).
  const dateOf = async (file: string, text: string) => {
    const sidecarDate = file === '-' ? undefined : await sidecar(file)
    let resolved: ArticleDate | null | undefined
    return () => (resolved === undefined ? (resolved = resolveDate(text, date, sidecarDate, file === '-' ? stdinName : file)) : resolved)
  }
  const [dateOfA, dateOfB] = [await dateOf(a, textA), await dateOf(b, textB)]
  // Claims are extracted here only to check them against records; otherwise compareCopies extracts them when the texts are copies.
  const [claimsA, claimsB] = facts.length > 0 ? [extractClaims(textA, {date: dateOfA()?.value ?? null}), extractClaims(textB, {date: dateOfB()?.value ?? null})] : []
  const comparison = compareCopies(
    {text: textA, claims: () => claimsA ?? extractClaims(textA, {date: dateOfA()?.value ?? null})},
    {text: textB, claims: () => claimsB ?? extractClaims(textB, {date: dateOfB()?.value ?? null})}
  )
  let links: {a: Link[]; b: Link[]} | undefined
  const [dateA, dateB] = claimsA && claimsB ? [dateOfA(), dateOfB()] : []
  if (claimsA && claimsB) {
    const store = new MemoryStore(await readFacts(facts, io))
    links = {a: linkClaims(claimsA, store, {text: textA, date: dateA}), b: linkClaims(claimsB, store, {text: textB, date: dateB})}
  }
  const verdicts = [...(links?.a ?? []), ...(links?.b ?? [])].map((link) => link.verdict)
  const failed = (failOn.includes('conflicting') && comparison.conflicts.length > 0) || verdicts.some((verdict) => failOn.includes(verdict))
  const written =
    format === 'json'
      ? `${JSON.stringify({a, b, ...comparison, ...(links && {dates: {a: dateA, b: dateB}, links})})}\n`
      : `${formatComparison(a, b, textA, textB, comparison)}${links ? `  against the records: ${verdictSummary(2, count(verdicts))}\n` : ''}`
  writeOutput(out, [written], io)
  return failed ? 1 : 0
}

function count(verdicts: readonly Verdict[]): Map<Verdict, number> {
  const counts = new Map<Verdict, number>()
  for (const verdict of verdicts) counts.set(verdict, (counts.get(verdict) ?? 0) + 1)
  return counts
}

function formatComparison(a: string, b: string, textA: string, textB: string, comparison: Comparison): string {
  const places = (text: string) => {
    const locate = locator(text)
    return (offset: number) => {
      const {line, column} = locate(offset)
      return `${line}:${column}`
    }
  }
  const [inA, inB] = [places(textA), places(textB)]
  const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text)
  const counts = new Map<DivergenceKind, number>()
  for (const item of comparison.divergences) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1)
  const lines = [
    `${a} → ${b}`,
    `  similarity ${comparison.similarity}, containment ${comparison.containment}`,
    `  relation: ${comparison.relation}, ${comparison.passages.length} shared passage${comparison.passages.length === 1 ? '' : 's'} (${Math.round(comparison.coverage.a * 100)}% of the first, ${Math.round(comparison.coverage.b * 100)}% of the second)`,
    `  divergences: ${counts.size === 0 ? 'none' : [...counts].map(([kind, count]) => `${count} ${kind}`).join(', ')}`
  ]
  for (const item of comparison.divergences) {
    if (item.kind === 'whitespace') continue
    lines.push(`  ${`${inA(item.a.start)}-${inB(item.b.start)}`.padEnd(13)} ${item.severity.padEnd(7)} ${item.kind.padEnd(18)} ${quote(item.a.text)} → ${quote(item.b.text)}`)
  }
  lines.push(`  claim conflicts: ${comparison.conflicts.length === 0 ? 'none' : comparison.conflicts.length}`)
  for (const conflict of comparison.conflicts) {
    lines.push(`  ${`${inA(conflict.a.start)}-${inB(conflict.b.start)}`.padEnd(13)} error   ${conflict.kind.padEnd(18)} ${quote(conflict.a.text)} → ${quote(conflict.b.text)}`)
  }
  for (const item of comparison.unpaired) {
    const at = item.side === 'a' ? inA : inB
    lines.push(`  ${`${item.side}:${at(item.claim.start)}`.padEnd(13)} warning only in ${item.side === 'a' ? a : b} (${item.reason}): ${quote(item.claim.text)}`)
  }
  return `${lines.join('\n')}\n`
}
