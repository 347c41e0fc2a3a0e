import {hedges} from '@claimtrace/extract'
import type {Alignment, Segment} from './align.js'
import {type Divergence, type DivergenceKind, severityOf} from './divergence.js'
import type {Token} from './tokens.js'

// Furniture that outlets add around a story. Each pattern is a plain
// alternation without nested quantifiers: linear on any input.
const boilerplate = [
  /please let us know if you(?:'|’)re having issues with commenting/i,
  /\b(?:file |ap |staff )?photo(?:graph)?\s*:/i,
  /\b(?:ap|reuters|getty|afp) (?:photo|images)\b/i,
  /\b\d{1,2}% off\b/i,
  /\bsubscribe (?:now|today)\b/i,
  /\bsign up for (?:our|the)\b/i,
  /\ball rights reserved\b/i,
  /\bclick here\b/i
]

const attributionWords = new Set(['according', 'said', 'says', 'reported', 'reports', 'told', 'stated', 'announced', 'cited', 'citing', 'revealed', 'reveals', 'obtained', 'estimated', 'estimates'])
const months = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'week', 'month', 'year', 'quarter'])

/**
 * Every difference of an alignment, classified, with its places in both
 * copies. Copy `a` is the reference: words only in `a` are dropped by `b`.
 */
export function classifyDivergences(alignment: Alignment): Divergence[] {
  const divergences: Divergence[] = []
  const {a, b, segments} = alignment
  const push = (kind: DivergenceKind, left: {start: number; end: number}, right: {start: number; end: number}) => {
    divergences.push({kind, severity: severityOf[kind], a: place(a.text, left), b: place(b.text, right)})
  }
  for (const [index, segment] of segments.entries()) {
    if (segment.kind === 'equal') {
      for (let offset = 0; offset < segment.a.to - segment.a.from; offset++) {
        const left = a.tokens[segment.a.from + offset]!
        const right = b.tokens[segment.b.from + offset]!
        if (offset > 0) {
          const gapA = {start: a.tokens[segment.a.from + offset - 1]!.end, end: left.start}
          const gapB = {start: b.tokens[segment.b.from + offset - 1]!.end, end: right.start}
          if (a.text.slice(gapA.start, gapA.end) !== b.text.slice(gapB.start, gapB.end)) push('whitespace', gapA, gapB)
        }
        const textA = a.text.slice(left.start, left.end)
        const textB = b.text.slice(right.start, right.end)
        if (textA === textB) continue
        if (left.kind === 'number') push(left.mangled || right.mangled ? 'mangled-number' : 'number-format', left, right)
        else push('formatting', left, right)
      }
      continue
    }
    const last = index === segments.length - 1
    // A copy cut short and closed with the outlet's furniture ("Please let us know…") has lost its ending and added a footer: two differences, not one rewrite.
    if (last && isFooterAfterCut(alignment, segment)) {
      const footer = b.tokens[segment.b.from]!.start
      push('truncation', {start: a.tokens[segment.a.from]!.start, end: segment.a.end}, {start: footer, end: footer})
      push('boilerplate', {start: segment.a.end, end: segment.a.end}, {start: footer, end: segment.b.end})
      continue
    }
    push(kindOf(alignment, segment, last), segment.a, segment.b)
  }
  return divergences
}

/** Tokens (words and marks) a footer (a prompt, a banner, a photo credit) has at most. */
const footerWords = 40

/** The last difference replaces the original's ending with a few lines of furniture. */
function isFooterAfterCut({a, b}: Alignment, segment: Segment): boolean {
  return (
    segment.a.from < segment.a.to &&
    segment.b.from < segment.b.to &&
    segment.a.to === a.tokens.length &&
    segment.b.to === b.tokens.length &&
    segment.b.to - segment.b.from <= footerWords &&
    isBoilerplate(b.text.slice(segment.b.start, segment.b.end), false)
  )
}

/** Words a one-sided change needs to be a sentence or more dropped or added. */
const wholeSentence = 12

function kindOf(alignment: Alignment, segment: Segment, last: boolean): DivergenceKind {
  const {a, b} = alignment
  const left = a.tokens.slice(segment.a.from, segment.a.to)
  const right = b.tokens.slice(segment.b.from, segment.b.to)
  const textA = a.text.slice(segment.a.start, segment.a.end)
  const textB = b.text.slice(segment.b.start, segment.b.end)
  const oneSided = left.length === 0 || right.length === 0
  const only = left.length === 0 ? textB : textA

  if (oneSided && isBoilerplate(only, segment.a.from === 0 && segment.b.from === 0)) return 'boilerplate'
  // A copy that stops early has lost its ending, whatever the ending said; cut mid-word ("in Massa"), its last word begins the original's.
  if (last && segment.a.to === a.tokens.length && segment.b.to === b.tokens.length && (right.length === 0 || cutMidWord(a.text, b.text, left, right))) return 'truncation'
  if (left.every((token) => token.kind === 'mark') && right.every((token) => token.kind === 'mark')) return 'formatting'

  // A sentence or more dropped or added whole ("every other paragraph cut", "two local paragraphs added") is that, whatever
  // it says: a hedge or a source dropped within a sentence is a change of the sentence kept.
  const wordsIn = (tokens: readonly Token[]) => tokens.filter((token) => token.kind !== 'mark').length
  if (oneSided && wordsIn(left.length === 0 ? right : left) >= wholeSentence) return right.length === 0 ? 'dropped-words' : 'added-words'
  // Sentences on both sides that share no passage (a splice's other story) are rewritten text, not an edit of one figure or word.
  if (wordsIn(left) >= wholeSentence && wordsIn(right) >= wholeSentence) return 'reworded'
  const wordsA = keys(left)
  const wordsB = keys(right)
  const hedgeA = hedgeIn(left, a.tokens[segment.a.to])
  const hedgeB = hedgeIn(right, b.tokens[segment.b.to])
  if (hedgeA !== hedgeB) return 'hedge-change'
  const numbersA = left.filter((token) => token.kind === 'number').map((token) => token.key)
  const numbersB = right.filter((token) => token.kind === 'number').map((token) => token.key)
  if (numbersA.length > 0 && numbersB.length > 0 && numbersA.join(' ') !== numbersB.join(' ')) {
    // "February 4-10" → "February 11-17" and "in 2015" → "in 2016" move the period, not the figure.
    const before = a.tokens[segment.a.from - 1]
    const temporal = (before !== undefined && months.has(before.key)) || [...left, ...right].some((token) => months.has(token.key)) || [...numbersA, ...numbersB].every((key) => isYear(key))
    return temporal ? 'period-change' : 'value-change'
  }
  if (attribution(wordsA) !== attribution(wordsB)) return 'attribution-change'
  if (right.length === 0) return 'dropped-words'
  if (left.length === 0) return 'added-words'
  return 'reworded'
}

/** The copy's one last token is the start of the original's next one, and the copy ends there. */
function cutMidWord(textA: string, textB: string, left: readonly Token[], right: readonly Token[]): boolean {
  if (right.length !== 1 || left.length === 0) return false
  const [cut] = right
  const [whole] = left
  const part = textB.slice(cut!.start, cut!.end)
  return textB.slice(cut!.end).trim() === '' && part.length < whole!.end - whole!.start && textA.slice(whole!.start, whole!.end).startsWith(part)
}

function place(text: string, range: {start: number; end: number}) {
  return {start: range.start, end: range.end, text: text.slice(range.start, range.end)}
}

function keys(tokens: readonly Token[]): string[] {
  return tokens.map((token) => token.key)
}

/**
 * Whether every line is furniture: a known prompt or banner, or, before the
 * story starts, a line with no sentence end (a headline, a photo caption).
 */
function isBoilerplate(text: string, leading: boolean): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  return lines.length > 0 && lines.every((line) => boilerplate.some((pattern) => pattern.test(line)) || (leading && isHeading(line)))
}

function isHeading(line: string): boolean {
  return !/[.!?]["”’)]?\s*$/.test(line) && line.split(/\s+/).length <= 15
}

/** The hedge phrase ("more than", "nearly") in these tokens that stands before a figure, if any. */
function hedgeIn(tokens: readonly Token[], next: Token | undefined): string | undefined {
  for (let index = 0; index < tokens.length; index++) {
    for (const [phrase] of hedges) {
      if (phrase.every((word, offset) => tokens[index + offset]?.key === word)) {
        const after = tokens[index + phrase.length] ?? (index + phrase.length === tokens.length ? next : undefined)
        if (after?.kind === 'number' || after?.key === '$') return phrase.join(' ')
      }
    }
  }
  return undefined
}

function attribution(words: readonly string[]): boolean {
  return words.some((word) => attributionWords.has(word))
}

function isYear(key: string): boolean {
  return /^(?:1[89]|20)\d\d$/.test(key)
}
