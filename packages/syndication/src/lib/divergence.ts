import * as z from 'zod/mini'

/** What kind of difference two copies show at one place. */
export const DivergenceKind = z.enum([
  'whitespace',
  'formatting',
  'number-format',
  'mangled-number',
  'boilerplate',
  'dropped-words',
  'added-words',
  'truncation',
  'reworded',
  'value-change',
  'hedge-change',
  'attribution-change',
  'period-change'
])
export type DivergenceKind = z.infer<typeof DivergenceKind>

/** How much a difference matters to a reader of the numbers: `error` changes what the article claims. */
export const Severity = z.enum(['info', 'warning', 'error'])
export type Severity = z.infer<typeof Severity>

/** A place in one copy: character offsets into that copy and the text there. */
export const Place = z.object({start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()), text: z.string()})
export type Place = z.infer<typeof Place>

/** One difference between copy `a` (the reference) and copy `b`. */
export const Divergence = z.object({kind: DivergenceKind, severity: Severity, a: Place, b: Place})
export type Divergence = z.infer<typeof Divergence>

export const severityOf: Readonly<Record<DivergenceKind, Severity>> = {
  whitespace: 'info',
  formatting: 'info',
  'number-format': 'info',
  'mangled-number': 'info',
  boilerplate: 'info',
  'dropped-words': 'warning',
  'added-words': 'warning',
  truncation: 'warning',
  reworded: 'warning',
  'value-change': 'error',
  'hedge-change': 'error',
  'attribution-change': 'error',
  'period-change': 'error'
}
