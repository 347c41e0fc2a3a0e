/** Why an index could not be used: the file is no index, or it was made with other thresholds. */
export class CorpusError extends Error {
  readonly code: 'unreadable-index' | 'settings-mismatch'

  constructor(message: string, code: CorpusError['code']) {
    super(message)
    this.name = 'CorpusError'
    this.code = code
  }
}
