import {readdirSync, readFileSync} from 'node:fs'
import {extractClaims} from '@claimtrace/extract'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {analyse, analyseInPieces} from '../src/lib/analyse.js'
import {claimsOfPieces} from '../src/lib/extract-claims.js'
import {readFrontMatter} from '../src/lib/front-matter.js'
import {resolveSettings} from '../src/lib/options.js'
import {mangledEvidence, repairMangledNumbers} from '../src/lib/passes/01-repair-mangled.js'
import {documentEvidence} from '../src/lib/repaired-tokens.js'
import {longestSentence, splitSentences} from '../src/lib/sentences.js'
import {tokenize} from '../src/lib/tokenize.js'

const directory = new URL('../../../fixtures/articles/', import.meta.url)
const seeds = readdirSync(directory).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(new URL(name, directory), 'utf8'))

/** Claims of `text` read whole, and read in pieces of `size` characters. */
function bothWays(text: string, size: number, options = {}) {
  const {body, fields} = readFrontMatter(text)
  const settings = resolveSettings(options, fields)
  return {
    whole: JSON.stringify(claimsOfPieces(text, [analyse(body, settings.lineBreaks)], settings)),
    pieces: JSON.stringify(claimsOfPieces(text, analyseInPieces(body, settings.lineBreaks, size), settings))
  }
}

const piece = fc.constantFrom(' ', '\n', '\n\n', '.', ',', '-', '%', '$', '"', '’', '(', ')', '10', '2,825', '10, 701', '26. 9', '4-10', '2014', 'in', 'from', 'to',
  'rose', 'nearly', 'more than', 'half', 'million', 'percent', 'Feb.', 'last year', 'that week', 'Boston', 'according to', 'That’s up from', 'and', 'one',
  '- ', '> ', '# ', '```', 'Mr.', 'U.S.', '!', '?', '…')
const article = fc.array(piece, {maxLength: 200}).map((parts) => parts.join(''))

describe('reading a long document in pieces', () => {
  it('gives the claims of reading it whole, on random text cut into tiny pieces', () => {
    fc.assert(
      fc.property(article, fc.constantFrom(1, 7, 60, 400), fc.constantFrom('auto', 'soft', 'paragraph'), (text, size, lineBreaks) => {
        const {whole, pieces} = bothWays(text, size, {date: '2017-02-15', lineBreaks})
        expect(pieces).toBe(whole)
      }),
      {numRuns: 600, seed: 41}
    )
  })

  it('gives the claims of reading it whole on 300 kB of articles, mangled and not, in one document', () => {
    let text = ''
    for (let index = 0; text.length < 300_000; index++) text += `${seeds[index % seeds.length]!.replaceAll(/(\d),(\d{3})/g, index % 3 === 0 ? '$1, $2' : '$1,$2')}\n\n`
    for (const size of [2000, 1 << 14]) {
      const {whole, pieces} = bothWays(text, size, {date: '2017-02'})
      expect(pieces).toBe(whole)
    }
    expect(extractClaims(text, {date: '2017-02'}).length).toBeGreaterThan(500)
  })

  it('counts the evidence for repairs over the whole document, a stretch at a time', () => {
    let text = ''
    for (let index = 0; text.length < 200_000; index++) text += `${seeds[index % seeds.length]!} 10, 701 and 12. 5 percent, `
    const tokens = tokenize(text)
    expect(documentEvidence(text)).toEqual(mangledEvidence(text, tokens))
    expect(repairMangledNumbers(text, tokens).length).toBeLessThan(tokens.length)
  })

  it('reads a run with no sentence end in parts of at most `longestSentence` tokens, cut after a comma, the same whole or in pieces', () => {
    const text = 'the city counted 59 people and 2,825 requests, '.repeat(2000)
    const tokens = tokenize(text)
    const sentences = splitSentences(tokens, 0, tokens.length)
    expect(sentences.length).toBeGreaterThan(tokens.length / longestSentence)
    for (const sentence of sentences) {
      expect(sentence.to - sentence.from).toBeLessThanOrEqual(longestSentence)
      if (sentence.to < tokens.length) expect(tokens[sentence.to - 1]!.text).toBe(',')
    }
    const {whole, pieces} = bothWays(text, 5000)
    expect(pieces).toBe(whole)
    // Every figure is still a claim, with its exact text.
    const claims = extractClaims(text)
    expect(claims.filter((claim) => claim.text === '2,825')).toHaveLength(2000)
  })

  it('reads one stretch that never ends ("1, 1, 1, …" may always be a mangled figure) the same whole or in pieces', () => {
    // The stretch is released a sentence at a time while it is still being read.
    const text = '1, 2, 10, 701, '.repeat(3000)
    const {whole, pieces} = bothWays(text, 3000)
    expect(pieces).toBe(whole)
    // Among lists of small figures, "10, 701" is a list too: four figures a repetition.
    expect(JSON.parse(pieces)).toHaveLength(12_000)
  })
})
