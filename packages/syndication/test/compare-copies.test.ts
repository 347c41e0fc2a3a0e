import {readFileSync} from 'node:fs'
import {Comparison, compareCopies} from '@claimtrace/syndication'
import {describe, expect, it} from 'vitest'
import {withClaims} from './_copies.js'

const root = new URL('../../../fixtures/articles/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('articles.json', root), 'utf8')) as Array<{file: string; date: string}>
const copy = (prefix: string) => {
  const entry = manifest.find((item) => item.file.startsWith(prefix))!
  return withClaims({text: readFileSync(new URL(entry.file, root), 'utf8'), date: entry.date})
}
const summary = (comparison: Comparison) => ({
  conflicts: comparison.conflicts.map((item) => [item.kind, item.a.text, item.b.text]),
  unpaired: comparison.unpaired.map((item) => [item.side, item.reason, item.claim.text])
})

describe('compareCopies', () => {
  const original = copy('001')

  it('pairs every claim of the scrape 000 with 001 and finds no conflict', () => {
    const comparison = compareCopies(original, copy('000'))
    expect(Comparison.parse(comparison)).toEqual(comparison)
    expect([comparison.similarity, comparison.containment, comparison.paired.length]).toEqual([0.835, 0.952, 8])
    expect(summary(comparison)).toEqual({conflicts: [], unpaired: []})
  })

  it('reports a changed number and a dropped hedge as conflicts between the claims', () => {
    expect(summary(compareCopies(original, withClaims({date: original.date, text: original.text.replace('saw 59 of', 'saw 95 of')})))).toEqual({conflicts: [['value-change', '59', '95']], unpaired: []})
    const report = copy('002')
    expect(summary(compareCopies(report, withClaims({date: report.date, text: report.text.replace('more than 200', '200')})))).toEqual({conflicts: [['hedge-change', 'more than 200', '200']], unpaired: []})
  })

  it('reports figures that lose their attribution as conflicts', () => {
    const unattributed = withClaims({date: original.date, text: original.text.replace('In 2016, the Herald revealed in a report that Massachusetts', 'In 2016, Massachusetts')})
    const comparison = compareCopies(original, unattributed)
    expect(summary(comparison)).toEqual({
      // The extractor still credits 46.4 percent to the Herald, inherited from "obtained from ICE by the Herald" two paragraphs up.
      conflicts: [['attribution-change', 'just 26.9 percent', 'just 26.9 percent']],
      unpaired: []
    })
    expect(comparison.divergences.filter((item) => item.severity === 'error').map((item) => [item.kind, item.a.text])).toEqual([['attribution-change', 'the Herald revealed in a report that']])
  })

  it('says why a claim is missing from a cut copy', () => {
    const cut = withClaims({date: original.date, text: original.text.slice(0, original.text.indexOf('In 2016, the Herald'))})
    expect(summary(compareCopies(original, cut))).toEqual({
      conflicts: [],
      unpaired: [
        ['a', 'truncated', 'just 26.9 percent'],
        ['a', 'truncated', '46.4 percent']
      ]
    })
  })

  it('reads a copy cut mid-word as truncated, with no error', () => {
    const {text} = copy('001')
    for (const cut of [0.6, 0.61, 0.62, 0.63, 0.64, 0.65]) {
      const comparison = compareCopies(withClaims(text), withClaims(text.slice(0, Math.floor(text.length * cut))))
      const found = comparison.divergences.filter((item) => item.kind !== 'whitespace')
      expect(found.map((item) => [item.kind, item.severity])).toEqual([['truncation', 'warning']])
    }
    // A word shortened inside the copy, with text after it, is no truncation.
    const swapped = text.slice(0, text.indexOf('Massachusetts') + 'Massachusetts'.length).replace(/Massachusetts$/, 'Mass')
    expect(compareCopies(withClaims(text), withClaims(`${swapped}, the report said.`)).divergences.some((item) => item.kind === 'truncation')).toBe(false)
  })

  it('reads a copy cut short and closed with a footer as truncation and boilerplate, with no error', () => {
    const {text, date} = original
    for (const end of [text.indexOf('In 2016, the Herald'), text.indexOf('The Herald says')]) {
      const cut = withClaims({date, text: `${text.slice(0, end).trimEnd()}\n\nPlease let us know if you're having issues with commenting.`})
      const comparison = compareCopies(original, cut)
      const found = comparison.divergences.filter((item) => item.kind !== 'whitespace')
      expect(found.map((item) => [item.kind, item.severity, item.b.text])).toEqual([
        ['truncation', 'warning', ''],
        ['boilerplate', 'info', "Please let us know if you're having issues with commenting."]
      ])
      expect(found[0]!.a.text).toBe(text.slice(end).trimEnd())
      expect(comparison.unpaired.every((item) => item.side === 'a' && item.reason === 'truncated')).toBe(true)
    }
  })

  it('says why a claim is only in the copy that added a paragraph', () => {
    const longer = withClaims({date: original.date, text: original.text.replace('\n\nThe Herald says', '\n\nOfficials counted 212 more refusals in Suffolk County this month.\n\nThe Herald says')})
    expect(summary(compareCopies(original, longer))).toEqual({conflicts: [], unpaired: [['b', 'added', '212']]})
  })
  it('pairs claims the same way in a long document: twenty copies of the story end to end', () => {
    const one = compareCopies(original, withClaims({date: original.date, text: original.text.replace('saw 59 of its', 'saw 95 of its')}))
    const long = (text: string) => Array.from({length: 20}, () => text).join('\n\n')
    const many = compareCopies(withClaims({date: original.date, text: long(original.text)}), withClaims({date: original.date, text: long(original.text.replace('saw 59 of its', 'saw 95 of its'))}))
    expect(summary(one)).toEqual({conflicts: [['value-change', '59', '95']], unpaired: []})
    expect([many.paired.length, many.conflicts.length, many.unpaired.length]).toEqual([20 * one.paired.length, 20, 0])
    expect(new Set(many.conflicts.map((item) => `${item.a.text} → ${item.b.text}`))).toEqual(new Set(['59 → 95']))
    // Each conflict pairs the claim of one copy of the story with the same copy's claim on the other side.
    expect(many.conflicts.map((item) => item.b.start - item.a.start)).toEqual(Array.from({length: 20}, () => 0))
  })
})
