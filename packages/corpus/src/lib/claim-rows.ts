import type {DuckDBAppender} from '@duckdb/node-api'
import type {Claim} from '@claimtrace/extract'

/**
 * One claim as a row of a table shaped as `claims` (`sql/schema.sql`) with
 * its lists — `places`, `organizations` — as JSON text, for the document
 * numbered `seq`; SQL reads them back with `from_json(…, '["VARCHAR"]')`.
 * The row is left open, for columns a table adds after these.
 * A list value costs the appender a native object a string, freed only
 * when V8 collects its wrapper: 60k claims' lists held 200 MB that V8's
 * small heap never asked to collect.
 */
export function appendClaim(appender: DuckDBAppender, seq: number, position: number, claim: Claim): void {
  appender.appendBigInt(BigInt(seq))
  appender.appendInteger(position)
  appender.appendVarchar(claim.id)
  appender.appendVarchar(claim.text)
  appender.appendInteger(claim.start)
  appender.appendInteger(claim.end)
  appendNumber(appender, claim.value)
  appendNumber(appender, claim.low)
  appendNumber(appender, claim.high)
  appendNumber(appender, claim.from)
  appendText(appender, claim.direction)
  appender.appendVarchar(claim.unit)
  appender.appendVarchar(claim.dimension)
  appendText(appender, claim.per)
  appendText(appender, claim.kind)
  appender.appendVarchar(claim.bound)
  appender.appendDouble(claim.precision)
  appendText(appender, claim.subject)
  appender.appendVarchar(jsonList(claim.scope.places))
  appender.appendVarchar(jsonList(claim.scope.organizations))
  appendText(appender, claim.period?.text)
  appendText(appender, claim.period?.first)
  appendText(appender, claim.period?.last)
  appendText(appender, claim.attribution?.source)
  appender.appendVarchar(claim.block)
}

/**
 * A list of strings as JSON text, for `from_json(…, '["VARCHAR"]')`. A lone
 * surrogate (text cut inside a pair) becomes U+FFFD, as in a VARCHAR
 * appended directly: `JSON.stringify` writes it as `\ud800`, which DuckDB's
 * JSON reader refuses, failing the whole batch.
 */
export function jsonList(values: readonly string[]): string {
  // With the `u` flag a well-formed pair is one code point, outside the class.
  return JSON.stringify(values.map((value) => value.replaceAll(/[\uD800-\uDFFF]/gu, '\uFFFD')))
}

/** A VARCHAR that may be missing. */
export function appendText(appender: DuckDBAppender, value: string | null | undefined): void {
  if (value === undefined || value === null) appender.appendNull()
  else appender.appendVarchar(value)
}

/** A DOUBLE that may be missing. */
export function appendNumber(appender: DuckDBAppender, value: number | null | undefined): void {
  if (value === undefined || value === null) appender.appendNull()
  else appender.appendDouble(value)
}

/** A BOOLEAN that may be missing. */
export function appendFlag(appender: DuckDBAppender, value: boolean | null | undefined): void {
  if (value === undefined || value === null) appender.appendNull()
  else appender.appendBoolean(value)
}
