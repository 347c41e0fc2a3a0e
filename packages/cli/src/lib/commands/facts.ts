import {toObservationsCsv} from '@claimtrace/facts'
import type {Io} from '../io.js'
import {readFacts} from '../read-facts.js'
import {writeOutput} from '../write-output.js'

export interface FactsOptions {
  paths: string[]
  /** `csv`: a Data Commons observations table; `json`: the records. */
  format: 'json' | 'csv'
  out: string | undefined
}

/** `claimtrace facts PATH...`: validate fact records and write them as a Data Commons observations table or as JSON. */
export async function factsCommand({paths, format, out}: FactsOptions, io: Io): Promise<number> {
  const records = await readFacts(paths, io)
  const text = format === 'json' ? `${JSON.stringify(records, null, 2)}\n` : toObservationsCsv(records)
  writeOutput(out, [text], io)
  if (out !== undefined) io.stderr.write(`${records.length} record${records.length === 1 ? '' : 's'}; wrote ${out}\n`)
  return 0
}
