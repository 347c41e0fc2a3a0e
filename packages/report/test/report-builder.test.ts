import {createReadStream, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createInterface} from 'node:readline'
import {type ArticleReport, analyzeArticle, buildReport, type ClusterReport, describeCluster, digestArticle, jsonChunks, ReportBuilder, toJson} from '@claimtrace/report'
import {corroborate, findCopies} from '@claimtrace/syndication'
import {describe, expect, it} from 'vitest'
import {records, seeds} from './_fixtures.js'

/** A JSONL corpus of the seeds and two copies of 001 as another outlet would run them, on disk. */
function corpusFile(): string {
  const original = seeds.find((seed) => seed.id.includes('001'))!
  const lines = [
    ...seeds,
    {id: 'outlet/001-trimmed', text: original.text.split('\n\n').slice(0, 4).join('\n\n'), date: original.date},
    {id: 'outlet/001-boilerplate', text: `${original.text}\n\nRead more: Sign up for our newsletter.`, date: original.date}
  ].map((article) => JSON.stringify(article))
  const file = join(mkdtempSync(join(tmpdir(), 'claimtrace-builder-')), 'corpus.jsonl')
  writeFileSync(file, `${lines.join('\n')}\n`)
  return file
}

describe('ReportBuilder', () => {
  it('streams a JSONL corpus a line at a time, keeping only digests, to the report buildReport gives', async () => {
    const file = corpusFile()
    const builder = new ReportBuilder({records})
    // Article reports kept as JSON, as a spool file keeps them: nothing but digests in the builder.
    const spool = new Map<string, string>()
    const all: Array<{id: string; text: string; date?: string}> = []
    for await (const line of createInterface({input: createReadStream(file)})) {
      const article = JSON.parse(line) as {id: string; text: string; date?: string}
      all.push(article)
      const report = builder.addArticle(article)
      if (report) spool.set(report.id, JSON.stringify(report))
    }
    const articleOf = (id: string) => JSON.parse(spool.get(id)!) as ArticleReport
    expect(builder.copies().map((cluster) => cluster.ids)).toEqual([['articles/000_6c1548d3096fdfc2.txt', 'articles/001_298b5d38e97bf34f.txt', 'outlet/001-trimmed', 'outlet/001-boilerplate']])
    for (const copies of builder.copies()) builder.addCluster(describeCluster(copies, articleOf))
    const streamed = builder.finish((function* () {
      for (const json of spool.values()) yield JSON.parse(json) as ArticleReport
    })())
    expect([...jsonChunks(streamed)].join('')).toBe(toJson(buildReport(all, {records})))
    expect(streamed.summary).toMatchObject({articles: 7, clusters: 1, copies: 4, skipped: 0})
  })

  it('takes articles analyzed elsewhere as digests, with the same report', () => {
    const here = new ReportBuilder({records})
    const elsewhere = new ReportBuilder({records})
    const reports: ArticleReport[] = []
    for (const seed of seeds) {
      here.addArticle(seed)
      const report = analyzeArticle(seed, elsewhere.store)
      reports.push(report)
      // A digest crosses a thread boundary: plain data and a buffer.
      expect(elsewhere.addDigest(structuredClone(digestArticle(report)))).toBe(true)
    }
    for (const builder of [here, elsewhere]) for (const copies of builder.copies()) builder.addCluster(describeCluster(copies, (id) => reports.find((report) => report.id === id)!))
    expect([...jsonChunks(elsewhere.finish(reports))].join('')).toBe([...jsonChunks(here.finish(reports))].join(''))
    expect(elsewhere.addDigest(digestArticle(reports[0]!))).toBe(false)
  })

  it('leaves copies and corroboration to a caller that finds them elsewhere, read once, with the same report', () => {
    const reports = seeds.map((seed) => analyzeArticle(seed, new ReportBuilder({records}).store))
    const here = new ReportBuilder({records})
    const caller = new ReportBuilder({records, findings: 'caller'})
    for (const report of reports) {
      here.addDigest(digestArticle(report))
      caller.addDigest(digestArticle(report))
    }
    expect(() => caller.copies()).toThrow('`copies()` is for a builder that finds copies itself')
    expect(() => caller.finish(reports)).toThrow("`finish` takes the caller's findings with `findings: 'caller'`")
    expect(() => here.finish(reports, {clusters: [], corroborations: [], counts: {corroborated: 0, conflicting: 0}})).toThrow("`finish` takes the caller's findings only with `findings: 'caller'`")
    // What a corpus index finds (as the CLI's does), handed over as generators: read once, never held.
    const clusters: ClusterReport[] = findCopies(reports).map((copies) => describeCluster(copies, (id) => reports.find((report) => report.id === id)!))
    for (const cluster of here.copies()) here.addCluster(describeCluster(cluster, (id) => reports.find((report) => report.id === id)!))
    for (const cluster of clusters) caller.addCluster(cluster)
    const groups = corroborate(reports, findCopies(reports))
    const once = function* <Item>(items: Item[]) {
      yield* items
    }
    const counts = {corroborated: groups.filter((group) => group.kind === 'corroborated').length, conflicting: groups.filter((group) => group.kind === 'conflicting').length}
    const streamed = caller.finish(reports, {clusters: once(clusters), corroborations: once(groups), counts})
    expect([...jsonChunks(streamed)].join('')).toBe([...jsonChunks(here.finish(reports))].join(''))
    expect(streamed.summary).toMatchObject({clusters: 1, corroborated: counts.corroborated, crossArticleConflicts: counts.conflicting})
  })

  it('skips bad input with one behaviour, and tells its caller', () => {
    const told: string[] = []
    const builder = new ReportBuilder({onSkip: ({reason}) => told.push(reason)})
    builder.addArticle(seeds[0]!)
    expect(builder.addArticle(seeds[0]!)).toBeUndefined()
    expect(builder.addArticle({id: 'x', text: '---\ndate: soon\n---\n59 people'})).toBeUndefined()
    builder.skip('b.txt', 'Cannot read `b.txt`: it looks binary (NUL bytes), not article text')
    expect(told).toEqual([
      'Skipped a second article with the id `articles/000_6c1548d3096fdfc2.txt`',
      'Skipped `x`: Invalid date `soon` in front matter: expected YYYY, YYYY-MM or YYYY-MM-DD',
      'Cannot read `b.txt`: it looks binary (NUL bytes), not article text'
    ])
    // Sorted by id in the report, whatever order they came in.
    expect(builder.finish([]).skipped.map((item) => item.id)).toEqual(['articles/000_6c1548d3096fdfc2.txt', 'b.txt', 'x'])
    expect(() => new ReportBuilder({date: '2017-13-45'})).toThrow('Invalid date `2017-13-45`')
  })
})
