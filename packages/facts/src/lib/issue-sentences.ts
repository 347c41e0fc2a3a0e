import type {z} from 'zod'

/** A zod issue as a plain sentence about one field. */
export function issueSentence(issue: z.core.$ZodIssue, input: unknown): {path: string; message: string} {
  const path = issue.path.map(String).join('.')
  const value = issue.path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined), input)
  // A required field left out: zod says `invalid_type`, or `invalid_value` for a list of choices (`unit`, `source.kind`).
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && value === undefined) return {path, message: 'is missing'}
  if (issue.code === 'invalid_type') return {path, message: `should be ${article(issue.expected)}, not ${describe(value)}`}
  if (issue.code === 'unrecognized_keys') {
    return {path, message: `has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `\`${key}\``).join(', ')}`}
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return {path, message: 'is empty'}
  return {path, message: issue.message.replace(/^Invalid input: /, '')}
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`
}

function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `the text \`${value.length > 40 ? `${value.slice(0, 40)}…` : value}\``
  if (typeof value === 'object') return 'an object'
  return `\`${String(value)}\``
}
