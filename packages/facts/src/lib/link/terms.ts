import {remembering} from '../remembering.js'

const stopWords = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'by', 'and', 'or', 'its', 'their', 'his', 'her', 'all', 'that', 'which', 'who', 'with', 'from', 'at', 'as', 'so', 'called', 'were', 'was', 'be', 'is', 'are'])

/** A word reduced for matching: lower case, simple plural removed ("requests" → "request", "counties" → "county"). */
export function stem(word: string): string {
  const lower = word.toLowerCase()
  if (lower.length > 4 && lower.endsWith('ies')) return `${lower.slice(0, -3)}y`
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us')) return lower.slice(0, -1)
  return lower
}

/**
 * The content words of a phrase, stemmed, in order, without repeats. The
 * memo keeps 20,000 phrases: at 100,000 it held 100 MB in each report worker
 * by the 17,000th article, and was no faster.
 */
export const terms: (text: string) => readonly string[] = remembering((text: string) => Object.freeze(split(text)), 20_000)

/**
 * `terms` of a text that will not come again (a claim's own figure, "2,345
 * students"): not remembered, so that a run of a million claims does not
 * fill the memo with texts seen once and make the collector carry them.
 */
export function termsOnce(text: string): readonly string[] {
  return split(text)
}

function split(text: string): string[] {
  const found: string[] = []
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    if (!word || stopWords.has(word.toLowerCase())) continue
    const term = stem(word)
    if (!found.includes(term)) found.push(term)
  }
  return found
}

/**
 * A stemmed term with its verb or noun ending removed, so that a record's
 * `denied` meets an article's `denial`, `declined` its `decline`, `refused`
 * its `refusal`. Used to score a metric, never to index one: candidates
 * still share an exact term.
 */
export const root: (term: string) => string = remembering((term: string) => {
  if (term.length > 5 && term.endsWith('ied')) return `${term.slice(0, -3)}y`
  if (term.length === 6 && term.endsWith('ial')) return `${term.slice(0, -3)}y`
  for (const ending of ['ment', 'ing', 'al', 'ed', 'e']) {
    if (term.length - ending.length >= 4 && term.endsWith(ending)) return term.slice(0, -ending.length)
  }
  return term
}, 100_000)
