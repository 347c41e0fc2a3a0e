import {type RawRead, unreadable} from './_raw-read.js'
import {csvRecords} from './csv-records.js'
import {jsonRecords} from './json-records.js'
import {jsonLinesRecords} from './jsonl-records.js'

export type FactsFormat = 'json' | 'jsonl' | 'csv'

/** Which format a file name says, or `undefined`. */
export function formatOf(file: string): FactsFormat | undefined {
  const lower = file.toLowerCase()
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl'
  if (lower.endsWith('.json')) return 'json'
  if (lower.endsWith('.csv')) return 'csv'
  return undefined
}

/** Split a facts file into raw records; syntax errors become problems. A UTF-8 byte order mark is dropped. */
export function readRawRecords(text: string, file: string, format: FactsFormat): RawRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return unreadable([{file, message: 'the file is empty'}])
  if (format === 'jsonl') return jsonLinesRecords(body, file)
  if (format === 'csv') return csvRecords(body, file)
  return jsonRecords(body, file)
}
