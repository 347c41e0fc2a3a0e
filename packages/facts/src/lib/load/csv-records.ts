import type {FactProblem} from '../errors.js'
import {type CsvRow, parseCsv} from './csv.js'
import {type RawRead, type RawRecord, unreadable} from './_raw-read.js'
import {completeObservation, isObservationHeader, observationCell} from './observations-csv.js'

/** Columns that hold lists, separated by `|`. */
const listColumns = new Set(['metric.aliases', 'scope.aliases'])
/** Columns that hold numbers. */
const numberColumns = new Set(['value', 'low', 'high', 'precision', 'version'])
/** Names that reach an object's prototype when used as keys: never a field. */
const forbiddenNames = new Set(['__proto__', 'constructor', 'prototype'])

/** A record being built from a row: objects without a prototype, so no key reaches `Object.prototype`. */
type Node = Record<string, unknown>

/**
 * One record a row, with dotted column names (`metric.name`,
 * `source.publisher`) and lists split on `|`, or a Data Commons observations
 * table (`variableMeasured`, `observationAbout`, `observationDate`, `value`,
 * `unit`, `measurementMethod`, then dotted columns for the rest). A header that names a
 * prototype key, repeats a column, or looks semicolon- or tab-separated is
 * refused before any row is read.
 */
export function csvRecords(text: string, file: string): RawRead {
  let rows: CsvRow[]
  try {
    rows = parseCsv(text)
  } catch (error) {
    return unreadable([{file, line: (error as {line?: number}).line, message: 'invalid CSV: a quoted field is never closed'}])
  }
  const [header, ...body] = rows
  if (!header) return unreadable([{file, message: 'the file is empty'}])
  const columns = header.cells.map((cell) => cell.trim())
  const problems = headerProblems(columns, file, header.line)
  if (problems.length > 0) return unreadable(problems)

  // A Data Commons observations table names its own columns; a record's period stated in full wins over its date.
  const observations = isObservationHeader(columns)
  const periodStated = columns.some((column) => column.startsWith('period.'))
  const records = body.map((row, index): RawRecord => {
    if (row.cells.length !== columns.length) {
      problems.push({file, record: index + 1, line: row.line, message: `has ${row.cells.length} cells, the header has ${columns.length}`})
    }
    const value: Node = Object.create(null) as Node
    for (const [position, column] of columns.entries()) {
      const cell = row.cells[position]?.trim() ?? ''
      if (cell === '' || column === '') continue
      const fields = observations ? (column === 'observationDate' && periodStated ? [] : observationCell(column, cell)) : [[column, cell] as [string, unknown]]
      for (const [field, text] of fields) setPath(value, field.split('.'), parseCell(field, text as string))
    }
    if (observations) completeObservation(value, index + 1)
    return {record: index + 1, value}
  })
  return {records, problems, lineOf: (record) => body[record - 1]?.line}
}

function parseCell(column: string, cell: string): unknown {
  if (listColumns.has(column)) return cell.split('|').map((part) => part.trim())
  return numberColumns.has(column) && /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(cell) ? Number(cell) : cell
}

function headerProblems(columns: readonly string[], file: string, line: number): FactProblem[] {
  if (columns.length === 1) {
    const [only = ''] = columns
    for (const [separator, name] of [[';', 'semicolon'], ['\t', 'tab']] as const) {
      const count = only.split(separator).length - 1
      if (count > 0) return [{file, line, message: `the header has no commas but ${count} ${name}${count === 1 ? '' : 's'}: claimtrace reads comma-separated CSV`}]
    }
  }
  const problems: FactProblem[] = []
  const seen = new Map<string, number>()
  for (const [index, column] of columns.entries()) {
    const forbidden = column.split('.').find((part) => forbiddenNames.has(part))
    if (forbidden !== undefined) {
      problems.push({file, line, message: `column ${index + 1} is named \`${column}\`: \`${forbidden}\` cannot be a field name`})
      continue
    }
    const first = seen.get(column)
    if (first !== undefined && column !== '') problems.push({file, line, message: `column ${index + 1} repeats \`${column}\`, column ${first}`})
    else seen.set(column, index + 1)
  }
  return problems
}

/** Set `path` in `target`, making prototype-less objects on the way (`source.url` → `{source: {url}}`). */
function setPath(target: Node, path: readonly string[], value: unknown): void {
  let node = target
  for (let index = 0; index < path.length - 1; index++) {
    const key = path[index]!
    let next = node[key]
    if (next === null || typeof next !== 'object' || Array.isArray(next)) {
      next = Object.create(null) as Node
      node[key] = next
    }
    node = next as Node
  }
  node[path.at(-1)!] = value
}
