import {type Block, findBlocks, type LineBreaks} from './blocks.js'
import {repairMangledNumbers} from './passes/01-repair-mangled.js'
import {splitSentences, type Sentence} from './sentences.js'
import {type Token, tokenize} from './tokenize.js'

export interface BlockSentences {
  block: Block
  sentences: Sentence[]
}

export interface Analysis {
  tokens: Token[]
  blocks: BlockSentences[]
}

/** Blocks, tokens (with mangled numbers repaired) and sentences of a document. */
export function analyse(text: string, lineBreaks: LineBreaks): Analysis {
  const tokens = repairMangledNumbers(text, tokenize(text))
  const blocks: BlockSentences[] = []
  let cursor = 0
  for (const block of findBlocks(text, lineBreaks)) {
    while (cursor < tokens.length && tokens[cursor]!.start < block.start) cursor++
    const from = cursor
    while (cursor < tokens.length && tokens[cursor]!.end <= block.end) cursor++
    if (cursor > from) blocks.push({block, sentences: splitSentences(tokens, from, cursor)})
  }
  return {tokens, blocks}
}
