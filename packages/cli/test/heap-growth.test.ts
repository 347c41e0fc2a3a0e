import {describe, expect, it} from 'vitest'
import {heapGrowingPercent, limitHeapGrowth} from '../src/lib/report/heap-growth.js'

describe('limitHeapGrowth', () => {
  it('caps how far V8 grows a heap between collections, unless the user told node otherwise', () => {
    expect(heapGrowingPercent).toBe(20)
    expect(limitHeapGrowth([])).toBe(true)
    expect(limitHeapGrowth(['--max-old-space-size=4096'])).toBe(true)
    // Either spelling V8 takes, with the value joined or not.
    expect(limitHeapGrowth(['--heap-growing-percent=50'])).toBe(false)
    expect(limitHeapGrowth(['--heap_growing_percent', '50'])).toBe(false)
  })
})
