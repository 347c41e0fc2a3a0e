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
  /**
   * What a period added or took away, named by a participle ("positions
   * added", "jobs lost"): a level of the record's own and the size of a
   * change to a stock alike, so "45 new positions" and "adds 45 positions"
   * both state it.
   */
  flow: 'up' | 'down' | undefined
  per: string | undefined
  /** The record's wordings (name, then aliases) as terms, each with its roots (see `root`), read once per record. */
  wordings: ReadonlyArray<{phrase: string; terms: readonly string[]; roots: readonly string[]}>
}

// Not "fall" (the season: "fall enrollment"), "loss" or "gain" (a company's net loss is a level), "shift" (a work shift).
const changeWords = new Set(['change', 'changes', 'increase', 'increases', 'decrease', 'decreases', 'growth', 'rise', 'rises', 'drop', 'drops', 'decline', 'declines', 'cut', 'cuts', 'reduction', 'reductions', 'swing', 'difference'])
const fallingWords = new Set(['decrease', 'decreases', 'drop', 'drops', 'decline', 'declines', 'cut', 'cuts', 'reduction', 'reductions', 'lost', 'shed', 'eliminated'])
// Not "new" ("new home sales" is a level of sales).
const addedWords = new Set(['added', 'gained', 'created'])
const takenWords = new Set(['lost', 'shed', 'eliminated'])
const ageWords = new Set(['age', 'ages', 'aged'])

/**
 * Kinds by metric name, each beside the aliases and unit it was read with.
 * Records of one metric share a kind: a store of a million records holds a
 * few thousand metrics, and a kind per record would keep a million objects
 * alive for the collector to walk.
 */
const kinds = new Map<string, Array<{aliases: readonly string[]; unit: string; kind: MetricKind}>>()
/** Distinct metrics remembered before all are forgotten at once, so memory stays bounded on any store. */
const limit = 10_000
let remembered = 0

export function metricKind(record: FactRecord): MetricKind {
  const {name, aliases} = record.metric
  let same = kinds.get(name)
  if (same) {
    for (const entry of same) if (entry.unit === record.unit && sameWords(entry.aliases, aliases)) return entry.kind
  } else {
    if (remembered >= limit) {
      kinds.clear()
      remembered = 0
    }
    same = []
    kinds.set(name, same)
  }
  const kind = readKind(record)
  same.push({aliases, unit: record.unit, kind})
  remembered++
  return kind
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}

function readKind(record: FactRecord): MetricKind {
  const words = [record.metric.name, ...record.metric.aliases].join(' ; ').toLowerCase().split(/[^\p{L}\p{N};]+/u)
  let per: string | undefined
  for (const [index, word] of words.entries()) {
    if (word !== 'per') continue
    per = words.slice(index + 1).find((next) => next !== '' && !/^\d/.test(next) && next !== ';')
    if (per) break
  }
  return {
    change: record.unit === 'percentage-point' || words.some((word) => changeWords.has(word)),
    falling: words.some((word) => fallingWords.has(word)),
    age: words.some((word) => ageWords.has(word)),
    flow: words.some((word) => addedWords.has(word)) ? 'up' : words.some((word) => takenWords.has(word)) ? 'down' : undefined,
    per: per === undefined ? undefined : stem(per),
    wordings: [record.metric.name, ...record.metric.aliases].map((phrase) => ({phrase, terms: terms(phrase), roots: terms(phrase).map((term) => root(term))}))
  }
}
