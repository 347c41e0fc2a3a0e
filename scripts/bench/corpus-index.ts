/**
 * The corpus index on DuckDB at scale. Run: `npx -y pnpm@10 bench:corpus`
 * (SIZES=100000,1000000 to pick corpus sizes; JOBS for worker threads;
 * MEMORY_LIMIT for DuckDB's, the library's 1GB by default).
 *
 * A generated corpus (as `bench:syndication`'s, reprints included unless
 * REPRINTS=0, streamed: copies are made of the last 10,000 documents, so the
 * generator holds only those) is added to a
 * fresh index file in one batch, then clustered. Prints the time of each
 * stage, the peak memory of this process (DuckDB's included), the recall
 * and precision of the planted copy pairs and the pairs missed of each kind. Each size runs in a process of its
 * own, so its peak memory is its own.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, statSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import process from 'node:process'
import {CorpusIndex} from '@claimtrace/corpus'
import {missedByKind, scorePlanted, streamedCorpus} from './_syndication-corpus.js'

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
  const kinds = new Map<string, string>()
  const start = performance.now()
  const index = await CorpusIndex.open(path, {memoryLimit: process.env['MEMORY_LIMIT']})
  const added = await index.add(streamedCorpus(size, planted, 10_000, {reprints: process.env['REPRINTS'] !== '0', furniture: process.env['FURNITURE'] !== '0', kinds}), {jobs: Number(process.env['JOBS'] ?? availableParallelism())})
  const addSeconds = (performance.now() - start) / 1000
  const addPeak = process.resourceUsage().maxRSS / 1024
  const clusters = await index.clusters()
  const seconds = (performance.now() - start) / 1000
  index.close()
  const score = scorePlanted(clusters, planted, kinds)
  const file = statSync(path).size
  rmSync(work, {recursive: true, force: true})
  process.stdout.write(
    `${String(size).padStart(9)} documents  add ${addSeconds.toFixed(1)} s, clusters ${(seconds - addSeconds).toFixed(1)} s, total ${seconds.toFixed(1)} s  ` +
      `peak RSS ${addPeak.toFixed(0)} MB adding, ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB in all  index file ${(file / 2 ** 20).toFixed(0)} MB  ${added.pairs} verified pairs, ${clusters.length} clusters  ` +
      `recall ${score.recall.toFixed(4)} (${score.found}/${score.planted})  precision ${score.precision.toFixed(4)} (${score.right}/${score.reported} tree pairs)\n` +
      `          missed ${missedByKind(score.missed)}\n`
  )
}
