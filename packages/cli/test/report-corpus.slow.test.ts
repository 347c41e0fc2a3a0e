import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {loadFacts} from '@claimtrace/facts'
import {buildReport, toHtml, toJson} from '@claimtrace/report'
import {describe, expect, it} from 'vitest'
import {reportCorpus} from '../../../scripts/bench/_report-corpus.js'
import {cli, root} from './_cli.js'

// The slow project (`npx -y pnpm@10 test:slow`, run in CI).
describe('claimtrace report on a 10k-article corpus', () => {
  it('gives byte for byte the JSON and HTML buildReport gives, in memory and on disk', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'claimtrace-10k-'))
    const lines = reportCorpus(10_000)
    const corpus = join(directory, 'corpus.jsonl')
    writeFileSync(corpus, `${lines.join('\n')}\n`)
    const facts = join(root, 'fixtures/facts')
    // JSON with copies and corroboration found in memory (17 MB of input), HTML with them from a corpus index on disk.
    expect((await cli('report', corpus, '--facts', facts, '--out', join(directory, 'report.json'), '--jobs', '1')).code).toBe(0)
    expect((await cli('report', corpus, '--facts', facts, '--out', join(directory, 'report.html'), '--jobs', '1', '--on-disk')).code).toBe(0)
    const records = loadFacts(['boston-police-2024.csv', 'detainer-hold.json', 'dhs-declined-detainer-reports.jsonl', 'ice-detainers-herald.json'].map((name) => ({file: name, text: readFileSync(join(facts, name), 'utf8')})))
    const articles = lines.map((line) => JSON.parse(line) as {id: string; text: string; date: string})
    const report = buildReport(articles.map((article, index) => ({...article, dateFrom: `${corpus} line ${index + 1}`})), {records})
    expect(report.summary.articles).toBe(10_000)
    expect(report.clusters.length).toBeGreaterThan(100)
    expect(readFileSync(join(directory, 'report.json'), 'utf8')).toBe(toJson(report))
    expect(readFileSync(join(directory, 'report.html'), 'utf8')).toBe(toHtml(report))
  })
})
