import {extractClaims} from '@claimtrace/extract'
import fc from 'fast-check'
import type {Nodes} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {readLeaves} from '../src/lib/markdown-leaves.js'

// micromark with the constructs the extractor turns off, as the extractor used it before it read
// block structure itself: the leaves its tree gives are what `readLeaves` must give.
const disable = ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink', 'codeIndented']
const parser = unified().use(remarkParse).data('micromarkExtensions', [{disable: {null: disable}}])

function micromarkLeaves(text: string) {
  const leaves: Array<{kind: string; start: number; end: number}> = []
  // micromark drops a byte order mark that starts its input and shifts every offset; read it as the space it stands for.
  const stack: Array<[Nodes, string]> = [[parser.parse(text.replace(/^\uFEFF/, ' ')), 'paragraph']]
  while (stack.length > 0) {
    const [node, kind] = stack.pop()!
    if (node.type === 'paragraph' || node.type === 'heading') {
      const {start, end} = node.position!
      if (end.offset! > start.offset!) leaves.push({kind: node.type === 'heading' ? 'heading' : kind, start: start.offset!, end: end.offset!})
    } else if ('children' in node) {
      const childKind = node.type === 'blockquote' ? 'quote' : node.type === 'listItem' ? 'list-item' : kind
      for (const child of [...node.children].reverse()) stack.push([child as Nodes, childKind])
    }
  }
  return leaves
}

const indent = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '      ', '\t')
const marker = fc.constantFrom('> ', '>', '- ', '* ', '+ ', '1. ', '2. ', '10) ', '-', '1.', '>  ', '-    ', '- \t')
const content = fc.constantFrom('', 'a', 'b c', '5 x', '# h', '###### h', '####### h', '---', '***', '___', '===', '- - -', '  ', 'x  ', '#', '1) y',
  '```', '~~~', '````', '``` a`b', '~~~ x', '<div>', '<!--', '-->', '[a]: /u', '[b] c', '\\[a]: x', '\uFEFF', '\u000B')
const line = fc.tuple(indent, fc.array(fc.tuple(marker, indent), {maxLength: 4}), content).map(([first, markers, rest]) => first + markers.map(([mark, space]) => mark + space).join('') + rest)
const lineEnding = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r')
const markdown = fc.array(fc.tuple(line, lineEnding), {maxLength: 25}).map((lines) => lines.map(([text, ending]) => text + ending).join(''))

describe('Markdown block structure', () => {
  it('gives the leaves micromark gives, on random Markdown', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(readLeaves(text)).toEqual(micromarkLeaves(text))
      }),
      {numRuns: 3000, seed: 20_261_201}
    )
  })

  it.each([
    ['lazy lines and list continuation', '> a\nb\n\n- c\n  d\ne\n\n  f\n1. g\n2. h\n3) i'],
    ['setext headings, not in lazy lines', 'a\nb\n===\n> c\n===\n- d\n  ---'],
    ['fenced code over blank lines and groups', '```\n\n# not a heading\n\n```\n# heading\n\n~~~\n\nb'],
    ['a list item that starts blank', '-\n  a\n-\n\n  b'],
    ['tabs in lists, left to micromark', '-\ta\n\tb\n\n\t- c'],
    ['HTML and link definitions, left to micromark', '<div>\n5 x\n</div>\n\n[a]: /u\n[b]: /v "t"\nc\n\n[not]: a definition? 5'],
    ['a byte order mark in a group of its own', 'a\n\n\uFEFF5 people\n\n```\n\uFEFF'],
    ['a byte order mark at the start', '\uFEFF- 5 people']
  ])('reads %s as micromark does', (_name, text) => {
    expect(readLeaves(text)).toEqual(micromarkLeaves(text))
  })

  it('walks nesting 10,000 deep without recursion, and still finds the claim', () => {
    for (const prefix of ['- ', '> ', '- > ', '1. ', '* + ']) {
      const text = `${prefix.repeat(10_000)}59 people were counted.`
      const claims = extractClaims(text)
      expect(claims.map((claim) => [claim.text, claim.value, text.slice(claim.start, claim.end)])).toEqual([['59', 59, '59']])
    }
    const lines = Array.from({length: 600}, (_, depth) => `${'  '.repeat(depth)}- ${depth} people`).join('\n')
    expect(extractClaims(lines).length).toBeGreaterThan(0)
  })

  it('reads markers past the 32nd on a line as spaces, keeping offsets', () => {
    const text = `${'> '.repeat(40)}59 people`
    expect(readLeaves(text)).toEqual([{kind: 'quote', start: 80, end: 89}])
  })
})
