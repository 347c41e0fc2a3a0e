/**
 * Why an index could not be used or a batch not added: the file is no index,
 * it was made with other thresholds or fingerprints, a document could not be
 * read (the batch is rolled back), or the export folder is missing.
 */
export class CorpusError extends Error {
  readonly code: 'unreadable-index' | 'settings-mismatch' | 'unreadable-document' | 'no-folder'

  constructor(message: string, code: CorpusError['code']) {
    super(message)
    this.name = 'CorpusError'
    this.code = code
  }
}
