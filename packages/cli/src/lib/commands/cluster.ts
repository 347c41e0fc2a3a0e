import {findCopies} from '@claimtrace/syndication'
import type {Io} from '../io.js'
import {progress} from '../progress.js'
import {readCorpus} from '../read-corpus.js'

export interface ClusterOptions {
  paths: string[]
  format: 'json' | 'text'
  threshold: number | undefined
}

/** `claimtrace cluster PATH...`: copies of one story across files, folders and JSONL corpora. */
export async function clusterCommand({paths, format, threshold}: ClusterOptions, io: Io): Promise<number> {
  const documents: Array<{id: string; text: string}> = []
  const reading = progress(io, 'reading')
  for await (const article of readCorpus(paths)) {
    documents.push({id: article.id, text: article.text})
    reading.tick()
  }
  reading.done()
  const clusters = findCopies(documents, {threshold})
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({documents: documents.length, clusters})}\n`)
    return 0
  }
  const lines = [`${documents.length} documents, ${clusters.length} cluster${clusters.length === 1 ? '' : 's'} of copies`]
  for (const [index, cluster] of clusters.entries()) {
    lines.push(`cluster ${index + 1}: ${cluster.ids.length} copies`)
    for (const pair of cluster.pairs) lines.push(`  ${pair.a} ~ ${pair.b}  similarity ${pair.similarity}, containment ${pair.containment}`)
  }
  io.stdout.write(`${lines.join('\n')}\n`)
  return 0
}
