import type {FactProblem} from '../errors.js'

/** A record as read from a file, before validation: its 1-based number in the file, and its value. */
export interface RawRecord {
  record: number
  value: unknown
}

/** Records read from one file, before validation, and the problems found reading it. */
export interface RawRead {
  /** The records that could be read (a JSON Lines line with a syntax error is a problem, not a record). */
  records: RawRecord[]
  problems: FactProblem[]
  /** The line record `n` starts on; JSON finds lines only when asked, in one pass for all records. */
  lineOf(record: number): number | undefined
}

/** A file that gave no records. */
export function unreadable(problems: FactProblem[]): RawRead {
  return {records: [], problems, lineOf: () => undefined}
}
