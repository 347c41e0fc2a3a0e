/**
 * Extraction time on adversarial shapes, each about 1 MB, side by side in
 * one process with 1 MB of ordinary articles (the seed articles, each its
 * own document, timed again before each shape), and the peak memory of one
 * 50 MB article in a process of its own. Prints a table of times and ratios
 * to ordinary articles.
 * Run: `npx -y pnpm@10 bench:adversarial` (`ROUNDS`, `SIZE`, `SKIP_LARGE=1`, `SHAPES=1,1` to time only shapes whose name holds that text).
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {extractClaims} from '@claimtrace/extract'
import {shapes} from './_adversarial-shapes.js'
import {seedTexts} from './_corpus.js'

const size = Number(process.env['SIZE'] ?? 1_000_000)
const rounds = Number(process.env['ROUNDS'] ?? 2)
const only = process.env['SHAPES']

const corpus: string[] = []
for (let length = 0; length < size; length += corpus.at(-1)!.length) corpus.push(seedTexts[corpus.length % seedTexts.length]!)

/** Best of `rounds` runs, in seconds, and the claims found. */
function measure(run: () => number): {seconds: number; claims: number} {
  let seconds = Number.POSITIVE_INFINITY
  let claims = 0
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    claims = run()
    seconds = Math.min(seconds, (performance.now() - start) / 1000)
  }
  return {seconds, claims}
}

const extractCorpus = () => corpus.reduce((sum, article) => sum + extractClaims(article, {date: '2017-02'}).length, 0)
extractCorpus()

// Ordinary articles are timed again beside each shape: on a shared machine the load drifts, and
// a ratio to a time taken minutes earlier would measure the drift.
const rows: string[] = []
const ordinaryTimes: number[] = []
let ordinaryClaims = 0
let worst = 0
for (const [name, make] of shapes) {
  if (only && !name.includes(only)) continue
  const text = make(size)
  extractClaims(make(10_000))
  const ordinary = measure(extractCorpus)
  const result = measure(() => extractClaims(text).length)
  ordinaryTimes.push(ordinary.seconds)
  ordinaryClaims = ordinary.claims
  const ratio = result.seconds / ordinary.seconds
  worst = Math.max(worst, ratio)
  rows.push(`| ${name} | ${(text.length / 1e6).toFixed(2)} MB | ${result.seconds.toFixed(2)} s | ${ratio.toFixed(1)}× | ${result.claims.toLocaleString('en')} |`)
  process.stderr.write(`${rows.at(-1)}\n`)
}

const median = ordinaryTimes.toSorted((a, b) => a - b)[Math.floor(ordinaryTimes.length / 2)]!
process.stdout.write(`Best of ${rounds} rounds, Node ${process.versions.node}; each ratio is to ordinary articles timed just before the shape.\n\n`)
process.stdout.write('| shape | size | time | ratio to ordinary | claims |\n| --- | --- | --- | --- | --- |\n')
process.stdout.write(`| ordinary articles (${corpus.length} documents; median of ${ordinaryTimes.length} timings) | ${(corpus.join('').length / 1e6).toFixed(2)} MB | ${median.toFixed(2)} s | 1.0× | ${ordinaryClaims.toLocaleString('en')} |\n`)
process.stdout.write(`${rows.join('\n')}\n\nworst ratio: ${worst.toFixed(1)}×\n`)

if (process.env['SKIP_LARGE'] !== '1') {
  // A process of its own, so its peak memory is the large article's alone.
  const work = mkdtempSync(join(tmpdir(), 'claimtrace-bench-'))
  const peakFile = join(work, 'peak')
  const here = (name: string) => fileURLToPath(new URL(name, import.meta.url))
  const output = execFileSync(process.execPath, [...process.execArgv, '--import', here('_peak-memory.mjs'), here('_large-article.ts')], {
    env: {...process.env, PEAK_MEMORY_FILE: peakFile},
    encoding: 'utf8'
  })
  const peak = Number(readFileSync(peakFile, 'utf8'))
  process.stdout.write(`\n${output.trim()}, peak memory (RSS) ${(peak / 1e6).toFixed(0)} MB\n`)
  rmSync(work, {recursive: true, force: true})
}
