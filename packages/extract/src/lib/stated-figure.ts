import type {Mention} from './mention.js'
import {normalize} from './normalize.js'
import type {Quantity} from './quantity.js'

/** The fields a claim and a quantity share for the figure a mention states (documented on `Quantity`). */
export type StatedFigure = Pick<Quantity, 'value' | 'low' | 'high' | 'from' | 'direction' | 'unit' | 'dimension' | 'per' | 'rate' | 'normalized' | 'kind'>

/**
 * Write the figure a mention states onto `target`, in the order JSON shows
 * it: value, range ends, earlier value, direction, unit, rate and its words, normalised
 * amount and kind. `input` is the text the mention's offsets are in; `ends` says whether the range ends are given. Fields are
 * added one by one, never spread: this runs once per figure, and a spread of
 * optional parts is a slow copy each time.
 */
export function writeStatedFigure<Target extends object>(target: Target, input: string, mention: Mention, value: number | null, ends: boolean): Target & StatedFigure {
  const figure = target as Target & StatedFigure
  figure.value = value
  if (ends) {
    figure.low = mention.low
    figure.high = mention.high
  }
  if (mention.previous !== undefined) figure.from = mention.previous
  if (mention.direction !== undefined) figure.direction = mention.direction
  figure.unit = mention.unit
  figure.dimension = mention.dimension
  if (mention.per !== undefined) figure.per = mention.per
  if (mention.per !== undefined && mention.rateWords) figure.rate = {text: input.slice(mention.rateWords.start, mention.rateWords.end), ...mention.rateWords}
  const normalized = normalize(mention.unit, value, mention.low, mention.high, mention.previous)
  if (normalized) figure.normalized = normalized
  if (mention.kind !== 'level') figure.kind = mention.kind
  return figure
}
