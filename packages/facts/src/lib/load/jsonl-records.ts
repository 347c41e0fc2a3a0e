import {jsonSyntaxMessage} from './_json-syntax.js'
import type {RawRead} from './_raw-read.js'

/** One JSON record a line (JSON Lines); blank lines are skipped. */
export function jsonLinesRecords(text: string, file: string): RawRead {
  const lines: number[] = []
  const result: RawRead = {records: [], problems: [], lineOf: (record) => lines[record - 1]}
  let record = 0
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim()
    if (line === '') continue
    record++
    lines.push(index + 1)
    try {
      result.records.push({record, value: JSON.parse(line)})
    } catch (error) {
      result.problems.push({file, record, line: index + 1, message: jsonSyntaxMessage(error)})
    }
  }
  return result
}
