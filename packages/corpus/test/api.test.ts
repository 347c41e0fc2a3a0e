import {describe, expect, it} from 'vitest'

describe('@claimtrace/corpus', () => {
  it('exposes its public API and nothing else', async () => {
    expect(Object.keys(await import('@claimtrace/corpus')).sort()).toEqual(['CorpusError', 'CorpusIndex', 'reportTables', 'writeReportTables'])
  })
})
