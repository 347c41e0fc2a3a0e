import {type ClaimFeatures, type CorroboratedClaim, claimFeatures} from './corroboration-keys.js'
import {DisjointSets} from './disjoint-sets.js'

/** A group of claims joined by agreement (`corroborated`) or disagreement (`conflicting`): claim numbers, ascending. */
export interface CorroborationGroup {
  kind: 'corroborated' | 'conflicting'
  members: number[]
}

/**
 * The claims of a corpus as columns, and the groups they form: the engine of
 * `corroborate`, and of a corpus index that streams the claims and their
 * buckets from disk. A claim is kept as numbers (its article, the family of
 * copies it belongs to, its figure, unit, places and subject words as
 * interned ids) and its period's bounds, about fifty bytes, never as an
 * object. Claims are numbered in the order added; the caller gives the
 * buckets of claims to compare (`compare`, `compareOpen`), in any order: the
 * groups are the same.
 */
export class CorroborationGraph {
  /** Article ids, figures, units and places (each compared only with its own kind). */
  readonly #strings = new Interner()
  readonly #words = new Interner()
  // Per claim.
  readonly #family = new IntColumn()
  readonly #article = new IntColumn()
  readonly #figure = new IntColumn()
  readonly #unit = new IntColumn()
  readonly #places = new IntColumn()
  readonly #distinctive = new IntColumn()
  readonly #wordStart = new IntColumn()
  readonly #wordList = new IntColumn()
  readonly #first: Array<string | null> = []
  readonly #last: Array<string | null> = []
  /** Each period bound once: a million claims name a few thousand dates, and a string read from disk is a new one each time. */
  readonly #dates = new Map<string, string>()
  // Per appearance of an article (an id given twice appears twice): where its claims start, and its next appearance.
  readonly #start = new IntColumn()
  readonly #next = new IntColumn()
  /** An article's first and last appearance, by its id's number. */
  readonly #appearances = new Map<number, number>()
  readonly #lastAppearance = new Map<number, number>()
  readonly #agreeing = new DisjointSets(0)
  readonly #disagreeing = new DisjointSets(0)
  #currentFamily = 0
  #currentArticle = 0

  /** Claims added. */
  get size(): number {
    return this.#family.length
  }

  /**
   * Start the claims of an article: its id, and the family of copies it
   * belongs to (any number naming its cluster), if any. Articles of one
   * family, or of one id, are not independent.
   */
  addArticle(id: string, family?: number | undefined): void {
    const article = this.#strings.id(id)
    const appearance = this.#start.length
    this.#start.push(this.size)
    this.#next.push(-1)
    const previous = this.#lastAppearance.get(article)
    if (previous !== undefined) this.#next.set(previous, appearance)
    else this.#appearances.set(article, appearance)
    this.#lastAppearance.set(article, appearance)
    this.#currentArticle = article
    // An article of no cluster is a family of its own: -1 - its id, never a cluster's number.
    this.#currentFamily = family === undefined ? -1 - article : family
  }

  /**
   * Add a claim of the article started last, with its features when they
   * are at hand (`corroborationKeys` gives them with the keys); its number.
   */
  addClaim(claim: CorroboratedClaim, features: ClaimFeatures = claimFeatures(claim)): number {
    if (this.#start.length === 0) throw new TypeError('CorroborationGraph: `addArticle` before its claims')
    const entry = this.size
    this.#family.push(this.#currentFamily)
    this.#article.push(this.#currentArticle)
    this.#figure.push(this.#strings.id(`${features.figure}\u0000${claim.bound}`))
    this.#unit.push(this.#strings.id(claim.unit))
    this.#places.push(this.#strings.id(features.places))
    this.#distinctive.push(features.distinctive ? 1 : 0)
    this.#wordStart.push(this.#wordList.length)
    for (const word of features.subject) this.#wordList.push(this.#words.id(word))
    this.#first.push(this.#date(claim.period?.first))
    this.#last.push(this.#date(claim.period?.last))
    this.#agreeing.add()
    this.#disagreeing.add()
    return entry
  }

  /** Compare every pair of a bucket of claims (claim numbers). */
  compare(bucket: ArrayLike<number>): void {
    for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) this.#consider(bucket[i]!, bucket[j]!)
  }

  /** Compare claims whose period is unresolved (it overlaps any period) with each other and with the resolved claims of their figure key. */
  compareOpen(unresolved: ArrayLike<number>, resolved: ArrayLike<number>): void {
    for (let i = 0; i < unresolved.length; i++) {
      for (let j = i + 1; j < unresolved.length; j++) this.#consider(unresolved[i]!, unresolved[j]!)
      for (let j = 0; j < resolved.length; j++) this.#consider(unresolved[i]!, resolved[j]!)
    }
  }

  /** The groups found: each of more than one claim, by their first claim, `corroborated` before `conflicting` on a tie. */
  groups(): CorroborationGroup[] {
    const tagged = [
      ...this.#agreeing.groups().map((members) => ({kind: 'corroborated' as const, members})),
      ...this.#disagreeing.groups().map((members) => ({kind: 'conflicting' as const, members}))
    ]
    return tagged.sort((x, y) => x.members[0]! - y.members[0]! || (x.kind === y.kind ? 0 : x.kind === 'corroborated' ? -1 : 1))
  }

  #date(date: string | null | undefined): string | null {
    if (date === null || date === undefined) return null
    let kept = this.#dates.get(date)
    if (kept === undefined) this.#dates.set(date, (kept = date))
    return kept
  }

  #consider(i: number, j: number): void {
    const same = this.#figure.get(i) === this.#figure.get(j)
    // A link inside one group already changes nothing: skip its checks.
    const groups = same ? this.#agreeing : this.#disagreeing
    if (groups.find(i) === groups.find(j)) return
    if (this.#family.get(i) === this.#family.get(j) || this.#unit.get(i) !== this.#unit.get(j) || !this.#overlap(i, j)) return
    const shared = this.#shareWord(i, j)
    if (same) {
      if (shared || this.#distinctive.get(i) === 1) groups.union(i, j)
    } else if (shared && this.#first[i] && this.#first[j] && this.#places.get(i) === this.#places.get(j) && !this.#echoed(i, this.#article.get(j)) && !this.#echoed(j, this.#article.get(i))) {
      groups.union(i, j)
    }
  }

  /** Whether two periods overlap; one not resolved overlaps any. */
  #overlap(i: number, j: number): boolean {
    const [firstI, lastI, firstJ, lastJ] = [this.#first[i], this.#last[i], this.#first[j], this.#last[j]]
    if (!firstI || !firstJ || !lastI || !lastJ) return true
    return firstI <= lastJ && firstJ <= lastI
  }

  #shareWord(i: number, j: number): boolean {
    const words = this.#wordList
    const endI = i + 1 < this.size ? this.#wordStart.get(i + 1) : words.length
    const endJ = j + 1 < this.size ? this.#wordStart.get(j + 1) : words.length
    for (let a = this.#wordStart.get(i); a < endI; a++) {
      for (let b = this.#wordStart.get(j); b < endJ; b++) if (words.get(a) === words.get(b)) return true
    }
    return false
  }

  /**
   * "73 requests received, 12 turned down" in both articles is agreement, not
   * two conflicts: whether `article` states claim `entry`'s figure (and bound)
   * for a thing sharing a subject word.
   */
  #echoed(entry: number, article: number): boolean {
    for (let appearance = this.#appearances.get(article) ?? -1; appearance !== -1; appearance = this.#next.get(appearance)) {
      const end = appearance + 1 < this.#start.length ? this.#start.get(appearance + 1) : this.size
      for (let other = this.#start.get(appearance); other < end; other++) {
        if (this.#figure.get(other) === this.#figure.get(entry) && this.#shareWord(other, entry)) return true
      }
    }
    return false
  }
}

/** Strings as small numbers, each string once. */
class Interner {
  readonly #ids = new Map<string, number>()

  id(value: string): number {
    let id = this.#ids.get(value)
    if (id === undefined) {
      id = this.#ids.size
      this.#ids.set(value, id)
    }
    return id
  }
}

/** A growable column of 32-bit integers. */
class IntColumn {
  #values = new Int32Array(1024)
  length = 0

  push(value: number): void {
    if (this.length === this.#values.length) {
      const grown = new Int32Array(this.#values.length * 2)
      grown.set(this.#values)
      this.#values = grown
    }
    this.#values[this.length++] = value
  }

  get(index: number): number {
    return this.#values[index]!
  }

  set(index: number, value: number): void {
    this.#values[index] = value
  }
}
