/** A word, number or punctuation mark of a text, with its offsets in that text. */
export interface Token {
  start: number
  end: number
  kind: 'word' | 'number' | 'mark'
  /** What the token compares as: words in lower case, numbers as their value ("10,701" and "10, 701" are both `10701`), curly quotes straight. */
  key: string
  /** A number written with a stray space inside ("10, 701", "26. 9"), as scrapes leave them. */
  mangled: boolean
}

// One pass, no nested quantifiers over the same characters: linear on any input.
// A number may hold ", " before exactly three digits (a scraped thousands
// separator) or ". " before a digit after at most three digits ("26. 9").
const pattern = /\p{N}{1,3}(?:, ?\p{N}{3}(?!\p{N}))+(?:\.\p{N}+)?|\p{N}{1,3}\. \p{N}+(?![\p{N},.]\p{N})|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\p{N}]/gu

const marks: Record<string, string> = {'’': "'", '‘': "'", '“': '"', '”': '"', '–': '-', '—': '-'}

/** The tokens of a text, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(pattern)) {
    const value = match[0]
    const start = match.index
    const end = start + value.length
    const kind = kindOf(value)
    if (kind === 'number') {
      const mangled = value.includes(' ')
      tokens.push({start, end, kind: 'number', key: numberKey(value), mangled})
    } else if (kind === 'word') {
      const lower = value.toLowerCase()
      tokens.push({start, end, kind: 'word', key: lower.includes('’') ? lower.replaceAll('’', "'") : lower, mangled: false})
    } else {
      tokens.push({start, end, kind: 'mark', key: marks[value] ?? value, mangled: false})
    }
  }
  return tokens
}

/** What a match of `pattern` is, by its first character: ASCII is decided without a Unicode test. */
function kindOf(value: string): Token['kind'] {
  const code = value.charCodeAt(0)
  if (code >= 48 && code <= 57) return 'number'
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 'word'
  if (code < 128) return 'mark'
  return /^\p{N}/u.test(value) ? 'number' : /^[\p{L}\p{M}]/u.test(value) ? 'word' : 'mark'
}

/** A number's value as a key: separators and stray spaces dropped ("10, 701" → "10701", "26. 9" → "26.9"). */
function numberKey(value: string): string {
  const compact = value.replaceAll(' ', '')
  // A comma before three digits groups thousands; any other comma or point is a decimal point.
  const grouped = compact.replaceAll(/,(?=\p{N}{3}(?!\p{N}))/gu, '')
  const number = Number(grouped.replace(',', '.'))
  return Number.isFinite(number) ? String(number) : grouped
}
