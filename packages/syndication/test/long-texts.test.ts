import {readdirSync, readFileSync} from 'node:fs'
import {alignCopies, compareCopies} from '@claimtrace/syndication'
import {describe, expect, it} from 'vitest'
import {expectCovering} from './_covering.js'

const directory = new URL('../../../fixtures/articles/', import.meta.url)
const seeds = readdirSync(directory).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(new URL(name, directory), 'utf8'))

/** A long wire file: the seeds' paragraphs, each numbered, so the text runs to about `size` characters. */
function wireFile(size: number): string {
  const paragraphs = seeds.flatMap((text) => text.split('\n\n'))
  const out: string[] = []
  for (let index = 0, length = 0; length < size; index++) {
    const paragraph = `${index}. ${paragraphs[index % paragraphs.length]}`
    out.push(paragraph)
    length += paragraph.length + 2
  }
  return out.join('\n\n')
}

describe('long texts', () => {
  it('aligns two long copies through anchors and finds every planted change, and only those', () => {
    const original = wireFile(300_000)
    const paragraphs = original.split('\n\n')
    // A figure changed in every twentieth paragraph.
    const planted = paragraphs.map((paragraph, index) => (index % 20 === 7 ? paragraph.replace(/^(\d+)\. /, (_, number: string) => `${Number(number) + 100_000}. `) : paragraph))
    const copy = planted.join('\n\n')
    const alignment = alignCopies(original, copy)
    expectCovering(original, copy, alignment)
    const changes = alignment.segments.filter((segment) => segment.kind === 'changed')
    expect(changes.map((segment) => copy.slice(segment.b.start, segment.b.end))).toEqual(planted.filter((_, index) => index % 20 === 7).map((paragraph) => paragraph.split('.')[0]))
  })

  it('answers at once that two long texts sharing nothing are no copies: one change, no claims', () => {
    const a = wireFile(200_000)
    const b = a.split(/\s+/).reverse().join(' ')
    // Texts that are no copies need no claims: asking for them fails the test.
    const unread = () => {
      throw new Error('claims were extracted')
    }
    const comparison = compareCopies({text: a, claims: unread}, {text: b, claims: unread})
    expect(comparison.containment).toBeLessThan(0.1)
    expect(comparison.divergences).toHaveLength(1)
    expect([comparison.paired, comparison.conflicts, comparison.unpaired]).toEqual([[], [], []])
    expect(comparison.rows.at(-1)).toMatchObject({a: {end: a.length}, b: {end: b.length}})
  })
})
