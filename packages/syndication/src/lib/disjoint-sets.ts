/**
 * Disjoint sets over `0..size-1` (union–find with path halving): which items
 * one chain of links joins, whatever the order the links are found in.
 */
export class DisjointSets {
  readonly #parent: Int32Array

  constructor(size: number) {
    this.#parent = Int32Array.from({length: size}, (_, index) => index)
  }

  /** The representative of the set holding `item`. */
  find(item: number): number {
    const parent = this.#parent
    let at = item
    while (parent[at] !== at) at = parent[at] = parent[parent[at]!]!
    return at
  }

  /** Join the sets of `a` and `b`; `false` when they were one set already. */
  union(a: number, b: number): boolean {
    const rootA = this.find(a)
    const rootB = this.find(b)
    if (rootA === rootB) return false
    // The smaller index leads, so representatives do not depend on link order.
    if (rootA < rootB) this.#parent[rootB] = rootA
    else this.#parent[rootA] = rootB
    return true
  }

  /** Every set of more than one item, items ascending, sets by their first item. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>()
    for (let item = 0; item < this.#parent.length; item++) {
      const root = this.find(item)
      const members = byRoot.get(root)
      if (members) members.push(item)
      else byRoot.set(root, [item])
    }
    return [...byRoot.values()].filter((members) => members.length > 1).sort((x, y) => x[0]! - y[0]!)
  }
}
