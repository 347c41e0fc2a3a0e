/**
 * One article of 50 MB (the seed articles end to end, `SIZE` to change it),
 * extracted in a process of its own so that `_peak-memory.mjs` measures it
 * alone. Prints the claims found and the time taken.
 */
import process from 'node:process'
import {extractClaims} from '@claimtrace/extract'
import {seedTexts} from './_corpus.js'

const size = Number(process.env['LARGE_SIZE'] ?? 50_000_000)
const parts: string[] = []
for (let length = 0; length < size; length += parts.at(-1)!.length + 2) parts.push(seedTexts[parts.length % seedTexts.length]!)
const article = parts.join('\n\n')
parts.length = 0

const start = performance.now()
const claims = extractClaims(article, {date: '2017-02'})
process.stdout.write(`${(article.length / 1e6).toFixed(1)} MB article: ${claims.length.toLocaleString('en')} claims in ${((performance.now() - start) / 1000).toFixed(1)} s`)
