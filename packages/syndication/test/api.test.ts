import {Divergence} from '@claimtrace/syndication'
import {describe, expect, expectTypeOf, it} from 'vitest'
import type {z} from 'zod'

describe('@claimtrace/syndication', () => {
  it('exposes its public API and nothing else', async () => {
    expect(Object.keys(await import('@claimtrace/syndication')).sort()).toEqual([
      'AlignedRow', 'CitedClaim', 'ClaimConflict', 'Comparison', 'CopyCluster', 'CopyIndex', 'CopyPair', 'Corroboration', 'CorroborationGraph', 'Divergence', 'DivergenceKind', 'Lineage', 'Passage', 'Place', 'Relation', 'Severity',
      'UnpairedClaim', 'alignCopies', 'alignedRows', 'bandCount', 'bandKeys', 'boilerplateOf', 'boilerplateRule', 'boilerplateShingles', 'claimFeatures', 'classifyDivergences', 'compareCopies', 'corroborate', 'corroborationKeys', 'findBoilerplate', 'findCopies',
      'fingerprint', 'leastKeyedLine', 'lineBand', 'lineKeys', 'lineage', 'sharedLines', 'sharedShingles', 'shingles', 'tokenize', 'verifyCopies', 'verifyCounts', 'withoutBoilerplate'
    ])
  })

  it('has divergences whose type is the schema’s', () => {
    expectTypeOf<Divergence>().toEqualTypeOf<z.infer<typeof Divergence>>()
  })
})
