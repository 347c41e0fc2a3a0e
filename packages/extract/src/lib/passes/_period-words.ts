import type {Period} from '../claim.js'
import type {Mention} from '../mention.js'
import type {PeriodSpec} from '../period-spec.js'
import type {Token} from '../tokenize.js'
import type {MentionsAt} from '../mentions-at.js'

/** A period phrase found at tokens `[from, to)`, before its context is read. */
export interface Found {
  from: number
  to: number
  start: number
  end: number
  kind: Period['kind']
  spec: PeriodSpec
}

/** A found period over tokens `[from, to)`. */
export function make(tokens: readonly Token[], from: number, to: number, kind: Period['kind'], spec: PeriodSpec): Found {
  return {from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end, kind, spec}
}

/** A day of the month at token `index`: a plain whole numeral from 1 to 31. */
export function dayAt(at: MentionsAt, index: number): Mention | undefined {
  const mention = at.get(index)
  return mention && mention.form === 'numeral' && mention.unit === 'count' && Number.isInteger(mention.value) &&
    mention.value >= 1 && mention.value <= 31 && mention.end - mention.start <= 4 ? mention : undefined
}

/** A year at token `index`: four digits from 1000 to 2200, not repaired. */
export function yearAt(at: MentionsAt, index: number): Mention | undefined {
  const mention = at.get(index)
  return mention && isYearLike(mention) ? mention : undefined
}

export function isYearLike(mention: Mention): boolean {
  return mention.form === 'numeral' && mention.unit === 'count' && Number.isInteger(mention.value) && mention.value >= 1000 &&
    mention.value <= 2200 && mention.end - mention.start === 4 && mention.repairs.length === 0
}
