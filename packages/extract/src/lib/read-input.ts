import type {VFile} from 'vfile'
import {decodeArticle} from './decode-article.js'
import {ExtractError} from './errors.js'

/**
 * Text of a string or VFile; a VFile's bytes are decoded by `decodeArticle`
 * (UTF-8, or UTF-16 with a byte order mark; anything else is refused).
 * Binary content is refused rather than read as garbage.
 */
export function readInput(input: string | VFile): string {
  let text: string
  if (typeof input === 'string') {
    text = input
  } else if (input && typeof input === 'object' && 'value' in input) {
    const value = input.value as VFile['value'] | null | undefined
    text = typeof value === 'string' ? value : value ? decodeArticle(value) : ''
  } else {
    throw new ExtractError('invalid-input', `Expected a string or VFile, not \`${input === null ? 'null' : typeof input}\``)
  }
  if (text.includes('\u0000')) {
    throw new ExtractError('binary-input', 'Input looks binary (it holds NUL bytes), not article text')
  }
  return text
}
