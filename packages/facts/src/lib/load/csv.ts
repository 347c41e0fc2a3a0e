/** A CSV row with the line it starts on. */
export interface CsvRow {
  line: number
  cells: string[]
}

/**
 * Parse RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside
 * quotes, CRLF) in one pass. Throws `{line, message}` on an unclosed quote.
 */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let rowLine = 1
  let quoted = false
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0

  const endRow = () => {
    cells.push(cell)
    if (cells.length > 1 || cells[0] !== '') rows.push({line: rowLine, cells})
    cells = []
    cell = ''
  }

  for (; index < text.length; index++) {
    const char = text.charAt(index)
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        cell += '"'
        index++
      } else if (char === '"') {
        quoted = false
      } else {
        if (char === '\n') line++
        cell += char
      }
    } else if (char === '"' && cell === '') {
      quoted = true
    } else if (char === ',') {
      cells.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text.charAt(index + 1) === '\n') index++
      endRow()
      line++
      rowLine = line
    } else {
      cell += char
    }
  }
  if (quoted) throw Object.assign(new Error('unclosed quote'), {line: rowLine})
  if (cell !== '' || cells.length > 0) endRow()
  return rows
}
