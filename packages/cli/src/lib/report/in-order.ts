/**
 * `work` applied to each item with at most `limit` results pending, results
 * yielded in the items' order: parallel work, ordered output, flat memory.
 */
export async function* inOrder<Item, Result>(items: AsyncIterable<Item> | Iterable<Item>, limit: number, work: (item: Item) => Promise<Result>): AsyncGenerator<[Item, Result]> {
  const pending: Array<[Item, Promise<Result>]> = []
  for await (const item of items) {
    const result = work(item)
    // Awaited in order below; until then a failure must not count as an unhandled rejection.
    result.catch(() => {})
    pending.push([item, result])
    if (pending.length >= limit) {
      const [first, promise] = pending.shift()!
      yield [first, await promise]
    }
  }
  while (pending.length > 0) {
    const [first, promise] = pending.shift()!
    yield [first, await promise]
  }
}
