import type {Mention} from './mention.js'

/**
 * A sentence's mentions by the token index each starts at, for the passes
 * that look a figure up by position ("4 March 2024": a day, then a year two
 * tokens on). An array over the sentence's tokens, not a hash map: a
 * sentence of figures only ("1,2,3,…") makes hundreds of lookups per figure
 * run cheap. A later mention at the same index replaces an earlier one.
 */
export class MentionsAt {
  private readonly first: number
  private readonly slots: Array<Mention | undefined>

  constructor(mentions: readonly Mention[]) {
    let first = Number.POSITIVE_INFINITY
    let last = -1
    for (const mention of mentions) {
      if (mention.from < first) first = mention.from
      if (mention.from > last) last = mention.from
    }
    this.first = last === -1 ? 0 : first
    this.slots = new Array<Mention | undefined>(last === -1 ? 0 : last - first + 1).fill(undefined)
    for (const mention of mentions) this.slots[mention.from - this.first] = mention
  }

  get(index: number): Mention | undefined {
    return this.slots[index - this.first]
  }
}
