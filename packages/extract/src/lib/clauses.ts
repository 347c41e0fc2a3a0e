import type {Token} from './tokenize.js'

/** Words that open a clause whose places are its own: "…, with the entire states of California …", "While cities in New York …,". */
const introducers = new Set(['with', 'while', 'although', 'though', 'whereas', 'including'])

/** Token ranges `[from, to)` of a sentence's subordinate clauses, each running to the next comma, semicolon or the end. */
export function subordinateClauses(tokens: readonly Token[], from: number, to: number): Array<[number, number]> {
  const clauses: Array<[number, number]> = []
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    const opens = introducers.has(token.lower) && (index === from || tokens[index - 1]!.text === ',' || tokens[index - 1]!.text === ';')
    if (!opens) continue
    let end = index + 1
    while (end < to && tokens[end]!.text !== ',' && tokens[end]!.text !== ';') end++
    clauses.push([index, end])
    index = end
  }
  return clauses
}

/** The parts of `[from, to)` outside the given clauses. */
export function outside(clauses: ReadonlyArray<[number, number]>, from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = []
  let start = from
  for (const [clauseFrom, clauseTo] of clauses) {
    if (clauseFrom > start) parts.push([start, clauseFrom])
    start = clauseTo
  }
  if (start < to) parts.push([start, to])
  return parts
}
