import {jsonSyntaxMessage, lineAt} from './_json-syntax.js'
import {type RawRead, unreadable} from './_raw-read.js'

/** A JSON list of records, or an object whose `records` is that list. */
export function jsonRecords(text: string, file: string): RawRead {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)
    return unreadable([{file, line: position ? lineAt(text, Number(position[1])) : undefined, message: jsonSyntaxMessage(error)}])
  }
  const list = Array.isArray(data) ? data : data !== null && typeof data === 'object' && Object.hasOwn(data, 'records') && Array.isArray((data as {records: unknown}).records) ? (data as {records: unknown[]}).records : undefined
  if (!list) return unreadable([{file, message: 'expected a list of records, or an object with `records`'}])
  let lines: number[] | undefined
  return {
    records: list.map((value, index) => ({record: index + 1, value})),
    problems: [],
    lineOf: (record) => (lines ??= recordLines(text))[record - 1]
  }
}

const quote = 0x22
const backslash = 0x5c
const newline = 0x0a

/**
 * The line each record of the list starts on, in one pass over text that
 * `JSON.parse` accepted: strings are skipped whole, nesting is counted, and
 * the list is the top-level array or the value of the top-level `records`
 * key (the last one, as `JSON.parse` keeps the last of repeated keys).
 */
function recordLines(text: string): number[] {
  let lines: number[] = []
  let line = 1
  let depth = 0
  /** Depth inside the record list, while in it. */
  let listDepth = -1
  /** The next value starts a record. */
  let expecting = false
  /** In the top-level object, the next string is a key. */
  let expectingKey = false
  let key = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === newline) {
      line++
      continue
    }
    if (code === 0x20 || code === 0x09 || code === 0x0d) continue
    if (expecting && code !== 0x5d) {
      lines.push(line)
      expecting = false
    }
    if (code === quote) {
      const end = stringEnd(text, index)
      if (depth === 1 && expectingKey) {
        const raw = text.slice(index, end + 1)
        key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1)
        expectingKey = false
      }
      index = end
    } else if (code === 0x5b || code === 0x7b) {
      if (depth === 0 && code === 0x5b) startList(1)
      else if (depth === 0) expectingKey = true
      else if (depth === 1 && code === 0x5b && key === 'records' && listDepth === -1) startList(2)
      depth++
    } else if (code === 0x5d || code === 0x7d) {
      depth--
      if (depth < listDepth) listDepth = -1
    } else if (code === 0x2c) {
      if (depth === listDepth) expecting = true
      else if (depth === 1) expectingKey = true
    }
  }
  return lines

  function startList(inside: number): void {
    lines = []
    listDepth = inside
    expecting = true
  }
}

/** Offset of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let end = start + 1
  for (;;) {
    end = text.indexOf('"', end)
    if (end === -1) return text.length
    let slashes = 0
    while (text.charCodeAt(end - 1 - slashes) === backslash) slashes++
    if (slashes % 2 === 0) return end
    end++
  }
}
