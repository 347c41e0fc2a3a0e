/**
 * End-to-end report throughput. Run: `npx -y pnpm@10 bench:report`
 * (ARTICLES=10000 to pick the corpus size, JOBS=1,2 the worker counts).
 *
 * Generates a JSONL corpus (`_report-corpus.ts`: figures with subjects,
 * places, years and sources, some true to the records and some not, a fifth
 * planted copies). Then runs
 * the built CLI, `claimtrace report corpus.jsonl --facts fixtures/facts
 * --out report.html`, once per worker count and round (ROUNDS=3), each in
 * its own process so its peak memory (all threads) is its own, and prints
 * articles/s, peak memory, and the ratio to one worker.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import process from 'node:process'
import {reportCorpus} from './_report-corpus.js'

const root = new URL('../../', import.meta.url).pathname
const articles = Number(process.env['ARTICLES'] ?? 10_000)
const jobs = (process.env['JOBS'] ?? '1,2').split(',').map(Number)

const work = mkdtempSync(join(tmpdir(), 'claimtrace-bench-report-'))
const corpus = join(work, 'corpus.jsonl')
const lines = reportCorpus(articles)
writeFileSync(corpus, `${lines.join('\n')}\n`)
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
console.log(`corpus: ${articles.toLocaleString('en-US')} articles, ${megabytes(statSync(corpus).size)} JSONL; ${availableParallelism()} cores`)

// This machine's timings vary by ±15% from run to run: worker counts take
// turns, round after round, and each reports its best and median round.
const rounds = Number(process.env['ROUNDS'] ?? 3)
const runs = new Map<number, Array<{seconds: number; peak: number}>>(jobs.map((count) => [count, []]))
for (let round = 0; round < rounds; round++) {
  for (const count of jobs) {
    const out = join(work, `report-${count}.html`)
    const peakFile = join(work, `peak-${count}`)
    const started = performance.now()
    execFileSync(process.execPath, ['--import', join(root, 'scripts/bench/_peak-memory.mjs'), join(root, 'packages/cli/dist/bin.js'), 'report', corpus, '--facts', join(root, 'fixtures/facts'), '--out', out, '--jobs', String(count)], {
      env: {...process.env, PEAK_MEMORY_FILE: peakFile},
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // The diagnostics of 10k articles run to megabytes on stderr.
      maxBuffer: 1 << 30
    })
    runs.get(count)!.push({seconds: (performance.now() - started) / 1000, peak: Number(readFileSync(peakFile, 'utf8'))})
  }
}
const results = jobs.map((count) => {
  const times = runs.get(count)!.map((run) => run.seconds).sort((a, b) => a - b)
  return {jobs: count, best: times[0]!, median: times[Math.floor(times.length / 2)]!, peak: Math.max(...runs.get(count)!.map((run) => run.peak))}
})
const rate = (seconds: number) => Math.round(articles / seconds).toLocaleString('en-US')
for (const result of results) {
  console.log(`${result.jobs} worker${result.jobs === 1 ? ' ' : 's'}: best ${result.best.toFixed(1)} s (${rate(result.best)} articles/s), median ${result.median.toFixed(1)} s (${rate(result.median)} articles/s), peak memory ${megabytes(result.peak)}, report ${megabytes(statSync(join(work, `report-${result.jobs}.html`)).size)}`)
}
const [baseline] = results
for (const result of results.slice(1)) {
  console.log(`${result.jobs} workers vs 1: ${(baseline!.best / result.best).toFixed(2)}× the throughput (best), ${(baseline!.median / result.median).toFixed(2)}× (median), ${(result.peak / baseline!.peak).toFixed(2)}× the peak memory`)
}
const outputs = results.map((result) => readFileSync(join(work, `report-${result.jobs}.html`)))
console.log(`reports byte-identical across worker counts: ${outputs.every((output) => output.equals(outputs[0]!))}`)
if (process.env["KEEP"]) console.log(`kept ${work}`)
else rmSync(work, {recursive: true, force: true})
