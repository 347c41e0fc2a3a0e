/** `JSON.parse`'s complaint without V8's position suffix: `Unexpected token ','`. */
export function jsonSyntaxMessage(error: unknown): string {
  return `invalid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')}`
}

/** The 1-based line of `offset` in `text` (one scan: for a single error, not per record). */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}
