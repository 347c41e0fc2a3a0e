import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {CorpusError, CorpusIndex} from '@claimtrace/corpus'
import {extractClaims} from '@claimtrace/extract'
import {corroborate, findCopies, fingerprint, shingles} from '@claimtrace/syndication'
import {DuckDBInstance} from '@duckdb/node-api'
import {afterAll, describe, expect, it} from 'vitest'
import {reportCorpus} from '../../../scripts/bench/_report-corpus.js'
import {syndicatedCorpus} from '../../../scripts/bench/_syndication-corpus.js'

const reprints = ['story', 'excerpt', 'abridged', 'extended', 'splice', 'wildfire'].map((id) => ({
  id,
  text: readFileSync(new URL(`../../../fixtures/syndication/${id}.txt`, import.meta.url), 'utf8')
}))
const work = mkdtempSync(join(tmpdir(), 'claimtrace-corpus-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

async function clustersOf(batches: ReadonlyArray<ReadonlyArray<{id: string; text: string}>>, path = ':memory:') {
  const index = await CorpusIndex.open(path)
  for (const batch of batches) await index.add(batch)
  const clusters = await index.clusters()
  index.close()
  return clusters
}

const members = (clusters: ReadonlyArray<{ids: string[]}>) => clusters.map((cluster) => cluster.ids)

/** A reader of the Parquet files in a folder, by SQL (rows as JSON); `close` when done. */
async function parquetReader() {
  const reader = await (await DuckDBInstance.create(':memory:')).connect()
  return {read: async (sql: string) => (await reader.runAndReadAll(sql)).getRowsJson(), close: () => reader.closeSync()}
}

const manifest = JSON.parse(readFileSync(new URL('../../../fixtures/articles/articles.json', import.meta.url), 'utf8')) as Array<{file: string; date: string}>
const seeds = manifest.map(({file, date}) => ({id: file.slice(0, 3), date, text: readFileSync(new URL(`../../../fixtures/articles/${file}`, import.meta.url), 'utf8')}))

describe('CorpusIndex', () => {
  it('clusters the reprint fixtures as findCopies does, with the same pairs', async () => {
    expect(await clustersOf([reprints])).toEqual(findCopies(reprints))
    // The wildfire story is in through the splice of it with the port strike.
    expect(members(await clustersOf([reprints]))).toEqual([['story', 'excerpt', 'abridged', 'extended', 'splice', 'wildfire']])
  })

  it('gives the clusters of the in-memory path on a generated corpus, with the same trees, in one batch or three', async () => {
    const {documents} = syndicatedCorpus(3000, {reprints: true, furniture: true})
    const expected = findCopies(documents)
    const whole = await clustersOf([documents])
    expect(whole).toEqual(expected)
    expect(await clustersOf([documents.slice(0, 1000), documents.slice(1000, 1700), documents.slice(1700)])).toEqual(expected)
    // Each cluster is reported with a spanning set of verified pairs.
    for (const cluster of whole) expect(cluster.pairs).toHaveLength(cluster.ids.length - 1)
    expect(whole.length).toBeGreaterThan(300)
  })

  it('takes boilerplate out as findCopies does, also when a later batch makes a footer boilerplate', async () => {
    const folder = new URL('../../../fixtures/syndication/boilerplate/', import.meta.url)
    const corpus = readFileSync(new URL('corpus.jsonl', folder), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as {id: string; text: string})
    // News in brief: the lead paragraph of each outlet brief with the outlet's footer (its last three paragraphs).
    const inBrief = corpus
      .filter((document) => /^(?:hg|vc|nl)-\d+$/.test(document.id))
      .map((document) => {
        const paragraphs = document.text.split('\n\n')
        return {id: `brief-${document.id}`, text: [paragraphs[0], ...paragraphs.slice(-3)].join('\n\n')}
      })
    const documents = [...corpus, ...inBrief]
    const expected = findCopies(documents)
    // Each brief with its item in brief (hg-04 with its pickup too), the two wire briefs and the long wire story.
    expect(expected).toHaveLength(39)
    expect(await clustersOf([documents])).toEqual(expected)
    // Eight documents first: too few carry a footer for it to be boilerplate until the rest come.
    expect(await clustersOf([documents.slice(0, 8), documents.slice(8, 50), documents.slice(50)])).toEqual(expected)
  })

  it('keeps what was added in its file, and adds the next batch to it', async () => {
    const path = join(work, 'reprints.duckdb')
    const first = await CorpusIndex.open(path)
    expect(await first.add(reprints.slice(0, 2))).toEqual({batch: 1, added: 2, skipped: [], pairs: 1, documents: 2})
    first.close()
    const again = await CorpusIndex.open(path)
    expect(await again.add([...reprints.slice(2), reprints[0]!, reprints[2]!])).toEqual({
      batch: 2,
      added: 4,
      skipped: [{id: 'story', reason: 'duplicate-id'}, {id: 'abridged', reason: 'duplicate-id'}],
      // Every candidate is verified, copies of one cluster among themselves too: the pairs table is all that was found.
      pairs: 10,
      documents: 6
    })
    expect(await again.clusters()).toEqual(findCopies(reprints))
    again.close()
  })

  it('refuses other thresholds for an index made with its own, and a file that is no index', async () => {
    const path = join(work, 'settings.duckdb')
    ;(await CorpusIndex.open(path, {threshold: 0.6})).close()
    await expect(CorpusIndex.open(path, {threshold: 0.5})).rejects.toThrow(new CorpusError(`the index ${path} was made with threshold 0.6, not 0.5: one index clusters by one rule`, 'settings-mismatch'))
    const reopened = await CorpusIndex.open(path)
    reopened.close()
    const text = join(work, 'notes.txt')
    await import('node:fs').then(({writeFileSync}) => writeFileSync(text, 'not a database'))
    await expect(CorpusIndex.open(text)).rejects.toMatchObject({code: 'unreadable-index'})
  })

  it('refuses an index made with the tables of an earlier claimtrace', async () => {
    const path = join(work, 'earlier.duckdb')
    ;(await CorpusIndex.open(path)).close()
    const instance = await DuckDBInstance.create(path)
    const connection = await instance.connect()
    await connection.run("DELETE FROM settings WHERE name = 'schema'")
    connection.closeSync()
    instance.closeSync()
    await expect(CorpusIndex.open(path)).rejects.toThrow(new CorpusError(`the index ${path} was made by an earlier claimtrace (tables 1, not 3): add its documents to a new index`, 'settings-mismatch'))
  })

  it('corroborates in DuckDB as `corroborate` does in memory: the same groups, in the same order', async () => {
    // News-like articles whose figures are true to a record most of the time, a fifth of them copies:
    // corroborated and conflicting figures across independent articles, and copies that are not independent.
    const articles = reportCorpus(1500).map((line) => JSON.parse(line) as {id: string; text: string; date: string})
    const claims = articles.map((article) => ({id: article.id, claims: extractClaims(article.text, {date: article.date})}))
    const expected = corroborate(claims, findCopies(articles))
    expect(expected.filter((group) => group.kind === 'corroborated').length).toBeGreaterThan(100)
    expect(expected.filter((group) => group.kind === 'conflicting').length).toBeGreaterThan(50)

    const index = await CorpusIndex.open(':memory:')
    // Claims read elsewhere are stored as given; two batches, as a report adds them.
    await index.add(articles.slice(0, 700).map((article, at) => ({id: article.id, shingles: shingles(article.text), claims: claims[at]!.claims})), {jobs: 1})
    await index.add(articles.slice(700).map((article, at) => ({id: article.id, shingles: shingles(article.text), claims: claims[700 + at]!.claims})), {jobs: 1})
    const groups: unknown[] = []
    const counts = await index.corroborate((group) => groups.push(group))
    expect(groups).toEqual(expected)
    expect(counts).toEqual({corroborated: expected.filter((group) => group.kind === 'corroborated').length, conflicting: expected.filter((group) => group.kind === 'conflicting').length})
    // Asked again, the same: the working tables are the index's own and dropped after use.
    const again: unknown[] = []
    await index.corroborate((group) => again.push(group))
    expect(again).toEqual(expected)
    index.close()
  })

  it('gives a group larger than a chunk of DuckDB’s results whole, in order', async () => {
    // 3,000 independent briefs (no shared shingle) with one figure each: one corroborated group of 3,000 claims,
    // read back across two chunks (2,048 rows each), and one conflicting pair.
    const figure = (value: number) => extractClaims(`In 2025 the county treated ${value.toLocaleString('en-US')} patients.`, {date: '2026-01-10'})
    const briefs = Array.from({length: 3000}, (_, at) => ({id: `brief-${String(at).padStart(4, '0')}`, claims: figure(at === 2999 ? 6241 : 6214)}))
    const index = await CorpusIndex.open(':memory:')
    await index.add(briefs.map(({id, claims}, at) => ({id, shingles: Uint32Array.of(at * 2 + 1), claims})), {jobs: 1})
    const groups: Array<{kind: string; claims: Array<{article: string; value: number | null}>}> = []
    await index.corroborate((group) => groups.push(group))
    index.close()
    expect(groups.map((group) => [group.kind, group.claims.length])).toEqual(corroborate(briefs, []).map((group) => [group.kind, group.claims.length]))
    expect(groups[0]!.kind).toBe('corroborated')
    expect(groups[0]!.claims.length).toBe(2999)
    expect(groups[0]!.claims.map((claim) => claim.article)).toEqual(briefs.slice(0, 2999).map((brief) => brief.id))
    expect(groups.some((group) => group.kind === 'conflicting' && group.claims.some((claim) => claim.value === 6241))).toBe(true)
  })

  it('corroborates the claims it reads itself, across the seed articles', async () => {
    const index = await CorpusIndex.open(':memory:')
    await index.add(seeds, {claims: true, jobs: 1})
    const groups: unknown[] = []
    await index.corroborate((group) => groups.push(group))
    const claims = seeds.map((seed) => ({id: seed.id, claims: extractClaims(seed.text, {date: seed.date})}))
    expect(groups).toEqual(corroborate(claims, findCopies(seeds)))
    expect(groups.length).toBeGreaterThan(0)
    index.close()
  })

  it('clusters 4,000 copies of one line with 3,999 pairs, not every pair', async () => {
    const documents = Array.from({length: 4000}, (_, index) => ({id: `prompt-${index}`, text: 'Read more: sign up for our morning newsletter and never miss a story.'}))
    const [cluster, ...rest] = await clustersOf([documents])
    expect(rest).toEqual([])
    expect([cluster!.ids.length, cluster!.pairs.length, cluster!.pairs[0]]).toEqual([4000, 3999, {a: 'prompt-0', b: 'prompt-1', similarity: 1, containment: 1}])
  })

  it('reads the claims of each document when asked, in the workers, and exports them as Parquet with their document', async () => {
    const index = await CorpusIndex.open(':memory:')
    await index.add(seeds, {claims: true, jobs: 2})
    await index.add(reprints)
    const folder = join(work, 'claims')
    await import('node:fs').then(({mkdirSync}) => mkdirSync(folder))
    await index.exportParquet(folder)
    index.close()
    const {read, close} = await parquetReader()
    const claims = join(folder, 'claims.parquet')
    // Every claim of every seed, as extractClaims gives it with the seed's date; none of the batch added without claims.
    expect(await read(`SELECT document, count(*) FROM '${claims}' GROUP BY document ORDER BY document`)).toEqual(
      seeds.map((seed) => [seed.id, String(extractClaims(seed.text, {date: seed.date}).length)])
    )
    const [first] = extractClaims(seeds[1]!.text, {date: seeds[1]!.date})
    expect(await read(`SELECT claim, text, "start", "end", value, unit, subject, period_first FROM '${claims}' WHERE document = '001' ORDER BY "start" LIMIT 1`)).toEqual([
      [first!.id, first!.text, first!.start, first!.end, first!.value, first!.unit, first!.subject, first!.period?.first ?? null]
    ])
    close()
  })

  it('exports documents, every verified pair, and clusters with their trees as Parquet', async () => {
    const index = await CorpusIndex.open(':memory:')
    await index.add(reprints)
    await index.exportParquet(work)
    index.close()
    const {read, close} = await parquetReader()
    expect(await read(`SELECT count(*), min(id), max(batch) FROM '${join(work, 'documents.parquet')}'`)).toEqual([['6', 'abridged', 1]])
    // The story's lines, each with the shingles that start in it, as `fingerprint` gives them.
    const lines = fingerprint(reprints[0]!.text).lines
    expect(await read(`SELECT line, shingles, position FROM '${join(work, 'lines.parquet')}' WHERE seq = 0 ORDER BY line`)).toEqual(
      Array.from({length: lines.length / 3}, (_, row) => [lines[row * 3]!, lines[row * 3 + 1]!, lines[row * 3 + 2]!])
    )
    expect(await read(`SELECT a, b FROM '${join(work, 'pairs.parquet')}'`)).toEqual([
      ['story', 'excerpt'], ['story', 'abridged'], ['story', 'extended'], ['story', 'splice'], ['excerpt', 'abridged'], ['excerpt', 'extended'],
      ['excerpt', 'splice'], ['abridged', 'extended'], ['abridged', 'splice'], ['extended', 'splice'], ['splice', 'wildfire']
    ])
    expect(await read(`SELECT cluster, id, joined_to FROM '${join(work, 'clusters.parquet')}'`)).toEqual([
      ['story', 'story', null], ['story', 'excerpt', 'story'], ['story', 'abridged', 'story'], ['story', 'extended', 'story'], ['story', 'splice', 'story'],
      ['story', 'wildfire', 'splice']
    ])
    close()
  })

  it('exports every compared pair and the boilerplate it took out as Parquet', async () => {
    const corpus = readFileSync(new URL('../../../fixtures/syndication/boilerplate/corpus.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as {id: string; text: string})
    const folder = mkdtempSync(join(work, 'boilerplate-'))
    const index = await CorpusIndex.open(':memory:')
    await index.add(corpus)
    await index.exportParquet(folder)
    index.close()
    const {read, close} = await parquetReader()
    // Each outlet's three footer paragraphs: on its twelve briefs and the wire copies it ran (the Valley Courier's on its pickup too).
    expect(await read(`SELECT carriers, count(*) FROM '${join(folder, 'boilerplate.parquet')}' GROUP BY carriers ORDER BY carriers`)).toEqual([
      [15, '6'],
      [16, '3']
    ])
    // The Northern Ledger's footer: the last three paragraphs of its briefs, each line hashed as `fingerprint` hashes it.
    const footer = corpus[corpus.findIndex((document) => document.id === 'nl-01')]!.text.split('\n\n').slice(-3).map((paragraph) => fingerprint(paragraph).lines[0]!)
    expect(await read(`SELECT line FROM '${join(folder, 'boilerplate.parquet')}' WHERE line IN (${footer.join(', ')}) ORDER BY line`)).toEqual(footer.sort((x, y) => x - y).map((line) => [line]))
    // Two briefs of one outlet are compared (they share a band of the footer) and are no copies.
    const compared = await read(`SELECT a, b, shared FROM '${join(folder, 'compared.parquet')}' WHERE a LIKE 'hg-%' AND b LIKE 'hg-%'`)
    expect(compared.length).toBeGreaterThan(5)
    expect(await read(`SELECT count(*) FROM '${join(folder, 'pairs.parquet')}' WHERE a LIKE 'hg-%' AND b LIKE 'hg-%'`)).toEqual([['0']])
    close()
  })
})

describe('CorpusIndex on bad documents', () => {
  it('rolls a batch back, naming its documents, when a worker cannot read one or a document has no text', async () => {
    const index = await CorpusIndex.open(':memory:')
    await index.add(reprints.slice(0, 2))
    // A date extractClaims refuses stops the batch in the worker that reads it.
    await expect(index.add([{id: 'dated', text: 'Sales rose 5% last year.', date: '2017-13-45'}, ...reprints.slice(2)], {claims: true, jobs: 2})).rejects.toMatchObject({
      code: 'unreadable-document',
      message: expect.stringMatching(/^cannot read the documents dated to wildfire: /)
    })
    await expect(index.add([{id: 'empty'} as unknown as {id: string; text: string}])).rejects.toMatchObject({code: 'unreadable-document'})
    // Nothing of either batch was kept, and the index takes the next one.
    expect(await index.size()).toBe(2)
    expect(await index.add(reprints.slice(2), {jobs: 2})).toMatchObject({batch: 2, added: 4})
    index.close()
  })

  it('uses a document’s shingles when it comes with both shingles and text', async () => {
    const index = await CorpusIndex.open(':memory:')
    const [story, excerpt] = reprints
    await index.add([{...story!, shingles: shingles(story!.text)}, excerpt!], {jobs: 1})
    expect((await index.clusters()).map((cluster) => cluster.ids)).toEqual([['story', 'excerpt']])
    index.close()
  })
})
