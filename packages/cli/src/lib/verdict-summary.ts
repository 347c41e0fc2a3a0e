import type {Verdict} from '@claimtrace/facts'

const order: readonly Verdict[] = ['consistent', 'conflicting', 'ambiguous', 'unresolved', 'no-record']
const labels: Readonly<Record<Verdict, string>> = {consistent: 'consistent', conflicting: 'conflicting', ambiguous: 'ambiguous', unresolved: 'unresolved', 'no-record': 'no record'}

/** "2 articles, 15 claims: 11 consistent, 1 conflicting, 0 ambiguous, 1 unresolved, 2 no record". */
export function verdictSummary(articles: number, counts: ReadonlyMap<Verdict, number>): string {
  let claims = 0
  for (const count of counts.values()) claims += count
  const parts = order.map((verdict) => `${counts.get(verdict) ?? 0} ${labels[verdict]}`)
  return `${articles} article${articles === 1 ? '' : 's'}, ${claims} claim${claims === 1 ? '' : 's'}: ${parts.join(', ')}`
}
