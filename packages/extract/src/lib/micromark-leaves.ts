import type {Nodes, Root} from 'mdast'
import remarkParse from 'remark-parse'
import type {Processor} from 'unified'
import type {Leaf} from './block-scanner.js'

/**
 * Claims need block structure only. micromark's inline constructs are turned
 * off: emphasis resolution is quadratic on runs like `*_*_*_…` (100 kB took
 * two minutes), and inline markup is read as the plain text it wraps anyway.
 * Indented code is off too, so scraped paragraphs with leading spaces stay text.
 */
const blockStructureOnly = {
  disable: {
    null: ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink', 'codeIndented']
  }
}

/**
 * remark-parse's parser, without a unified processor around it. A unified
 * plugin is an attacher called with the processor as `this`; remark-parse's
 * sets `this.parser`, which reads `this.data()` when it parses. Called with a
 * stand-in that answers `data` as the configured processor would, it gives
 * the parser `unified().use(remarkParse)` would use, and a browser bundle of
 * `extractClaims` carries no unified, vfile or trough (about 5 KB gzipped)
 * for the one call it makes.
 */
function remarkParser(extensions: unknown[]): (document: string) => Root {
  const standIn: {parser?: (document: string) => Root; data: (key: string) => unknown} = {
    data: (key) => (key === 'micromarkExtensions' ? extensions : undefined)
  }
  remarkParse.call(standIn as unknown as Processor)
  return standIn.parser!
}

const parse = remarkParser([blockStructureOnly])

export interface ParsedSection {
  leaves: Leaf[]
  /** The section ends in code or HTML, which may run on past it. */
  open: boolean
}

/**
 * Leaves of `text.slice(start, end)` read by micromark (the stretches the
 * block scanner leaves to it), with offsets into `text`. The tree is walked
 * with an explicit stack: input controls its depth.
 */
export function micromarkLeaves(text: string, start: number, end: number): ParsedSection {
  // micromark drops a byte order mark that starts its input; inside a document it is text.
  const shift = text.charCodeAt(start) === 0xfe_ff ? 1 : 0
  const tree = parse((shift ? '\n' : '') + text.slice(start, end))
  const leaves: Leaf[] = []
  const stack: Array<{node: Nodes; kind: Leaf['kind']}> = [{node: tree, kind: 'paragraph'}]
  let last: Nodes = tree
  while (stack.length > 0) {
    const {node, kind} = stack.pop()!
    last = node
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const from = node.position?.start.offset
      const to = node.position?.end.offset
      if (from !== undefined && to !== undefined && to > from) leaves.push({kind: node.type === 'heading' ? 'heading' : kind, start: start + from - shift, end: start + to - shift})
      continue
    }
    // Code, HTML and definitions are not running text.
    if (!('children' in node)) continue
    const childKind: Leaf['kind'] = node.type === 'blockquote' ? 'quote' : node.type === 'listItem' ? 'list-item' : kind
    for (let index = node.children.length - 1; index >= 0; index--) stack.push({node: node.children[index] as Nodes, kind: childKind})
  }
  return {leaves, open: last.type === 'code' || last.type === 'html'}
}
