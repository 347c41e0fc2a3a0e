const htmlSpecial = /[&<>"']/g
const htmlEntities: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** Article text is untrusted: every character HTML gives meaning to becomes an entity, in content and attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(htmlSpecial, (character) => htmlEntities[character]!)
}

const markdownSpecial = /[\\`*_[\]<>|~&#!]/g

/**
 * Text for a Markdown paragraph or table cell: characters Markdown or HTML
 * would act on are backslash-escaped (`&` as an entity, so `&lt;` stays text),
 * and line breaks become spaces so a cell stays one row (no trimming: the
 * pattern stays linear on long runs of spaces).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(markdownSpecial, (character) => (character === '&' ? '&amp;' : character === '<' ? '&lt;' : `\\${character}`)).replace(/[\r\n]+/g, ' ')
}
