import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, root, seed} from './_cli.js'

describe('claimtrace cluster', () => {
  it('finds 000 and 001, and the reprints of the syndication fixtures, as copies in the fixtures folder (READMEs and fact records left out; the verdict suite has no copies)', async () => {
    const {code, stdout, stderr} = await cli('cluster', join(root, 'fixtures'), '--format', 'json')
    expect([code, stderr]).toEqual([0, ''])
    const result = JSON.parse(stdout)
    expect(result.documents).toBe(19)
    expect(result.clusters[0]).toEqual({ids: [seed('000_6c1548d3096fdfc2.txt'), seed('001_298b5d38e97bf34f.txt')], pairs: [{a: seed('000_6c1548d3096fdfc2.txt'), b: seed('001_298b5d38e97bf34f.txt'), similarity: 0.835, containment: 0.952}]})
    // The wildfire story is no reprint of the port strike: it joins the cluster through the splice of the two.
    expect(result.clusters.slice(1).map((cluster: {ids: string[]}) => cluster.ids)).toEqual([['abridged', 'excerpt', 'extended', 'splice', 'story', 'wildfire'].map((name) => join(root, 'fixtures/syndication', `${name}.txt`))])
  })

  it('reads a JSONL corpus and prints clusters as text', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'claimtrace-cluster-'))
    const corpus = join(directory, 'corpus.jsonl')
    const text = (name: string) => readFileSync(seed(name), 'utf8')
    const lines = [
      {id: 'scrape', text: text('000_6c1548d3096fdfc2.txt'), outlet: 'aggregator'},
      {id: 'report', text: text('002_af6bee2cc274ad17.txt')},
      {id: 7, text: text('001_298b5d38e97bf34f.txt')}
    ]
    writeFileSync(corpus, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`)
    const {code, stdout} = await cli('cluster', corpus, '--format', 'text')
    expect(code).toBe(0)
    expect(stdout).toBe('3 documents, 1 cluster of copies\ncluster 1: 2 copies\n  scrape ~ 7  similarity 0.835, containment 0.952\n')
  })

  it('names the file, line and field of a bad JSONL line, and rejects a bad threshold', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'claimtrace-cluster-'))
    const corpus = join(directory, 'corpus.jsonl')
    writeFileSync(corpus, '{"id": "a", "text": "One."}\n\n{"id": "b", "body": "Two."}\n')
    expect(await cli('cluster', corpus)).toEqual({code: 2, stdout: '', stderr: `claimtrace: ${corpus}: line 3, field \`text\`: Invalid input: expected string, received undefined\n`})
    writeFileSync(corpus, '{"id": "a", "text": "One."}\n{oops\n')
    expect((await cli('cluster', corpus)).stderr).toMatch(/^claimtrace: .*corpus\.jsonl: line 2: not JSON \(/)
    expect(await cli('cluster', corpus, '--threshold', '2')).toEqual({code: 2, stdout: '', stderr: 'claimtrace: Invalid --threshold `2`: expected a number above 0 and at most 1\n'})
  })
})

describe('claimtrace index and cluster --index', () => {
  it('adds folders batch by batch, skips ids it holds, clusters as `cluster` does, and exports Parquet', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'claimtrace-index-'))
    const index = join(directory, 'corpus.duckdb')
    const syndication = join(root, 'fixtures/syndication')
    expect(await cli('index', 'add', syndication, '--index', index, '--jobs', '1')).toEqual({
      code: 0,
      stdout: `added 6 documents as batch 1, 11 verified pairs of copies before boilerplate is taken out; ${index} holds 6 documents\n`,
      stderr: ''
    })
    const again = await cli('index', 'add', join(root, 'fixtures/articles'), join(syndication, 'story.txt'), '--index', index, '--claims')
    expect([again.code, again.stdout, again.stderr]).toEqual([
      1,
      `added 5 documents as batch 2 (1 skipped), 1 verified pair of copies before boilerplate is taken out; ${index} holds 11 documents\n`,
      `claimtrace: skipped ${join(syndication, 'story.txt')}: the index holds a document with this id already\n`
    ])
    const indexed = await cli('cluster', '--index', index, '--format', 'json')
    const direct = await cli('cluster', syndication, join(root, 'fixtures/articles'), '--format', 'json')
    const ids = (output: string) => (JSON.parse(output) as {clusters: Array<{ids: string[]}>}).clusters.map((cluster) => [...cluster.ids].sort())
    expect([indexed.code, JSON.parse(indexed.stdout).documents]).toEqual([0, 11])
    expect(ids(indexed.stdout).sort()).toEqual(ids(direct.stdout).sort())
    const parquet = join(directory, 'parquet')
    expect(await cli('index', 'export', '--index', index, '--out-dir', parquet)).toEqual({
      code: 0,
      stdout: '',
      stderr: `wrote documents.parquet, bands.parquet, lines.parquet, compared.parquet, boilerplate.parquet, pairs.parquet, claims.parquet and clusters.parquet in ${parquet}\n`
    })
    expect(readdirSync(parquet).sort()).toEqual(['bands.parquet', 'boilerplate.parquet', 'claims.parquet', 'clusters.parquet', 'compared.parquet', 'documents.parquet', 'lines.parquet', 'pairs.parquet'])
  })

  it('names a file that is no index, and asks for paths or --index', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'claimtrace-index-'))
    const notes = join(directory, 'notes.txt')
    writeFileSync(notes, 'not a database')
    const result = await cli('cluster', '--index', notes)
    expect([result.code, result.stderr.startsWith(`claimtrace: cannot open the index ${notes}: `)]).toEqual([2, true])
    expect(await cli('cluster')).toEqual({code: 2, stdout: '', stderr: 'claimtrace: cluster needs paths to read, or --index with a corpus index; see `claimtrace cluster --help`\n'})
    // Reading a mistyped index makes none.
    const missing = join(directory, 'corpsu.duckdb')
    expect(await cli('cluster', '--index', missing)).toEqual({code: 2, stdout: '', stderr: `claimtrace: no index ${missing}: \`claimtrace index add PATH... --index ${missing}\` makes one\n`})
    expect((await cli('index', 'export', '--index', missing, '--out-dir', directory)).code).toBe(2)
    expect(readdirSync(directory)).toEqual(['notes.txt'])
  })
})
