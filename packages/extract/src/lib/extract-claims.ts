import type {VFile} from 'vfile'
import {type Analysis, analyseInPieces} from './analyse.js'
import {readFrontMatter} from './front-matter.js'
import {type Options, resolveSettings, type Settings} from './options.js'
import type {Claim} from './claim.js'
import {claimsOfSentence} from './claims-of-sentence.js'
import {Discourse} from './discourse.js'
import {withFiniteFigures} from './finite-figures.js'
import {homeDollar} from './home-dollar.js'
import {readInput} from './read-input.js'

/**
 * Extract the numeric claims of an article (plain text, Markdown, or a VFile).
 * Each claim's `text` is exactly `input.slice(start, end)`. A long article is
 * read a piece at a time (`analyseInPieces`), so memory follows the claims,
 * not the length of the text.
 */
export function extractClaims(input: string | VFile, options?: Readonly<Options> | null | undefined): Claim[] {
  const text = readInput(input)
  const {body, fields} = readFrontMatter(text)
  const settings = resolveSettings(options, fields)
  settings.dollar ??= homeDollar(body)
  return claimsOfPieces(text, analyseInPieces(body, settings.lineBreaks), settings)
}

/** The claims of a document (`text`, front matter included) read as `pieces`, in order. */
export function claimsOfPieces(text: string, pieces: Iterable<Analysis>, settings: Settings): Claim[] {
  const discourse = new Discourse()
  const claims: Claim[] = []

  for (const {tokens, blocks} of pieces) {
    for (const {block, sentences} of blocks) {
      if (block.kind === 'boilerplate' && !settings.includeBoilerplate) continue
      for (const sentence of sentences) {
        for (const claim of claimsOfSentence({text, tokens, block, sentence, settings, discourse})) claims.push(claim)
      }
    }
  }

  // Only now: a later sentence can still give a claim its earlier value ("That's up from 56").
  // Kept in place: a dense text has hundreds of thousands of claims, and a second array of them is garbage.
  let kept = 0
  for (const claim of claims) if (withFiniteFigures(claim)) claims[kept++] = claim
  claims.length = kept
  claims.sort((a, b) => a.start - b.start || a.end - b.end)
  for (let index = 0; index < claims.length; index++) claims[index]!.id = `c${index + 1}`
  return claims
}
