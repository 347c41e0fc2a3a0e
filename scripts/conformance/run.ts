/**
 * Run the extractor over the public conformance suites in ../shared/conformance
 * and print pass rates per file. `--write` also updates docs/conformance.md;
 * `--failures NAME` lists the failing cases of one suite.
 */
import {writeFileSync} from 'node:fs'
import process from 'node:process'
import {suites} from './suites.js'

const all = suites()
const rows = all.map((suite) => {
  const passed = suite.outcomes.filter((outcome) => outcome.pass).length
  return {suite, passed, total: suite.outcomes.length, rate: passed / suite.outcomes.length}
})

const lines = ['| suite | file | passed | rate |', '| --- | --- | --- | --- |']
for (const {suite, passed, total, rate} of rows) lines.push(`| ${suite.name} | \`${suite.file}\` | ${passed} / ${total} | ${(rate * 100).toFixed(1)}% |`)
const table = lines.join('\n')
process.stdout.write(`${table}\n`)

const failures = process.argv.indexOf('--failures')
if (failures !== -1) {
  const name = process.argv[failures + 1]
  for (const outcome of all.find((suite) => suite.name === name)?.outcomes ?? []) {
    if (outcome.pass) continue
    process.stdout.write(`\n${JSON.stringify(outcome.input)}\n  expected ${JSON.stringify(outcome.expected.map((item) => [outcome.input.slice(item.start, item.end), item.value ?? [item.low, item.high], item.unit]))}\n  actual   ${JSON.stringify(outcome.actual.map((item) => [item.text, item.value ?? [item.low, item.high], item.unit]))}\n`)
  }
}

if (process.argv.includes('--write')) {
  const path = new URL('../../docs/conformance.md', import.meta.url)
  const existing = (await import('node:fs')).readFileSync(path, 'utf8')
  const updated = existing.replace(/<!-- results -->[\s\S]*<!-- \/results -->/, `<!-- results -->\n${table}\n<!-- /results -->`)
  writeFileSync(path, updated)
}
