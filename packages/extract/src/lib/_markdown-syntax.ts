/**
 * Character tests for reading Markdown block structure line by line, as
 * micromark reads it: line endings are `\r\n`, `\r` or `\n`; only space and
 * tab are Markdown whitespace.
 */

export function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9
}

export function isLineEnding(code: number): boolean {
  return code === 10 || code === 13
}

/** Index of the line ending (or end of text) at or after `from`. */
export function lineEnd(text: string, from: number): number {
  let index = from
  while (index < text.length && !isLineEnding(text.charCodeAt(index))) index++
  return index
}

/** Index of the next line's first character, after the line ending at `end`. */
export function nextLine(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2
  return end < text.length ? end + 1 : end
}

export function skipSpaces(text: string, from: number, end: number): number {
  let index = from
  while (index < end && isSpaceOrTab(text.charCodeAt(index))) index++
  return index
}

export function isBlankFrom(text: string, from: number, end: number): boolean {
  return skipSpaces(text, from, end) === end
}

/** `***`, `- - -`, `___`: three or more of one marker, spaces and tabs between, nothing else. */
export function isThematicBreak(text: string, from: number, end: number): boolean {
  const marker = text.charCodeAt(from)
  if (marker !== 42 && marker !== 45 && marker !== 95) return false
  let count = 0
  for (let index = from; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === marker) count++
    else if (!isSpaceOrTab(code)) return false
  }
  return count >= 3
}

/** `#` to `######` followed by whitespace or the end of the line. */
export function isAtxHeading(text: string, from: number, end: number): boolean {
  let index = from
  while (index < end && index - from < 7 && text.charCodeAt(index) === 35) index++
  const size = index - from
  return size >= 1 && size <= 6 && (index === end || isSpaceOrTab(text.charCodeAt(index)))
}

/** `===` or `---` alone on a line (trailing whitespace allowed): a setext heading's underline. */
export function isSetextUnderline(text: string, from: number, end: number): boolean {
  const marker = text.charCodeAt(from)
  if (marker !== 61 && marker !== 45) return false
  let index = from
  while (index < end && text.charCodeAt(index) === marker) index++
  return isBlankFrom(text, index, end)
}

/**
 * Leaf starts this package leaves to micromark: HTML (`<`) and, where a
 * paragraph would start, what may be a link definition (`[label]:`).
 * Reading them needs micromark's full grammar.
 */
export function needsFullParser(text: string, from: number, paragraphStart: boolean): boolean {
  const code = text.charCodeAt(from)
  return code === 60 || (code === 91 && paragraphStart && mayBeDefinition(text, from))
}

/**
 * Whether `[` at `from` may open a link definition: its label (at most 999
 * characters, no unescaped `[`) closes with `]:`. Cheap and conservative.
 */
function mayBeDefinition(text: string, from: number): boolean {
  const limit = Math.min(text.length, from + 1001)
  for (let index = from + 1; index < limit; index++) {
    const code = text.charCodeAt(index)
    if (code === 92) index++
    else if (code === 91) return false
    else if (code === 93) return text.charCodeAt(index + 1) === 58
  }
  return false
}

/** The marker and length of a fenced code opening at `from` (three or more backticks or tildes; no backtick after backticks), else undefined. */
export function fenceOpening(text: string, from: number, end: number): {marker: number; size: number} | undefined {
  const marker = text.charCodeAt(from)
  if (marker !== 96 && marker !== 126) return undefined
  let index = from
  while (index < end && text.charCodeAt(index) === marker) index++
  const size = index - from
  if (size < 3) return undefined
  if (marker === 96) {
    for (; index < end; index++) if (text.charCodeAt(index) === 96) return undefined
  }
  return {marker, size}
}

/** Whether the line `[from, end)` closes a fence: the marker at least `size` times, then only whitespace. */
export function isFenceClosing(text: string, from: number, end: number, fence: {marker: number; size: number}): boolean {
  let index = skipSpaces(text, from, end)
  const start = index
  while (index < end && text.charCodeAt(index) === fence.marker) index++
  return index - start >= fence.size && isBlankFrom(text, index, end)
}

/**
 * End of a list marker (`-`, `+`, `*`, or one to nine digits and `.` or `)`)
 * at `at` when whitespace or a line ending follows it, else -1.
 */
export function listMarkerEnd(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at)
  let after = at + 1
  if (code >= 48 && code <= 57) {
    while (after < end && after - at < 9 && text.charCodeAt(after) >= 48 && text.charCodeAt(after) <= 57) after++
    const delimiter = text.charCodeAt(after)
    if (delimiter !== 46 && delimiter !== 41) return -1
    after++
  } else if (code !== 42 && code !== 43 && code !== 45) {
    return -1
  }
  return after >= end || isSpaceOrTab(text.charCodeAt(after)) || isLineEnding(text.charCodeAt(after)) ? after : -1
}
