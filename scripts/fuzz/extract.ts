/**
 * Fuzz `extractClaims` and `findQuantities` with generated articles
 * (Unicode, number-heavy prose, Markdown, mixtures) under every option:
 * nothing may throw, every span must slice the input exactly, and every
 * figure must be finite. Prints counts and the first failing inputs; exits
 * 1 on any failure. Not part of the tests.
 * Run: `npx -y pnpm@10 fuzz [--runs 1000000] [--seed 1]`.
 */
import process from 'node:process'
import {parseArgs} from 'node:util'
import {ExtractError, extractClaims, findQuantities} from '@claimtrace/extract'
import fc from 'fast-check'
import {article, options} from './_arbitraries.js'
import {checkClaims, checkQuantities} from './_checks.js'

const {values} = parseArgs({options: {runs: {type: 'string', default: '1000000'}, seed: {type: 'string', default: String(Date.now() % 2_147_483_647)}}})
const runs = Number(values.runs)
const seed = Number(values.seed)

const counts = {inputs: 0, claims: 0, quantities: 0, refused: 0, failures: 0}
const failures: string[] = []
const started = performance.now()

fc.check(
  fc.property(article, options, (text, settings) => {
    counts.inputs++
    let problems: string[]
    try {
      const claims = extractClaims(text, settings)
      const quantities = findQuantities(text)
      counts.claims += claims.length
      counts.quantities += quantities.length
      problems = [...checkClaims(text, claims), ...checkQuantities(text, quantities)]
    } catch (error) {
      // NUL characters are refused by design.
      if (error instanceof ExtractError && error.code === 'binary-input' && text.includes('\u0000')) {
        counts.refused++
        return true
      }
      problems = [`throws ${(error as Error).stack ?? String(error)}`]
    }
    if (problems.length > 0) {
      counts.failures++
      if (failures.length < 10) failures.push(`${JSON.stringify(text)} ${JSON.stringify(settings)}\n  ${problems.slice(0, 3).join('\n  ')}`)
    }
    if (counts.inputs % 100_000 === 0) process.stderr.write(`${counts.inputs.toLocaleString('en')} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
    return true
  }),
  {numRuns: runs, seed}
)

const seconds = (performance.now() - started) / 1000
process.stdout.write(`seed ${seed}: ${counts.inputs.toLocaleString('en')} inputs in ${seconds.toFixed(0)} s (${Math.round(counts.inputs / seconds).toLocaleString('en')}/s), ` +
  `${counts.claims.toLocaleString('en')} claims and ${counts.quantities.toLocaleString('en')} quantities checked, ${counts.refused} refused (NUL), ${counts.failures} failing\n`)
for (const failure of failures) process.stdout.write(`${failure}\n`)
process.exitCode = counts.failures > 0 ? 1 : 0
