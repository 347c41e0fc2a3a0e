import type {Report, ReportStream} from '../report.js'

/**
 * The report as JSON, in pieces: the same bytes as `JSON.stringify(report)`
 * plus a final newline, with one piece per article, cluster and
 * corroboration so a streamed report never has to be one string.
 */
export function* jsonChunks(report: ReportStream): Generator<string> {
  yield `{"version":${report.version},"summary":${JSON.stringify(report.summary)},"articles":[`
  yield* items(report.articles)
  yield '],"clusters":['
  yield* items(report.clusters)
  yield '],"corroborations":['
  yield* items(report.corroborations)
  yield `],"records":${JSON.stringify(report.records)},"skipped":${JSON.stringify(report.skipped)}}\n`
}

/** The items of a JSON array, one piece each, read once. */
function* items(values: Iterable<unknown>): Generator<string> {
  let first = true
  for (const value of values) {
    yield `${first ? '' : ','}${JSON.stringify(value)}`
    first = false
  }
}

/** The report as one JSON document (with a final newline). */
export function toJson(report: Report): string {
  return [...jsonChunks(report)].join('')
}
