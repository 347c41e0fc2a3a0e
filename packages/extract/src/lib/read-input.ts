import type {VFile} from 'vfile'
import {ExtractError} from './errors.js'

/** Text of a string or VFile; binary content is refused rather than read as garbage. */
export function readInput(input: string | VFile): string {
  let text: string
  if (typeof input === 'string') {
    text = input
  } else if (input && typeof input === 'object' && 'value' in input) {
    text = typeof input.value === 'string' ? input.value : new TextDecoder('utf-8', {fatal: false}).decode(input.value)
  } else {
    throw new ExtractError('invalid-input', `Expected a string or VFile, not \`${input === null ? 'null' : typeof input}\``)
  }
  if (text.includes('\u0000')) {
    throw new ExtractError('binary-input', 'Input looks binary (it holds NUL bytes), not article text')
  }
  return text
}
