/**
 * Extraction throughput on a corpus built from the fixtures, side by side in
 * one process with the baseline `compromise(text).numbers()` over the same
 * articles. Prints MB/s for both and the ratio. Run: `npx -y pnpm@10 bench`
 * (builds first: this measures the published dist, not the TypeScript sources).
 */
import {readdirSync, readFileSync} from 'node:fs'
import process from 'node:process'
import {extractClaims} from '@claimtrace/extract'
import nlp from 'compromise'

const directory = new URL('../../fixtures/articles/', import.meta.url)
const seeds = readdirSync(directory).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(new URL(name, directory), 'utf8'))

// About 1 MB of articles: the seeds again and again, each copy its own document.
const corpus: string[] = []
let size = 0
while (size < 1_000_000) {
  const article = seeds[corpus.length % seeds.length]!
  corpus.push(article)
  size += article.length
}
const megabytes = size / 1e6

interface Result {
  name: string
  seconds: number
  found: number
}

function once(result: Result, run: (text: string) => number): void {
  const start = performance.now()
  let found = 0
  for (const article of corpus) found += run(article)
  result.seconds = Math.min(result.seconds, (performance.now() - start) / 1000)
  result.found = found
}

const rounds = Number(process.env['ROUNDS'] ?? 3)
const extract = (text: string) => extractClaims(text, {date: '2017-02'}).length
const numbers = (text: string) => nlp(text).numbers().out('array').length
const ours: Result = {name: 'claimtrace extractClaims', seconds: Number.POSITIVE_INFINITY, found: 0}
const baseline: Result = {name: 'compromise(text).numbers()', seconds: Number.POSITIVE_INFINITY, found: 0}
extract(corpus[0]!)
numbers(corpus[0]!)
// Rounds alternate between the two, so that a change in the machine's load falls on both alike.
for (let round = 0; round < rounds; round++) {
  once(ours, extract)
  once(baseline, numbers)
}

const row = (result: Result) => `${result.name.padEnd(30)} ${(megabytes / result.seconds).toFixed(2).padStart(8)} MB/s  ${String(result.found).padStart(6)} found  ${result.seconds.toFixed(3)} s`
process.stdout.write(`corpus: ${corpus.length} articles, ${megabytes.toFixed(2)} MB, best of ${rounds} rounds\n`)
process.stdout.write(`${row(ours)}\n${row(baseline)}\n`)
process.stdout.write(`ratio: ${(baseline.seconds / ours.seconds).toFixed(1)}× the baseline's throughput\n`)
