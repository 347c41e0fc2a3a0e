import {readdirSync, readFileSync} from 'node:fs'
import nlp from 'compromise'
import {describe, expect, it} from 'vitest'
import {endsInS, generateLexicon} from '../scripts/generate-lexicon.js'
import {readTags} from '../src/lib/lexicon/read-tags.js'
import {addedWords} from '../src/lib/lexicon/added-words.js'
import {isAbbreviation, tagsOf, unpackedLexicon} from '../src/lib/nlp.js'

describe('the lexicon generated from compromise', () => {
  it('is what the installed compromise gives (run scripts/generate-lexicon.ts when not)', () => {
    expect(readFileSync(new URL('../src/lib/lexicon/compromise-lexicon.ts', import.meta.url), 'utf8')).toBe(generateLexicon())
  })

  it('unpacks to compromise’s lexicon, word for word and tag for tag for the tags extraction reads, our words added', () => {
    nlp.plugin({words: {...addedWords}})
    const world = nlp.world() as unknown as {model: {one: {lexicon: Record<string, string | string[]>; abbreviations: Record<string, unknown>}}}
    const lexicon = Object.entries(world.model.one.lexicon)
    expect(lexicon.length).toBeGreaterThan(20_000)
    const read = new Set(readTags)
    let kept = 0
    for (const [word, given] of lexicon) {
      const tags = Array.isArray(given) ? given : [given]
      const expected = tags.some((tag) => read.has(tag)) ? tags.filter((tag) => read.has(tag)) : endsInS(word) ? tags : []
      expect([word, [...tagsOf(word)]]).toEqual([word, expected])
      if (expected.length > 0 && !/[A-Z~]/.test(word)) kept++
    }
    // Nothing more than those words: the packed ones and the few listed as they are.
    expect([...unpackedLexicon()].length).toBe(kept)
    expect(kept).toBeGreaterThan(23_000)
    expect(tagsOf('detainers')).toEqual(new Set(['Plural']))
    expect(tagsOf('no such word')).toEqual(new Set())
    for (const abbreviation of Object.keys(world.model.one.abbreviations)) expect(isAbbreviation(abbreviation)).toBe(true)
    expect(isAbbreviation('calif')).toBe(true)
  })

  it('keeps every tag the sources read', () => {
    const world = nlp.world() as unknown as {model: {one: {tagSet: Record<string, unknown>}}}
    const tagNames = new Set(Object.keys(world.model.one.tagSet))
    const source = new URL('../src/lib/', import.meta.url)
    const files = readdirSync(source, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.ts') && !file.includes('compromise-lexicon') && !file.includes('read-tags'))
    const used = new Set<string>()
    for (const file of files) for (const [, name] of readFileSync(new URL(file, source), 'utf8').matchAll(/'([A-Z][A-Za-z]+)'/g)) if (tagNames.has(name!)) used.add(name!)
    expect(used.size).toBeGreaterThan(25)
    expect([...used].filter((tag) => !readTags.includes(tag)).sort()).toEqual([])
  })
})
