export interface FrontMatter {
  /** Input with the front matter replaced by spaces (same length, same line breaks). */
  body: string
  fields: Record<string, string>
}

/**
 * Read simple `key: value` YAML front matter (`---` fences) without changing
 * offsets: the fence is blanked, so claim offsets still index the input.
 */
export function readFrontMatter(input: string): FrontMatter {
  const fields: Record<string, string> = {}
  const open = input.startsWith('---\n') ? 4 : input.startsWith('---\r\n') ? 5 : 0
  if (!open) return {body: input, fields}
  const close = input.indexOf('\n---', open - 1)
  if (close === -1) return {body: input, fields}
  let end = close + 4
  if (input.charCodeAt(end) === 13) end++
  if (end < input.length && input.charCodeAt(end) !== 10) return {body: input, fields}

  for (const line of input.slice(open, close).split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0 && !line.startsWith(' ')) {
      const key = line.slice(0, colon).trim().toLowerCase()
      const value = line.slice(colon + 1).trim().replace(/^(["'])(.*)\1$/, '$2')
      if (key && value) fields[key] = value
    }
  }
  const blank = input.slice(0, end).replace(/[^\r\n]/g, ' ')
  return {body: blank + input.slice(end), fields}
}
