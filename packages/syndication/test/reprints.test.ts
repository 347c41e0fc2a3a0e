import {readFileSync} from 'node:fs'
import {compareCopies, findCopies} from '@claimtrace/syndication'
import {describe, expect, it} from 'vitest'
import {withClaims} from './_copies.js'

const directory = new URL('../../../fixtures/syndication/', import.meta.url)
const read = (name: string) => readFileSync(new URL(`${name}.txt`, directory), 'utf8')
const story = read('story')

describe('reprints of a wire story', () => {
  it('finds the excerpt, the abridged, the extended and the spliced copy, and no other story', () => {
    const documents = ['story', 'excerpt', 'abridged', 'extended', 'splice', 'wildfire'].map((id) => ({id, text: read(id)}))
    expect(findCopies(documents).map((cluster) => cluster.ids)).toEqual([['story', 'excerpt', 'abridged', 'extended', 'splice']])
  })

  it.each([
    ['excerpt', 'excerpt', 1, {a: 0.368, b: 1}],
    ['abridged', 'abridged', 6, {a: 0.517, b: 1}],
    ['extended', 'extended', 2, {a: 1, b: 0.863}],
    ['splice', 'spliced', 1, {a: 0.546, b: 0.626}],
    ['wildfire', 'unrelated', 0, {a: 0, b: 0}]
  ])('reads %s as %s, with %i shared passages covering each', (name, relation, count, coverage) => {
    const copy = read(name)
    const comparison = compareCopies(withClaims(story), withClaims(copy))
    expect([comparison.relation, comparison.passages.length, comparison.coverage]).toEqual([relation, count, coverage])
    // Each passage is the same words in both: the story's text at `a` is the copy's at `b`, up to small edits.
    for (const passage of comparison.passages) expect(copy.slice(passage.b.start, passage.b.end)).toBe(story.slice(passage.a.start, passage.a.end))
  })

  it('gives the extended copy its added paragraphs between the two passages, and the splice its other story after its one', () => {
    const extended = compareCopies(withClaims(story), withClaims(read('extended')))
    const [first, second] = extended.passages
    expect(read('extended').slice(first!.b.end, second!.b.start)).toContain('Halden Chamber of Commerce said about 60 local firms')
    const spliced = compareCopies(withClaims(story), withClaims(read('splice')))
    expect(read('splice').slice(spliced.passages[0]!.b.end)).toContain('Evacuation centres were opened at two high schools')
  })
})
