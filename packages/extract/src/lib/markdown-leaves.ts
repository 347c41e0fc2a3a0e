import {isBlankFrom, isSpaceOrTab, lineEnd, nextLine} from './_markdown-syntax.js'
import {BlockScanner, type Leaf} from './block-scanner.js'
import {micromarkLeaves} from './micromark-leaves.js'
import {guardNesting} from './nesting-guard.js'

/** The most text handed to micromark at once (UTF-16 units): its memory grows far faster than its input. */
export const maxSection = 200_000

/**
 * The leaves (paragraphs and headings) of a Markdown document, in order.
 *
 * The text is cut into groups where a line starts in column 0 after a blank
 * line: nothing open before such a line but fenced code (block quotes,
 * paragraphs, list items) can continue into it, so each group reads the
 * same alone. Each group is read by `BlockScanner` (with the next while it
 * ends inside fenced code); a group it cannot read (HTML, link definitions)
 * is read by micromark, together with the groups after it while it ends
 * in code or HTML that may still be open. micromark reads at
 * most `maxSection` characters at once: past that, a single unbroken
 * stretch of such markup is cut at a line start.
 */
export function readLeaves(input: string): Leaf[] {
  const text = guardNesting(input)
  const groups = groupStarts(text)
  const leaves: Leaf[] = []
  for (let group = 0; group < groups.length; ) {
    const scanner = new BlockScanner(text)
    let next = group
    // Fenced code runs on over blank lines: a group that ends inside it goes on into the next.
    do {
      const end = groups[next + 1] ?? text.length
      for (let line = groups[next]!; line < end && !scanner.hard; ) {
        const stop = lineEnd(text, line)
        scanner.line(line, stop)
        line = nextLine(text, stop)
      }
      next++
    } while (!scanner.hard && scanner.inCode && next < groups.length)
    if (scanner.hard) {
      group = readWithMicromark(text, groups, group, leaves)
      continue
    }
    scanner.finish()
    for (const leaf of scanner.leaves) leaves.push(leaf)
    group = next
  }
  return leaves
}

/** Read groups from `group` on with micromark; returns the first group not read. */
function readWithMicromark(text: string, groups: readonly number[], group: number, leaves: Leaf[]): number {
  let start = groups[group]!
  let next = group + 1
  for (;;) {
    const end = groups[next] ?? text.length
    if (end - start > maxSection) {
      const cut = lineStartBefore(text, start, start + maxSection)
      for (const leaf of micromarkLeaves(text, start, cut).leaves) leaves.push(leaf)
      start = cut
      continue
    }
    const section = micromarkLeaves(text, start, end)
    if (section.open && next < groups.length) {
      // Take in groups until the section doubles, so re-reading stays linear.
      const target = start + 2 * (end - start)
      next++
      while (next < groups.length && groups[next]! < target) next++
      continue
    }
    for (const leaf of section.leaves) leaves.push(leaf)
    return next
  }
}

/** Where groups start: 0, and each line that begins with text in column 0 after a blank line. */
function groupStarts(text: string): number[] {
  const starts = [0]
  let blank = false
  for (let line = 0; line < text.length; ) {
    const end = lineEnd(text, line)
    const empty = isBlankFrom(text, line, end)
    if (!empty && blank && line > 0 && !isSpaceOrTab(text.charCodeAt(line))) starts.push(line)
    blank = empty
    line = nextLine(text, end)
  }
  return starts
}

/**
 * Where to cut a stretch too long for micromark: the last line start in
 * `(from, limit]` that begins with text in column 0, else the last line
 * start, else the last space or tab, else `limit`.
 */
function lineStartBefore(text: string, from: number, limit: number): number {
  let lineStart = -1
  let space = -1
  for (let index = limit; index > from; index--) {
    const code = text.charCodeAt(index - 1)
    if (code === 10 || (code === 13 && text.charCodeAt(index) !== 10)) {
      const first = text.charCodeAt(index)
      if (index < text.length && !isSpaceOrTab(first) && first !== 10 && first !== 13) return index
      if (lineStart < 0) lineStart = index
    } else if (space < 0 && isSpaceOrTab(code)) {
      space = index
    }
  }
  return lineStart > 0 ? lineStart : space > 0 ? space : limit
}
