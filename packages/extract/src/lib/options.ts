import type {LineBreaks} from './blocks.js'
import {parsePartialDate, type PartialDate} from './dates.js'
import {ExtractError} from './errors.js'

export interface Options {
  /**
   * When the article was published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, used to
   * resolve "last year", "in November", "Feb. 4-10" (default: the front
   * matter's `date` or `published`, else relative periods stay unresolved).
   */
  date?: string | null | undefined
  /**
   * How single line breaks are read: `'paragraph'` (each line is a
   * paragraph, as in scraped text), `'soft'` (Markdown), or `'auto'`
   * (paragraph when the text has line breaks but no blank lines) (default: `'auto'`).
   */
  lineBreaks?: LineBreaks | null | undefined
  /** Also report figures found in page furniture such as sale banners (default: `false`). */
  includeBoilerplate?: boolean | null | undefined
  /**
   * The currency a bare `$` (or "dollars") stands for: `USD`, `AUD`, `CAD`,
   * `NZD`, `SGD`, `HKD`, … (default: the dollar of the first place the
   * article's opening names — Sydney, Ottawa, Auckland — else `USD`).
   */
  dollar?: string | null | undefined
}

export interface Settings {
  date: PartialDate | undefined
  lineBreaks: LineBreaks
  includeBoilerplate: boolean
  /** A bare `$`'s currency; `undefined` until read from the article. */
  dollar: string | undefined
}

/** Front matter keys that may give the publication date, in order of preference. */
const dateKeys = ['date', 'published', 'datepublished']

export function resolveSettings(options: Readonly<Options> | null | undefined, frontMatter: Readonly<Record<string, string>>): Settings {
  const raw = options?.date ?? frontMatterDate(frontMatter)
  let date: PartialDate | undefined
  if (raw) {
    date = parsePartialDate(raw)
    if (!date) throw new ExtractError('invalid-date', `Invalid date \`${raw}\`: expected YYYY, YYYY-MM or YYYY-MM-DD`)
  }
  const dollar = options?.dollar ?? undefined
  if (dollar !== undefined && !/^[A-Z]{3}$/.test(dollar)) throw new ExtractError('invalid-option', `Invalid dollar \`${dollar}\`: expected a currency code such as AUD`)
  return {date, lineBreaks: options?.lineBreaks ?? 'auto', includeBoilerplate: options?.includeBoilerplate ?? false, dollar}
}

/**
 * The date in the front matter. Own keys only: front matter is untrusted
 * text read into a plain object, and a polluted `Object.prototype` must not
 * supply a `published` date the article never gave.
 */
function frontMatterDate(fields: Readonly<Record<string, string>>): string | undefined {
  for (const key of dateKeys) {
    if (!Object.hasOwn(fields, key)) continue
    const value = fields[key]
    if (typeof value === 'string' && value !== '') return value
  }
  return undefined
}
