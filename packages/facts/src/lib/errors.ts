/** One thing wrong in a facts file, located as precisely as the format allows. */
export interface FactProblem {
  file: string
  /** 1-based record number in the file, when the problem is in one record. */
  record?: number | undefined
  /** 1-based line of the record (or of the syntax error). */
  line?: number | undefined
  /** Dotted field path inside the record: `source.url`. */
  path?: string | undefined
  message: string
}

export type FactsErrorCode = 'invalid-facts'

/** Facts could not be loaded; `problems` lists every one found, and nothing was loaded. */
export class FactsError extends Error {
  readonly code: FactsErrorCode = 'invalid-facts'
  readonly problems: readonly FactProblem[]

  constructor(problems: readonly FactProblem[]) {
    super(problems.map((problem) => formatProblem(problem)).join('\n'))
    this.name = 'FactsError'
    this.problems = problems
  }
}

/** `facts.json: record 2 (line 14), field \`unit\`: unknown unit \`people\``. */
export function formatProblem(problem: FactProblem): string {
  const where = [
    problem.record === undefined ? undefined : `record ${problem.record}${problem.line === undefined ? '' : ` (line ${problem.line})`}`,
    problem.record === undefined && problem.line !== undefined ? `line ${problem.line}` : undefined,
    problem.path ? `field \`${problem.path}\`` : undefined
  ].filter(Boolean)
  return `${problem.file}: ${where.length > 0 ? `${where.join(', ')}: ` : ''}${problem.message}`
}
