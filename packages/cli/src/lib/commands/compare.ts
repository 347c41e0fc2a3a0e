import {type Comparison, compareCopies, type DivergenceKind} from '@claimtrace/syndication'
import {locator} from '@claimtrace/extract'
import type {Io} from '../io.js'
import {readArticle} from '../read-article.js'
import type {Parsed} from '../run.js'

/** `claimtrace compare A B`: how copy B differs from copy A, and where their claims disagree. */
export async function compareCommand({files, format, date}: Parsed, io: Io): Promise<number> {
  const [a, b] = files as [string, string]
  const [textA, textB] = [await readArticle(a), await readArticle(b)]
  const comparison = compareCopies({text: textA, date}, {text: textB, date})
  io.stdout.write(format === 'json' ? `${JSON.stringify({a, b, ...comparison})}\n` : formatComparison(a, b, textA, textB, comparison))
  return 0
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
