import {readFrontMatter} from './front-matter.js'

/** Longest line read as a headline: a first line longer than this is the article's opening paragraph. */
const longestHeadline = 160

/**
 * The headline an article opens with: the front matter's `title` (or
 * `headline`), else a first line that stands alone — a Markdown heading
 * (`# …`), or a short line with a line break after it that does not end as
 * a sentence does. `null` when the article opens with its text.
 */
export function articleHeadline(text: string): string | null {
  const {body, fields} = readFrontMatter(text)
  const stated = fields['title'] ?? fields['headline']
  if (stated) return collapse(stated)
  const start = body.search(/\S/)
  if (start === -1) return null
  const end = body.indexOf('\n', start)
  if (end === -1) return null
  const line = body.slice(start, end).trim()
  const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line)
  if (heading) return heading[1] ? collapse(heading[1]) : null
  if (line.length > longestHeadline || /[.;,]$/.test(line) || !/\p{L}/u.test(line)) return null
  return collapse(line)
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
