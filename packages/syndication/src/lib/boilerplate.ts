import {type Fingerprint, lineRow, noLine} from './fingerprint.js'

/**
 * What makes a line boilerplate (`findBoilerplate`), for an index that
 * applies the rule elsewhere (in SQL, say) to get the same answer.
 */
export const boilerplateRule = {
  /**
   * Documents a line must be in to be boilerplate: an outlet with a handful
   * of articles in a corpus shows its footer already; fewer could be two
   * or three copies of one story, which every copy-finding rule must see.
   */
  leastCarriers: 5,
  /** How much rarer than a line its carrier's own text is, where the line is furniture: a quarter as common or less. */
  rarer: 4,
  /**
   * A line is furniture in a carrier when at least a third (1 in `ownShare`)
   * of the carrier's line shingles are in much rarer lines, its own story, and
   * some of them come before it. A copy of a wire story is all equally common
   * lines, and one with a local paragraph added is still mostly the wire's.
   */
  ownShare: 3
} as const
const {leastCarriers, rarer, ownShare} = boilerplateRule

/**
 * The lines (hashes, as `fingerprint` gives them) that are boilerplate in a
 * corpus: lines carried by many documents (`leastCarriers`) that are
 * otherwise unrelated — in at least half of them the line comes after a good
 * share of much rarer text, the carrier's own. A byline, a newsletter prompt
 * or a "Read more" line follows hundreds of stories that share nothing else;
 * a paragraph of a wire story is in hundreds of copies whose other
 * paragraphs are as common as it is, and a wire brief that fifty outlets each
 * follow with a footer of their own opens each copy, before that footer: it
 * stays the story. A text copied whole by thousands (4,000 copies of one
 * prompt) has no rarer text beside it, and stays a text.
 *
 * Counted from the whole corpus at once, so the answer does not depend on
 * the order documents came in, or on how they were batched.
 */
export function findBoilerplate(documents: ReadonlyArray<Uint32Array>): Set<number> {
  const {hashes, carriers} = lineCounts(documents)
  const carrierOf = (hash: number) => carriers[lowerBound(hashes, hash)]!
  // For each frequent line, the carriers where it follows a good share of much rarer text.
  const beside = new Map<number, number>()
  for (const rows of documents) {
    const count = rows.length / lineRow
    const counts = new Float64Array(count)
    let frequent = false
    for (let line = 0; line < count; line++) {
      counts[line] = carrierOf(rows[line * lineRow]!)
      if (counts[line]! >= leastCarriers) frequent = true
    }
    if (!frequent) continue
    // Lines by how common they are, with the shingles of the rarer ones summed and their first position kept,
    // so each frequent line's rarer text is one search.
    const order = Array.from({length: count}, (_, line) => line).sort((a, b) => counts[a]! - counts[b]!)
    const sorted = Float64Array.from(order, (line) => counts[line]!)
    const rarerShingles = new Float64Array(count + 1)
    const rarerFirst = new Float64Array(count + 1).fill(Number.POSITIVE_INFINITY)
    for (const [position, line] of order.entries()) {
      rarerShingles[position + 1] = rarerShingles[position]! + rows[line * lineRow + 1]!
      rarerFirst[position + 1] = Math.min(rarerFirst[position]!, rows[line * lineRow + 2]!)
    }
    const total = rarerShingles[count]!
    for (let line = 0; line < count; line++) {
      if (counts[line]! < leastCarriers) continue
      const rarerLines = upperBound(sorted, Math.floor(counts[line]! / rarer))
      const furniture = rarerShingles[rarerLines]! * ownShare >= total && rarerFirst[rarerLines]! < rows[line * lineRow + 2]!
      if (furniture) beside.set(rows[line * lineRow]!, (beside.get(rows[line * lineRow]!) ?? 0) + 1)
    }
  }
  const found = new Set<number>()
  for (const [hash, times] of beside) if (times * 2 >= carrierOf(hash)) found.add(hash)
  return found
}

/**
 * The shingles of boilerplate in a, in b, and in what both share: what a
 * pair of documents loses to the corpus's boilerplate, counted exactly. A
 * shingle both share is boilerplate when it is in a boilerplate line of
 * either, and then in both: a footer a scrape has mangled in one copy is
 * still the footer the other copy's lines say it is.
 */
export function boilerplateShingles(a: Fingerprint, b: Fingerprint, boilerplate: ReadonlySet<number>): {a: number; b: number; shared: number} {
  if (!hasBoilerplate(a.lines, boilerplate) && !hasBoilerplate(b.lines, boilerplate)) return {a: 0, b: 0, shared: 0}
  return boilerplateOf(a.lines, b.lines, sharedLines(a, b), boilerplate)
}

/** Shingles two documents share that lie in line `a` of one and line `b` of the other (by hash; `null` past the 65,535th line). */
export interface SharedLine {
  a: number | null
  b: number | null
  shingles: number
}

/**
 * The shingles two fingerprints share, by the lines they lie in on each
 * side, ordered by those lines: what an index keeps of a compared pair to
 * take boilerplate out later (`boilerplateOf`) without reading the shingles
 * again.
 */
export function sharedLines(a: Fingerprint, b: Fingerprint): SharedLine[] {
  // Counted by the two rows (a document given without its lines has none: `noLine`), named by hash after.
  const counts = new Map<number, number>()
  const [setA, setB] = [a.shingles, b.shingles]
  let left = 0
  let right = 0
  while (left < setA.length && right < setB.length) {
    if (setA[left] === setB[right]) {
      const key = (a.shingleLines[left] ?? noLine) * 0x1_00_00 + (b.shingleLines[right] ?? noLine)
      counts.set(key, (counts.get(key) ?? 0) + 1)
      left++
      right++
    } else if (setA[left]! < setB[right]!) left++
    else right++
  }
  const lineOf = (fingerprint: Fingerprint, row: number) => (row === noLine ? null : (fingerprint.lines[row * lineRow] ?? null))
  const found: SharedLine[] = []
  for (const [key, shingles] of counts) found.push({a: lineOf(a, Math.floor(key / 0x1_00_00)), b: lineOf(b, key % 0x1_00_00), shingles})
  const order = (line: number | null) => (line === null ? -1 : line)
  return found.sort((x, y) => order(x.a) - order(y.a) || order(x.b) - order(y.b))
}

/** `boilerplateShingles` from each document's lines and the lines of what they share (`sharedLines`). */
export function boilerplateOf(linesA: Uint32Array, linesB: Uint32Array, shared: ReadonlyArray<SharedLine>, boilerplate: ReadonlySet<number>): {a: number; b: number; shared: number} {
  const found = {a: shinglesIn(linesA, boilerplate), b: shinglesIn(linesB, boilerplate), shared: 0}
  for (const {a, b, shingles} of shared) {
    const [ofA, ofB] = [a !== null && boilerplate.has(a), b !== null && boilerplate.has(b)]
    if (ofA || ofB) found.shared += shingles
    // Boilerplate by the other copy's line only: boilerplate here too.
    if (ofB && !ofA) found.a += shingles
    if (ofA && !ofB) found.b += shingles
  }
  return found
}

/** The shingles of a document's boilerplate lines. */
function shinglesIn(lines: Uint32Array, boilerplate: ReadonlySet<number>): number {
  let shingles = 0
  for (let at = 0; at < lines.length; at += lineRow) if (boilerplate.has(lines[at]!)) shingles += lines[at + 1]!
  return shingles
}

function hasBoilerplate(lines: Uint32Array, boilerplate: ReadonlySet<number>): boolean {
  if (boilerplate.size === 0) return false
  for (let at = 0; at < lines.length; at += lineRow) if (boilerplate.has(lines[at]!)) return true
  return false
}

/**
 * A pair's shingle counts with its boilerplate taken out: the counts the copy
 * rule reads. Two documents of nothing but boilerplate are judged as they
 * are (identical furniture is still one text copied).
 */
export function withoutBoilerplate(shared: number, a: number, b: number, boilerplate: {a: number; b: number; shared: number}): {shared: number; a: number; b: number} {
  const left = Math.max(0, a - boilerplate.a)
  const right = Math.max(0, b - boilerplate.b)
  if (left === 0 && right === 0) return {shared, a, b}
  return {shared: Math.max(0, shared - boilerplate.shared), a: left, b: right}
}

/** Every line hash of the corpus once, ascending, with the number of documents carrying it. */
function lineCounts(documents: ReadonlyArray<Uint32Array>): {hashes: Uint32Array; carriers: Uint32Array} {
  let size = 0
  for (const rows of documents) size += rows.length / lineRow
  const all = new Uint32Array(size)
  let at = 0
  for (const rows of documents) for (let index = 0; index < rows.length; index += lineRow) all[at++] = rows[index]!
  all.sort()
  const hashes = new Uint32Array(size)
  const carriers = new Uint32Array(size)
  let distinct = 0
  for (let index = 0; index < size; index++) {
    if (index > 0 && all[index] === all[index - 1]) carriers[distinct - 1] = carriers[distinct - 1]! + 1
    else {
      hashes[distinct] = all[index]!
      carriers[distinct++] = 1
    }
  }
  return {hashes: hashes.subarray(0, distinct), carriers: carriers.subarray(0, distinct)}
}

/** The first index of sorted `values` holding `value` or more. */
function lowerBound(values: ArrayLike<number>, value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (values[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

/** The first index of sorted `values` holding more than `value`: how many hold `value` or less. */
function upperBound(values: ArrayLike<number>, value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (values[middle]! <= value) low = middle + 1
    else high = middle
  }
  return low
}
