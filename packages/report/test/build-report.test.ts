import {readFileSync, writeFileSync} from 'node:fs'
import {buildReport, Report, reportJsonSchema, toHtml, toJson, toMarkdown} from '@claimtrace/report'
import {describe, expect, it} from 'vitest'
import {fixtures, records, seed, seeds} from './_fixtures.js'

const report = buildReport(seeds, {records})

/** A golden file, rewritten only with UPDATE=1 (read the diff before committing). */
function golden(path: string, actual: string): void {
  const url = new URL(path, fixtures)
  if (process.env['UPDATE']) writeFileSync(url, actual)
  expect(actual).toBe(readFileSync(url, 'utf8'))
}

describe('buildReport over the seeds and their fact records', () => {
  it('sums up claims, verdicts, copies and corroboration', () => {
    expect(report.summary).toEqual({
      articles: 5,
      claims: 34,
      verdicts: {consistent: 29, conflicting: 0, 'no-record': 5, ambiguous: 0, unresolved: 0},
      clusters: 1,
      copies: 2,
      divergences: {info: 26, warning: 6, error: 0},
      copyConflicts: 0,
      corroborated: 4,
      crossArticleConflicts: 0,
      skipped: 0
    })
  })

  it('describes the scrape against the original and cites the records links point at', () => {
    expect(report.clusters.map((cluster) => [cluster.ids, cluster.canonical, cluster.copies.map((copy) => [copy.id, copy.comparison.similarity, copy.comparison.paired.length])])).toEqual([
      [['articles/000_6c1548d3096fdfc2.txt', 'articles/001_298b5d38e97bf34f.txt'], 'articles/001_298b5d38e97bf34f.txt', [['articles/000_6c1548d3096fdfc2.txt', 0.835, 8]]]
    ])
    const linked = new Set(report.articles.flatMap((article) => article.links.flatMap((link) => [link.recordId, ...link.candidates.map((candidate) => candidate.recordId)])))
    expect(report.records.map((record) => record.id)).toEqual([...linked].filter((id) => id !== null).sort())
    expect(report.corroborations.map((item) => [item.kind, item.claims[0]!.text, item.claims[1]!.text])).toEqual([
      ['corroborated', '2,825', '2,825'],
      ['corroborated', 'A total of 47', 'A total of 47'],
      ['corroborated', 'nearly half', 'nearly half'],
      ['corroborated', 'up to an additional 48 hours', 'up to 48 hours']
    ])
  })

  it('writes JSON that is the model: JSON.stringify bytes, valid by the schema', () => {
    const json = toJson(report)
    expect(json).toBe(`${JSON.stringify(report)}\n`)
    expect(Report.parse(JSON.parse(json))).toEqual(JSON.parse(json))
  })

  it('publishes the JSON Schema in docs/, up to date', () => {
    const schema = reportJsonSchema()
    expect(schema).toMatchObject({title: 'claimtrace provenance report', type: 'object', required: ['version', 'summary', 'articles', 'clusters', 'corroborations', 'records', 'skipped']})
    golden('../docs/report.schema.json', `${JSON.stringify(schema, null, 2)}\n`)
  })

  it('is deterministic: the same articles give byte-identical JSON, Markdown and HTML', () => {
    const again = buildReport(seeds.map((article) => ({...article})), {records: [...records]})
    expect(toJson(again)).toBe(toJson(report))
    expect(toMarkdown(again)).toBe(toMarkdown(report))
    expect(toHtml(again)).toBe(toHtml(report))
  })

  it('renders Markdown as the hand-checked golden file', () => {
    golden('report/expected.md', toMarkdown(report))
  })

  it('flags a changed figure in a copy and a claim the records contradict', () => {
    const original = seed('001')
    const altered = {id: 'altered', text: original.text.replace('saw 59 of its requests', 'saw 95 of its requests'), date: original.date}
    const result = buildReport([original, altered], {records})
    expect(result.summary.verdicts.conflicting).toBe(1)
    expect(result.summary.copyConflicts).toBe(1)
    expect(result.summary.divergences.error).toBe(1)
    const copy = result.clusters[0]!.copies[0]!
    expect([copy.id, copy.comparison.conflicts.map((conflict) => [conflict.kind, conflict.a.text, conflict.b.text])]).toEqual(['altered', [['value-change', '59', '95']]])
  })

  it('skips a second article with one id, and one whose own date is no date, as the CLI does; refuses a bad date for all at once', () => {
    const report = buildReport([seed('001'), seed('001'), {id: 'undated', text: '---\ndate: 2017-13-45\n---\nThe city counted 59 people.'}])
    expect(report.articles.map((article) => article.id)).toEqual(['articles/001_298b5d38e97bf34f.txt'])
    expect(report.skipped).toEqual([
      {id: 'articles/001_298b5d38e97bf34f.txt', reason: 'Skipped a second article with the id `articles/001_298b5d38e97bf34f.txt`'},
      {id: 'undated', reason: 'Skipped `undated`: Invalid date `2017-13-45` in front matter: expected YYYY, YYYY-MM or YYYY-MM-DD'}
    ])
    expect(report.summary.skipped).toBe(2)
    expect(() => buildReport([seed('001')], {date: '2017-13-45'})).toThrow('Invalid date `2017-13-45`')
  })
})
