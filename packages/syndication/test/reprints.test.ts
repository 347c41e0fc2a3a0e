import {readFileSync} from 'node:fs'
import {compareCopies, findCopies, lineage} from '@claimtrace/syndication'
import {describe, expect, it} from 'vitest'
import {withClaims} from './_copies.js'

const directory = new URL('../../../fixtures/syndication/', import.meta.url)
const read = (name: string) => readFileSync(new URL(`${name}.txt`, directory), 'utf8')
const story = read('story')

describe('reprints of a wire story', () => {
  it('finds the excerpt, the abridged, the extended and the spliced copy, and the splice’s other story through it alone', () => {
    const documents = ['story', 'excerpt', 'abridged', 'extended', 'splice', 'wildfire'].map((id) => ({id, text: read(id)}))
    const [cluster, ...rest] = findCopies(documents)
    expect([cluster!.ids, rest]).toEqual([['story', 'excerpt', 'abridged', 'extended', 'splice', 'wildfire'], []])
    // The wildfire story shares a long passage with the splice (its second half), and nothing with the port strike.
    expect(cluster!.pairs.filter((pair) => pair.b === 'wildfire')).toEqual([{a: 'splice', b: 'wildfire', similarity: 0.277, containment: 0.509}])
    // Without the splice, the two stories are two stories.
    expect(findCopies(documents.filter((document) => document.id !== 'splice')).map((found) => found.ids)).toEqual([['story', 'excerpt', 'abridged', 'extended']])
  })

  it('describes the splice’s other story against the splice, not the canonical story it shares nothing with', () => {
    const copies = ['story', 'excerpt', 'abridged', 'extended', 'splice', 'wildfire'].map((id) => withClaims({id, text: read(id)}))
    const [cluster] = findCopies(copies)
    const {canonical, copies: described} = lineage(copies, cluster!.pairs)
    // The extended reprint is the longest complete copy; the story reads as its first 86%.
    expect(canonical).toBe('extended')
    expect(described.map((copy) => [copy.id, copy.comparison.relation, copy.against])).toEqual([
      ['story', 'excerpt', undefined], ['excerpt', 'excerpt', undefined], ['abridged', 'abridged', undefined], ['splice', 'spliced', undefined], ['wildfire', 'spliced', 'splice']
    ])
    // Without the links, it is compared with the canonical story: unrelated.
    expect(lineage(copies).copies.at(-1)!.comparison.relation).toBe('unrelated')
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
