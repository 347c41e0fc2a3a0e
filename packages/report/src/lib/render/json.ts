import type {Report, ReportStream} from '../report.js'

/**
 * The report as JSON, in pieces: the same bytes as `JSON.stringify(report)`
 * plus a final newline, with one piece per article so a streamed report
 * never has to be one string.
 */
export function* jsonChunks(report: ReportStream): Generator<string> {
  yield `{"version":${report.version},"summary":${JSON.stringify(report.summary)},"articles":[`
  let first = true
  for (const article of report.articles) {
    yield `${first ? '' : ','}${JSON.stringify(article)}`
    first = false
  }
  yield `],"clusters":${JSON.stringify(report.clusters)},"corroborations":${JSON.stringify(report.corroborations)},"records":${JSON.stringify(report.records)},"skipped":${JSON.stringify(report.skipped)}}\n`
}

/** The report as one JSON document (with a final newline). */
export function toJson(report: Report): string {
  return [...jsonChunks(report)].join('')
}
