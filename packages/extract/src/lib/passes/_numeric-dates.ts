import type {Mention} from '../mention.js'
import type {Token} from '../tokenize.js'
import {type Found, make} from './_period-words.js'
import type {MentionsAt} from '../mentions-at.js'

/** Words after which a bare "month/day" is a date ("on 12/25", "until 3/31"), not a fraction. */
const dayCues = new Set(['on', 'by', 'since', 'until', 'till', 'through', 'from', 'before', 'after', 'dated', 'effective', 'starting', 'ending'])

/** Two-digit years up to this are of this century ("3/4/21" is 2021), later ones of the last ("6/1/98" is 1998). */
const centuryPivot = 69

/**
 * A date written in figures: "5/17/2018", "3/4/21", and after a cue "on
 * 12/25". Month first, as in American copy, unless the first figure cannot
 * be a month ("17/5/2018" is 17 May). Its figures are a date, never counts.
 */
export function numericDatePeriod(tokens: readonly Token[], index: number, to: number, at: MentionsAt): Found | undefined {
  const first = dayOrMonth(tokens[index])
  if (first === undefined || !joined(tokens, index + 1, to)) return undefined
  const second = dayOrMonth(tokens[index + 2])
  if (second === undefined) return undefined
  let end = index + 3
  let year: number | undefined
  if (joined(tokens, end, to)) {
    const third = tokens[end + 1]!
    if (third.decimals !== 0 || third.grouped || (third.text.length !== 2 && third.text.length !== 4)) return undefined
    year = third.text.length === 4 ? third.value : third.value + (third.value <= centuryPivot ? 2000 : 1900)
    end += 2
    // "1/2/3/4" is no date.
    if (tokens[end]?.text === '/' && !tokens[end]!.spaced) return undefined
  } else if (!dayCues.has(tokens[index - 1]?.lower ?? '') || tokens[end]?.lower === 'of') return undefined
  const [month, day] = first <= 12 && second <= 31 ? [first, second] : second <= 12 && first <= 31 ? [second, first] : []
  if (month === undefined || day === undefined) return undefined
  for (let position = index; position < end; position++) {
    const mention = at.get(position)
    if (mention) mention.role = 'date'
  }
  return make(tokens, index, end, 'date', {type: 'days', month, day, lastMonth: month, lastDay: day, year})
}

/** A whole figure of one or two digits from 1 to 31. */
function dayOrMonth(token: Token | undefined): number | undefined {
  if (!token || token.kind !== 'number' || token.decimals !== 0 || token.grouped || token.text.length > 2) return undefined
  return token.value >= 1 && token.value <= 31 ? token.value : undefined
}

/** A slash glued on both sides, then a figure, inside the sentence. */
function joined(tokens: readonly Token[], slash: number, to: number): boolean {
  const token = tokens[slash]
  const next = tokens[slash + 1]
  return token?.text === '/' && !token.spaced && next?.kind === 'number' && !next.spaced && slash + 1 < to
}
