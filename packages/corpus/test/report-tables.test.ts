import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {CorpusError, CorpusIndex, reportTables, writeReportTables} from '@claimtrace/corpus'
import {loadFacts} from '@claimtrace/facts'
import {buildReport} from '@claimtrace/report'
import {DuckDBInstance} from '@duckdb/node-api'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const fixtures = new URL('../../../fixtures/', import.meta.url)
const work = mkdtempSync(join(tmpdir(), 'claimtrace-tables-test-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

// The wire story, its four reprints and the story spliced into one, beside the five seeds and their fact records.
const reprints = ['story', 'excerpt', 'abridged', 'extended', 'splice', 'wildfire'].map((id) => ({
  id,
  text: readFileSync(new URL(`syndication/${id}.txt`, fixtures), 'utf8'),
  date: '2026-03-02'
}))
/** A folder's articles, in name order, dated by its articles.json where it dates them (else by what the text shows). */
const dated = (folder: string) => {
  const dates = new Map((JSON.parse(readFileSync(new URL(`${folder}/articles.json`, fixtures), 'utf8')) as Array<{file: string; date: string}>).map(({file, date}) => [file, date]))
  return readdirSync(new URL(`${folder}/`, fixtures))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => ({id: file.slice(0, 3), date: dates.get(file), text: readFileSync(new URL(`${folder}/${file}`, fixtures), 'utf8')}))
}
const recordsIn = (folder: string) =>
  readdirSync(new URL(`${folder}/`, fixtures))
    .filter((name) => /\.(json|jsonl|csv)$/.test(name))
    .sort()
    .map((name) => ({file: name, text: readFileSync(new URL(`${folder}/${name}`, fixtures), 'utf8')}))
// The seeds, and the verdict suite with its planted errors (ids `01-`… unlike the seeds' `000`…).
const seeds = dated('articles')
const suite = dated('verdicts')
const records = loadFacts([...recordsIn('facts'), ...recordsIn('verdicts/facts')])
const report = buildReport([...reprints, ...seeds, ...suite], {records})

let read: (sql: string) => Promise<unknown[][]>
let reader: DuckDBInstance
const folder = join(work, "the report's tables")
const table = (name: string) => `'${join(folder, `${name}.parquet`).replaceAll("'", "''")}'`

beforeAll(async () => {
  mkdirSync(folder)
  expect(await writeReportTables(folder, report)).toEqual(reportTables.map((name) => `${name}.parquet`))
  reader = await DuckDBInstance.create(':memory:')
  const connection = await reader.connect()
  read = async (sql) => (await connection.runAndReadAll(sql)).getRowsJson() as unknown[][]
})
afterAll(() => reader.closeSync())

describe('writeReportTables', () => {
  it('writes each copy with the copy it was compared with, its relation and coverage', async () => {
    expect(await read(`SELECT cluster, document, canonical, compared_with, relation FROM ${table('clusters')}`)).toEqual([
      ['story', 'story', false, 'extended', 'excerpt'],
      ['story', 'excerpt', false, 'extended', 'excerpt'],
      ['story', 'abridged', false, 'extended', 'abridged'],
      ['story', 'extended', true, null, null],
      ['story', 'splice', false, 'extended', 'spliced'],
      // The wildfire story shares nothing with the canonical copy: it is compared with the splice that holds half of it.
      ['story', 'wildfire', false, 'splice', 'spliced'],
      ['000', '000', false, '001', 'copy'],
      ['000', '001', true, null, null]
    ])
    const [cluster] = report.clusters
    const splice = cluster!.copies.find((copy) => copy.id === 'splice')!.comparison
    expect(await read(`SELECT similarity, containment, coverage_compared, coverage_document, info + warnings + errors FROM ${table('clusters')} WHERE document = 'splice'`)).toEqual([
      [splice.similarity, splice.containment, splice.coverage.a, splice.coverage.b, splice.divergences.length]
    ])
    expect(await read(`SELECT cluster, a, b FROM ${table('pairs')}`)).toEqual([...cluster!.pairs.map(({a, b}) => ['story', a, b]), ['000', '000', '001']])
  })

  it('writes every passage a copy shares, with its offsets in both texts', async () => {
    // The abridged copy: six passages of the canonical copy, each a paragraph kept, in text order.
    expect(await read(`SELECT passage, a_start, a_end, b_start, b_end, tokens FROM ${table('passages')} WHERE b = 'abridged'`)).toEqual([
      [0, 0, 283, 0, 283, 57],
      [1, 502, 706, 285, 489, 37],
      [2, 877, 1037, 491, 651, 29],
      [3, 1524, 1715, 653, 844, 33],
      [4, 1867, 1988, 846, 967, 21],
      [5, 2080, 2186, 969, 1075, 21]
    ])
    const text = (id: string) => reprints.find((reprint) => reprint.id === id)!.text
    const [aStart, aEnd, bStart, bEnd] = (await read(`SELECT a_start, a_end, b_start, b_end FROM ${table('passages')} WHERE a = 'extended' AND b = 'abridged' AND passage = 1`))[0] as number[]
    expect(text('abridged').slice(bStart, bEnd)).toBe(text('extended').slice(aStart, aEnd))
    // Every passage of every comparison, and nothing else.
    const expected = report.clusters.flatMap((cluster) =>
      cluster.copies.flatMap(({id, against, comparison}) => comparison.passages.map((passage, index) => [against ?? cluster.canonical, id, index, passage.a.start, passage.a.end, passage.b.start, passage.b.end, passage.tokens]))
    )
    expect(await read(`SELECT a, b, passage, a_start, a_end, b_start, b_end, tokens FROM ${table('passages')}`)).toEqual(expected)
  })

  it('writes every difference, counted by severity as the summary counts them', async () => {
    const counts = Object.fromEntries((await read(`SELECT severity, count(*)::INTEGER FROM ${table('divergences')} GROUP BY severity`)) as Array<[string, number]>)
    expect({info: 0, warning: 0, error: 0, ...counts}).toEqual(report.summary.divergences)
    // The mangled scrape's lost headline, photo credit and all, against its source.
    expect(await read(`SELECT a, b, kind, severity, a_start, a_end, a_text, b_start, b_end, b_text FROM ${table('divergences')} WHERE b = '000' LIMIT 1`)).toEqual([
      ['001', '000', 'boilerplate', 'info', 0, 135, seeds[1]!.text.slice(0, 135), 0, 0, '']
    ])
    expect(seeds[1]!.text.slice(0, 135)).toMatch(/^Report: Refusal by Mass\. Police[\s\S]*Breitbart Texas$/)
    // Every difference of every comparison, in order.
    const expected = report.clusters.flatMap((cluster) =>
      cluster.copies.flatMap(({id, against, comparison}) =>
        comparison.divergences.map(({kind, severity, a, b}) => [against ?? cluster.canonical, id, kind, severity, a.start, a.end, a.text, b.start, b.end, b.text])
      )
    )
    expect(await read(`SELECT a, b, kind, severity, a_start, a_end, a_text, b_start, b_end, b_text FROM ${table('divergences')}`)).toEqual(expected)
  })

  it('writes each claim with the columns of the index, and its link to a record, flat', async () => {
    expect(await read(`SELECT count(*)::INTEGER FROM ${table('claims')}`)).toEqual([[report.summary.claims]])
    const index = await CorpusIndex.open(':memory:')
    await index.add(seeds, {claims: true})
    const exported = join(work, 'index')
    mkdirSync(exported)
    await index.exportParquet(exported)
    index.close()
    const columns = async (file: string) => (await read(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${file})`)).map((row) => row.join(' '))
    expect(await columns(table('claims'))).toEqual(await columns(`'${join(exported, 'claims.parquet')}'`))
    // The seeds' claims are the index's, read with the same dates.
    expect(await read(`SELECT * FROM ${table('claims')} WHERE document IN ('000', '001', '002', '003', '004')`)).toEqual(await read(`SELECT * FROM '${join(exported, 'claims.parquet')}'`))

    const verdicts = Object.fromEntries((await read(`SELECT verdict, count(*)::INTEGER FROM ${table('links')} GROUP BY verdict`)) as Array<[string, number]>)
    expect({consistent: 0, conflicting: 0, 'no-record': 0, ambiguous: 0, unresolved: 0, ...verdicts}).toEqual(report.summary.verdicts)
    expect(await read(`SELECT l.claim, c.text, l.record, l.verdict, l.claimed, l.recorded, l.tolerance, l.fits, l.candidates FROM ${table('links')} l JOIN ${table('claims')} c ON c.document = l.document AND c.claim = l.claim WHERE l.document = '000' LIMIT 1`)).toEqual([
      ['c1', '59', 'ice-boston-declined-2016', 'consistent', 59, 59, 0.5, true, ['ice-boston-declined-2016', 'ice-national-declined-2016']]
    ])
    // A claim with no record keeps what it came closest to, or nothing: never a verdict without its reasons.
    expect(await read(`SELECT count(*)::INTEGER FROM ${table('links')} WHERE len(reasons) = 0`)).toEqual([[0]])
    // The verdict suite's planted errors, each with its likely cause, as its truth file lists them.
    const truth = JSON.parse(readFileSync(new URL('verdicts/truth.json', fixtures), 'utf8')) as Array<{planted: Array<{kind: string}>}>
    const planted = new Map<string, number>()
    for (const {kind} of truth.flatMap((article) => article.planted)) planted.set(kind, (planted.get(kind) ?? 0) + 1)
    expect(await read(`SELECT conflict, count(*)::INTEGER FROM ${table('links')} WHERE verdict = 'conflicting' GROUP BY ALL ORDER BY ALL`)).toEqual([...planted].sort())
    expect([...planted.values()].reduce((sum, count) => sum + count)).toBe(14)
    // Every link, every column: the nested evidence flattened as the README says.
    const expected = report.articles.flatMap((article) =>
      article.links.map((link) => [
        article.id, link.claimId, link.recordId, link.verdict, link.score, link.repaired,
        link.arithmetic?.claimed ?? null, link.arithmetic?.recorded ?? null, link.arithmetic?.relativeError ?? null, link.arithmetic?.tolerance ?? null,
        link.arithmetic?.fits ?? null, link.arithmetic?.rule ?? null,
        link.conflict?.kind ?? null, link.conflict?.recordId ?? null, link.conflict?.explanation ?? null,
        link.nearMiss?.dimension ?? null, link.nearMiss?.recordId ?? null, link.nearMiss?.fits ?? null, link.nearMiss?.explanation ?? null,
        link.missing ?? null, link.revision?.currentId ?? null, link.from?.recordId ?? null, link.from?.verdict ?? null,
        link.candidates.map((candidate) => candidate.recordId), link.reasons
      ])
    )
    expect(await read(`SELECT * FROM ${table('links')}`)).toEqual(expected)
    // Columns that are there to be read were read: the fixtures give each kind of evidence.
    expect(await read(`SELECT count(near_miss_record)::INTEGER > 0, count(missing)::INTEGER > 0, count(revised_record)::INTEGER > 0, count(conflict_record)::INTEGER > 0 FROM ${table('links')}`)).toEqual([[true, true, true, true]])
  })

  it('writes the corroboration groups claim by claim, and the articles', async () => {
    expect(await read(`SELECT grp, kind, document, claim, text, value, unit FROM ${table('corroborations')} WHERE document IN ('002', '004') AND text = '2,825'`)).toEqual([
      [expect.any(Number), 'corroborated', '002', 'c2', '2,825', 2825, 'count'],
      [expect.any(Number), 'corroborated', '004', 'c2', '2,825', 2825, 'count']
    ])
    expect(await read(`SELECT count(DISTINCT grp)::INTEGER FROM ${table('corroborations')}`)).toEqual([[report.summary.corroborated + report.summary.crossArticleConflicts]])
    expect(await read(`SELECT id, date, characters FROM ${table('articles')} WHERE id IN ('story', '001')`)).toEqual([
      ['story', '2026-03-02', reprints[0]!.text.length],
      ['001', '2017-01', seeds[1]!.text.length]
    ])
  })

  it('writes the same bytes for the same report', async () => {
    const again = join(work, 'again')
    mkdirSync(again)
    await writeReportTables(again, {...report, articles: report.articles.values(), clusters: report.clusters.values()})
    for (const name of reportTables) expect(readFileSync(join(again, `${name}.parquet`)).equals(readFileSync(join(folder, `${name}.parquet`))), name).toBe(true)
  })

  it('takes any id or text, a lone surrogate in a list too, and says when the folder is missing', async () => {
    const odd = join(work, 'odd')
    mkdirSync(odd)
    const id = "l'été 🌍 \u0000'); DROP TABLE articles; --"
    // A text cut inside a surrogate pair leaves half of it: stored as U+FFFD, in a list as in a plain column.
    const [claim] = report.articles.find((article) => article.id === '001')!.claims
    const [link] = report.articles.find((article) => article.id === '001')!.links
    const half = 'Bost\uD83Con'
    await writeReportTables(odd, {
      articles: [{id, date: null, text: 'Ten.', claims: [{...claim!, subject: half, scope: {places: [half, 'Salem 🌍'], organizations: []}}], links: [{...link!, reasons: [half]}]}],
      clusters: [],
      corroborations: []
    })
    expect(await read(`SELECT id, date, characters FROM '${join(odd, 'articles.parquet')}'`)).toEqual([[id, null, 4]])
    expect(await read(`SELECT document, subject, places FROM '${join(odd, 'claims.parquet')}'`)).toEqual([[id, 'Bost\uFFFDon', ['Bost\uFFFDon', 'Salem 🌍']]])
    expect(await read(`SELECT reasons FROM '${join(odd, 'links.parquet')}'`)).toEqual([[['Bost\uFFFDon']]])
    expect(await read(`SELECT count(*)::INTEGER FROM '${join(odd, 'passages.parquet')}'`)).toEqual([[0]])
    await expect(writeReportTables(join(work, 'missing'), report)).rejects.toThrow(CorpusError)
    await expect(writeReportTables(join(work, 'missing'), report)).rejects.toMatchObject({code: 'no-folder'})
  })
})
