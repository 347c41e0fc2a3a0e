import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Claim} from './claim.js'
import {extractClaims} from './extract-claims.js'
import type {Options} from './options.js'

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
    const claims = extractClaims(file, options)
    file.data.claims = claims
    for (const claim of claims) {
      for (const repair of claim.repairs) {
        const message = file.info(`Read \`${repair.original}\` as \`${repair.repaired}\` (${repair.rule}; ${repair.evidence} such number${repair.evidence === 1 ? '' : 's'} in this document)`, {
          place: place(file, repair.start, repair.end),
          ruleId: 'mangled-number',
          source: 'claimtrace'
        })
        message.actual = repair.original
        message.expected = [repair.repaired]
      }
      if (claim.period && claim.period.first === null) {
        file.info(`Unresolved period \`${claim.period.text}\` for \`${claim.text}\`: pass the article date to resolve it`, {
          place: place(file, claim.period.start, claim.period.end),
          ruleId: 'unresolved-period',
          source: 'claimtrace'
        })
      }
    }
  }
}

export default remarkClaims

function place(file: VFile, start: number, end: number) {
  const text = String(file.value ?? '')
  return {start: point(text, start), end: point(text, end)}
}

/** 1-indexed line and column of an offset. */
export function point(text: string, offset: number): {line: number; column: number; offset: number} {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return {line, column: offset - lineStart + 1, offset}
}
