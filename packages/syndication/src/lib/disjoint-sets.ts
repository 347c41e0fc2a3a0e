/**
 * Disjoint sets over `0..size-1` (union–find with path halving): which items
 * one chain of links joins, whatever the order the links are found in.
 */
export class DisjointSets {
  #parent: Int32Array
  #size: number

  constructor(size: number) {
    this.#parent = Int32Array.from({length: Math.max(size, 1)}, (_, index) => index)
    this.#size = size
  }

  /** A new item in a set of its own (`size` before the call); storage grows by doubling. */
  add(): number {
    if (this.#size === this.#parent.length) {
      const grown = new Int32Array(this.#parent.length * 2)
      grown.set(this.#parent)
      this.#parent = grown
    }
    this.#parent[this.#size] = this.#size
    return this.#size++
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
    for (let item = 0; item < this.#size; item++) {
      const root = this.find(item)
      const members = byRoot.get(root)
      if (members) members.push(item)
      else byRoot.set(root, [item])
    }
    return [...byRoot.values()].filter((members) => members.length > 1).sort((x, y) => x[0]! - y[0]!)
  }
}
