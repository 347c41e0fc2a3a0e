import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Claim} from './claim.js'
import {extractClaims} from './extract-claims.js'
import {locator} from './locate.js'
import type {Options} from './options.js'
import {readInput} from './read-input.js'

declare module 'vfile' {
  interface DataMap {
    /** Numeric claims found by `remarkClaims`. */
    claims: Claim[]
  }
}

/**
 * unified plugin: extract the file's numeric claims into `file.data.claims`
 * and report claims that rest on a repaired number, or whose relative
 * period could not be resolved, as vfile messages.
 */
const remarkClaims: Plugin<[(Readonly<Options> | null | undefined)?], Root> = function (options) {
  return function (_tree: Root, file: VFile) {
    // Offsets index the file's text (its bytes decoded, when it holds bytes).
    const text = readInput(file)
    const claims = extractClaims(text, options)
    file.data.claims = claims
    const locate = locator(text)
    const place = (start: number, end: number) => ({start: locate(start), end: locate(end)})
    for (const claim of claims) {
      for (const repair of claim.repairs) {
        const message = file.info(`Read \`${repair.original}\` as \`${repair.repaired}\` (${repair.rule}; ${repair.evidence} such number${repair.evidence === 1 ? '' : 's'} in this document)`, {
          place: place(repair.start, repair.end),
          ruleId: 'mangled-number',
          source: 'claimtrace'
        })
        message.actual = repair.original
        message.expected = [repair.repaired]
      }
      if (claim.period && claim.period.first === null) {
        file.info(`Unresolved period \`${claim.period.text}\` for \`${claim.text}\`: pass the article date to resolve it`, {
          place: place(claim.period.start, claim.period.end),
          ruleId: 'unresolved-period',
          source: 'claimtrace'
        })
      }
    }
  }
}

export default remarkClaims
