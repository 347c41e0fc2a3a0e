/**
 * The corpus index on DuckDB at scale. Run: `npx -y pnpm@10 bench:corpus`
 * (SIZES=100000,1000000 to pick corpus sizes; JOBS for worker threads;
 * MEMORY_LIMIT for DuckDB's, the library's 1GB by default).
 *
 * A generated corpus (as `bench:syndication`'s, streamed: copies are made of
 * the last 10,000 documents, so the generator holds only those) is added to a
 * fresh index file in one batch, then clustered. Prints the time of each
 * stage, the peak memory of this process (DuckDB's included) and the recall
 * and precision of the planted copy pairs. Each size runs in a process of its
 * own, so its peak memory is its own.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, statSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import process from 'node:process'
import {CorpusIndex} from '@claimtrace/corpus'
import {streamedCorpus} from './_syndication-corpus.js'

const size = Number(process.env['SIZE'] ?? 0)
if (size === 0) {
  const sizes = (process.env['SIZES'] ?? '100000,1000000').split(',').map(Number)
  process.stdout.write(`corpus index on DuckDB, ${availableParallelism()} cores, Node ${process.versions.node}\n`)
  for (const each of sizes) {
    process.stdout.write(execFileSync(process.execPath, [...process.execArgv, process.argv[1]!], {env: {...process.env, SIZE: String(each)}, encoding: 'utf8'}))
  }
} else {
  const work = mkdtempSync(join(tmpdir(), 'claimtrace-corpus-bench-'))
  const path = join(work, 'corpus.duckdb')
  const planted = new Set<string>()
  const start = performance.now()
  const index = await CorpusIndex.open(path, {memoryLimit: process.env['MEMORY_LIMIT']})
  const added = await index.add(streamedCorpus(size, planted), {jobs: Number(process.env['JOBS'] ?? availableParallelism())})
  const addSeconds = (performance.now() - start) / 1000
  const addPeak = process.resourceUsage().maxRSS / 1024
  const clusters = await index.clusters()
  const seconds = (performance.now() - start) / 1000
  index.close()
  // A planted pair is found when both documents share a cluster; a reported pair is right when it joins documents of one planted family.
  const clusterOf = new Map<number, number>()
  for (const [position, cluster] of clusters.entries()) for (const id of cluster.ids) clusterOf.set(Number(id.slice(1)), position)
  const family = new Map<number, number>()
  const familyOf = (document: number): number => {
    let top = document
    while (family.has(top)) top = family.get(top)!
    return top
  }
  let found = 0
  for (const pair of planted) {
    const [a, b] = pair.split(':').map(Number) as [number, number]
    if (clusterOf.get(a) !== undefined && clusterOf.get(a) === clusterOf.get(b)) found++
    family.set(b, a)
  }
  const pairs = clusters.flatMap((cluster) => cluster.pairs)
  const right = pairs.filter((pair) => familyOf(Number(pair.a.slice(1))) === familyOf(Number(pair.b.slice(1)))).length
  const file = statSync(path).size
  rmSync(work, {recursive: true, force: true})
  process.stdout.write(
    `${String(size).padStart(9)} documents  add ${addSeconds.toFixed(1)} s, clusters ${(seconds - addSeconds).toFixed(1)} s, total ${seconds.toFixed(1)} s  ` +
      `peak RSS ${addPeak.toFixed(0)} MB adding, ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB in all  index file ${(file / 2 ** 20).toFixed(0)} MB  ${added.pairs} verified pairs, ${clusters.length} clusters  ` +
      `recall ${(found / planted.size).toFixed(4)} (${found}/${planted.size})  precision ${(pairs.length === 0 ? 1 : right / pairs.length).toFixed(4)} (${right}/${pairs.length} tree pairs)\n`
  )
}
