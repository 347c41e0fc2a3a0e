import {locator} from '@claimtrace/extract'
import type {ReportStream} from '../report.js'

export interface RenderOptions {
  /**
   * The text of an article by id, for the side-by-side view of copies
   * (default: looked up in `report.articles` when it is an array). A
   * streaming caller passes a reader of its spool.
   */
  textOf?: ((id: string) => string | undefined) | null | undefined
}

/** How renderers find the texts of copies. */
export function textLookup(report: ReportStream, options: Readonly<RenderOptions> | null | undefined): (id: string) => string {
  let lookup = options?.textOf
  if (!lookup) {
    if (!Array.isArray(report.articles)) throw new TypeError('render: pass `textOf` when `articles` is not an array')
    const texts = new Map((report.articles as ReadonlyArray<{id: string; text: string}>).map((article) => [article.id, article.text]))
    lookup = (id) => texts.get(id)
  }
  const found = lookup
  return (id) => {
    const text = found(id)
    if (text === undefined) throw new TypeError(`render: no text for the copy \`${id}\``)
    return text
  }
}

/** `line:column` of offsets in `text`, 1-based, as editors show them. */
export function placer(text: string): (offset: number) => string {
  const locate = locator(text)
  return (offset) => {
    const {line, column} = locate(offset)
    return `${line}:${column}`
  }
}
