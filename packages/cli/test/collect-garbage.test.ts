import {PerformanceObserver, constants} from 'node:perf_hooks'
import {describe, expect, it} from 'vitest'
import {collectGarbage} from '../src/lib/report/collect-garbage.js'

describe('collectGarbage', () => {
  it('runs a full collection of the heap when asked', async () => {
    const kinds: number[] = []
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) kinds.push((entry as unknown as {detail: {kind: number}}).detail.kind)
    })
    observer.observe({entryTypes: ['gc']})
    collectGarbage()
    collectGarbage()
    // Entries are delivered after the current task.
    await new Promise((resolve) => setTimeout(resolve, 50))
    observer.disconnect()
    expect(kinds.filter((kind) => kind === constants.NODE_PERFORMANCE_GC_MAJOR).length).toBeGreaterThanOrEqual(2)
  })
})
