import type {BlockKind} from './claim.js'
import {isCaption, isFurniture} from './furniture.js'
import {readLeaves} from './markdown-leaves.js'

/** A stretch of the document that holds running text. */
export interface Block {
  kind: BlockKind
  start: number
  end: number
  /** Index of the paragraph-level block, for carrying context between sentences. */
  index: number
}

export type LineBreaks = 'auto' | 'paragraph' | 'soft'

/**
 * Find the text blocks of an article. `text` must already have front matter
 * blanked out (same length), so that mdast offsets are offsets into the input.
 */
export function findBlocks(text: string, lineBreaks: LineBreaks): Block[] {
  const ranges = readLeaves(text)
  const splitLines = lineBreaks === 'paragraph' || (lineBreaks === 'auto' && looksLineDelimited(text))
  const blocks: Block[] = []
  for (const range of ranges) {
    if (splitLines && range.kind === 'paragraph') {
      let start = range.start
      for (let index = range.start; index <= range.end; index++) {
        if (index === range.end || text.charCodeAt(index) === 10) {
          const trimmed = trim(text, start, index)
          if (trimmed) blocks.push({kind: 'paragraph', ...trimmed, index: 0})
          start = index + 1
        }
      }
    } else {
      blocks.push({kind: range.kind, start: range.start, end: range.end, index: 0})
    }
  }

  classify(text, blocks)
  blocks.forEach((block, index) => (block.index = index))
  return blocks
}

/** Scraped plain text often puts one paragraph on each line with no blank lines between. */
function looksLineDelimited(text: string): boolean {
  // Whether any text follows a position: is it before the last non-space character?
  let last = text.length - 1
  while (last >= 0 && /\s/.test(text.charAt(last))) last--
  let lines = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    let next = index + 1
    while (next < text.length && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9 || text.charCodeAt(next) === 13)) next++
    if (text.charCodeAt(next) === 10 && next < last) return false
    lines++
  }
  return lines > 0
}

function trim(text: string, start: number, end: number): {start: number; end: number} | undefined {
  while (start < end && /\s/.test(text.charAt(start))) start++
  while (end > start && /\s/.test(text.charAt(end - 1))) end--
  return end > start ? {start, end} : undefined
}

const terminal = /[.!?:;…"”’)\]]$/

function classify(text: string, blocks: Block[]): void {
  const first = blocks[0]
  if (first && blocks.length > 1) {
    const value = text.slice(first.start, first.end)
    if (first.kind === 'heading' || (first.kind === 'paragraph' && value.length <= 200 && !value.includes('\n') && !terminal.test(value))) {
      first.kind = 'title'
    }
  }

  for (let position = 0; position < blocks.length; position++) {

    const block = blocks[position]!
    const value = text.slice(block.start, block.end)
    if (isFurniture(value)) {
      block.kind = 'boilerplate'
    } else if (isCaption(value)) {
      block.kind = 'caption'
    } else if (block.kind === 'paragraph' && blocks[0]?.kind === 'title' && position > 0 && position <= 2 &&
      blocks.slice(1, position).every((previous) => previous.kind === 'caption') &&
      value.length <= 120 && !terminal.test(value)) {
      // Short unpunctuated lines right under the headline: photo title and credit.
      block.kind = 'caption'
    } else if (block.kind === 'paragraph' && isQuotation(value)) {
      block.kind = 'quote'
    }
  }
}

function isQuotation(value: string): boolean {
  const open = value.charAt(0)
  const close = value.charAt(value.length - 1)
  return (open === '"' || open === '“') && (close === '"' || close === '”') && value.length > 2
}
