import {extractClaims} from '@claimtrace/extract'
import type {CopyInput} from '@claimtrace/syndication'

/** A copy to compare, its claims extracted when asked for (as an application holding the extractor passes them). */
export function withClaims<Copy extends {text: string; date?: string | null}>(copy: Copy | string): Copy & CopyInput {
  const fields = (typeof copy === 'string' ? {text: copy} : copy) as Copy
  return {...fields, claims: () => extractClaims(fields.text, {date: fields.date ?? null})}
}
