import type {Dimension, Repair} from './claim.js'
import {repairMangledNumbers} from './passes/01-repair-mangled.js'
import {readMentions} from './read-mentions.js'
import {splitSentences} from './sentences.js'
import {tokenize} from './tokenize.js'

/** Every number in a text, whatever its role: the layer under `extractClaims`. */
export interface Quantity {
  text: string
  start: number
  end: number
  /** `null` for a range. */
  value: number | null
  low?: number
  high?: number
  unit: string
  dimension: Dimension
  role: 'cardinal' | 'ordinal' | 'year' | 'date' | 'time' | 'identifier'
  /** A spelled fraction ("a third"): `value` is the share in percent. */
  fraction: boolean
  bound: '=' | '~' | '>' | '>=' | '<' | '<='
  repairs: Repair[]
}

/**
 * Find every number in plain text: counts, ordinals, years, dates, times and
 * identifiers, with units, bounds and ranges. No document structure, subject
 * or period is attached; use `extractClaims` for claims.
 */
export function findQuantities(text: string): Quantity[] {
  const tokens = repairMangledNumbers(text, tokenize(text))
  const found: Quantity[] = []
  for (const sentence of splitSentences(tokens, 0, tokens.length)) {
    const {mentions} = readMentions(text, tokens, sentence.from, sentence.to)
    for (const mention of mentions) {
      if (mention.absorbed) continue
      const range = mention.low !== undefined && mention.previous === undefined
      found.push({
        text: text.slice(mention.start, mention.end),
        start: mention.start,
        end: mention.end,
        value: range ? null : mention.value,
        ...(range && {low: mention.low, high: mention.high}),
        unit: mention.unit,
        dimension: mention.dimension,
        role: mention.role,
        fraction: mention.fraction,
        bound: mention.bound,
        repairs: mention.repairs
      })
    }
  }
  return found
}
