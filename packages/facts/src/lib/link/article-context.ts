import {type ArticleDate, type Claim, datelinePlace} from '@claimtrace/extract'

/** A span of days, inclusive, as ISO dates. */
export interface Span {
  first: string
  last: string
}

/** What linking knows of the whole article: its date, the period most claims state, the places its claims name. */
export interface ArticleContext {
  text: string | undefined
  date: ArticleDate | undefined
  /** The days the article's date stands for: a year, a month or a day. */
  dateSpan: Span | undefined
  /** The period at least two claims state, the most often; `recent` when it ends within a month before the article's date. */
  main: (Span & {text: string; recent: boolean}) | undefined
  /** Places and organisations the article's claims name, and its dateline's place (lower case), attribution left out. */
  names: readonly string[]
}

/** "2017-01 (fixtures/articles/articles.json)", "2024-01-05 (dateline “BOSTON (AP) — Jan. 5, 2024”)", "2016 or later (the latest year it states, “2016”)". */
export function describeDate(date: ArticleDate): string {
  switch (date.source) {
    case 'option':
      return `${date.value} (given)`
    case 'front-matter':
      return `${date.value} (front matter)`
    case 'dateline':
      return `${date.value} (dateline ${date.evidence})`
    case 'sidecar':
    case 'last-year':
      return `${date.value} (${date.evidence})`
    default:
      return `${date.value} or later (${date.evidence})`
  }
}

export function articleContext(claims: readonly Claim[], text: string | undefined, date: ArticleDate | undefined): ArticleContext {
  const names = namesOf(claims)
  const place = text === undefined ? null : datelinePlace(text)
  if (place && !names.includes(place.toLowerCase())) names.push(place.toLowerCase())
  const dateSpan = date ? spanOf(date.value) : undefined
  const main = mainPeriod(claims)
  return {text, date, dateSpan, main: main && {...main, recent: recent(main, date, dateSpan)}, names}
}

/** How long before the article's date its main period may end and still be what a figure without a period speaks of. */
const recentDays = 31

/** Whether the main period is the article's news: it ends on, or within a month before, the article's (exact) date. */
function recent(main: Span, date: ArticleDate | undefined, span: Span | undefined): boolean {
  if (!date?.exact || !span) return false
  const gap = (Date.parse(span.first) - Date.parse(main.last)) / 864e5
  return main.first <= span.last && gap <= recentDays
}

/** `2024` → the year, `2024-03` → the month, `2024-03-05` → the day. */
export function spanOf(value: string): Span {
  const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined]
  if (month === undefined) return {first: `${value}-01-01`, last: `${value}-12-31`}
  if (day === undefined) {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
    return {first: `${value}-01`, last: `${value}-${String(days).padStart(2, '0')}`}
  }
  return {first: value, last: value}
}

function mainPeriod(claims: readonly Claim[]): (Span & {text: string}) | undefined {
  const counts = new Map<string, {first: string; last: string; text: string; count: number}>()
  for (const claim of claims) {
    const {first, last, text} = claim.period ?? {}
    if (!first || !last || !text) continue
    const key = `${first}..${last}`
    const entry = counts.get(key) ?? {first, last, text, count: 0}
    entry.count++
    counts.set(key, entry)
  }
  let best: {first: string; last: string; text: string; count: number} | undefined
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry
  return best && best.count >= 2 ? {first: best.first, last: best.last, text: best.text} : undefined
}

function namesOf(claims: readonly Claim[]): string[] {
  const names = new Set<string>()
  for (const claim of claims) for (const name of scopeNames(claim)) names.add(name.toLowerCase())
  return [...names]
}

/**
 * The places and organisations a claim is about: those it names, less any
 * that only name who says so ("according to the state Department of
 * Education" is attribution, not scope).
 */
export function scopeNames(claim: Claim): readonly string[] {
  const {places, organizations} = claim.scope
  if (places.length + organizations.length === 0) return noNames
  const source = claim.attribution?.source.toLowerCase()
  if (source === undefined && organizations.length === 0) return places
  // The attribution's head: "the state Department of Education" drops "Department of Education"; "the Boston Herald" keeps
  // "Boston", and a place that speaks for itself ("Harlow County confirmed 20 cases") stays where the figure is.
  return [...places, ...(source ? organizations.filter((name) => !source.endsWith(name.toLowerCase())) : organizations)]
}

const noNames: readonly string[] = Object.freeze([])
