/**
 * The connected components (two members or more) of `size` items joined by
 * `edges`, by their least member, members ascending, each with a spanning
 * tree: the indexes of its edges, ordered by their earlier, then later item.
 *
 * The tree is the one a label passed along the edges round by round gives
 * (the corpus index's `components.sql`): the least member reaches each item
 * along a shortest path, and an item is joined to the least of its
 * neighbours one step nearer the root.
 */
export function spanningTrees(size: number, edges: ReadonlyArray<{left: number; right: number}>): Array<{members: number[]; edges: number[]}> {
  // Neighbours as one array per item's stretch (compressed rows), each with the edge joining them.
  const degree = new Int32Array(size + 1)
  for (const {left, right} of edges) {
    degree[left + 1]!++
    degree[right + 1]!++
  }
  for (let item = 0; item < size; item++) degree[item + 1]! += degree[item]!
  const neighbours = new Int32Array(edges.length * 2)
  const via = new Int32Array(edges.length * 2)
  const filled = degree.slice(0, size)
  for (const [index, {left, right}] of edges.entries()) {
    neighbours[filled[left]!] = right
    via[filled[left]!++] = index
    neighbours[filled[right]!] = left
    via[filled[right]!++] = index
  }
  const distance = new Int32Array(size).fill(-1)
  const trees: Array<{members: number[]; edges: number[]}> = []
  for (let root = 0; root < size; root++) {
    if (distance[root] !== -1 || degree[root] === degree[root + 1]) continue
    distance[root] = 0
    const queue = [root]
    for (let at = 0; at < queue.length; at++) {
      const item = queue[at]!
      for (let slot = degree[item]!; slot < degree[item + 1]!; slot++) {
        const next = neighbours[slot]!
        if (distance[next] !== -1) continue
        distance[next] = distance[item]! + 1
        queue.push(next)
      }
    }
    const tree: number[] = []
    for (const item of queue) {
      if (item === root) continue
      let parent = -1
      let edge = -1
      for (let slot = degree[item]!; slot < degree[item + 1]!; slot++) {
        const next = neighbours[slot]!
        if (distance[next] === distance[item]! - 1 && (parent === -1 || next < parent)) [parent, edge] = [next, via[slot]!]
      }
      tree.push(edge)
    }
    const order = (edge: number) => edges[edge]!
    tree.sort((x, y) => order(x).left - order(y).left || order(x).right - order(y).right)
    trees.push({members: queue.sort((x, y) => x - y), edges: tree})
  }
  return trees
}
