import {FactRecord} from '@claimtrace/facts'
import {describe, expect, expectTypeOf, it} from 'vitest'
import type {z} from 'zod'

describe('@claimtrace/facts', () => {
  it('exposes its public API and nothing else', async () => {
    expect(Object.keys(await import('@claimtrace/facts')).sort()).toEqual([
      'Arithmetic', 'Conflict', 'ConflictKind', 'FactPeriod', 'FactRecord', 'FactScope', 'FactSource', 'FactUnit', 'FactsError', 'FromLink', 'IsoDate', 'Link', 'LinkDimension', 'MemoryStore', 'Metric',
      'NearMiss', 'Revision', 'Verdict',
      'compare', 'factRecordJsonSchema', 'formatProblem', 'linkClaims', 'loadFacts', 'terms', 'toObservationsCsv'
    ])
  })

  it('has records whose type is the schema’s', () => {
    expectTypeOf<FactRecord>().toEqualTypeOf<z.infer<typeof FactRecord>>()
  })
})
