import {type Container, continueList, continueQuote, itemStart, tabCountsColumns} from './_containers.js'
import {fenceOpening, isAtxHeading, isFenceClosing, isSetextUnderline, isSpaceOrTab, isThematicBreak, needsFullParser, skipSpaces} from './_markdown-syntax.js'

/** A run of text in the block structure: a paragraph (by its nearest container) or a heading. */
export interface Leaf {
  kind: 'paragraph' | 'quote' | 'list-item' | 'heading'
  start: number
  end: number
}

/**
 * Block structure of Markdown, read line by line the way micromark reads it
 * (block quotes and lists with an explicit stack, lazy lines, paragraphs,
 * ATX and setext headings, thematic breaks, fenced code; indented code off),
 * in time linear in the text and without recursion. It yields the same
 * leaves as `mdast-util-from-markdown` would, which tests check against it.
 * Lines that need the full grammar (HTML, link definitions, tabs where lists
 * count columns) set `hard`: the caller then reads that stretch with
 * micromark instead.
 */
export class BlockScanner {
  readonly leaves: Leaf[] = []
  hard = false
  private readonly stack: Container[] = []
  /** micromark's child flow: open until a container starts or a list item ends. */
  private flow = false
  private paragraph: Leaf | undefined
  /** Open fenced code: micromark's one "concrete" construct here, which no container start pierces. */
  private fence: {marker: number; size: number} | undefined
  private readonly text: string

  constructor(text: string) {
    this.text = text
  }

  /** Whether fenced code is open (it runs on over blank lines). */
  get inCode(): boolean {
    return this.fence !== undefined
  }

  /** Read the line `[start, end)` (`end` is its line ending or the end of the text). */
  line(start: number, end: number): void {
    const {stack, text} = this
    if (this.hard) return
    if (tabCountsColumns(text, start, end, stack.some((container) => container.type === 'list'))) {
      this.hard = true
      return
    }
    // The containers this line continues, outermost first.
    let position = start
    let continued = 0
    while (continued < stack.length) {
      const container = stack[continued]!
      const after = container.type === 'quote' ? continueQuote(text, position, end) : continueList(text, container, position, end)
      if (after < 0) break
      position = after
      continued++
      if (container.type === 'list' && container.closeFlow) {
        container.closeFlow = false
        this.closeFlow()
        stack.length = continued
        break
      }
    }

    // Then the containers it opens; else the line is a lazy one, or goes to the open flow.
    const all = continued === stack.length
    const interrupt = all && this.flow && this.paragraph !== undefined
    if (all && this.fence) {
      this.flowLine(position, end, false, continued)
      return
    }
    if (all && !this.flow) {
      position = this.openContainers(position, end, false)
    } else if (this.containerAt(position, end, interrupt)) {
      this.closeFlow()
      stack.length = continued
      position = this.openContainers(position, end, interrupt)
    } else {
      this.flowLine(position, end, !all, continued)
      return
    }
    this.flowLine(position, end, false, stack.length)
  }

  /** Close everything at the end of the text. */
  finish(): void {
    this.closeFlow()
    this.stack.length = 0
  }

  /** The rest of the line, after the containers it continues or opens: blank, a leaf, or paragraph text. */
  private flowLine(position: number, end: number, lazy: boolean, continued: number): void {
    const text = this.text
    this.flow = true
    const content = skipSpaces(text, position, end)
    const paragraph = this.paragraph
    if (this.fence) {
      // A lazy line ends fenced code; so does its closing fence.
      if (!lazy) {
        if (isFenceClosing(text, position, end, this.fence)) this.fence = undefined
        return
      }
      this.fence = undefined
    }
    if (content === end) {
      this.endParagraph()
      if (lazy) this.stack.length = continued
      return
    }
    if (paragraph) {
      if (needsFullParser(text, content, false)) {
        this.hard = true
        return
      }
      if (!lazy && isSetextUnderline(text, content, end)) {
        this.leaves.push({kind: 'heading', start: paragraph.start, end})
        this.paragraph = undefined
        return
      }
      if (!isAtxHeading(text, content, end) && !isThematicBreak(text, content, end) && !fenceOpening(text, content, end)) {
        // Paragraph continuation text, lazy or not.
        paragraph.end = end
        return
      }
      this.endParagraph()
    }
    // A lazy line that starts something new belongs outside the containers it did not continue.
    if (lazy) this.stack.length = continued
    this.leafStart(content, end)
  }

  private leafStart(content: number, end: number): void {
    const text = this.text
    if (needsFullParser(text, content, true)) {
      this.hard = true
    } else if ((this.fence = fenceOpening(text, content, end))) {
      // Code is not running text.
    } else if (isAtxHeading(text, content, end)) {
      this.leaves.push({kind: 'heading', start: content, end})
    } else if (!isThematicBreak(text, content, end)) {
      const top = this.stack.at(-1)
      this.paragraph = {kind: top === undefined ? 'paragraph' : top.type === 'quote' ? 'quote' : 'list-item', start: content, end}
    }
  }

  private endParagraph(): void {
    if (this.paragraph) this.leaves.push(this.paragraph)
    this.paragraph = undefined
  }

  private closeFlow(): void {
    this.endParagraph()
    this.fence = undefined
    this.flow = false
  }

  private containerAt(position: number, end: number, interrupt: boolean): boolean {
    const marker = skipSpaces(this.text, position, end)
    return (marker < end && this.text.charCodeAt(marker) === 62) || itemStart(this.text, marker, end, marker - position, undefined, interrupt) !== undefined
  }

  /** Open every container that starts here, one inside the other. */
  private openContainers(position: number, end: number, interrupt: boolean): number {
    const text = this.text
    let at = position
    for (;;) {
      const marker = skipSpaces(text, at, end)
      if (marker < end && text.charCodeAt(marker) === 62) {
        this.stack.push({type: 'quote'})
        at = marker + 1 < end && isSpaceOrTab(text.charCodeAt(marker + 1)) ? marker + 2 : marker + 1
        continue
      }
      const item = itemStart(text, marker, end, marker - at, undefined, interrupt)
      if (!item) return at
      this.stack.push({type: 'list', ordered: item.ordered, marker: item.marker, size: item.size, initialBlankLine: item.initialBlankLine, furtherBlankLines: false, closeFlow: false})
      at = item.to
    }
  }
}
