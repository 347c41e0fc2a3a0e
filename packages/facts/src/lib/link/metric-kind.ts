import type {FactRecord} from '../fact-record.js'
import {root, stem, terms} from './terms.js'

/**
 * What a record's metric measures, read from how it is named (records carry
 * no field for it): a change ("enrollment change", "growth in sales", any
 * figure in percentage points), which way a change is counted ("decline in
 * …" holds the size of a fall), a person's age ("median age"), a rate and
 * its denominator ("price per gallon" → `gallon`).
 */
export interface MetricKind {
  change: boolean
  /** The figure is the size of a fall: a positive value means a decrease. */
  falling: boolean
  age: boolean
  per: string | undefined
  /** The record's wordings (name, then aliases) as terms, each with its roots (see `root`), read once per record. */
  wordings: ReadonlyArray<{phrase: string; terms: readonly string[]; roots: readonly string[]}>
}

// Not "fall" (the season: "fall enrollment"), "loss" or "gain" (a company's net loss is a level), "shift" (a work shift).
const changeWords = new Set(['change', 'changes', 'increase', 'increases', 'decrease', 'decreases', 'growth', 'rise', 'rises', 'drop', 'drops', 'decline', 'declines', 'cut', 'cuts', 'reduction', 'reductions', 'swing', 'difference'])
const fallingWords = new Set(['decrease', 'decreases', 'drop', 'drops', 'decline', 'declines', 'cut', 'cuts', 'reduction', 'reductions'])
const ageWords = new Set(['age', 'ages', 'aged'])

const kinds = new WeakMap<FactRecord, MetricKind>()

export function metricKind(record: FactRecord): MetricKind {
  let kind = kinds.get(record)
  if (!kind) {
    const words = [record.metric.name, ...record.metric.aliases].join(' ; ').toLowerCase().split(/[^\p{L}\p{N};]+/u)
    let per: string | undefined
    for (const [index, word] of words.entries()) {
      if (word !== 'per') continue
      per = words.slice(index + 1).find((next) => next !== '' && !/^\d/.test(next) && next !== ';')
      if (per) break
    }
    kind = {
      change: record.unit === 'percentage-point' || words.some((word) => changeWords.has(word)),
      falling: words.some((word) => fallingWords.has(word)),
      age: words.some((word) => ageWords.has(word)),
      per: per === undefined ? undefined : stem(per),
      wordings: [record.metric.name, ...record.metric.aliases].map((phrase) => ({phrase, terms: terms(phrase), roots: terms(phrase).map((term) => root(term))}))
    }
    kinds.set(record, kind)
  }
  return kind
}
