import type {Mention} from '../mention.js'
import type {Token} from '../tokenize.js'

const dashes = new Set(['-', '–', '—', '‐', '‑'])
const upVerbs = new Set(['rose', 'rise', 'rises', 'risen', 'rising', 'increased', 'increase', 'increases', 'grew', 'grow', 'grows', 'grown', 'climbed', 'climbs', 'jumped', 'jumps', 'soared', 'surged', 'doubled', 'tripled', 'swelled', 'spiked', 'ballooned', 'up', 'higher', 'gained'])
const downVerbs = new Set(['fell', 'fall', 'falls', 'fallen', 'dropped', 'drops', 'drop', 'declined', 'declines', 'decreased', 'decreases', 'plummeted', 'plunged', 'slid', 'sank', 'shrank', 'dipped', 'tumbled', 'halved', 'cut', 'slashed', 'down', 'lower', 'lost'])
const neutralVerbs = new Set(['went', 'changed', 'moved', 'shifted'])
/** How far back a change verb may stand from "from … to …" (tokens). */
const verbWindow = 12

/**
 * Ranges ("4-10", "between 20 and 30", "30% to 60%") and changes ("rose from
 * 117 to 150", "plummeted, from 10,701 in 2014 … to 2,008", "rose to 150",
 * "up from 56"). `leads` gives where each figure's hedged phrase starts.
 */
export function readRangesAndChanges(tokens: readonly Token[], mentions: readonly Mention[], leads: Map<Mention, number>, sentenceStart: number): Set<Mention> {
  const backReferences = new Set<Mention>()
  const figures = mentions.filter((mention) => mention.role === 'cardinal')

  for (const [index, low] of figures.entries()) {
    const high = figures[index + 1]
    if (!high || low.absorbed) continue
    const joiner = tokens[low.to]
    const lowLead = leads.get(low) ?? low.from
    if (!joiner || high.from !== low.to + 1 || leads.get(high) !== high.from) continue
    if (!compatible(low, high)) continue
    const before = tokens[lowLead - 1]
    const isFrom = before?.lower === 'from'
    const between = before?.lower === 'between' && joiner.lower === 'and'
    const dash = dashes.has(joiner.text) && (!joiner.spaced || joiner.text !== '-')
    const to = joiner.lower === 'to'
    if (!between && !dash && !to) continue

    if (isFrom && to && changeVerb(tokens, lowLead - 1, sentenceStart) !== undefined) {
      high.previous = low.value
      high.direction = directionOf(low.value, high.value)
      adoptUnit(low, high)
      absorb(tokens, high, low, lowLead - 1)
      continue
    }
    if (to && !isFrom && !dashLike(low, high)) continue
    // "passed 69-30": a tally or a score, not a range.
    if (dash && low.value > high.value) continue
    adoptUnit(low, high)
    high.low = Math.min(low.value, high.value)
    high.high = Math.max(low.value, high.value)
    absorb(tokens, high, low, between || isFrom ? lowLead - 1 : lowLead)
    if (low.hedge && !high.hedge) {
      high.hedge = low.hedge
      high.bound = low.bound
    }
  }

  for (const [index, mention] of figures.entries()) {
    if (mention.absorbed || mention.previous !== undefined || mention.low !== undefined) continue
    const lead = leads.get(mention) ?? mention.from
    const before = tokens[lead - 1]
    if (!before || lead - 1 < sentenceStart) continue
    // "… from 10,701 in 2014 and 8,546 in 2015 to 2,008 last year".
    if (before.lower === 'to') {
      const verb = changeVerb(tokens, lead - 1, sentenceStart)
      if (verb === undefined) continue
      let start: Mention | undefined
      for (let other = index - 1; other >= 0 && figures[other]!.from >= lead - verbWindow * 2; other--) {
        const candidate = figures[other]!
        if (candidate.to <= lead && tokens[(leads.get(candidate) ?? candidate.from) - 1]?.lower === 'from') start = candidate
      }
      if (start) {
        mention.previous = start.value
        mention.direction = directionOf(start.value, mention.value)
      } else if (verb !== 'same') {
        // "rose to 150".
        mention.direction = verb
      }
    }
    // "up from 56", "down from more than 200": this figure is the earlier value of another.
    if (before.lower === 'from' && (upVerbs.has(tokens[lead - 2]?.lower ?? '') || downVerbs.has(tokens[lead - 2]?.lower ?? '')) && lead - 2 >= sentenceStart) {
      backReferences.add(mention)
    }
  }
  return backReferences
}

/** The direction of the nearest change verb before `index`, `same` for a neutral one, `undefined` for none. */
function changeVerb(tokens: readonly Token[], index: number, sentenceStart: number): 'up' | 'down' | 'same' | undefined {
  for (let position = index - 1; position >= Math.max(sentenceStart, index - verbWindow); position--) {
    const word = tokens[position]!.lower
    if (upVerbs.has(word)) return 'up'
    if (downVerbs.has(word)) return 'down'
    if (neutralVerbs.has(word)) return 'same'
    if (tokens[position]!.text === ';') break
  }
  return undefined
}

/** "20-30 percent": the unit is written once, after the second figure. */
function compatible(low: Mention, high: Mention): boolean {
  return low.unit === high.unit || (low.unit === 'count' && low.unitSpan === undefined)
}

function adoptUnit(low: Mention, high: Mention): void {
  low.unit = high.unit
  low.dimension = high.dimension
}

function directionOf(before: number, after: number): 'up' | 'down' | undefined {
  return after > before ? 'up' : after < before ? 'down' : undefined
}

/** "4 to 10 people" reads as a range only when the figures are plain counts or share a unit. */
function dashLike(low: Mention, high: Mention): boolean {
  return low.unit === high.unit
}

function absorb(tokens: readonly Token[], into: Mention, absorbed: Mention, fromToken: number): void {
  absorbed.absorbed = true
  into.from = Math.min(into.from, fromToken)
  into.start = tokens[into.from]!.start
  into.repairs = [...absorbed.repairs, ...into.repairs]
}
