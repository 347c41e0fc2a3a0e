/**
 * Run the extractor over the public conformance suites in ../shared/conformance
 * and print pass rates per file. `--write` also updates docs/conformance.md;
 * `--failures NAME` lists the failing cases of one suite.
 */
import {writeFileSync} from 'node:fs'
import process from 'node:process'
import {levels, loadDevCorpus, scoreCase, summarize} from './dev-corpus.js'
import {suites} from './suites.js'

const all = suites()
const rows = all.map((suite) => {
  const passed = suite.outcomes.filter((outcome) => outcome.pass).length
  return {suite, passed, total: suite.outcomes.length, rate: passed / suite.outcomes.length}
})

const lines = ['| suite | file | passed | rate |', '| --- | --- | --- | --- |']
for (const {suite, passed, total, rate} of rows) lines.push(`| ${suite.name} | \`${suite.file}\` | ${passed} / ${total} | ${(rate * 100).toFixed(1)}% |`)

// Our own corpus of news sentences, scored with the CQE paper's metric shape.
const percent = (value: number) => (value * 100).toFixed(1)
const domains = loadDevCorpus().map(({domain, cases}) => ({domain, outcomes: cases.map(scoreCase)}))
const devLines = ['| dev corpus | cases | gold | predicted | value F1 | value+unit F1 | value+change F1 |', '| --- | --- | --- | --- | --- | --- | --- |']
for (const {domain, outcomes} of [...domains, {domain: '**all**', outcomes: domains.flatMap((entry) => entry.outcomes)}]) {
  const scores = summarize(outcomes)
  devLines.push(`| ${domain} | ${outcomes.length} | ${scores.gold} | ${scores.predicted} | ${levels.map((level) => percent(scores.f1[level])).join(' | ')} |`)
}
const table = `${lines.join('\n')}\n\n${devLines.join('\n')}`
process.stdout.write(`${table}\n`)

if (process.argv[process.argv.indexOf('--failures') + 1] === 'dev') {
  for (const {outcomes} of domains) {
    for (const outcome of outcomes) {
      const complete = levels.every((level) => outcome.matched[level] === outcome.gold.quantities.length) && outcome.predicted.length === outcome.gold.quantities.length
      if (complete) continue
      const gold = outcome.gold.quantities.map((quantity) => [quantity.surface, quantity.value ?? [quantity.low, quantity.high], quantity.per ? `${quantity.unit}/${quantity.per}` : quantity.unit, quantity.change ?? null])
      const actual = outcome.predicted.map((claim) => [claim.text, claim.value ?? [claim.low, claim.high], claim.per ? `${claim.unit}/${claim.per}` : claim.unit, claim.direction ?? null])
      process.stdout.write(`\n${outcome.gold.id}: ${JSON.stringify(outcome.gold.text)}\n  expected ${JSON.stringify(gold)}\n  actual   ${JSON.stringify(actual)}\n`)
    }
  }
}

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
