import type {Claim} from '@claimtrace/extract'
import {root, terms, termsOnce} from './terms.js'

/** How much a word counts toward a metric: the claim's own words, or only its sentence's. */
export const weights = {subject: 1, own: 0.75, carried: 0.5, sentence: 0.35} as const

/** A word counts as the claim's own (not only its sentence's) from this weight up. */
export const ownWeight = weights.carried

/**
 * The words a claim's metric is matched on, stemmed, with their weights: the
 * subject (1); the figure's own words — its span, the words just before it
 * back to the previous figure and just after it to the next figure or
 * punctuation, and the noun phrase around the subject ("the denial rate of
 * ICE detainers") (0.75); the rest of the sentence (0.35). Roots of the words
 * are kept too (`denial` → `deny`), looked up when a record's word is absent.
 */
export function evidence(claim: Claim, text: string | undefined, neighbours: {previousEnd: number; nextEnd: number} | undefined, carried: ReadonlyMap<string, number> | undefined): Map<string, number> {
  const words = new Map<string, number>()
  const add = (found: readonly string[], weight: number) => {
    for (const word of found) {
      if ((words.get(word) ?? 0) < weight) words.set(word, weight)
      const base = root(word)
      if (base !== word && (words.get(base) ?? 0) < weight) words.set(base, weight)
    }
  }
  add(terms(claim.subject ?? ''), weights.subject)
  add(termsOnce(claim.text), weights.own)
  if (carried) for (const word of carried.keys()) if ((words.get(word) ?? 0) < weights.carried) words.set(word, weights.carried)
  if (text !== undefined) {
    const {start, end} = claim.sentence
    add(terms(text.slice(start, end)), weights.sentence)
    // The verb that governs a figure stands just before it ("issued 2,825", "turned down 12") or just after ("47 … were denied"), never past another figure.
    const from = Math.max(start, neighbours?.previousEnd ?? start)
    const to = Math.min(end, neighbours?.nextEnd ?? end)
    // With no subject, the metric may open the sentence: "Burglaries in St. Louis dropped to 4,120".
    add(termsOnce(lastWords(text.slice(from, claim.start), claim.subject ? 5 : 8)), weights.own)
    add(termsOnce(firstWords(text.slice(claim.end, to).split(/[,;:.!?()]/)[0] ?? '', 10)), weights.own)
    if (claim.subject) add(terms(nounPhrase(text.slice(start, end), claim.subject)), weights.own)
  }
  return words
}

/** The words a claim holds as its own (weight from `ownWeight` up), to carry to a claim that repeats its subject. */
export function ownWords(words: ReadonlyMap<string, number>): Map<string, number> {
  const own = new Map<string, number>()
  for (const [word, weight] of words) if (weight >= ownWeight) own.set(word, weight)
  return own
}

function lastWords(text: string, count: number): string {
  const words = text.split(/\s+/).filter(Boolean)
  return words.slice(-count).join(' ')
}

function firstWords(text: string, count: number): string {
  return text.split(/\s+/).filter(Boolean).slice(0, count).join(' ')
}

const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our'])

/** The words before the subject back to its determiner, within four words: "the denial rate of [ICE detainers]" → `denial rate of`. */
function nounPhrase(sentence: string, subject: string): string {
  const at = sentence.toLowerCase().indexOf(subject.toLowerCase())
  if (at <= 0) return ''
  const before = sentence.slice(0, at).split(/\s+/).filter(Boolean).slice(-5)
  const phrase: string[] = []
  for (let index = before.length - 1; index >= 0; index--) {
    const word = before[index]!
    if (/[,;:.!?()"“”]$/.test(word)) break
    if (determiners.has(word.toLowerCase())) return phrase.join(' ')
    phrase.unshift(word)
  }
  return ''
}
