import {readFileSync, writeFileSync} from 'node:fs'
import {type ArticleDate, articleDate, extractClaims} from '@claimtrace/extract'
import {type Link, linkClaims, loadFacts, MemoryStore} from '@claimtrace/facts'
import {describe, expect, it} from 'vitest'

/**
 * The verdict suite (`fixtures/verdicts/`): articles in eight domains, each
 * with its own facts, planted errors of every kind, decoys, and figures that
 * match their records. See `fixtures/verdicts/README.md`.
 */
const suite = new URL('../../../fixtures/verdicts/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, suite), 'utf8')

interface Case {
  file: string
  facts: string
  planted: Array<{claim: string; kind: string; why: string}>
  consistent: string[]
  decoys: Array<{claim: string; why: string}>
}

const cases = JSON.parse(read('truth.json')) as Case[]
const sidecar = new Map((JSON.parse(read('articles.json')) as Array<{file: string; date: string}>).map((entry) => [entry.file, entry.date]))

function run(item: Case, dating: 'sidecar' | 'text'): Array<{text: string; link: Link}> {
  const text = read(item.file)
  const store = new MemoryStore(loadFacts([{file: item.facts, text: read(item.facts)}]))
  const date: ArticleDate | null = articleDate(text, dating === 'sidecar' ? {sidecar: sidecar.get(item.file), sidecarName: 'articles.json'} : {})
  const claims = extractClaims(text, {date: date?.value})
  return linkClaims(claims, store, {text, date}).map((link, index) => ({text: claims[index]!.text, link}))
}

/** One line a link: claim, verdict, record, and what explains it. */
function line({text, link}: {text: string; link: Link}): string {
  const why = link.conflict ? ` (${link.conflict.kind})` : link.nearMiss ? ` (near miss: ${link.nearMiss.dimension})` : link.missing ? ` (missing ${link.missing.join(', ')})` : link.revision ? ' (revised since)' : ''
  return `${text} → ${link.verdict}${link.recordId ? ` ${link.recordId}` : ''}${why}`
}

describe('the verdict suite', () => {
  const dated = cases.map((item) => ({item, links: run(item, 'sidecar')}))

  it('reports every planted error conflicting, with its kind', () => {
    const caught = dated.flatMap(({item, links}) => item.planted.map((planted) => [item.file, planted.claim, links.find((link) => link.text === planted.claim)?.link.conflict?.kind]))
    expect(caught).toEqual(dated.flatMap(({item}) => item.planted.map((planted) => [item.file, planted.claim, planted.kind])))
    expect(caught.length).toBeGreaterThanOrEqual(14)
    const kinds = new Set(caught.map(([, , kind]) => kind))
    expect([...kinds].sort()).toEqual(['direction-reversed', 'dropped-digit', 'hedge-violated', 'percent-vs-points', 'rounding', 'scale-slip', 'superseded', 'transposed-digits', 'wrong-period', 'wrong-scope'])
  })

  it('calls nothing else conflicting, with the dates or only what the texts show', () => {
    for (const dating of ['sidecar', 'text'] as const) {
      const wrong = cases.flatMap((item) => run(item, dating).filter(({text, link}) => link.verdict === 'conflicting' && !item.planted.some((planted) => planted.claim === text)).map((link) => `${item.file}: ${line(link)}`))
      expect(wrong).toEqual([])
    }
  })

  it('finds every figure that matches its record consistent', () => {
    const found = dated.flatMap(({item, links}) => item.consistent.map((claim) => [item.file, claim, links.find((link) => link.text === claim)?.link.verdict]))
    expect(found).toEqual(dated.flatMap(({item}) => item.consistent.map((claim) => [item.file, claim, 'consistent'])))
  })

  it('gives the hand-checked links', () => {
    const actual = `${JSON.stringify(Object.fromEntries(dated.map(({item, links}) => [item.file, links.map((link) => line(link))])), null, 2)}\n`
    const path = new URL('expected.json', suite)
    if (process.env['UPDATE']) writeFileSync(path, actual)
    expect(actual).toBe(readFileSync(path, 'utf8'))
  })
})
