import {FactRecord} from '../fact-record.js'
import {type FactProblem, FactsError} from '../errors.js'
import {issueSentence} from '../issue-sentences.js'
import {type FactsFormat, formatOf, readRawRecords} from './raw-records.js'

/** A facts file's content and name. */
export interface FactsSource {
  /** Shown in errors, and used to pick the format by extension. */
  file: string
  text: string
  /** Overrides the format the file name implies. */
  format?: FactsFormat | undefined
}

/** A valid record, and where it came from (its line is found only for a problem). */
interface Loaded {
  record: FactRecord
  file: string
  number: number
  lineOf: (record: number) => number | undefined
}

/**
 * Validate fact records from JSON (a list, or `{records: [...]}`), JSONL and
 * CSV (dotted column names: `metric.name`, `source.publisher`; lists split on
 * `|`). All or nothing: any problem throws a `FactsError` listing every
 * problem with file, record, line and field, and no record is returned.
 */
export function loadFacts(sources: readonly FactsSource[]): FactRecord[] {
  const problems: FactProblem[] = []
  const records: Loaded[] = []

  for (const {file, text, format: given} of sources) {
    const format = given ?? formatOf(file)
    if (!format) {
      problems.push({file, message: 'unknown format: name the file .json, .jsonl or .csv'})
      continue
    }
    const raw = readRawRecords(text, file, format)
    for (const problem of raw.problems) problems.push(problem)
    for (const item of raw.records) {
      const result = FactRecord.safeParse(item.value)
      if (result.success) {
        records.push({record: result.data, file, number: item.record, lineOf: raw.lineOf})
      } else {
        for (const issue of result.error.issues) {
          const {path, message} = issueSentence(issue, item.value)
          problems.push({file, record: item.record, line: raw.lineOf(item.record), path: path || undefined, message})
        }
      }
    }
  }

  for (const problem of crossRecordProblems(records)) problems.push(problem)
  if (problems.length > 0) throw new FactsError(problems)
  return records.map((item) => item.record)
}

/** Duplicate ids, and corrections that point nowhere or clash. */
function crossRecordProblems(records: readonly Loaded[]): FactProblem[] {
  const problems: FactProblem[] = []
  const byId = new Map<string, (typeof records)[number]>()
  for (const item of records) {
    const seen = byId.get(item.record.id)
    if (seen) {
      problems.push({file: item.file, record: item.number, line: item.lineOf(item.number), path: 'id', message: `duplicate id \`${item.record.id}\`, first used in ${seen.file} record ${seen.number}`})
    } else {
      byId.set(item.record.id, item)
    }
  }
  const corrections = new Map<string, (typeof records)[number]>()
  for (const item of records) {
    const target = item.record.supersedes
    if (target === undefined) continue
    const old = byId.get(target)
    const where = {file: item.file, record: item.number, line: item.lineOf(item.number), path: 'supersedes'}
    if (!old) problems.push({...where, message: `supersedes \`${target}\`, which no loaded record has as id`})
    else if (old.record.version >= item.record.version) problems.push({...where, path: 'version', message: `version ${item.record.version} does not come after version ${old.record.version} of \`${target}\``})
    const other = corrections.get(target)
    if (other) problems.push({...where, message: `\`${target}\` is already superseded by \`${other.record.id}\`: conflicting versions`})
    else corrections.set(target, item)
  }
  return problems
}
