import {readFileSync} from 'node:fs'
import nlp from 'compromise'
import {describe, expect, it} from 'vitest'
import {generateLexicon} from '../scripts/generate-lexicon.js'
import {addedWords} from '../src/lib/lexicon/added-words.js'
import {isAbbreviation, tagsOf, unpackedLexicon} from '../src/lib/nlp.js'

describe('the lexicon generated from compromise', () => {
  it('is what the installed compromise gives (run scripts/generate-lexicon.ts when not)', () => {
    expect(readFileSync(new URL('../src/lib/lexicon/compromise-lexicon.ts', import.meta.url), 'utf8')).toBe(generateLexicon())
  })

  it('unpacks to compromise’s lexicon, word for word and tag for tag, our words added', () => {
    nlp.plugin({words: {...addedWords}})
    const world = nlp.world() as unknown as {model: {one: {lexicon: Record<string, string | string[]>; abbreviations: Record<string, unknown>}}}
    const lexicon = Object.entries(world.model.one.lexicon)
    expect(lexicon.length).toBeGreaterThan(20_000)
    for (const [word, tags] of lexicon) expect([word, [...tagsOf(word)]]).toEqual([word, Array.isArray(tags) ? tags : [tags]])
    // Nothing more than compromise's words: the packed ones and the few listed as they are.
    expect([...unpackedLexicon()].length).toBe(lexicon.filter(([word]) => !/[A-Z~]/.test(word)).length)
    expect(tagsOf('detainers')).toEqual(new Set(['Plural']))
    expect(tagsOf('no such word')).toEqual(new Set())
    for (const abbreviation of Object.keys(world.model.one.abbreviations)) expect(isAbbreviation(abbreviation)).toBe(true)
    expect(isAbbreviation('calif')).toBe(true)
  })
})
