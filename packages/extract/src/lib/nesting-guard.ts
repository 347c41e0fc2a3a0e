import {isLineEnding, listMarkerEnd} from './_markdown-syntax.js'

/** Container markers after this many on one line are read as spaces. */
export const maxMarkersPerLine = 32
/** Container markers starting at or past this column are read as spaces. */
export const maxMarkerColumn = 128

/**
 * Bound the nesting of block quotes and lists, so that nothing downstream
 * pays for thousands of open containers on every line: container markers
 * (`>`, `-`, `+`, `*`, `1.`, `1)`) past the 32nd on a line, or starting at
 * column 128 or later, are replaced by spaces of the same length, and so is
 * a byte order mark at the start (micromark would drop it and shift every
 * offset by one). Offsets are unchanged; text that needs no change is
 * returned as is.
 */
export function guardNesting(text: string): string {
  const blanks: Array<[number, number]> = []
  if (text.charCodeAt(0) === 0xfe_ff) blanks.push([0, 1])
  let lineStart = text.charCodeAt(0) === 0xfe_ff ? 1 : 0
  while (lineStart < text.length) {
    let index = lineStart
    let column = 0
    let markers = 0
    let tab = false
    for (;;) {
      const code = text.charCodeAt(index)
      if (code === 32) {
        column++
        index++
        continue
      }
      if (code === 9) {
        column += 4 - (column % 4)
        tab = true
        index++
        continue
      }
      const end = markerEnd(text, index)
      if (end < 0) break
      markers++
      if (markers > maxMarkersPerLine || column >= maxMarkerColumn) {
        // One range for a run of markers with only spaces between (`> > > …`).
        const last = blanks.at(-1)
        if (last && !tab && last[1] >= lineStart) last[1] = end
        else blanks.push([index, end])
      }
      tab = false
      column += end - index
      index = end
    }
    while (index < text.length && !isLineEnding(text.charCodeAt(index))) index++
    lineStart = index + 1
  }
  if (blanks.length === 0) return text
  const parts: string[] = []
  let last = 0
  for (const [start, end] of blanks) {
    parts.push(text.slice(last, start), ' '.repeat(end - start))
    last = end
  }
  parts.push(text.slice(last))
  return parts.join('')
}

/** End of a container marker at `at` (`>`, or a list marker and the whitespace or line ending after it), else -1. */
function markerEnd(text: string, at: number): number {
  return text.charCodeAt(at) === 62 ? at + 1 : listMarkerEnd(text, at, text.length)
}
