import type {VFile} from 'vfile'
import * as z from 'zod/mini'
import {analyse} from './analyse.js'
import {parsePartialDate} from './dates.js'
import {ExtractError} from './errors.js'
import {readFrontMatter} from './front-matter.js'
import {weekdays} from './lexicon/calendar.js'
import type {PeriodMention} from './passes/03-periods.js'
import {readMentions} from './read-mentions.js'
import {readInput} from './read-input.js'
import type {Token} from './tokenize.js'

/**
 * Where an article's date comes from, strongest first: the caller
 * (`option`), the article's front matter, a file given beside the articles
 * (`sidecar`: `articles.json`, a corpus line's `date`), then evidence in the
 * text: a `dateline` ("BOSTON (AP) — Jan. 5, 2024"), "last year" pinned by
 * the years it is compared with (`last-year`), a `dated-reference`
 * ("on Tuesday, Jan. 9, 2024"), the `latest-date` or `latest-year` stated.
 */
export const ArticleDateSource = z.enum(['option', 'front-matter', 'sidecar', 'dateline', 'last-year', 'dated-reference', 'latest-date', 'latest-year'])
export type ArticleDateSource = z.infer<typeof ArticleDateSource>

/** An article's publication date and how it is known. */
export const ArticleDate = z.object({
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as much as is known. */
  value: z.string().check(z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)),
  source: ArticleDateSource,
  /** What it was read from, for people: `articles.json`, “BOSTON (AP) — Jan. 5, 2024”. */
  evidence: z.string(),
  /**
   * Whether `value` is when the article was published (`true`), or only a
   * date it cannot be earlier than (`false`: a dated reference, the latest
   * date or year the text states). Figures placed by an inexact date are
   * never called conflicting.
   */
  exact: z.boolean()
})
export type ArticleDate = z.infer<typeof ArticleDate>

export interface ArticleDateOptions {
  /** The date the caller gives (`--date`), over everything else (default: none). */
  date?: string | null | undefined
  /** A date given beside the text (an `articles.json` entry, a corpus line's `date`), below front matter (default: none). */
  sidecar?: string | null | undefined
  /** Where the sidecar date was read, for people (default: `'sidecar'`). */
  sidecarName?: string | null | undefined
}

/**
 * The article's date, resolved one way for every caller: `options.date`,
 * then front matter (`date`, `published`, `datePublished`), then
 * `options.sidecar`, then evidence in the text (`dateFromText`). `null` when
 * nothing says. Throws `ExtractError` (`invalid-date`) for a date given in a
 * form other than `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export function articleDate(input: string | VFile, options?: Readonly<ArticleDateOptions> | null | undefined): ArticleDate | null {
  const text = readInput(input)
  const {body, fields} = readFrontMatter(text)
  if (options?.date) return given(options.date, 'option', 'given')
  const stated = fields['date'] ?? fields['published'] ?? fields['datepublished']
  if (stated) return given(stated, 'front-matter', 'front matter')
  if (options?.sidecar) return given(options.sidecar, 'sidecar', options.sidecarName ?? 'sidecar')
  return dateFromText(body)
}

function given(raw: string, source: ArticleDateSource, evidence: string): ArticleDate {
  const date = parsePartialDate(raw)
  if (!date) throw new ExtractError('invalid-date', `Invalid date \`${raw}\`${source === 'option' ? '' : ` in ${evidence}`}: expected YYYY, YYYY-MM or YYYY-MM-DD`)
  const value = [String(date.year).padStart(4, '0'), date.month && pad(date.month), date.day && pad(date.day)].filter(Boolean).join('-')
  return {value, source, evidence, exact: true}
}

interface Found {
  period: PeriodMention
  tokens: readonly Token[]
  sentence: {from: number; to: number; start: number; end: number}
  block: number
}

/**
 * Evidence in an article's text for when it was published, strongest first:
 * a dateline or publication line near the top; "last year" pinned by an
 * annual series it ends ("from 10,701 in 2014 and 8,546 in 2015 to 2,008 last
 * year": 2016, so the article is from 2017) or by a figure stated with a year
 * and again with "last year"; a date with its weekday ("on Tuesday, Jan. 9,
 * 2024"); else the latest full date, or the latest year, the text states
 * (inexact: the article is from then or later). `null` when the text names
 * no year.
 */
export function dateFromText(text: string): ArticleDate | null {
  const {tokens, blocks} = analyse(text, 'auto')
  const found: Found[] = []
  for (const {block, sentences} of blocks) {
    if (block.kind === 'boilerplate') continue
    for (const sentence of sentences) {
      for (const period of readMentions(text, tokens, sentence.from, sentence.to).periods) found.push({period, tokens, sentence, block: block.index})
    }
  }
  return dateline(text, found) ?? pinnedLastYear(text, found) ?? datedReference(text, found) ?? latest(text, found)
}

/** A full date (day, month and year) a period names, else nothing. */
function dayOf(period: PeriodMention): string | undefined {
  const spec = period.spec
  if (spec.type !== 'days' || spec.year === undefined || spec.lastMonth !== spec.month || spec.lastDay !== spec.day) return undefined
  return `${spec.year}-${pad(spec.month)}-${pad(spec.day)}`
}

const publicationWords = new Set(['published', 'posted', 'updated', 'dated', 'modified'])

/**
 * A date near the top that stands as a dateline: alone at the end of its
 * line ("Jan. 8, 2024", "By Dana Whitfield, Globe Staff Jan. 8, 2024"),
 * after a place and a dash ("BOSTON (AP) — Jan. 5, 2024 —"), or after
 * "Published", "Updated" and the like.
 */
function dateline(text: string, found: readonly Found[]): ArticleDate | null {
  for (const item of found) {
    if (item.period.start > 600) break
    const day = dayOf(item.period)
    if (!day) continue
    const {period} = item
    const lineStart = text.lastIndexOf('\n', period.start - 1) + 1
    const lineEnd = text.indexOf('\n', period.end)
    const before = text.slice(lineStart, period.start)
    const after = text.slice(period.end, lineEnd < 0 ? text.length : lineEnd)
    const lastWord = before.trim().split(/\s+/).at(-1)?.toLowerCase().replace(/[^a-z]/g, '') ?? ''
    const alone = !/\p{L}/u.test(after.split(/[—–]/)[0] ?? '') && (after.trim() === '' || /^\s*[—–]/.test(after))
    const dashed = /[—–]\s*$/.test(before) && before.split(/\s+/).length <= 8
    if (alone || dashed || publicationWords.has(lastWord)) {
      return {value: day, source: 'dateline', evidence: `“${quote(text, Math.max(lineStart, period.start - 40), Math.min(period.end + 2, lineEnd < 0 ? text.length : lineEnd))}”`, exact: true}
    }
  }
  return null
}

/**
 * "last year" is the year after an annual series it ends, or the year a
 * figure is stated with elsewhere. Pins that disagree cancel out.
 */
function pinnedLastYear(text: string, found: readonly Found[]): ArticleDate | null {
  const votes = new Map<number, string>()
  const vote = (year: number, evidence: string) => {
    if (!votes.has(year)) votes.set(year, evidence)
  }
  const lastYears = found.filter((item) => item.period.spec.type === 'relative' && item.period.spec.unit === 'year' && item.period.spec.offset === -1)
  for (const item of lastYears) {
    // The series may go on in the next sentence, when it compares back: "… denied last year. That's up from 56 in 2015 and just 18 in 2014."
    const near = found.filter((other) => other.block === item.block && (other.sentence.start === item.sentence.start || (other.sentence.start > item.sentence.end && other.sentence.start <= item.sentence.end + 2 && comparesBack(text, other))))
    const years = [...new Set(near.flatMap((other) => (other.period.spec.type === 'year' && !isFuture(other.period) ? [other.period.spec.year] : [])))].sort((a, b) => a - b)
    const top = years.at(-1)
    if (top !== undefined && years.includes(top - 1)) {
      vote(top + 1, `“last year” follows ${years.join(', ')}: “…${quote(text, Math.max(item.sentence.start, item.period.start - 60), item.period.end)}”`)
    }
  }
  // A figure stated with a year and again with "last year": "all 15 … in 2024", "all 15 … last year".
  const figures = figuresByYear(found.filter((item) => !lastYears.some((other) => other.sentence.start === item.sentence.start)))
  for (const item of lastYears) {
    for (const [key, year] of figures) {
      if (figureKeys(item).includes(key)) vote(year, `\`${key.split(' ')[0]}\` is stated for ${year} and for “last year”`)
    }
  }
  if (votes.size !== 1) return null
  const [year, evidence] = [...votes][0]!
  return {value: String(year + 1), source: 'last-year', evidence, exact: true}
}

/** A sentence that goes on from the one before: "That's up from 56 in 2015", "Up from …". */
function comparesBack(text: string, item: Found): boolean {
  return /^(?:that|this|it)\b|\b(?:up|down) from\b/i.test(text.slice(item.sentence.start, item.sentence.end))
}

/** Figures stated in a sentence with exactly one year: `15 immigration` → 2024. */
function figuresByYear(found: readonly Found[]): Map<string, number> {
  const bySentence = new Map<number, {item: Found; years: Set<number>}>()
  for (const item of found) {
    if (item.period.spec.type !== 'year' || isFuture(item.period)) continue
    const entry = bySentence.get(item.sentence.start) ?? {item, years: new Set<number>()}
    entry.years.add(item.period.spec.year)
    bySentence.set(item.sentence.start, entry)
  }
  const figures = new Map<string, number>()
  for (const {item, years} of bySentence.values()) {
    if (years.size !== 1) continue
    const [year] = years
    for (const key of figureKeys(item)) figures.set(key, year!)
  }
  return figures
}

/** A two-digit-or-longer figure with the word after it, as keys: `15 immigration`. */
function figureKeys(item: Found): string[] {
  const keys: string[] = []
  const {tokens, sentence} = item
  for (let index = sentence.from; index < sentence.to - 1; index++) {
    const token = tokens[index]!
    const next = tokens[index + 1]!
    if (token.kind !== 'number' || token.text.length < 2 || token.text.length === 4 || next.kind !== 'word') continue
    keys.push(`${token.text} ${next.lower}`)
  }
  return keys
}

/** A full date beside its weekday: "on Tuesday, Jan. 9, 2024". Inexact: the article is from that day or later. */
function datedReference(text: string, found: readonly Found[]): ArticleDate | null {
  let best: {day: string; item: Found} | undefined
  for (const item of found) {
    const day = dayOf(item.period)
    if (!day || isFuture(item.period)) continue
    const {tokens, period} = item
    const before = [tokens[period.from - 1], tokens[period.from - 2]]
    if (!before.some((token) => token && weekdays.has(token.lower))) continue
    if (!best || day > best.day) best = {day, item}
  }
  if (!best) return null
  return {value: best.day, source: 'dated-reference', evidence: `a dated reference, “${quote(text, best.item.period.start - 12, best.item.period.end)}”`, exact: false}
}

/** The latest full date, else the latest year, the text states about the past. */
function latest(text: string, found: readonly Found[]): ArticleDate | null {
  let day: {value: string; item: Found} | undefined
  let year: {value: number; item: Found} | undefined
  for (const item of found) {
    if (isFuture(item.period)) continue
    const value = dayOf(item.period)
    if (value && (!day || value > day.value)) day = {value, item}
    const spec = item.period.spec
    const stated = spec.type === 'year' ? spec.year : spec.type === 'years' ? spec.last : 'year' in spec && typeof spec.year === 'number' ? spec.year : undefined
    if (stated !== undefined && (!year || stated > year.value)) year = {value: stated, item}
  }
  if (day && (!year || Number(day.value.slice(0, 4)) >= year.value)) {
    return {value: day.value, source: 'latest-date', evidence: `the latest date it states, “${quote(text, day.item.period.start, day.item.period.end)}”`, exact: false}
  }
  if (year) return {value: String(year.value), source: 'latest-year', evidence: `the latest year it states, “${quote(text, year.item.period.start, year.item.period.end)}”`, exact: false}
  return null
}

const forward = new Set(['by', 'until', 'till', 'next', 'starting', 'beginning', 'effective'])

/** A period the sentence looks ahead to ("by 2030", "starting March 1") says nothing about when the article was written. */
function isFuture(period: PeriodMention): boolean {
  const flagged = (period as {future?: boolean}).future
  if (flagged !== undefined) return flagged || forward.has((period as {lead?: string}).lead ?? '')
  return false
}

function quote(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start), end).replace(/\s+/g, ' ').trim()
}

/**
 * The place a dateline names at the top of an article: "PITTSFIELD, Mass. —"
 * → `Pittsfield`, "ST. LOUIS (AP) —" → `St. Louis`. `null` when the article
 * opens with none.
 */
export function datelinePlace(text: string): string | null {
  const {body} = readFrontMatter(text)
  const match = /(?:^|\n)\s*([A-Z][A-Z.'’ -]*[A-Z.])(?:,\s+[A-Z][A-Za-z. ]{1,14}?)?\s*(?:\([A-Za-z ]+\)\s*)?[—–]/u.exec(body.slice(0, 1500))
  if (!match) return null
  const words = match[1]!.trim().split(/\s+/)
  if (words.some((word) => word.replace(/[^A-Z]/g, '').length === 0) || words.length > 4) return null
  return words.map((word) => word.charAt(0) + word.slice(1).toLowerCase()).join(' ')
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
