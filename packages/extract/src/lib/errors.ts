export type ExtractErrorCode = 'binary-input' | 'invalid-date' | 'invalid-encoding' | 'invalid-input' | 'invalid-option'

/** An error a caller can catch and branch on by `code`. */
export class ExtractError extends Error {
  readonly code: ExtractErrorCode

  constructor(code: ExtractErrorCode, message: string) {
    super(message)
    this.name = 'ExtractError'
    this.code = code
  }
}
