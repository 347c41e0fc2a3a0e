import {type CopyCluster, findCopies} from '@claimtrace/syndication'
import type {Io} from '../io.js'
import {indexAddCommand, openIndex} from './index-corpus.js'
import type {Globs} from '../list-folder.js'
import {progress} from '../progress.js'
import {readCorpus} from '../read-corpus.js'
import {writeOutput} from '../write-output.js'

export interface ClusterOptions {
  paths: string[]
  format: 'json' | 'text'
  threshold: number | undefined
  /** Which files of a folder are read. */
  globs: Globs
  out: string | undefined
  /** A corpus index (`claimtrace index add`): its clusters, after adding `paths` to it when given. */
  index: string | undefined
  jobs: number
}

/** `claimtrace cluster PATH...`: copies of one story across files, folders and JSONL corpora. */
export async function clusterCommand({paths, format, threshold, globs, out, index, jobs}: ClusterOptions, io: Io): Promise<number> {
  let skipped = 0
  let count: number
  let clusters: CopyCluster[]
  if (index !== undefined) {
    if (paths.length > 0) skipped = await indexAddCommand({paths, index, threshold, jobs, globs, claims: false}, {...io, stdout: io.stderr})
    const opened = await openIndex(index, paths.length > 0 ? undefined : threshold, true)
    try {
      count = await opened.size()
      clusters = await opened.clusters()
    } finally {
      opened.close()
    }
  } else {
    const documents: Array<{id: string; text: string}> = []
    const reading = progress(io, 'reading', {env: io.env})
    const skip = (_path: string, reason: string) => {
      skipped++
      io.stderr.write(`claimtrace: ${reason}\n`)
    }
    for await (const article of readCorpus(paths, io, skip, globs)) {
      documents.push({id: article.id, text: article.text})
      reading.tick()
    }
    reading.done()
    count = documents.length
    clusters = findCopies(documents, {threshold})
  }
  if (format === 'json') {
    writeOutput(out, [`${JSON.stringify({documents: count, clusters})}\n`], io)
    return skipped > 0 ? 1 : 0
  }
  const lines = [`${count} documents, ${clusters.length} cluster${clusters.length === 1 ? '' : 's'} of copies`]
  for (const [index, cluster] of clusters.entries()) {
    lines.push(`cluster ${index + 1}: ${cluster.ids.length} copies`)
    for (const pair of cluster.pairs) lines.push(`  ${pair.a} ~ ${pair.b}  similarity ${pair.similarity}, containment ${pair.containment}`)
  }
  writeOutput(out, [`${lines.join('\n')}\n`], io)
  return skipped > 0 ? 1 : 0
}
