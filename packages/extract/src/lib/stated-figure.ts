import type {Mention} from './mention.js'
import {normalize} from './normalize.js'

/**
 * The fields a claim and a quantity share for the figure a mention states,
 * in their order: value, range ends, earlier value, direction, unit, rate,
 * normalised amount and kind. `ends` says whether the range ends are given.
 */
export function statedFigure(mention: Mention, value: number | null, ends: boolean) {
  const normalized = normalize(mention.unit, value, mention.low, mention.high, mention.previous)
  return {
    value,
    ...(ends && {low: mention.low, high: mention.high}),
    ...(mention.previous !== undefined && {from: mention.previous}),
    ...(mention.direction !== undefined && {direction: mention.direction}),
    unit: mention.unit,
    dimension: mention.dimension,
    ...(mention.per !== undefined && {per: mention.per}),
    ...(normalized && {normalized}),
    ...(mention.kind !== 'level' && {kind: mention.kind})
  }
}
