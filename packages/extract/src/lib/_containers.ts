import {isBlankFrom, isSpaceOrTab, isThematicBreak, listMarkerEnd, skipSpaces} from './_markdown-syntax.js'

/*
 * Block quotes and lists, one line at a time, as micromark's `blockQuote`
 * and `list` constructs read them with indented code turned off: any
 * indentation before a marker, and all the whitespace after a list marker
 * counted into the item's content column.
 */

export interface Quote {
  type: 'quote'
}

/** micromark keeps one state per list: the open item's content column and its blank-line history. */
export interface List {
  type: 'list'
  ordered: boolean
  marker: number
  size: number
  initialBlankLine: boolean
  furtherBlankLines: boolean
  /** The line started a new item: what was open in the previous item closes. */
  closeFlow: boolean
}

export type Container = Quote | List

export interface ItemStart {
  to: number
  size: number
  initialBlankLine: boolean
  ordered: boolean
  marker: number
}

/** `>` after any indentation, and one space or tab after it; -1 when the line does not continue the quote. */
export function continueQuote(text: string, position: number, end: number): number {
  const marker = skipSpaces(text, position, end)
  if (marker === end || text.charCodeAt(marker) !== 62) return -1
  return marker + 1 < end && isSpaceOrTab(text.charCodeAt(marker + 1)) ? marker + 2 : marker + 1
}

/**
 * micromark's list continuation: a blank line, the item's indentation, or
 * the next item of the same list (then `closeFlow` is set); -1 otherwise.
 * Like micromark's, it updates the list's blank-line history even when the
 * line does not continue the list.
 */
export function continueList(text: string, list: List, position: number, end: number): number {
  list.closeFlow = false
  if (isBlankFrom(text, position, end)) {
    list.furtherBlankLines = list.furtherBlankLines || list.initialBlankLine
    return Math.min(skipSpaces(text, position, end), position + list.size)
  }
  const further = list.furtherBlankLines
  list.furtherBlankLines = false
  list.initialBlankLine = false
  if (!further && isSpaceOrTab(text.charCodeAt(position))) {
    const indent = Math.min(skipSpaces(text, position, end), position + list.size)
    if (indent - position === list.size) return indent
  }
  // Not in the current item: maybe the next one.
  list.closeFlow = true
  const marker = skipSpaces(text, position, end)
  const item = itemStart(text, marker, end, marker - position, list, false)
  if (!item) return -1
  list.size = item.size
  list.initialBlankLine = item.initialBlankLine
  return item.to
}

/**
 * A list item's marker at `at`: `-`, `+`, `*` (not a thematic break) or up to
 * nine digits and `.` or `)`, then whitespace or the end of the line. An
 * item that interrupts a paragraph cannot be empty, and an ordered one must
 * start at 1. Within a list the marker must match the list's.
 */
export function itemStart(text: string, at: number, end: number, indent: number, list: List | undefined, interrupt: boolean): ItemStart | undefined {
  if (at >= end) return undefined
  const code = text.charCodeAt(at)
  const ordered = list ? list.ordered : !(code === 42 || code === 43 || code === 45)
  let markerAt = at
  if (ordered) {
    if (code < 48 || code > 57 || (interrupt && code !== 49)) return undefined
    while (markerAt < end && markerAt - at < 9 && text.charCodeAt(markerAt) >= 48 && text.charCodeAt(markerAt) <= 57) markerAt++
    const delimiter = text.charCodeAt(markerAt)
    if (interrupt && markerAt - at > 1) return undefined
    if (list ? delimiter !== list.marker : delimiter !== 46 && delimiter !== 41) return undefined
  } else {
    if (list && code !== list.marker) return undefined
    if ((code === 42 || code === 45) && isThematicBreak(text, at, end)) return undefined
  }
  const marker = text.charCodeAt(markerAt)
  const afterMarker = markerAt + 1
  const prefix = afterMarker - at
  if (isBlankFrom(text, afterMarker, end)) {
    if (interrupt) return undefined
    return {to: afterMarker, size: indent + 1 + prefix, initialBlankLine: true, ordered, marker}
  }
  const content = skipSpaces(text, afterMarker, end)
  if (content === afterMarker) return undefined
  return {to: content, size: indent + prefix + (content - afterMarker), initialBlankLine: false, ordered, marker}
}

/**
 * Tabs expand to columns, and lists measure indentation in columns: a tab
 * before the text of a line inside a list, or among container markers, is
 * left to micromark.
 */
export function tabCountsColumns(text: string, start: number, end: number, inList: boolean): boolean {
  let index = start
  let tab = false
  let marker = false
  while (index < end) {
    const code = text.charCodeAt(index)
    if (code === 9 || code === 32) {
      tab ||= code === 9
      index++
    } else if (code === 62) {
      marker = true
      index++
    } else {
      const item = listMarkerEnd(text, index, end)
      if (item < 0) break
      marker = true
      index = item
    }
  }
  if (!tab || isBlankFrom(text, start, end)) return false
  return marker || inList
}
