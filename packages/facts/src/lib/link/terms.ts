import {remembering} from '../remembering.js'

const stopWords = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'by', 'and', 'or', 'its', 'their', 'his', 'her', 'all', 'that', 'which', 'who', 'with', 'from', 'at', 'as', 'so', 'called', 'were', 'was', 'be', 'is', 'are'])

/** A word reduced for matching: lower case, simple plural removed ("requests" → "request", "counties" → "county"). */
export function stem(word: string): string {
  const lower = word.toLowerCase()
  if (lower.length > 4 && lower.endsWith('ies')) return `${lower.slice(0, -3)}y`
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us')) return lower.slice(0, -1)
  return lower
}

/** The content words of a phrase, stemmed, in order, without repeats. */
export const terms: (text: string) => readonly string[] = remembering((text: string) => Object.freeze(split(text)), 100_000)

function split(text: string): string[] {
  const found: string[] = []
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    if (!word || stopWords.has(word.toLowerCase())) continue
    const term = stem(word)
    if (!found.includes(term)) found.push(term)
  }
  return found
}
