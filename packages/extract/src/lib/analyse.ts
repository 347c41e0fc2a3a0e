import {type Block, findBlocks, type LineBreaks} from './blocks.js'
import {repairMangledNumbers} from './passes/01-repair-mangled.js'
import {documentEvidence, RepairedTokens} from './repaired-tokens.js'
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

/** Characters of text per piece of a long document. */
export const pieceSize = 1 << 12
/** Tokens a piece holds before its first sentence and after its last, for passes that look around a sentence. */
const margin = 256
/** Tokens read at a time when splitting a long block into sentences. */
const sentenceWindow = 4096
/** A sentence ending this close to the end of a window may run on: it is split again with the next. */
const undecided = 16

/** Blocks, tokens (with mangled numbers repaired) and sentences of a document, in one piece. */
export function analyse(text: string, lineBreaks: LineBreaks): Analysis {
  return wholeDocument(text, findBlocks(text, lineBreaks))
}

/**
 * `analyse`, a piece at a time: a document longer than `size` characters is
 * read in pieces of about that size, each with the tokens of its sentences
 * and `margin` tokens on either side, so memory stays bounded however long
 * the document is. Pieces hold the same tokens and sentences as the whole
 * document would (repairs weigh the whole document's evidence).
 */
export function* analyseInPieces(text: string, lineBreaks: LineBreaks, size = pieceSize): Generator<Analysis> {
  const blocks = findBlocks(text, lineBreaks)
  if (text.length <= size) {
    yield wholeDocument(text, blocks)
    return
  }
  const stream = new RepairedTokens(text, documentEvidence(text))
  let piece: Array<{block: Block; sentences: Sentence[]}> = []
  let pieceStart = 0
  let cursor = 0
  const flush = (): Analysis => {
    const from = Math.max(0, piece[0]!.sentences[0]!.from - margin)
    const last = piece.at(-1)!.sentences.at(-1)!
    const tokens = stream.slice(from, last.to + margin)
    const local = piece.map(({block, sentences}) => ({block, sentences: sentences.map((sentence) => ({...sentence, from: sentence.from - from, to: sentence.to - from}))}))
    piece = []
    stream.release(from)
    return {tokens, blocks: local}
  }
  for (const block of blocks) {
    while (stream.at(cursor) !== undefined && stream.at(cursor)!.start < block.start) cursor++
    let sentences: Sentence[] = []
    for (const sentence of blockSentences(stream, cursor, block.end)) {
      if (piece.length === 0 && sentences.length === 0) pieceStart = sentence.start
      sentences.push(sentence)
      cursor = sentence.to
      if (sentence.end - pieceStart >= size) {
        piece.push({block, sentences})
        sentences = []
        yield flush()
      }
    }
    if (sentences.length > 0) piece.push({block, sentences})
  }
  if (piece.length > 0) yield flush()
}

function wholeDocument(text: string, blocks: readonly Block[]): Analysis {
  const tokens = repairMangledNumbers(text, tokenize(text))
  const found: BlockSentences[] = []
  let cursor = 0
  for (const block of blocks) {
    while (cursor < tokens.length && tokens[cursor]!.start < block.start) cursor++
    const from = cursor
    while (cursor < tokens.length && tokens[cursor]!.end <= block.end) cursor++
    if (cursor > from) found.push({block, sentences: splitSentences(tokens, from, cursor)})
  }
  return {tokens, blocks: found}
}

/**
 * The sentences of the block whose tokens start at document index `from`
 * and end by offset `end`, split a window of tokens at a time (document
 * indexes). Sentences ending near a window's end are split again with the
 * next window, so each comes out as `splitSentences` over the whole block gives it.
 */
function* blockSentences(stream: RepairedTokens, from: number, end: number): Generator<Sentence> {
  let first = from
  let window = sentenceWindow
  for (;;) {
    let to = first
    while (to - first < window && stream.at(to) !== undefined && stream.at(to)!.end <= end) to++
    if (to === first) return
    const last = !(stream.at(to) !== undefined && stream.at(to)!.end <= end)
    const tokens = stream.slice(first, to + 1)
    const sentences = splitSentences(tokens, 0, to - first)
    const decided = last ? sentences : sentences.filter((sentence) => sentence.to <= to - first - undecided)
    if (decided.length === 0) {
      // One sentence longer than the window: read it whole.
      window *= 2
      continue
    }
    for (const sentence of decided) yield {...sentence, from: sentence.from + first, to: sentence.to + first}
    if (last) return
    first += decided.at(-1)!.to
    window = sentenceWindow
  }
}
