import {readFileSync} from 'node:fs'
import {CopyIndex, findBoilerplate, findCopies, fingerprint, withoutBoilerplate} from '@claimtrace/syndication'
import {describe, expect, it} from 'vitest'

const folder = new URL('../../../fixtures/syndication/boilerplate/', import.meta.url)
const corpus = readFileSync(new URL('corpus.jsonl', folder), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as {id: string; text: string})
const expected = (JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8')) as {clusters: string[][]}).clusters
const text = (id: string) => corpus.find((document) => document.id === id)!.text
const paragraphs = (id: string) => text(id).split('\n\n')
/** The three paragraphs of footer each outlet ends its articles with. */
const footers = ['hg', 'vc', 'nl'].map((outlet) => paragraphs(`${outlet}-01`).slice(-3))
const lineHash = (line: string) => fingerprint(line).lines[0]!

/**
 * News in brief, as outlets run them: the lead paragraph of each of their
 * briefs, 20 to 39 words, with the outlet's footer of 69 to 77 words. Each is
 * an excerpt of its brief; two of them share nothing but the footer.
 */
const inBrief = corpus
  .filter((document) => /^(?:hg|vc|nl)-\d+$/.test(document.id))
  .map((document) => ({id: `brief-${document.id}`, text: [paragraphs(document.id)[0], ...paragraphs(document.id).slice(-3)].join('\n\n')}))

describe('findBoilerplate', () => {
  it('finds the three outlets’ footer paragraphs, and no paragraph of a wire story reprinted twelve times', () => {
    const found = findBoilerplate(corpus.map((document) => fingerprint(document.text).lines))
    expect(found).toEqual(new Set(footers.flat().map(lineHash)))
    const wire = paragraphs('long-04').map(lineHash)
    expect(wire).toHaveLength(8)
    expect(wire.filter((hash) => found.has(hash))).toEqual([])
  })

  it('leaves a text copied whole thousands of times alone: it has no rarer text beside it', () => {
    const prompt = Array.from({length: 4000}, (_, index) => fingerprint(index % 2 ? 'Read more: subscribe to our newsletter for the latest local news.' : 'Read more: subscribe to our newsletter for the latest local news.\n\nShare this story').lines)
    expect(findBoilerplate(prompt).size).toBe(0)
  })

  it('keeps a wire brief that twenty outlets each follow with a footer of their own: it opens every copy', () => {
    const story = paragraphs('wire-a-hg').slice(0, -3)
    const towns = ['Ashby', 'Bramley', 'Carrow', 'Dunmore', 'Eastleigh', 'Fenwick', 'Garston', 'Hollins', 'Ilford', 'Jarrow', 'Kelso', 'Lydd', 'Marlow', 'Norton', 'Oakham', 'Penrith', 'Quorn', 'Ripon', 'Selby', 'Thame']
    const copies = towns.map((town) => ({
      id: `wire-${town}`,
      text: [
        ...story,
        `Get the ${town} Echo evening email for the day's headlines, council news, school results, traffic and weather warnings, sent to your inbox at six o'clock every weekday evening.`,
        `Local reporting in ${town} depends on readers like you. Become a member of the ${town} Echo from three pounds a month and read every story without limits.`,
        `Copyright the ${town} Echo and its licensors; reproduced under agreement with Coastline Press.`
      ].join('\n\n')
    }))
    const found = findBoilerplate(copies.map((document) => fingerprint(document.text).lines))
    expect(found.size).toBe(0)
    expect(findCopies(copies).map((cluster) => cluster.ids)).toEqual([towns.map((town) => `wire-${town}`)])
  })

  it('needs five carriers: fewer could be one story’s copies', () => {
    const four = corpus.filter((document) => document.id.startsWith('hg-')).slice(0, 4)
    expect(findBoilerplate(four.map((document) => fingerprint(document.text).lines)).size).toBe(0)
    const five = corpus.filter((document) => document.id.startsWith('hg-')).slice(0, 5)
    expect(findBoilerplate(five.map((document) => fingerprint(document.text).lines))).toEqual(new Set(footers[0]!.map(lineHash)))
  })
})

describe('withoutBoilerplate', () => {
  it('takes the boilerplate out of both sets and what they share, unless nothing would be left of either', () => {
    expect(withoutBoilerplate(70, 130, 140, {a: 66, b: 66, shared: 66})).toEqual({shared: 4, a: 64, b: 74})
    expect(withoutBoilerplate(70, 70, 70, {a: 70, b: 70, shared: 70})).toEqual({shared: 70, a: 70, b: 70})
    expect(withoutBoilerplate(66, 70, 140, {a: 70, b: 66, shared: 66})).toEqual({shared: 0, a: 0, b: 74})
  })
})

describe('findCopies with boilerplate', () => {
  it('finds the copies each outlet ran with its own footer, and no brief joined to another by the footer they share', () => {
    expect(findCopies(corpus).map((cluster) => cluster.ids)).toEqual(expected)
  })

  it('reads the wire brief’s copies by their story: the footers are out of the figures', () => {
    const [wire] = findCopies(corpus.filter((document) => document.id.startsWith('wire-a-')))
    // Three documents cannot tell a footer from a story: the figures are the raw ones.
    expect(wire).toBeUndefined()
    const found = findCopies(corpus).find((cluster) => cluster.ids.includes('wire-a-hg'))!
    expect(found.pairs).toEqual([
      // The same story: only the shingles running from its last words into each outlet's footer differ.
      {a: 'wire-a-hg', b: 'wire-a-nl', similarity: 0.906, containment: 0.951},
      // "said on Tuesday" and "said Tuesday".
      {a: 'wire-a-hg', b: 'wire-a-vc', similarity: 0.809, containment: 0.9}
    ])
  })

  it('joins each item of news in brief to the brief it opens, and never two briefs by their footer', () => {
    const clusters = findCopies([...corpus, ...inBrief])
    const briefs = clusters.filter((cluster) => cluster.ids.some((id) => id.startsWith('brief-')))
    expect(briefs).toHaveLength(36)
    for (const cluster of briefs) {
      const source = cluster.ids.find((id) => id.startsWith('brief-'))!.slice('brief-'.length)
      expect(cluster.ids).toEqual(source === 'hg-04' ? ['hg-04', 'vc-pickup-hg-04', 'brief-hg-04'] : [source, `brief-${source}`])
    }
    expect(clusters.filter((cluster) => !cluster.ids.some((id) => id.startsWith('brief-'))).map((cluster) => cluster.ids)).toEqual(expected.filter((ids) => !ids.includes('hg-04')))
  })

  it('gives the same clusters whatever order the documents come in', () => {
    const sorted = (clusters: ReadonlyArray<{ids: string[]}>) => clusters.map((cluster) => [...cluster.ids].sort().join(' ')).sort()
    const index = new CopyIndex()
    for (const document of [...corpus, ...inBrief].reverse()) index.add(document)
    expect(sorted(index.clusters())).toEqual(sorted(findCopies([...corpus, ...inBrief])))
  })
})
