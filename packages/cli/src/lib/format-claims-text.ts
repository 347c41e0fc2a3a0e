import {type Claim, locator} from '@claimtrace/extract'

const bounds: Record<Claim['bound'], string> = {'=': '', '~': '~', '>': '>', '>=': '≥', '<': '<', '<=': '≤'}
// A fixed locale keeps output byte-identical on every machine.
const numbers = new Intl.NumberFormat('en-US', {maximumFractionDigits: 6})
const format = (value: number | undefined) => (value === undefined ? '?' : numbers.format(value))

/** A person's view of a file's claims, one line each, vfile-reporter style. */
export function formatClaimsText(file: string, text: string, claims: readonly Claim[]): string {
  const lines = [file]
  const locate = locator(text)
  const rows = claims.map((claim) => {
    const start = locate(claim.start)
    const end = locate(claim.end)
    const value = claim.value === null ? `${format(claim.low)}–${format(claim.high)}` : `${bounds[claim.bound]}${format(claim.value)}`
    const moved = claim.kind === 'change' ? `change ${claim.direction ?? ''}`.trimEnd() : claim.direction
    const change = claim.from !== undefined ? ` (from ${format(claim.from)}, ${moved ?? 'same'})` : moved ? ` (${moved})` : claim.kind === 'age' ? ' (age)' : ''
    const unit = claim.per ? `${claim.unit} per ${claim.per}` : claim.unit
    const details = [
      claim.subject && `of ${claim.subject}`,
      claim.period && `period ${claim.period.text}${claim.period.first ? ` = ${claim.period.first}..${claim.period.last}` : ''}${claim.period.inherited ? ' (carried)' : ''}`,
      claim.attribution && `per ${claim.attribution.source}`,
      claim.repairs.length > 0 && `repaired ${claim.repairs.map((repair) => `\`${repair.original}\``).join(', ')}`
    ].filter(Boolean)
    return [`${start.line}:${start.column}-${end.line}:${end.column}`, `${value} ${unit}${change}`, details.join('; ')]
  })
  const widths = [0, 1].map((column) => Math.max(0, ...rows.map((row) => row[column]!.length)))
  for (const row of rows) lines.push(`  ${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]}`.trimEnd())
  lines.push(`  ${claims.length} claim${claims.length === 1 ? '' : 's'}`, '')
  return `${lines.join('\n')}\n`
}
