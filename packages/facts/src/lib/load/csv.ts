/** A CSV row with the line it starts on. */
export interface CsvRow {
  line: number
  cells: string[]
}

const quote = 0x22
const comma = 0x2c
const newline = 0x0a
const carriageReturn = 0x0d

/**
 * Parse RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside
 * quotes, CRLF) in one pass; cells are sliced from the text, never built a
 * character at a time. Blank lines are skipped. Throws `{line, message}` on
 * an unclosed quote.
 */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = []
  let cells: string[] = []
  let line = 1
  let rowLine = 1
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0

  while (index <= text.length) {
    let cell: string
    if (text.charCodeAt(index) === quote) {
      // Quoted: runs up to the next quote not doubled; line breaks inside count.
      let value = ''
      let from = index + 1
      for (;;) {
        const close = text.indexOf('"', from)
        if (close === -1) throw Object.assign(new Error('unclosed quote'), {line: rowLine})
        value += text.slice(from, close)
        if (text.charCodeAt(close + 1) !== quote) {
          index = close + 1
          break
        }
        value += '"'
        from = close + 2
      }
      line += countNewlines(value)
      // Text after the closing quote, up to the separator, belongs to the cell (lenient, as before).
      const end = cellEnd(text, index)
      cell = value + text.slice(index, end)
      index = end
    } else {
      const end = cellEnd(text, index)
      cell = text.slice(index, end)
      index = end
    }
    cells.push(cell)
    const code = text.charCodeAt(index)
    if (code === comma) {
      index++
      continue
    }
    // End of a line or of the text: end the row, skipping blank lines.
    if (cells.length > 1 || cells[0] !== '') rows.push({line: rowLine, cells})
    cells = []
    if (code === carriageReturn && text.charCodeAt(index + 1) === newline) index++
    index++
    line++
    rowLine = line
  }
  return rows
}

/** Offset of the comma or line break that ends the cell starting at `index` (or the end of the text). */
function cellEnd(text: string, index: number): number {
  let end = index
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end)
    if (code === comma || code === newline || code === carriageReturn) break
  }
  return end
}

function countNewlines(value: string): number {
  let count = 0
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) count++
  return count
}
