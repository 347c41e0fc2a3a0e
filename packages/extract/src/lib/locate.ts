/** A 1-indexed line and column, with the offset they stand for. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** 1-indexed line and column of one offset (for many offsets in one text, use `locator`). */
export function point(text: string, offset: number): Point {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return {line, column: offset - lineStart + 1, offset}
}

/**
 * `point` for many offsets in one text: the line starts are found once, then
 * each offset is a binary search, so a large document with many claims or
 * differences is not scanned again for each.
 */
export function locator(text: string): (offset: number) => Point {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return (offset) => {
    // The last line start at or before the offset (a newline itself ends its line).
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - starts[low]! + 1, offset}
  }
}
