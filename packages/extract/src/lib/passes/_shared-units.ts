import type {Mention} from '../mention.js'
import {sameScale} from '../same-scale.js'
import {tagsOf} from '../nlp.js'
import type {Token} from '../tokenize.js'

/** Words that set a bare figure against a measured one: "49.5 years, compared with 38.9", "480 micrograms, against a guideline of 15". */
const setAgainst: ReadonlySet<string> = new Set(['compared', 'against', 'versus', 'vs'])

/**
 * A bare figure set against a measured one is in its unit: "The median age
 * is 49.5 years, compared with 38.9 in the US and just 18.1 in Nigeria". Only
 * a figure that counts nothing of its own (no noun after it) and only after
 * words that compare.
 */
export function shareComparedUnits(tokens: readonly Token[], figures: readonly Mention[]): void {
  let measured: Mention | undefined
  // The last figure that took the unit: the next one in its list ("and just 18.1") takes it too.
  let compared: Mention | undefined
  for (const mention of figures) {
    if (mention.absorbed || mention.role !== 'cardinal') continue
    // "fell by 2.1 percentage points, against 0.9 points": the points of a percentage-point figure are its unit.
    if (measured?.unit === 'percentage-point' && mention.unit === 'count' && pointWords.has(tokens[mention.to]?.lower ?? '') && comparedBetween(tokens, measured.rateEnd ?? measured.to, mention.from)) {
      mention.unit = measured.unit
      mention.dimension = measured.dimension
      mention.to++
      mention.end = tokens[mention.to - 1]!.end
      if (measured.kind === 'change') {
        mention.kind = 'change'
        mention.direction = measured.direction
      }
      continue
    }
    const bare = mention.unit === 'count' && mention.unitSpan === undefined && mention.form === 'numeral' && mention.per === undefined &&
      mention.kind !== 'age' && !countsNoun(tokens[mention.to]) && !(tokens[mention.to]?.text === '.' && tokens[mention.to + 1]?.kind === 'number')
    const listed = compared !== undefined && mention.from - compared.to <= listGap && !verbBetween(tokens, compared.to, mention.from)
    // Set against the measured figure right before it, or next in the list of those that were.
    const against = compared === undefined && measured !== undefined && comparedBetween(tokens, measured.rateEnd ?? measured.to, mention.from)
    if (bare && measured && (listed || against)) {
      mention.unit = measured.unit
      mention.dimension = measured.dimension
      mention.per = measured.per
      if (measured.kind === 'age') mention.kind = 'age'
      compared = mention
      continue
    }
    compared = undefined
    measured = mention.unit === 'count' ? undefined : mention
  }
}

function comparedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 12) return false
  for (let index = from; index < to; index++) if (setAgainst.has(tokens[index]!.lower)) return true
  return false
}

/** Tokens from one compared figure to the next of its list: "38.9 in the United States and just 18.1". */
const listGap = 7

const verbTags = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal']

/** A verb between two figures starts another clause: "38.9 in the US, and officials counted 12" lists nothing. */
function verbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    if (token.kind === 'word' && token.text === token.lower && verbTags.some((tag) => tagsOf(token.lower).has(tag))) return true
  }
  return false
}

const pointWords: ReadonlySet<string> = new Set(['points', 'point', 'pts'])

/** A lower-case word after a figure that it counts: "38 schools", not "38.9 in the US". */
function countsNoun(token: Token | undefined): boolean {
  // "statewide", "nationwide" say where, not what.
  return token !== undefined && token.kind === 'word' && token.text === token.lower && !token.lower.endsWith('wide') && !tagsOf(token.lower).has('Preposition') && !tagsOf(token.lower).has('Conjunction') &&
    !['and', 'or', 'in', 'for', 'at', 'across', 'among', 'last', 'this', 'a', 'an', 'the'].includes(token.lower)
}

/**
 * A rate stated once for figures of one unit and scale: "£4.82 a pint …, and
 * more than £7 in central London", "C$22 an hour, while journeymen earn more
 * than C$45", "rise by £5 to £174.50 a year". A later figure takes the rate
 * of the last one before it of its unit, within a factor of ten ("$3.52 a
 * gallon … earned $2 billion" does not); a change takes the rate of the
 * level it reaches.
 */
export function shareRates(tokens: readonly Token[], figures: readonly Mention[]): void {
  let rated: Mention | undefined
  for (const mention of figures) {
    if (mention.absorbed || mention.role !== 'cardinal' || mention.kind === 'age') continue
    if (mention.per !== undefined) {
      rated = mention
      continue
    }
    if (rated && rated.unit === mention.unit && mention.dimension !== 'share' && sameScale(rated.value, mention.value) && compares(tokens, rated.rateEnd ?? rated.to, mention.from)) {
      mention.per = rated.per
    }
  }
  for (let index = figures.length - 2; index >= 0; index--) {
    const change = figures[index]!
    const level = figures[index + 1]!
    // "by £5 to £174.50 a year": the level right after its change, "to" between.
    if (change.kind === 'change' && change.per === undefined && level.per !== undefined && level.unit === change.unit && level.direction === change.direction &&
      change.dimension !== 'share' && !level.absorbed && level.from - change.to <= 2 && tokens[change.to]?.lower === 'to') change.per = level.per
  }
}

/** Words that set two figures side by side: "C$22 an hour, while journeymen earn more than C$45", "$812 a month, compared with $390". */
const comparing: ReadonlySet<string> = new Set(['while', 'whereas', 'compared', 'against', 'versus', 'vs', 'than', 'from', 'and', 'but', 'or', 'to', 'making', 'reach', 'reached', 'hit'])

/** Whether the words between two figures, a clause or two apart at most, compare them ("to afford the home of" does not). */
function compares(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 20) return false
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    // "to" compares as a level reached ("to $2,830"), not before a verb ("to afford").
    if (token.lower === 'to' && tokens[index + 1]?.kind === 'word' && !['a', 'an', 'the', 'about', 'around', 'nearly', 'more', 'over'].includes(tokens[index + 1]!.lower)) continue
    if (comparing.has(token.lower)) return true
  }
  return false
}
