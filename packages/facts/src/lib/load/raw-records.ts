import type {FactProblem} from '../errors.js'
import {parseCsv} from './csv.js'

/** A record as read from a file, before validation. */
export interface RawRecord {
  record: number
  line: number
  value: unknown
}

export type FactsFormat = 'json' | 'jsonl' | 'csv'

/** Which format a file name says, or `undefined`. */
export function formatOf(file: string): FactsFormat | undefined {
  const lower = file.toLowerCase()
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl'
  if (lower.endsWith('.json')) return 'json'
  if (lower.endsWith('.csv')) return 'csv'
  return undefined
}

/** Split a facts file into raw records; syntax errors become problems. */
export function readRawRecords(text: string, file: string, format: FactsFormat): {records: RawRecord[]; problems: FactProblem[]} {
  if (text.trim() === '') return {records: [], problems: [{file, message: 'the file is empty'}]}
  if (format === 'jsonl') return jsonLines(text, file)
  if (format === 'csv') return csv(text, file)
  return json(text, file)
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}

function json(text: string, file: string): {records: RawRecord[]; problems: FactProblem[]} {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)
    const line = position ? lineAt(text, Number(position[1])) : undefined
    return {records: [], problems: [{file, line, message: `invalid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')}`}]}
  }
  const list = Array.isArray(data) ? data : data !== null && typeof data === 'object' && Array.isArray((data as {records?: unknown}).records) ? (data as {records: unknown[]}).records : undefined
  if (!list) return {records: [], problems: [{file, message: 'expected a list of records, or an object with `records`'}]}
  const starts = elementStarts(text)
  return {records: list.map((value, index) => ({record: index + 1, line: lineAt(text, starts[index] ?? 0), value})), problems: []}
}

/** Offsets where the elements of the record list start, in one pass (strings and nesting skipped). */
function elementStarts(text: string): number[] {
  const starts: number[] = []
  let depth = 0
  let listDepth = -1
  let inString = false
  let expecting = false
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    if (inString) {
      if (char === '\\') index++
      else if (char === '"') inString = false
      continue
    }
    if (char === ' ' || char === '\n' || char === '\r' || char === '\t') continue
    if (expecting && char !== ']') {
      starts.push(index)
      expecting = false
    }
    if (char === '"') {
      inString = true
    } else if (char === '[' || char === '{') {
      depth++
      if (char === '[' && listDepth === -1 && (depth === 1 || (depth === 2 && text.slice(0, index).includes('"records"')))) {
        listDepth = depth
        expecting = true
      }
    } else if (char === ']' || char === '}') {
      depth--
    } else if (char === ',' && depth === listDepth) {
      expecting = true
    }
  }
  return starts
}

function jsonLines(text: string, file: string): {records: RawRecord[]; problems: FactProblem[]} {
  const records: RawRecord[] = []
  const problems: FactProblem[] = []
  let record = 0
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim()
    if (line === '') continue
    record++
    try {
      records.push({record, line: index + 1, value: JSON.parse(line)})
    } catch (error) {
      problems.push({file, record, line: index + 1, message: `invalid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')}`})
    }
  }
  return {records, problems}
}

/** Columns that hold lists, separated by `|`. */
const listColumns = new Set(['metric.aliases', 'scope.aliases'])
/** Columns that hold numbers. */
const numberColumns = new Set(['value', 'low', 'high', 'precision', 'version'])

function csv(text: string, file: string): {records: RawRecord[]; problems: FactProblem[]} {
  let rows
  try {
    rows = parseCsv(text)
  } catch (error) {
    return {records: [], problems: [{file, line: (error as {line?: number}).line, message: 'invalid CSV: a quoted field is never closed'}]}
  }
  const [header, ...body] = rows
  if (!header) return {records: [], problems: [{file, message: 'the file is empty'}]}
  const columns = header.cells.map((cell) => cell.trim())
  const problems: FactProblem[] = []
  const records = body.map((row, index): RawRecord => {
    if (row.cells.length !== columns.length) {
      problems.push({file, record: index + 1, line: row.line, message: `has ${row.cells.length} cells, the header has ${columns.length}`})
    }
    const value: Record<string, unknown> = {}
    for (const [position, column] of columns.entries()) {
      const cell = row.cells[position]?.trim() ?? ''
      if (cell === '') continue
      const parsed = listColumns.has(column) ? cell.split('|').map((part) => part.trim()) : numberColumns.has(column) && /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(cell) ? Number(cell) : cell
      setPath(value, column.split('.'), parsed)
    }
    return {record: index + 1, line: row.line, value}
  })
  return {records, problems}
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target
  for (const key of path.slice(0, -1)) {
    if (node[key] === undefined || typeof node[key] !== 'object') node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[path.at(-1)!] = value
}
