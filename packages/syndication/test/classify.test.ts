import {readFileSync} from 'node:fs'
import {alignCopies, classifyDivergences, Divergence, type DivergenceKind} from '@claimtrace/syndication'
import {describe, expect, it} from 'vitest'

const root = new URL('../../../fixtures/articles/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('articles.json', root), 'utf8')) as Array<{file: string}>
const article = (prefix: string) => readFileSync(new URL(manifest.find((item) => item.file.startsWith(prefix))!.file, root), 'utf8')

const differences = (a: string, b: string) => classifyDivergences(alignCopies(a, b))
const notable = (a: string, b: string) =>
  differences(a, b)
    .filter((item) => item.kind !== 'whitespace')
    .map((item) => [item.kind, item.a.text, item.b.text])
const counts = (items: readonly Divergence[]) => {
  const found: Partial<Record<DivergenceKind, number>> = {}
  for (const item of items) found[item.kind] = (found[item.kind] ?? 0) + 1
  return found
}
/** `text` with its only occurrence of `from` replaced. */
const edit = (text: string, from: string, to: string) => {
  expect(text.split(from)).toHaveLength(2)
  return text.replace(from, to)
}

describe('classifyDivergences on the seeds', () => {
  const original = article('001')
  const scrape = article('000')

  it('reads the scrape 000 against 001 as furniture, repairs and the five lost compounds', () => {
    const found = differences(original, scrape)
    expect(counts(found)).toEqual({boilerplate: 2, whitespace: 18, formatting: 1, 'dropped-words': 6, 'mangled-number': 5})
    expect(notable(original, scrape)).toEqual([
      ['boilerplate', 'Report: Refusal by Mass. Police to Honor Immigration Detainers Increasing\n\nICE Protest in Houston\nFile Photo: Bob Price/Breitbart Texas', ''],
      ['formatting', '', '['],
      ['dropped-words', 'Boston-area', ''],
      ['mangled-number', '10,701', '10, 701'],
      ['mangled-number', '8,546', '8, 546'],
      ['mangled-number', '2,008', '2, 008'],
      ['mangled-number', '26.9', '26. 9'],
      ['mangled-number', '46.4', '46. 4'],
      ['dropped-words', 'Boston-area', ''],
      ['dropped-words', 'on-board', ''],
      ['dropped-words', 'pro-illegal', ''],
      ['dropped-words', 'long-held', ''],
      ['dropped-words', 'President-elect', ''],
      ['boilerplate', "Please let us know if you're having issues with commenting.", '']
    ])
    expect(found.filter((item) => item.severity === 'error')).toEqual([])
  })

  it('gives offsets that slice each original text', () => {
    for (const item of differences(original, scrape)) {
      expect(original.slice(item.a.start, item.a.end)).toBe(item.a.text)
      expect(scrape.slice(item.b.start, item.b.end)).toBe(item.b.text)
    }
  })

  it('finds nothing between a text and itself', () => {
    expect(differences(original, original)).toEqual([])
  })

  it('flags a changed number as a value change, with both places', () => {
    const altered = edit(original, 'saw 59 of', 'saw 95 of')
    const start = original.indexOf('59 of')
    expect(differences(original, altered).filter((item) => item.kind !== 'whitespace')).toEqual([
      {kind: 'value-change', severity: 'error', a: {start, end: start + 2, text: '59'}, b: {start, end: start + 2, text: '95'}}
    ])
  })

  it('flags a dropped hedge, a moved period and a dropped attribution', () => {
    const report = article('002')
    expect(notable(report, edit(report, 'more than 200', '200'))).toEqual([['hedge-change', 'more than', '']])
    expect(notable(report, edit(report, 'covered in the latest report, February 4-10', 'covered in the latest report, February 11-17'))).toEqual([['period-change', '4-10', '11-17']])
    expect(notable(original, edit(original, 'The Herald says the denial', 'The denial'))).toEqual([['attribution-change', 'Herald says the', '']])
  })

  it('flags a copy cut after a paragraph as truncation', () => {
    const cut = original.slice(0, original.indexOf('The Herald says'))
    const found = notable(original, cut)
    expect(found.at(-1)?.[0]).toBe('truncation')
    expect(found.at(-1)?.[1]).toMatch(/^The Herald says .*issues with commenting\.$/s)
  })
})
