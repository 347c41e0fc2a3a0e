/**
 * Value / value+unit / value+change F1 over the named dev-corpus domains
 * together: `npx tsx --conditions=@claimtrace/source scripts/conformance/set-score.ts DOMAIN...`.
 * Used to score a set of new domains before and after the fixes it shows.
 */
import process from 'node:process'
import {levels, loadDevCorpus, scoreCase, summarize} from './dev-corpus.js'

const wanted = new Set(process.argv.slice(2))
const outcomes = loadDevCorpus().filter(({domain}) => wanted.has(domain)).flatMap(({cases}) => cases.map(scoreCase))
const scores = summarize(outcomes)
process.stdout.write(`${scores.gold} quantities: ${levels.map((level) => (scores.f1[level] * 100).toFixed(1)).join(' / ')}\n`)
