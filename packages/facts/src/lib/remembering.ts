/**
 * `compute` that keeps its recent results: words, names and dates repeat
 * across every claim and candidate of a run. At most `limit` results are kept;
 * when full, all are forgotten at once, so memory stays bounded on any input.
 */
export function remembering<Key, Value>(compute: (key: Key) => Value, limit: number): (key: Key) => Value {
  const known = new Map<Key, Value>()
  return (key) => {
    let value = known.get(key)
    if (value === undefined) {
      if (known.size >= limit) known.clear()
      value = compute(key)
      known.set(key, value)
    }
    return value
  }
}
