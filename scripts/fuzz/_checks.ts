/**
 * What must hold for any input: the spans a result gives slice the input
 * exactly, and every figure is a finite number. Each check returns a list
 * of problems, empty when all is well.
 */
import type {Claim, Quantity} from '@claimtrace/extract'

type Figures = {value: number | null; low?: number | undefined; high?: number | undefined; from?: number | undefined; precision?: number | undefined}

function span(problems: string[], text: string, what: string, item: {text: string; start: number; end: number} | null | undefined): void {
  if (!item) return
  if (text.slice(item.start, item.end) !== item.text) problems.push(`${what} ${JSON.stringify(item.text)} is not input[${item.start}, ${item.end})`)
}

function finite(problems: string[], what: string, item: Figures): void {
  for (const key of ['value', 'low', 'high', 'from', 'precision'] as const) {
    const value = item[key]
    if (value !== null && value !== undefined && !Number.isFinite(value)) problems.push(`${what} ${key} is ${value}`)
  }
}

export function checkClaims(text: string, claims: readonly Claim[]): string[] {
  const problems: string[] = []
  for (const claim of claims) {
    span(problems, text, 'claim', claim)
    if (claim.start >= claim.end) problems.push(`claim ${claim.id} is empty`)
    span(problems, text, 'hedge', claim.hedge)
    span(problems, text, 'period', claim.period)
    span(problems, text, 'attribution', claim.attribution)
    span(problems, text, 'earlier period', claim.fromPeriod)
    for (const repair of claim.repairs) span(problems, text, 'repair', {text: repair.original, start: repair.start, end: repair.end})
    finite(problems, `claim ${claim.id}`, claim)
  }
  return problems
}

export function checkQuantities(text: string, quantities: readonly Quantity[]): string[] {
  const problems: string[] = []
  for (const quantity of quantities) {
    span(problems, text, 'quantity', quantity)
    span(problems, text, 'quantity hedge', quantity.hedge)
    finite(problems, 'quantity', quantity)
  }
  return problems
}
