/**
 * Copy detection and alignment. Run: `npx -y pnpm@10 bench:syndication`
 * (SIZES=1000,10000 to pick corpus sizes).
 *
 * Clustering: a generated corpus of distinct stories (sentences drawn at
 * random from the fixtures' vocabulary) in which a fifth of the documents are
 * planted copies of another, each edited one way (numbers mangled, words
 * dropped, the ending cut, boilerplate added, a number changed) or reprinted
 * (an excerpt, an abridged, extended or spliced copy; REPRINTS=0 leaves these
 * out). Prints time, heap, the recall and precision of the planted pairs, and
 * the planted pairs missed of each kind.
 *
 * Alignment: `alignCopies` against plain character-level fast-diff over the
 * same pairs, in the same process.
 */
import process from 'node:process'
import {alignCopies, findCopies} from '@claimtrace/syndication'
import diff from 'fast-diff'
import {copyEdits, seedTexts as seeds} from './_corpus.js'
import {missedByKind, scorePlanted, syndicatedCorpus as corpus} from './_syndication-corpus.js'

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MB`
}

const sizes = (process.env['SIZES'] ?? '1000,10000,100000').split(',').map(Number)
for (const size of sizes) {
  const kinds = new Map<string, string>()
  const {documents, planted} = corpus(size, {reprints: process.env['REPRINTS'] !== '0', furniture: process.env['FURNITURE'] !== '0', kinds})
  ;(globalThis as {gc?: () => void}).gc?.()
  const before = process.memoryUsage().heapUsed
  const start = performance.now()
  const clusters = findCopies(documents)
  const seconds = (performance.now() - start) / 1000
  const heap = process.memoryUsage().heapUsed - before
  const score = scorePlanted(clusters, planted, kinds)
  process.stdout.write(
    `cluster ${String(size).padStart(7)} documents  ${seconds.toFixed(1).padStart(5)} s  heap +${megabytes(heap).padStart(7)}  ` +
      `recall ${score.recall.toFixed(4)} (${score.found}/${score.planted})  precision ${score.precision.toFixed(4)} (${score.right}/${score.reported} pairs)\n` +
      `        missed ${missedByKind(score.missed)}\n`
  )
}

// Alignment: every seed pair and every seed against each edit of itself.
const pairs: Array<[string, string]> = []
for (const a of seeds) for (const b of seeds) pairs.push([a, b])
for (const text of seeds) for (const edit of copyEdits) pairs.push([text, edit(text)])
const time = (run: (a: string, b: string) => unknown) => {
  let best = Number.POSITIVE_INFINITY
  for (let round = 0; round < 5; round++) {
    const start = performance.now()
    for (const [a, b] of pairs) run(a, b)
    best = Math.min(best, performance.now() - start)
  }
  return (best * 1000) / pairs.length
}
const words = time((a, b) => alignCopies(a, b))
const characters = time((a, b) => diff(a, b))
process.stdout.write(`align   ${pairs.length} pairs  alignCopies ${words.toFixed(0)} µs/pair  character fast-diff ${characters.toFixed(0)} µs/pair  ratio ${(characters / words).toFixed(1)}× faster\n`)
