import {setTimeout as sleep} from 'node:timers/promises'
import {describe, expect, it} from 'vitest'
import {inOrder} from '../src/lib/report/in-order.js'

describe('inOrder', () => {
  it('yields results in the items’ order, never more than `limit` pending', async () => {
    let pending = 0
    let most = 0
    const work = async (item: number) => {
      pending++
      most = Math.max(most, pending)
      // Later items finish first.
      await sleep(10 - item)
      pending--
      return item * item
    }
    const seen: Array<[number, number]> = []
    for await (const pair of inOrder([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3, work)) seen.push(pair)
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((item) => [item, item * item]))
    expect(most).toBe(3)
  })

  it('rejects with the first failure in order, and leaves no unhandled rejection behind', async () => {
    const work = async (item: number) => {
      if (item === 2 || item === 3) throw new Error(`item ${item}`)
      return item
    }
    const seen: number[] = []
    await expect(async () => {
      for await (const [, result] of inOrder([0, 1, 2, 3, 4], 4, work)) seen.push(result)
    }).rejects.toThrow('item 2')
    expect(seen).toEqual([0, 1])
  })
})
