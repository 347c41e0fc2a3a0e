import {z} from 'zod/mini'
import {readFileSync} from 'node:fs'
import {bandKeys, CopyCluster, CopyIndex, findCopies, fingerprint, lineKeys} from '@claimtrace/syndication'
import {describe, expect, it} from 'vitest'

const root = new URL('../../../fixtures/articles/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('articles.json', root), 'utf8')) as Array<{file: string}>
const seeds = manifest.map((item) => ({id: item.file.slice(0, 3), text: readFileSync(new URL(item.file, root), 'utf8')}))
const text = (id: string) => seeds.find((item) => item.id === id)!.text

describe('findCopies', () => {
  it('puts the scrape 000 with 001 and nothing else together', () => {
    const clusters = findCopies(seeds)
    expect(clusters).toEqual([{ids: ['000', '001'], pairs: [{a: '000', b: '001', similarity: 0.835, containment: 0.952}]}])
    expect(z.array(CopyCluster).parse(clusters)).toEqual(clusters)
  })

  it('keeps 002 and 004, two outlets writing up one report, apart', () => {
    expect(findCopies([{id: '002', text: text('002')}, {id: '004', text: text('004')}], {threshold: 0.1, containment: 0.2})).toEqual([])
  })

  it('joins an excerpt and a truncated copy to their original by containment', () => {
    const original = text('001')
    const excerpt = original.slice(original.indexOf('The data, obtained'), original.indexOf('Bristol County Sheriff'))
    const truncated = original.slice(0, original.indexOf('The Herald says'))
    const clusters = findCopies([{id: 'original', text: original}, {id: 'excerpt', text: excerpt}, {id: 'truncated', text: truncated}, {id: 'other', text: text('003')}])
    expect(clusters.map((cluster) => cluster.ids)).toEqual([['original', 'excerpt', 'truncated']])
    const pair = clusters[0]!.pairs.find((item) => item.b === 'excerpt')!
    expect(pair.containment).toBe(1)
    expect(pair.similarity).toBeLessThan(0.5)
  })

  it('joins many copies of one text by a spanning set of pairs, never every pair', () => {
    const prompt = Array.from({length: 4000}, (_, index) => ({id: `d${index}`, text: 'Read more: subscribe to our newsletter for the latest local news.'}))
    const [cluster, ...rest] = findCopies(prompt)
    expect(rest).toEqual([])
    expect(cluster!.ids).toHaveLength(4000)
    expect(cluster!.pairs).toHaveLength(3999)
    expect(cluster!.pairs.every((pair) => pair.a === 'd0')).toBe(true)
  })

  it('gives the same clusters whatever is empty or odd in the corpus', () => {
    const odd = [...seeds, {id: 'empty', text: ''}, {id: 'short', text: 'Two words'}, {id: 'again', text: 'Two words'}, {id: 'binaryish', text: '\u0000\ud800\ufffd'}]
    expect(findCopies(odd).map((cluster) => cluster.ids)).toEqual([['000', '001'], ['short', 'again']])
    expect(JSON.stringify(findCopies(odd))).toBe(JSON.stringify(findCopies(odd)))
  })
})

describe('CopyIndex', () => {
  it('finds, document by document, what findCopies finds over the whole corpus', () => {
    const original = text('001')
    const corpus = [
      {id: 'truncated', text: original.slice(0, original.indexOf('The Herald says'))},
      ...seeds,
      {id: 'excerpt', text: original.slice(original.indexOf('The data, obtained'), original.indexOf('Bristol County Sheriff'))}
    ]
    const index = new CopyIndex()
    const sofar: string[][][] = []
    for (const document of corpus) {
      index.add(document)
      sofar.push(index.clusters().map((cluster) => cluster.ids))
    }
    expect(sofar.map((clusters) => clusters.map((ids) => ids.join(' ')).join(' | '))).toEqual(['', 'truncated 000', 'truncated 000 001', 'truncated 000 001', 'truncated 000 001', 'truncated 000 001', 'truncated 000 001 excerpt'])
    expect(index.clusters()).toEqual(findCopies(corpus))
  })
})

describe('abridged and edited copies', () => {
  const original = readFileSync(new URL('../../../fixtures/articles/001_298b5d38e97bf34f.txt', import.meta.url), 'utf8')
  const paragraphs = original.split('\n\n')

  it('finds a copy with every other paragraph cut and a word in twenty changed (containment 0.6-0.8) by the passages it shares', () => {
    const abridged = paragraphs
      .filter((_, index) => index % 2 === 0)
      .map((paragraph) => paragraph.split(' ').map((word, index) => (index % 20 === 5 ? 'reportedly' : word)).join(' '))
      .join('\n\n')
    expect(findCopies([{id: 'original', text: original}, {id: 'abridged', text: abridged}])).toEqual([
      {ids: ['original', 'abridged'], pairs: [{a: 'original', b: 'abridged', similarity: 0.275, containment: 0.626}]}
    ])
  })

  it('finds a short story run inside a long one by the paragraph they share, when no band of their signatures meets', () => {
    const story = paragraphs.find((paragraph) => paragraph.split(' ').length > 30)!
    const extended = [story, text('002'), text('003'), text('004')].join('\n\n')
    const [a, b] = [fingerprint(story), fingerprint(extended)]
    // Jaccard 0.027 (43 shingles of 1,578): the 48 bands meet with probability 0.035, and here none does.
    expect(bandKeys(a.shingles).filter((key, band) => bandKeys(b.shingles)[band] === key)).toHaveLength(0)
    expect([...lineKeys(b.lines)]).toContain(lineKeys(a.lines)[0])
    expect(findCopies([{id: 'story', text: story}, {id: 'extended', text: extended}])).toEqual([
      {ids: ['story', 'extended'], pairs: [{a: 'story', b: 'extended', similarity: expect.any(Number), containment: 1}]}
    ])
  })

  it('pairs documents by their lines of a sentence or more, not by a short line', () => {
    const {lines} = fingerprint('Read more\n\nThe council voted 7 to 2 on Tuesday to close the shelter on Elm Street by June.\n\nShare this')
    expect(lines.length / 3).toBe(3)
    expect(lineKeys(lines)).toHaveLength(1)
    expect(lineKeys(fingerprint('Read more').lines)).toHaveLength(0)
  })

  it('never makes two briefs copies by a line of furniture they share', () => {
    const furniture = 'Please let us know if you are having issues with commenting on this story.'
    const briefs = [
      {id: 'a', text: `The shelter counted 59 people. ${furniture}`},
      {id: 'b', text: `Voters in the county approved a new library bond on Tuesday. ${furniture}`}
    ]
    // Most of each brief's shingles are the furniture's, but they are few.
    const index = new CopyIndex()
    for (const brief of briefs) index.add(brief)
    expect(index.clusters()).toEqual([])
  })
})
