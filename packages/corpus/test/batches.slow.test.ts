import {CorpusIndex} from '@claimtrace/corpus'
import {findCopies} from '@claimtrace/syndication'
import {describe, expect, it} from 'vitest'
import {syndicatedCorpus} from '../../../scripts/bench/_syndication-corpus.js'

describe('CorpusIndex on a generated 100k corpus', () => {
  it('gives the same clusters added as 50k + 50k as in one batch, and as the in-memory path, outlets’ footers and all', async () => {
    const {documents} = syndicatedCorpus(100_000, {reprints: true, furniture: true})
    const clustersOf = async (batches: ReadonlyArray<typeof documents>) => {
      const index = await CorpusIndex.open(':memory:')
      for (const batch of batches) await index.add(batch)
      const clusters = await index.clusters()
      index.close()
      return clusters
    }
    const whole = await clustersOf([documents])
    const halves = await clustersOf([documents.slice(0, 50_000), documents.slice(50_000)])
    expect(halves).toEqual(whole)
    // The same clusters, trees included: both paths pick candidates, take boilerplate out and build trees alike.
    expect(whole).toEqual(findCopies(documents))
    expect(whole.length).toBeGreaterThan(10_000)
  })
})
