import {changeNouns, comparatives, downVerbs, motionVerbs, neutralVerbs, objectVerbs, upVerbs} from '../lexicon/changes.js'
import {scales} from '../lexicon/number-words.js'
import {shiftDecimal} from '../decimal.js'
import type {Mention} from '../mention.js'
import {tagsOf} from '../nlp.js'
import type {Token} from '../tokenize.js'
import {shareCoordinatedUnits} from './_coordinated-units.js'
import {appositiveAfter, earlierValueFrom, levelPreposition, runningTotalAfter, runningTotalBetween, thanEarlier} from './_level-words.js'
import {shareComparedUnits, shareRates} from './_shared-units.js'
import {shareTemperatureUnit} from './_temperature-cues.js'

const dashes = new Set(['-', '–', '—', '‐', '‑'])
/** How far back a change verb may stand from "from … to …" (tokens). */
const verbWindow = 12
/** Joiners of a two-figure range besides dashes: "20 through 100", "20~100". */
const rangeWords = new Set(['to', 'through', 'thru'])

/**
 * Ranges ("4-10", "between 20 and 30", "30% to 60%") and changes: the level a
 * change reaches ("rose from 117 to 150", "rose to 150", "up from 56",
 * "dropped to 21%, from 28%") and the size of a change ("climbed 4.2% to
 * 310p", "up 3 percentage points", "fell by a third", "a 5% increase").
 * "X to Y" right after a change verb is an amount and a level, never a range,
 * unless only Y carries the unit ("will rise 2 to 3 degrees"). `leads` gives
 * where each figure's hedged phrase starts.
 */
export function readRangesAndChanges(input: string, tokens: readonly Token[], mentions: readonly Mention[], leads: Map<Mention, number>, sentenceStart: number, periods: ReadonlyArray<{from: number; to: number}> = []): Set<Mention> {
  const backReferences = new Set<Mention>()
  /** Figures a later "to …" of the same change starts from. */
  const spanStarts = new Set<Mention>()
  const figures = mentions.filter((mention) => mention.role === 'cardinal')

  for (let index = 0; index < figures.length; index++) {

    const low = figures[index]!
    const high = figures[index + 1]
    if (!high || low.absorbed) continue
    // "8- to 16-meter", "a 10- to 15-year sentence": the first figure's unit is suspended by a hyphen, the second's written.
    const suspended = isSuspendedHyphen(tokens, low, high)
    // "from 18,300 a day to 12,900": the joiner follows the first figure's rate.
    const after = low.rateEnd ?? low.to
    const joiner = suspended ? tokens[low.to + 1] : tokens[after]
    const lowLead = leads.get(low) ?? low.from
    const before = tokens[lowLead - 1]
    const isFrom = before?.lower === 'from'
    // "rose from 12,400 to about 17,000": from one figure to another, hedged or not, is one change.
    if (isFrom && !suspended && compatible(low, high) && fromTo(tokens, after, leads.get(high) ?? high.from) && changeVerb(tokens, lowLead - 1, sentenceStart) !== undefined) {
      high.previous = low.value
      high.direction = directionOf(low.value, high.value)
      adoptUnit(low, high)
      absorb(tokens, high, low, lowLead - 1)
      continue
    }
    if (!joiner || (high.from !== after + 1 && !suspended) || leads.get(high) !== high.from) continue
    // "$15,000-20,000 a tonne", "£3-5 a month": a dash glued between the figures joins them, the rate written after the second.
    const gluedDash = dashes.has(joiner.text) && !joiner.spaced && !tokens[low.to + 1]?.spaced && high.unit === 'count' && high.unitSpan === undefined
    if (!compatible(low, high) && !gluedDash) continue
    const between = before?.lower === 'between' && joiner.lower === 'and'
    // "three-nought-four" spells digits; a dash range has a numeral on one side at least.
    const spelled = low.form === 'words' && high.form === 'words'
    const dash = dashes.has(joiner.text) && !spelled && (!joiner.spaced || joiner.text !== '-' || (tokens[low.to + 1]!.spaced && low.value < high.value))
    const to = rangeWords.has(joiner.lower) || (joiner.text === '~' && low.value < high.value)
    if (!between && !dash && !to) continue
    // "won 3-1", "a 2-1 series lead", "passed 69-30", "voted 52 to 48": a score or a tally, not a range (a range never runs down).
    const descending = to && joiner.lower === 'to' && !isFrom && low.value > high.value
    if ((dash && (isScore(tokens, low, high, lowLead, sentenceStart) || isTally(tokens, low, high))) || (descending && isScore(tokens, low, high, lowLead, sentenceStart))) {
      low.role = 'score'
      high.role = 'score'
      continue
    }

    if (isFrom && joiner.lower === 'to' && changeVerb(tokens, lowLead - 1, sentenceStart) !== undefined) {
      high.previous = low.value
      high.direction = directionOf(low.value, high.value)
      adoptUnit(low, high)
      absorb(tokens, high, low, lowLead - 1)
      continue
    }
    // "climbed 4.2% to 310p": the size of the change, then the level it reached.
    const unitOnce = low.unit === 'count' && low.unitSpan === undefined && high.unit !== 'count'
    const verb = joiner.lower === 'to' && !isFrom ? amountVerb(tokens, lowLead, sentenceStart, unitOnce ? high : low) : undefined
    if (verb && !unitOnce) {
      low.kind = 'change'
      low.direction = verb
      high.direction = verb
      continue
    }
    if (to && !isFrom && !dashLike(low, high)) continue
    // "leads 47% to 44%": two figures set against each other; a range is written low to high.
    if (to && !isFrom && low.value >= high.value) continue
    // "passed 69-30": a tally or a score, not a range.
    if (dash && low.value > high.value) continue
    adoptUnit(low, high)
    shareScale(tokens, low, high)
    high.low = Math.min(low.value, high.value)
    high.high = Math.max(low.value, high.value)
    // "will rise 2 to 3 degrees": a range of change.
    if (verb) {
      high.kind = 'change'
      high.direction = verb
    }
    // A range spans "between" or "from" with its figures; a hedge before it ("around 10-15") stays in `hedge`, as for one figure.
    absorb(tokens, high, low, between || isFrom ? lowLead - 1 : low.from)
    if (low.hedge && !high.hedge) {
      high.hedge = low.hedge
      high.bound = low.bound
    }
  }

  readTwoSidedBounds(input, tokens, figures)
  shareCoordinatedUnits(tokens, figures)
  shareTemperatureUnit(tokens, figures)

  for (let index = 0; index < figures.length; index++) {

    const mention = figures[index]!
    // An age is no change ("raised by 11-year-old Kaylee").
    if (mention.absorbed || mention.role !== 'cardinal' || mention.previous !== undefined || mention.kind === 'change' || mention.kind === 'age') continue
    const lead = Math.min(leads.get(mention) ?? mention.from, mention.from)
    const before = tokens[lead - 1]
    if (!before || lead - 1 < sentenceStart) continue
    // "up 3 points", "fell by a third", "an increase of 5%", "a 5% increase", "closed 1.2% higher".
    let earlier = index - 1
    while (earlier >= 0 && figures[earlier]!.absorbed) earlier--
    const previous = figures[earlier]
    // "rose 41 cents, or 0.5%,": the same change in another unit; "41.3C (106.3F)": the same figure converted.
    const restated = previous && previous.role === 'cardinal' && !previous.absorbed && (previous.rateEnd ?? previous.to) >= lead - 2 &&
      ((before.lower === 'or' && tokens[lead - 2]?.text === ',') || (before.text === '(' && previous.to === lead - 1))
    if (restated && (previous.kind === 'change' || previous.direction)) {
      mention.kind = previous.kind === 'change' ? 'change' : mention.kind
      mention.direction = previous.direction
      continue
    }
    const amount = mention.low === undefined || mention.kind === 'level' ? amountVerb(tokens, lead, sentenceStart, mention) ?? changeNounAround(tokens, mention, lead) : undefined
    if (amount) {
      mention.kind = 'change'
      mention.direction = amount
      // "down 5 points" beside a percentage: percentage points.
      if (mention.unit === 'count' && /^(points?|pts)$/.test(tokens[mention.to]?.lower ?? '') && figures.some((other) => other.unit === 'percent')) {
        mention.unit = 'percentage-point'
        mention.dimension = 'share'
        mention.to++
        mention.end = tokens[mention.to - 1]!.end
      }
      // "$6.4 billion, down 22%", "€54.2 billion, an increase of 7.5%", "2.1 million, about 14% fewer than": the level before the comma moved that way.
      // Not a duration ("in five years, a drop of 10.7%") nor an earlier value ("from $136 million, a rise of 3.4%"); a
      // comparative only against an earlier time ("188 hp, 20 hp more than the outgoing model" compares two engines).
      const particle = tokens[lead - 1]
      // "$412m budget, 3% property tax hike" lists another thing's change; "€54.2bn, a 7.5% increase" restates this one's.
      const listed = tokens[lead - 1]?.text === ',' && tokens[mention.to]?.kind === 'word' && !comparatives.has(tokens[mention.to]!.lower) && tokens[mention.to]!.text === tokens[mention.to]!.lower &&
        !['from', 'on', 'in', 'since', 'than', 'over', 'compared', 'against', 'year', 'month', 'week'].includes(tokens[mention.to]!.lower)
      const comparedOverTime = !listed && (!comparatives.has(tokens[mention.to]?.lower ?? '') || thanEarlier(tokens, mention.to + 1))
      // The level is the figure before the change, past the ages that say who is counted ("Nearly a million young people
      // aged 16 to 24 …, up 80,000"); the comma and the words after it follow the figure right before the change.
      let level = earlier
      // Past a measure that describes what is counted: "203 million 15-kg cartons, a 21% rise".
      while (level >= 0 && (figures[level]!.absorbed || figures[level]!.kind === 'age' || describesNoun(tokens, figures[level]!))) level--
      const moved = figures[level]
      const appositive = previous !== undefined &&
        (((particle?.lower === 'up' || particle?.lower === 'down') && tokens[lead - 2]?.text === ',') || appositiveAfter(tokens, previous.rateEnd ?? previous.to, lead))
      if (comparedOverTime && appositive && moved && moved.role === 'cardinal' && moved.kind === 'level' && moved.direction === undefined &&
        moved.dimension !== 'time' && !backReferences.has(moved) && tokens[(leads.get(moved) ?? moved.from) - 1]?.lower !== 'from') {
        moved.direction = amount
      }
      continue
    }
    // "… from 10,701 in 2014 and 8,546 in 2015 to 2,008 last year", "rose to a 21% share", "to a seasonally adjusted 221,000".
    const towardAt = levelPreposition(tokens, lead, sentenceStart)
    const toward = towardAt === undefined ? undefined : tokens[towardAt]!.lower
    if (toward !== undefined && towardAt !== undefined) {
      // "gained 37 cents at $81.10": the level after a change of that size; "added 8.1 million, taking its total to 277.6 million": the total it makes.
      // "lost 240,000 listeners in the three months to December, taking his weekly reach to 6.2 million": past a duration.
      const lastChange = previous?.dimension === 'time' && previous.kind !== 'change' ? figures[earlier - 1] : previous
      const adjacent = previous && previous.kind === 'change' && previous.direction && previous.to >= towardAt - 2
      const total = !adjacent && lastChange && !lastChange.absorbed && lastChange.kind === 'change' && lastChange.direction &&
        runningTotalBetween(tokens, lastChange.rateEnd ?? lastChange.to, towardAt)
      const changedBy = adjacent ? previous : total ? lastChange : undefined
      if (changedBy && mention.dimension !== 'time') {
        mention.direction = changedBy.direction
        // "rise by £149 a year to £1,717": the level is in the change's rate.
        if (mention.per === undefined && changedBy.per !== undefined && changedBy.unit === mention.unit) mention.per = changedBy.per
        continue
      }
      if (toward !== 'to') continue
      const verb = changeVerb(tokens, towardAt, sentenceStart)
      if (verb === undefined) continue
      let start: Mention | undefined
      for (let other = index - 1; other >= 0 && figures[other]!.from >= lead - verbWindow * 2; other--) {
        const candidate = figures[other]!
        if (candidate.to <= lead && tokens[(leads.get(candidate) ?? candidate.from) - 1]?.lower === 'from') start = candidate
      }
      if (start) {
        spanStarts.add(start)
        mention.previous = start.value
        mention.direction = directionOf(start.value, mention.value)
      } else if (verb !== 'same') {
        // "rose to 150".
        mention.direction = verb
      }
    }
    // "up from 56", "down from more than 200", "to 21%, from 28%", "down from a peak of about 4,000": this figure is the earlier value of another.
    const fromAt = before.lower === 'from' ? lead - 1 : earlierValueFrom(tokens, lead)
    if (fromAt !== undefined && fromAt - 1 >= sentenceStart) {
      const verb = tokens[fromAt - 1]!.lower
      const previous = figures[index - 1]
      const levelEnd = previous === undefined ? -1 : previous.rateEnd ?? previous.to
      // "to 21%, from 28%", "to 3.9% from 3.7%", "to 3.9% in February from 3.7%": the level, then (its period and) the earlier value.
      const afterLevel = previous !== undefined && previous.direction !== undefined && previous.kind !== 'change' && previous.previous === undefined &&
        ((levelEnd >= fromAt - 1 && (tokens[fromAt - 1]!.text === ',' || levelEnd === fromAt)) || periodBetween(tokens, periods, levelEnd, fromAt) || countedNounBetween(tokens, levelEnd, fromAt))
      if (upVerbs.has(verb) || downVerbs.has(verb) || afterLevel) backReferences.add(mention)
    }
  }
  // "after enrolment fell from 6,480 in 2019 to 5,212": the start of a span is the earlier value of its end, not of the figure before it.
  for (const start of spanStarts) backReferences.delete(start)
  shareComparedUnits(tokens, figures)
  shareRates(tokens, figures)
  return backReferences
}

/** Words that lead a period phrase between a level and its earlier value: "in February", "on Monday", "during 2023". */
const periodLeads: ReadonlySet<string> = new Set(['in', 'on', 'during', 'for', 'last', 'this'])

/** Whether tokens `[from, to)` are one period phrase, with or without its leading words: "in February", "last year", "in the second quarter". */
function periodBetween(tokens: readonly Token[], periods: ReadonlyArray<{from: number; to: number}>, from: number, to: number): boolean {
  if (from < 0 || from >= to) return false
  let start = periodLeads.has(tokens[from]!.lower) ? from + 1 : from
  if (start > from && start < to && tokens[start]!.lower === 'the') start++
  return periods.some((period) => period.to === to && (period.from === start || period.from === from))
}

const lowerBounds = new Set(['>', '>='])
const upperBounds = new Set(['<', '<='])

/**
 * "larger than 10 and smaller than 20", "at most 100 and at least 20", "above
 * 1000 and below 1500": a lower and an upper bound joined by "and", "but" or a
 * comma make one range, when the lower is below the upper ("more than 40 and
 * less than 10" stays two bounds).
 */
function readTwoSidedBounds(input: string, tokens: readonly Token[], figures: readonly Mention[]): void {
  for (let index = 0; index < figures.length; index++) {
    const first = figures[index]!
    const second = figures[index + 1]
    if (!second || first.absorbed || second.absorbed || !first.hedge || !second.hedge || first.low !== undefined || second.low !== undefined) continue
    const lowFirst = lowerBounds.has(first.bound) && upperBounds.has(second.bound)
    const highFirst = upperBounds.has(first.bound) && lowerBounds.has(second.bound)
    if (!lowFirst && !highFirst) continue
    const low = lowFirst ? first : second
    const high = lowFirst ? second : first
    if (low.value >= high.value || !compatible(first, second)) continue
    // Only a joiner stands between the first figure and the second hedge.
    let gap = first.to
    while (gap < second.from && tokens[gap]!.end <= first.hedge.end) gap++
    const joiner = tokens[gap]
    if (!joiner || !(joiner.lower === 'and' || joiner.lower === 'but' || joiner.text === ',') || tokens[gap + 1]!.start !== second.hedge.start) continue
    // In a list ("at least 5, up to 48 hours") a comma joins a range only of figures in one unit.
    if (joiner.text === ',' && first.unit !== second.unit) continue
    adoptUnit(first, second)
    second.low = low.value
    second.high = high.value
    second.bound = '='
    second.hedge = {text: input.slice(first.hedge.start, second.hedge.end), start: first.hedge.start, end: second.hedge.end}
    absorb(tokens, second, first, first.from)
  }
}

/** The direction of the nearest change verb before `index`, `same` for a neutral one, `undefined` for none. */
function changeVerb(tokens: readonly Token[], index: number, sentenceStart: number): 'up' | 'down' | 'same' | undefined {
  for (let position = index - 1; position >= Math.max(sentenceStart, index - verbWindow); position--) {
    const word = tokens[position]!.lower
    // "grants of up to €20,000 each go to 350 groups": an earlier "up to" bounds its own figure; it moves nothing.
    if ((word === 'up' || word === 'down') && tokens[position + 1]?.lower === 'to' && position + 1 < index) continue
    if (upVerbs.has(word)) return 'up'
    if (downVerbs.has(word)) return 'down'
    if (neutralVerbs.has(word)) return 'same'
    if (tokens[position]!.text === ';') break
  }
  return undefined
}

/**
 * A change verb right before the figure (or before "by"): the figure is the
 * size of the change. "up 3 points", "climbed 4.2%", "fell by a third",
 * "edged up 0.2%". Verbs that also take plain objects ("cut 700 jobs") count
 * only for money, shares and points.
 */
function amountVerb(tokens: readonly Token[], lead: number, sentenceStart: number, mention: Mention): 'up' | 'down' | undefined {
  let position = lead - 1
  // "by another 2%", "by a further 1 million barrels", "by an additional 5%".
  if (tokens[position]?.lower === 'another') position--
  else if (furtherWords.has(tokens[position]?.lower ?? '') && (tokens[position - 1]?.lower === 'a' || tokens[position - 1]?.lower === 'an')) position -= 2
  // "by an average 3.73 per cent", "by an average of 12%".
  else if (tokens[position]?.lower === 'of' && tokens[position - 1]?.lower === 'average' && tokens[position - 2]?.lower === 'an') position -= 3
  else if (tokens[position]?.lower === 'average' && tokens[position - 1]?.lower === 'an') position -= 2
  // "by the maximum 4.99%", "by a record 12%".
  else if (byAdjectives.has(tokens[position]?.lower ?? '') && ['the', 'a', 'an'].includes(tokens[position - 1]?.lower ?? '')) position -= 2
  if (tokens[position]?.lower === 'by') {
    // "cut output by 1.2 million barrels", "raise household rates by 11%": the verb may stand before its object.
    for (let back = position - 1; back >= Math.max(sentenceStart, position - byWindow); back--) {
      const word = tokens[back]!
      // "cut the price of a 4-litre jug of milk by 30 cents": hyphens and figures inside the object.
      if (word.kind === 'number' || (word.text === '-' && !word.spaced)) continue
      if (word.kind !== 'word' || margins.has(word.lower)) break
      if (upVerbs.has(word.lower) && !comparatives.has(word.lower)) return 'up'
      if (downVerbs.has(word.lower) && !comparatives.has(word.lower)) return 'down'
    }
    return undefined
  }
  if (position < sentenceStart) return undefined
  const word = tokens[position]!
  if (word.kind !== 'word') return undefined
  // "raise average ticket prices 6.5% to $118", "lifted revenue 54% to NZ$38.4 million": a verb, its object, then the size of
  // the change and the level it reaches.
  if (!upVerbs.has(word.lower) && !downVerbs.has(word.lower)) return objectThenAmount(tokens, position, sentenceStart, mention)
  // "could drop 2 to 4 inches of snow", "dumped 18 inches of rain": what falls, not a change.
  if (tokens[mention.to]?.lower === 'of' && precipitation.has(tokens[mention.to + 1]?.lower ?? '')) return undefined
  const up = upVerbs.has(word.lower)
  if (!up && !downVerbs.has(word.lower)) return undefined
  if ((word.lower === 'up' || word.lower === 'down') && isPhrasalVerb(tokens[position - 1])) return undefined
  // "up to", "up from", "down from": the hedge and the earlier level are read elsewhere.
  if (objectVerbs.has(word.lower) && tokens[lead - 1]?.lower !== 'by') {
    // "cut 700 jobs", "raised S$450 million": an object; "lost 37 cents", "added 3%", "shaving 0.03 seconds": a move;
    // "employers added 206,000 jobs", "shed 2,800 jobs": a stock gained or lost; "cut 700 jobs, bringing the total to 4,300": a running total.
    if (mention.dimension === 'count' && !stockMoves.has(word.lower) && !runningTotalAfter(tokens, mention.to)) return undefined
    // "can lift 21.6 tonnes": a weight lifted is carried, not moved up; "adds up to 300 km of range" is what a charge gives.
    if (mention.dimension === 'mass' && word.lower.startsWith('lift')) return undefined
    if (word.lower.startsWith('add') && !['count', 'currency', 'share', 'time'].includes(mention.dimension)) return undefined
    // "raised $40m, bringing its total funding to $120m": money a running total moved by.
    if (mention.dimension === 'currency' && !priceMoves.has(word.lower) && !runningTotalAfter(tokens, mention.to)) return undefined
  }
  // "a drop of", "the increase": a noun, read by changeNounAround.
  const determiner = tokens[position - 1]?.lower
  if (determiner === 'a' || determiner === 'an' || determiner === 'the') return undefined
  return up ? 'up' : 'down'
}

/** Object verbs whose counted object is a stock that grew or shrank by it: "added 206,000 jobs", "lost 240,000 listeners". */
const stockMoves: ReadonlySet<string> = new Set(['added', 'adds', 'adding', 'add', 'lost', 'loses', 'losing', 'lose', 'shed', 'sheds', 'shedding', 'gained', 'gains', 'gaining', 'gain'])

const byAdjectives: ReadonlySet<string> = new Set(['maximum', 'minimum', 'record', 'estimated', 'expected', 'projected', 'combined', 'total'])

/** What falls from the sky in an amount: after it, "drop", "dump" and "add" measure a fall, not a change. */
const precipitation: ReadonlySet<string> = new Set(['snow', 'rain', 'rainfall', 'snowfall', 'hail', 'sleet', 'precipitation', 'ice'])

const furtherWords: ReadonlySet<string> = new Set(['further', 'additional', 'extra'])

/** Tokens back from "by" to the verb before its object: "cut the risk of heart attack by 20%", "raise the farm-gate price of milk by 2.2%". */
const byWindow = 12

/** Object verbs that move a price: "lost HK$1.08", "added 37 cents". */
// "bills will rise £86 to £627", "could fall $2 a barrel": the base forms, which are also nouns, move a price after a subject or a modal.
const priceMoves = new Set(['lost', 'loses', 'shed', 'sheds', 'added', 'adds', 'gained', 'gain', 'gains', 'adding', 'add', 'rise', 'climb', 'jump', 'surge', 'soar', 'increase', 'fall', 'drop', 'decline', 'decrease'])

/** "lost the vote by 80,000", "won by 41 seconds": a margin, not a change. */
const margins = new Set(['lost', 'won', 'beat', 'trailed', 'led', 'lose', 'win', 'losing', 'winning', 'missed', 'leads', 'trails'])

const irregularPasts = new Set(['took', 'made', 'broke', 'set', 'shut', 'put', 'gave', 'held', 'brought', 'wound', 'stood', 'sat', 'let', 'written', 'taken', 'broken', 'torn', 'shaken', 'given', 'thrown', 'ridden', 'write', 'writes', 'take', 'takes'])

/** "turned down 12", "set up 40": a verb and its particle, not "shares up 3%" or "was up 3%". */
function isPhrasalVerb(previous: Token | undefined): boolean {
  if (!previous || previous.kind !== 'word') return false
  if (upVerbs.has(previous.lower) || downVerbs.has(previous.lower) || neutralVerbs.has(previous.lower) || motionVerbs.has(previous.lower)) return false
  const tags = tagsOf(previous.lower)
  if (tags.has('Copula')) return false
  return tags.has('PastTense') || tags.has('Infinitive') || tags.has('Verb') || tags.has('Gerund') || previous.lower.endsWith('ed') || irregularPasts.has(previous.lower)
}

/** "a 5% increase", "an increase of 5%", "a 12-point drop", "closed 1.2% higher". */
function changeNounAround(tokens: readonly Token[], mention: Mention, lead: number): 'up' | 'down' | undefined {
  const at = tokens[mention.to]?.text === '-' && !tokens[mention.to]!.spaced ? mention.to + 1 : mention.to
  let after = tokens[at]
  // "a 14.6% pay rise", "a 3% property tax hike": what moves (one or two nouns) stands between the figure and its change.
  if (after && after.kind === 'word' && after.text === after.lower) {
    if (movingNouns.has(after.lower) && changeNouns.has(tokens[at + 1]?.lower ?? '')) after = tokens[at + 1]
    else if (tokens[at + 1] && movingNouns.has(tokens[at + 1]!.lower) && changeNouns.has(tokens[at + 2]?.lower ?? '') && !functionTags.some((tag) => tagsOf(after!.lower).has(tag))) {
      after = tokens[at + 2]
    }
  }
  const noun = changeNouns.get(after?.lower ?? '')
  // "a $186 million loss", "an advance of £2m": money lost or paid is an amount.
  if (noun && mention.dimension === 'currency' && amountNouns.has(after!.lower)) return undefined
  // After an article, or where a headline drops it: "$412m budget, 3% property tax hike".
  if (noun && tokens[lead - 1] && ['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'annual', 'monthly', 'weekly', 'another', 'flat', ',', ';', ':', 'and'].includes(tokens[lead - 1]!.lower)) return noun
  const comparative = comparatives.get(after?.lower ?? '')
  if (comparative && after) {
    const measured = mention.dimension !== 'count'
    const next = tokens[mention.to + (after === tokens[mention.to] ? 1 : 2)]
    // "closed 1.2% higher", "15% below last year's": a move; "a 19% lower risk", "8 cents above the estimate": a gap.
    if (after.lower === 'higher' || after.lower === 'lower') return measured && (!next || next.kind !== 'word' || !/^[a-z]/.test(next.text) || ['than', 'on', 'at', 'from', 'in', 'after', 'for'].includes(next.lower)) ? comparative : undefined
    if (after.lower === 'above' || after.lower === 'below') return measured && ['last', 'a', 'the', 'its', 'their', 'pre'].includes(next?.lower ?? '') && /year|week|month|quarter|level|pre/.test(tokens.slice(mention.to + 1, mention.to + 5).map((token) => token.lower).join(' ')) ? comparative : undefined
    // "45 more minutes", "300 fewer than", "14% more than", "11 pounds heavier".
    return comparative
  }
  // "a rise of 3 metres"; a "storm surge of up to 3 metres" is a wave, named by a compound.
  if (tokens[lead - 1]?.lower === 'of' && !compoundSurges.has(tokens[lead - 3]?.lower ?? '')) {
    const named = changeNouns.get(tokens[lead - 2]?.lower ?? '')
    if (named && !(mention.dimension === 'currency' && amountNouns.has(tokens[lead - 2]!.lower))) return named
  }
  // "an extra £22.6bn", "an additional 5,000 troops": an amount added; "a further 12% have less than £100" is another group.
  if (mention.dimension !== 'share' && furtherWords.has(tokens[lead - 1]?.lower ?? '') && (tokens[lead - 2]?.lower === 'an' || tokens[lead - 2]?.lower === 'a')) return 'up'
  return undefined
}

const functionTags = ['Preposition', 'Conjunction', 'Determiner', 'Copula', 'PastTense', 'Gerund', 'Adverb']

/** What a change noun may follow between it and its figure: "a 14.6% pay rise". */
const movingNouns: ReadonlySet<string> = new Set(['pay', 'price', 'prices', 'rent', 'rents', 'fare', 'fares', 'tax', 'wage', 'wages', 'salary', 'fee', 'fees', 'premium', 'premiums', 'rate', 'tariff', 'tariffs', 'budget', 'spending', 'output', 'sales', 'bill', 'bills'])

/** Words that make a change noun the name of a thing: "storm surge", "tidal surge", "power surge". */
const compoundSurges: ReadonlySet<string> = new Set(['storm', 'tidal', 'power'])

/** Change nouns that, of money, name an amount: "an operating loss of $186 million", "an advance of about £2m". */
const amountNouns: ReadonlySet<string> = new Set(['loss', 'losses', 'advance', 'gain', 'gains'])

/** "passed 69-30", "312-247": whole numbers joined by a dash, the larger first, read as a tally. */
function isTally(tokens: readonly Token[], low: Mention, high: Mention): boolean {
  return low.value > high.value && low.unit === 'count' && high.unit === 'count' && Number.isInteger(low.value) && Number.isInteger(high.value) &&
    tokens[low.from]!.kind === 'number' && tokens[high.from]!.kind === 'number' && !tokens[low.from]!.grouped && !tokens[high.from]!.grouped
}

/** Words that make "3-1" a result: "won 3-1", "a 2-1 lead", "a 5-2 vote". */
const scoreWords = new Set([
  'won', 'win', 'wins', 'beat', 'beats', 'lost', 'lose', 'loses', 'defeated', 'defeat', 'drew', 'draw', 'tied', 'tie', 'led',
  'lead', 'leads', 'trailed', 'trail', 'victory', 'victories', 'score', 'scored', 'scoreline', 'vote', 'votes', 'voted', 'passed',
  'approved', 'rejected', 'record', 'series', 'margin', 'decision', 'ruling', 'ruled', 'verdict', 'loss', 'losses', 'split', 'edged', 'routed',
  'thrashed', 'thumped', 'downed', 'blanked', 'shutout', 'triumph', 'upset', 'comeback', 'final', 'game', 'match', 'tally'
])

/** A dash between two whole numbers reads as a score or tally when a result word stands within a few words. */
function isScore(tokens: readonly Token[], low: Mention, high: Mention, lead: number, sentenceStart: number): boolean {
  if (low.unit !== 'count' || high.unit !== 'count' || !Number.isInteger(low.value) || !Number.isInteger(high.value)) return false
  if (tokens[low.from]!.kind !== 'number' || tokens[high.from]!.kind !== 'number' || low.value >= 1000 || high.value >= 1000) return false
  for (let position = Math.max(sentenceStart, lead - 4); position < Math.min(tokens.length, high.to + 3); position++) {
    if (position >= lead && position < high.to) continue
    if (scoreWords.has(tokens[position]!.lower)) return true
  }
  return false
}

/** "8- to 16-meter", "3- to 5-foot waves": a hyphen glued to a bare figure, "to", and a figure in a unit. */
function isSuspendedHyphen(tokens: readonly Token[], low: Mention, high: Mention): boolean {
  const hyphen = tokens[low.to]
  return hyphen?.text === '-' && !hyphen.spaced && low.unit === 'count' && low.unitSpan === undefined && high.unit !== 'count' &&
    tokens[low.to + 1]?.lower === 'to' && tokens[low.to + 1]!.spaced && high.from === low.to + 2
}

/** "20-30 percent": the unit is written once, after the second figure. */
/** "to 32 per 1,000 live births from 52": only the counted noun, a word or three in lower case, between the level and "from". */
function countedNounBetween(tokens: readonly Token[], levelEnd: number, fromAt: number): boolean {
  if (fromAt <= levelEnd || fromAt - levelEnd > 3) return false
  for (let index = levelEnd; index < fromAt; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.text !== token.lower) return false
  }
  return true
}

/**
 * The direction of a transitive change verb a few words of object before a
 * share or sum that a level follows ("to $118"): `position` is the word
 * right before the figure.
 */
function objectThenAmount(tokens: readonly Token[], position: number, sentenceStart: number, mention: Mention): 'up' | 'down' | undefined {
  if (mention.dimension !== 'share' && mention.dimension !== 'currency') return undefined
  if (tokens[mention.rateEnd ?? mention.to]?.lower !== 'to' || tokens[(mention.rateEnd ?? mention.to) + 1] === undefined) return undefined
  for (let back = position; back >= Math.max(sentenceStart, position - 4); back--) {
    const word = tokens[back]!
    if (word.kind !== 'word' || word.text !== word.lower) return undefined
    if (objectVerbs.has(word.lower) && (upVerbs.has(word.lower) || downVerbs.has(word.lower))) return upVerbs.has(word.lower) ? 'up' : 'down'
    if (back !== position && functionWordsBetween.has(word.lower)) return undefined
  }
  return undefined
}

/** Words that end an object: past them, a verb is not the figure's. */
const functionWordsBetween: ReadonlySet<string> = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'that', 'which', 'who', 'than', 'as'])

/** A measure hyphenated to its unit before a noun, as an adjective: "15-kg cartons", "a 40-foot container". */
function describesNoun(tokens: readonly Token[], mention: Mention): boolean {
  const hyphen = tokens[mention.from + 1]
  const noun = tokens[mention.to]
  return hyphen?.text === '-' && !hyphen.spaced && mention.unit !== 'count' && noun?.kind === 'word' && noun.text === noun.lower
}

/**
 * Whether `to` follows the first figure (ending at `after`) and the second
 * figure's hedged phrase follows it: "from 12,400 to about 17,000". An
 * earlier figure with its own period ("from 25,400 in 2022 to 24,150") stays
 * a claim of its own, to be checked against its own record.
 */
function fromTo(tokens: readonly Token[], after: number, highLead: number): boolean {
  return highLead === after + 1 && tokens[after]?.lower === 'to'
}

function compatible(low: Mention, high: Mention): boolean {
  return low.unit === high.unit || (low.unit === 'count' && low.unitSpan === undefined) || (high.unit === 'count' && high.unitSpan === undefined && high.per === undefined)
}

/** "20-30 percent" writes the unit after the second figure, "from 25 years to 15" after the first. */
/**
 * "between 15 and 21 million", "$15-21 billion": a scale written once, after
 * the second figure, is the first's too when the first is of the second's
 * order before its scale ("between 500 and 2 million" is not).
 */
function shareScale(tokens: readonly Token[], low: Mention, high: Mention): void {
  const scale = scaleOf(tokens, high)
  if (scale === undefined || scaleOf(tokens, low) !== undefined) return
  const coefficient = high.value / scale
  if (low.value > 0 && low.value <= coefficient * 10 && low.value < high.value) {
    low.value = shiftDecimal(low.value, Math.log10(scale))
    low.precision = shiftDecimal(low.precision, Math.log10(scale))
  }
}

function scaleOf(tokens: readonly Token[], mention: Mention): number | undefined {
  for (let index = mention.from; index < mention.to; index++) {
    const scale = scales.get(tokens[index]!.lower)
    if (scale !== undefined && scale >= 1000) return scale
  }
  return undefined
}

function adoptUnit(low: Mention, high: Mention): void {
  const bare = high.unit === 'count' && high.unitSpan === undefined
  if (bare && low.unit !== 'count') {
    high.unit = low.unit
    high.dimension = low.dimension
    high.per ??= low.per
    return
  }
  // "from 18,300 a day to 12,900": a rate written with the first figure only is the second's too.
  if (bare) high.per ??= low.per
  low.unit = high.unit
  low.dimension = high.dimension
}

function directionOf(before: number, after: number): 'up' | 'down' | undefined {
  return after > before ? 'up' : after < before ? 'down' : undefined
}

/** "4 to 10 people" reads as a range only when the figures are plain counts or share a unit; "2 to 3 degrees" writes it once. */
function dashLike(low: Mention, high: Mention): boolean {
  return low.unit === high.unit || (low.unit === 'count' && low.unitSpan === undefined && low.per === undefined)
}

function absorb(tokens: readonly Token[], into: Mention, absorbed: Mention, fromToken: number): void {
  absorbed.absorbed = true
  into.from = Math.min(into.from, fromToken)
  into.start = tokens[into.from]!.start
  into.repairs = [...absorbed.repairs, ...into.repairs]
}
