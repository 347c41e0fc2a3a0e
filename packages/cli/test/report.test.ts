import {execFile} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {reportTables} from '@claimtrace/corpus'
import {loadFacts} from '@claimtrace/facts'
import {buildReport, Report, toHtml, toJson} from '@claimtrace/report'
import {describe, expect, it} from 'vitest'
import {cli, root, seed} from './_cli.js'

const fixtures = join(root, 'fixtures')
// The seeds (fixtures/ also holds the verdict suite, with facts of its own).
const seeds = join(fixtures, 'articles')
const facts = join(fixtures, 'facts')
const dates = Object.fromEntries((JSON.parse(readFileSync(seed('articles.json'), 'utf8')) as Array<{file: string; date: string}>).map((item) => [seed(item.file), item.date]))
const temporary = () => mkdtempSync(join(tmpdir(), 'claimtrace-report-'))

describe('claimtrace report', () => {
  it('agrees exactly with `check` and `compare` on the fixtures', async () => {
    const {code, stdout, stderr} = await cli('report', seeds, '--facts', facts, '--format', 'json', '--jobs', '1')
    expect(code).toBe(0)
    expect(stderr).toMatch(/^5 articles, \d+ claims \(29 consistent, 0 conflicting, 0 ambiguous, 0 unresolved, \d+ no record\), 1 cluster of copies with 0 claim conflicts, 4 corroborated and 0 conflicting across articles\n$/)
    const report = Report.parse(JSON.parse(stdout))
    expect(report.articles.map((article) => [article.id, article.date])).toEqual(Object.entries(dates))

    // Claims, links and verdicts: what `check` prints for each article, dated the same way (by articles.json).
    const verdicts = {consistent: 0, conflicting: 0, 'no-record': 0, ambiguous: 0, unresolved: 0}
    for (const article of report.articles) {
      const checked = JSON.parse((await cli('check', '--format', 'json', '--facts', facts, article.id)).stdout)
      expect(checked.date).toEqual(article.dateEvidence)
      expect({claims: article.claims, links: article.links}).toEqual({claims: checked.claims, links: checked.links})
      for (const link of checked.links as Array<{verdict: keyof typeof verdicts}>) verdicts[link.verdict]++
    }
    expect(report.summary.verdicts).toEqual(verdicts)
    expect(report.summary.claims).toBe(report.articles.reduce((sum, article) => sum + article.claims.length, 0))

    // The cluster's comparison: what `compare canonical copy` prints.
    const [cluster] = report.clusters
    expect([cluster!.canonical, cluster!.copies.map((copy) => copy.id)]).toEqual([seed('001_298b5d38e97bf34f.txt'), [seed('000_6c1548d3096fdfc2.txt')]])
    const compared = JSON.parse((await cli('compare', '--format', 'json', '--date', '2017-01', cluster!.canonical, cluster!.copies[0]!.id)).stdout)
    expect({a: cluster!.canonical, b: cluster!.copies[0]!.id, ...cluster!.copies[0]!.comparison}).toEqual(compared)
    const severities = {info: 0, warning: 0, error: 0}
    for (const divergence of compared.divergences as Array<{severity: keyof typeof severities}>) severities[divergence.severity]++
    expect(report.summary.divergences).toEqual(severities)
    expect(report.summary.copyConflicts).toBe(compared.conflicts.length)
  })

  it('writes HTML, Markdown and JSON by the --out extension, byte-identical run after run', async () => {
    const directory = temporary()
    for (const name of ['report.html', 'report.md', 'report.json']) {
      const first = join(directory, `1-${name}`)
      const second = join(directory, `2-${name}`)
      expect((await cli('report', seeds, '--facts', facts, '--out', first, '--jobs', '1')).code).toBe(0)
      expect((await cli('report', seeds, '--facts', facts, '--out', second, '--jobs', '1')).code).toBe(0)
      expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'))
    }
    expect(readFileSync(join(directory, '1-report.html'), 'utf8')).toMatch(/^<!doctype html>\n[\s\S]*<details class="cluster" id="k1" open>[\s\S]*<\/html>\n$/)
    expect(readFileSync(join(directory, '1-report.md'), 'utf8')).toBe(readFileSync(join(fixtures, 'report/expected.md'), 'utf8').replaceAll('articles/', `${join(fixtures, 'articles')}/`.replaceAll('_', '\\_')))
    expect(await cli('report', fixtures, '--out', join(directory, 'report.pdf'))).toMatchObject({code: 2, stderr: expect.stringContaining('Cannot tell the format of')})
  })

  it('gives byte for byte the JSON and HTML `buildReport` gives, both built by one ReportBuilder, in memory or on disk', async () => {
    const directory = temporary()
    for (const name of ['report.json', 'report.html']) expect((await cli('report', seeds, '--facts', facts, '--out', join(directory, name), '--jobs', '1')).code).toBe(0)
    // Copies and corroboration from a corpus index on disk (DuckDB), as for input over 32 MB.
    for (const name of ['disk.json', 'disk.html']) expect((await cli('report', seeds, '--facts', facts, '--out', join(directory, name), '--jobs', '1', '--on-disk')).code).toBe(0)
    // The articles as the CLI reads the folder: sorted, dated by articles.json beside them.
    const articles = Object.entries(dates).map(([id, date]) => ({id, text: readFileSync(id, 'utf8'), date, dateFrom: join(seeds, 'articles.json')}))
    const records = loadFacts(['boston-police-2024.csv', 'detainer-hold.json', 'dhs-declined-detainer-reports.jsonl', 'ice-detainers-herald.json'].map((name) => ({file: name, text: readFileSync(join(facts, name), 'utf8')})))
    const report = buildReport(articles, {records})
    expect(readFileSync(join(directory, 'report.json'), 'utf8')).toBe(toJson(report))
    expect(readFileSync(join(directory, 'report.html'), 'utf8')).toBe(toHtml(report))
    expect(readFileSync(join(directory, 'disk.json'), 'utf8')).toBe(toJson(report))
    expect(readFileSync(join(directory, 'disk.html'), 'utf8')).toBe(toHtml(report))
    expect(report.corroborations.length).toBeGreaterThan(0)
  })

  it('writes its tables as Parquet, the same bytes in memory or on disk', async () => {
    const directory = temporary()
    for (const [name, ...more] of [['memory'], ['disk', '--on-disk']] as const) {
      const {code, stdout} = await cli('report', seeds, '--facts', facts, '--format', 'text', '--jobs', '1', '--parquet-dir', join(directory, name, 'tables'), ...more)
      expect(code).toBe(0)
      expect(stdout.endsWith(`; wrote its tables (Parquet) in ${join(directory, name, 'tables')}\n`)).toBe(true)
    }
    expect(readdirSync(join(directory, 'memory', 'tables')).sort()).toEqual(reportTables.map((table) => `${table}.parquet`).sort())
    for (const table of reportTables) {
      expect(readFileSync(join(directory, 'disk', 'tables', `${table}.parquet`)).equals(readFileSync(join(directory, 'memory', 'tables', `${table}.parquet`))), table).toBe(true)
    }
    const blocked = join(directory, 'a file')
    writeFileSync(blocked, '')
    expect(await cli('report', seeds, '--format', 'text', '--parquet-dir', join(blocked, 'tables'))).toMatchObject({code: 2, stderr: expect.stringContaining(`Cannot write into \`${join(blocked, 'tables')}\`: ENOTDIR`)})
  })

  it('writes schema.org ClaimReviews and PROV-O by a .jsonld --out, as the library does', async () => {
    const directory = temporary()
    const out = join(directory, 'claims.jsonld')
    const options = ['--author', 'Harbour Fact Desk', '--review-date', '2026-12-02', '--review-url', 'https://facts.example/reviews/']
    expect((await cli('report', seeds, '--facts', facts, '--out', out, '--jobs', '1', ...options)).code).toBe(0)
    const document = JSON.parse(readFileSync(out, 'utf8')) as {'@graph': Array<Record<string, any>>}
    const reviews = document['@graph'].filter((node) => node['@type'] === 'ClaimReview')
    expect(reviews.length).toBeGreaterThan(20)
    expect(reviews[0]).toMatchObject({datePublished: '2026-12-02', author: {'@type': 'Organization', name: 'Harbour Fact Desk'}, url: expect.stringMatching(/^https:\/\/facts\.example\/reviews\//)})
    expect(document['@graph'].some((node) => node['prov:wasDerivedFrom'])).toBe(true)
    expect(await cli('report', seeds, '--out', out, '--review-date', '2026-13-45')).toMatchObject({code: 2, stderr: expect.stringContaining('Invalid --review-date `2026-13-45`')})
  })

  it('uses worker threads with the same result, byte for byte', async () => {
    const directory = temporary()
    const run = promisify(execFile)
    const bin = join(root, 'packages/cli/src/bin.ts')
    await run(process.execPath, ['--import', 'tsx', '--conditions=@claimtrace/source', bin, 'report', seeds, '--facts', facts, '--out', join(directory, 'two.html'), '--jobs', '2'], {cwd: root})
    expect((await cli('report', seeds, '--facts', facts, '--out', join(directory, 'one.html'), '--jobs', '1')).code).toBe(0)
    expect(readFileSync(join(directory, 'two.html'), 'utf8')).toBe(readFileSync(join(directory, 'one.html'), 'utf8'))
  })

  it('streams a JSONL corpus with dates, skips unreadable files, and reports what needs a look', async () => {
    const directory = temporary()
    const original = readFileSync(seed('001_298b5d38e97bf34f.txt'), 'utf8')
    const lines = [
      {id: 'original', text: original, date: '2017-01'},
      {id: 'altered', text: original.replace('saw 59 of its requests', 'saw 95 of its requests'), date: '2017-01'}
    ]
    writeFileSync(join(directory, 'corpus.jsonl'), `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`)
    writeFileSync(join(directory, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))
    const {code, stdout, stderr} = await cli('report', join(directory, 'corpus.jsonl'), join(directory, 'binary.txt'), '--facts', facts, '--format', 'text', '--jobs', '1')
    expect(code).toBe(1)
    expect(stderr.replaceAll(directory, 'DIR')).toBe('claimtrace: Cannot read `DIR/binary.txt`: it looks binary (NUL bytes), not article text\n')
    const printed = stdout.split('\n')
    expect(printed[0]).toBe('altered')
    expect(printed.filter((line) => /^10:110-10:112 +error/.test(line)).map((line) => / ([\w-]+) +claimtrace$/.exec(line)?.[1])).toEqual(['claim-conflicting', 'copy-claim-conflict', 'copy-value-change'])
    expect(stdout).toContain('  [cause]:')
    expect(printed.at(-2)).toBe('2 articles, 16 claims (15 consistent, 1 conflicting, 0 ambiguous, 0 unresolved, 0 no record), 1 cluster of copies with 1 claim conflict, 0 corroborated and 0 conflicting across articles')
    const json = Report.parse(JSON.parse((await cli('report', join(directory, 'corpus.jsonl'), join(directory, 'binary.txt'), '--format', 'json', '--jobs', '1')).stdout))
    expect(json.skipped).toEqual([{id: join(directory, 'binary.txt'), reason: `Cannot read \`${join(directory, 'binary.txt')}\`: it looks binary (NUL bytes), not article text`}])
    expect(json.summary.skipped).toBe(1)
  })

  it('fails on the verdicts --fail-on names, unresolved among them', async () => {
    const directory = temporary()
    writeFileSync(join(directory, 'undated.txt'), 'The Boston ICE office saw 59 requests to hold immigrants denied last year.\n')
    const failing = await cli('report', directory, '--facts', facts, '--format', 'text', '--jobs', '1', '--fail-on', 'unresolved')
    expect(failing.code).toBe(1)
    expect(failing.stdout).toContain('1 article, 1 claim (0 consistent, 0 conflicting, 0 ambiguous, 1 unresolved, 0 no record)')
    expect((await cli('report', directory, '--facts', facts, '--format', 'text', '--jobs', '1', '--fail-on', 'conflicting')).code).toBe(0)
  })

  it('names the file, line and field of a bad corpus line or dates file, and exits 2', async () => {
    const directory = temporary()
    writeFileSync(join(directory, 'corpus.jsonl'), '{"id": "a", "text": "59 requests"}\n{"id": "b"}\n')
    expect((await cli('report', join(directory, 'corpus.jsonl'))).stderr.replaceAll(directory, 'DIR')).toBe('claimtrace: DIR/corpus.jsonl: line 2, field `text`: Invalid input: expected string, received undefined\n')
    writeFileSync(join(directory, 'articles.json'), '[{"file": "a.txt", "date": 2017}]')
    writeFileSync(join(directory, 'a.txt'), '59 requests')
    expect(await cli('report', directory)).toMatchObject({code: 2, stderr: `claimtrace: ${join(directory, 'articles.json')}: record 1, field \`date\`: Invalid input: expected string, received number\n`})
    expect(await cli('report', directory, '--jobs', '0')).toMatchObject({code: 2, stderr: 'claimtrace: Invalid --jobs `0`: expected a whole number from 1 to 64\n'})
  })
})
