/**
 * A generated corpus for copy detection: distinct stories (sentences drawn at
 * random from the fixtures' vocabulary, each with a figure) in which a fifth
 * of the documents are planted copies of an earlier one, each edited one way
 * (numbers mangled, words dropped, the ending cut, boilerplate added, a
 * number changed). The same seed gives the same corpus.
 */
import {copyEdits, pick, random, vocabulary} from './_corpus.js'

function story(): string {
  const paragraphs: string[] = []
  for (let paragraph = 0; paragraph < 6; paragraph++) {
    const sentences: string[] = []
    for (let sentence = 0; sentence < 3; sentence++) {
      const words = Array.from({length: 8 + Math.floor(random() * 14)}, () => pick(vocabulary))
      words.splice(Math.floor(random() * words.length), 0, String(Math.floor(random() * 20_000)).replace(/(\d)(\d{3})$/, '$1,$2'))
      sentences.push(`${words.join(' ')}.`)
    }
    paragraphs.push(sentences.join(' '))
  }
  return paragraphs.join('\n\n')
}

/** `size` documents and the planted pairs, as `original:copy` indexes. */
export function syndicatedCorpus(size: number): {documents: Array<{id: string; text: string}>; planted: Set<string>} {
  const documents: Array<{id: string; text: string}> = []
  const planted = new Set<string>()
  for (let index = 0; index < size; index++) {
    if (index > 0 && random() < 0.2) {
      const original = Math.floor(random() * index)
      documents.push({id: `d${index}`, text: pick(copyEdits)(documents[original]!.text)})
      planted.add(`${original}:${index}`)
    } else documents.push({id: `d${index}`, text: story()})
  }
  return {documents, planted}
}

/**
 * `syndicatedCorpus` as a stream, for corpora too large to hold: copies are
 * made of the last `window` documents only, so only those are kept. The
 * planted pairs are filled in as documents are read.
 */
export function* streamedCorpus(size: number, planted: Set<string>, window = 10_000): Generator<{id: string; text: string}> {
  const recent: string[] = []
  for (let index = 0; index < size; index++) {
    let text: string
    if (index > 0 && random() < 0.2) {
      const back = Math.floor(random() * Math.min(index, window))
      const original = index - 1 - back
      text = pick(copyEdits)(recent[original % window]!)
      planted.add(`${original}:${index}`)
    } else text = story()
    recent[index % window] = text
    yield {id: `d${index}`, text}
  }
}
