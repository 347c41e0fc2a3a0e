import type {Period} from './claim.js'
import type {PartialDate} from './dates.js'
import type {Mention} from './mention.js'
import type {PeriodMention} from './passes/03-periods.js'
import type {Resolved} from './period-spec.js'
import type {Token} from './tokenize.js'

export interface ResolvedPeriod {
  period: Period
  resolved: Resolved | undefined
  mention: PeriodMention
  role: PeriodRole
}

/**
 * What a period phrase is to the figures of its sentence:
 * `own` a period figures hold in; `since` the start of one that runs to the
 * article date ("40 shootings since January"); `comparison` when an earlier
 * value held ("up 3 points from 2022", "up 12% since 2020"); `aside` neither
 * ("said Monday", "the lowest since 2021").
 */
export type PeriodRole = 'own' | 'since' | 'comparison' | 'aside'

/** How far before "from 2022" the change it belongs to may stand, in tokens. */
const comparisonReach = 6
/** How far after a figure a period is its own ("56 in 2015", "25,400 students in 2022"), in tokens. */
const ownReach = 3
/** How far after a figure its period may stand ("59 of its requests … denied last year"), in tokens. */
const periodReach = 16
/** How far after "when" a figure may stand and take the period before it ("…, when about 295,000"), in tokens. */
const whenReach = 3
const comparisonLeads = new Set(['from', 'over', 'than', 'versus', 'vs', 'against'])
/** Words before "from" that make its date the earlier value's: "$5m, up from 2022". */
const particles = new Set(['up', 'down', 'higher', 'lower', 'more', 'less', 'fewer', 'increase', 'decrease', 'rise', 'drop', 'change'])

export interface FigurePeriods {
  periods: ResolvedPeriod[]
  roles: PeriodRole[]
  /** The figure's own period: right after it, else the nearest one before it; never another figure's earlier value's. */
  periodOf(index: number): ResolvedPeriod | undefined
  /** The period an earlier value of this figure held in: "up 3 points from 2022". */
  comparisonOf(mention: Mention): ResolvedPeriod | undefined
  /** The figure that states this one's earlier value, in "fell from 25,400 in 2022 to 24,150". */
  startOf(mention: Mention): Mention | undefined
  /** Whether any figure has a start (`startOf`): most sentences have none. */
  hasStarts: boolean
  /** Whether the figure is an earlier value ("up from 56 in 2015"): its period is only the one right after it. */
  isEarlier(mention: Mention): boolean
}

/**
 * Give each period of a sentence its role and each figure its period. Every
 * lookup is a binary search or a map hit, so long sentences stay linear.
 */
export function readFigurePeriods(input: {
  text: string
  tokens: readonly Token[]
  figures: readonly Mention[]
  mentions: readonly PeriodMention[]
  backReferences: ReadonlySet<Mention>
  resolve: (mention: PeriodMention, future: boolean) => Resolved | undefined
}): FigurePeriods {
  const {text, tokens, figures, mentions, backReferences} = input
  const starts = new Map<Mention, Mention>()
  const lastOfValue = new Map<number, Mention>()
  for (const figure of figures) {
    const start = figure.previous === undefined ? undefined : lastOfValue.get(figure.previous)
    if (start) starts.set(figure, start)
    lastOfValue.set(figure.value, figure)
  }
  const earlier = new Set<Mention>([...backReferences, ...starts.values()])

  const roles: PeriodRole[] = []
  const owners: Array<Mention | undefined> = []
  const comparisons = new Map<Mention, number>()
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!
    const before = figures[firstIndex(figures, (figure) => figure.to > mention.from) - 1]
    const near = before !== undefined && mention.from - before.to <= comparisonReach
    const changes = before !== undefined && (before.kind === 'change' || before.direction !== undefined || before.previous !== undefined)
    const lead = tokens[leadIndex(tokens, mention) - 1]?.lower ?? ''
    // "up 3 points from 2022", "up from 2022", "compared with 2022", "fewer than in 2009", "up 12% since 2020".
    const compares = (comparisonLeads.has(mention.lead ?? '') && (changes || particles.has(lead))) || (mention.lead === 'with' && lead === 'compared') ||
      (mention.lead === 'in' && lead === 'than') || (mention.lead === 'since' && changes)
    let role: PeriodRole = 'own'
    if (mention.event || mention.baseline) role = 'aside'
    else if (near && !mention.future && compares && before.kind !== 'age') role = 'comparison'
    else if (mention.lead === 'since') role = 'since'
    roles.push(role)
    if (role === 'comparison') comparisons.set(before!, index)
    owners.push(role !== 'aside' && role !== 'comparison' && before && mention.from - before.to <= ownReach ? before : undefined)
  }

  const periods = mentions.map((mention, index): ResolvedPeriod => {
    const resolved = input.resolve(mention, mention.future && roles[index] !== 'comparison')
    const period: Period = {text: text.slice(mention.start, mention.end), start: mention.start, end: mention.end, kind: mention.kind, first: resolved?.first ?? null, last: resolved?.last ?? null, inherited: false}
    return {period, resolved, mention, role: roles[index]!}
  })

  // Periods any figure may take: not asides or comparisons, not the earlier value's own.
  const open: number[] = []
  const ownedBy = new Map<Mention, number>()
  for (let index = 0; index < roles.length; index++) {
    const role = roles[index]!
    const owner = owners[index]
    if (owner && !ownedBy.has(owner)) ownedBy.set(owner, index)
    if ((role === 'own' || role === 'since') && !(owner && earlier.has(owner))) open.push(index)
  }

  // "higher than before the pandemic, when about 295,000 were waiting": a clause opened by "when" after a period is of that period.
  const whenClauses = new Map<Mention, number>()
  for (const [index, mention] of mentions.entries()) {
    if (roles[index] === 'aside') continue
    let at = mention.to
    if (tokens[at]?.text === ',') at++
    if (tokens[at]?.lower !== 'when') continue
    const figure = figures[firstIndex(figures, (candidate) => candidate.from > at)]
    if (figure && figure.from - at <= whenReach) whenClauses.set(figure, index)
  }

  return {
    periods,
    roles,
    periodOf(index) {
      const figure = figures[index]!
      if (earlier.has(figure)) {
        const own = ownedBy.get(figure)
        return own === undefined ? undefined : periods[own]
      }
      const when = whenClauses.get(figure)
      if (when !== undefined) return periods[when]
      // Most sentences with figures have no period: no search, and no closures made for one.
      if (open.length === 0) return undefined
      const next = figures[index + 1]
      const after = firstIndex(open, (candidate) => mentions[candidate]!.from >= figure.to)
      const candidate = open[after]
      if (candidate !== undefined && mentions[candidate]!.from - figure.to <= periodReach && !(next && next.from < mentions[candidate]!.from)) return periods[candidate]
      const before = open[firstIndex(open, (other) => mentions[other]!.to > figure.from) - 1]
      return before === undefined ? undefined : periods[before]
    },
    comparisonOf(mention) {
      const index = comparisons.get(mention)
      return index === undefined ? undefined : periods[index]
    },
    startOf: (mention) => starts.get(mention),
    hasStarts: starts.size > 0,
    isEarlier: (mention) => earlier.has(mention)
  }
}

/** Token index of the word before a period (past a "the"). */
function leadIndex(tokens: readonly Token[], mention: PeriodMention): number {
  return tokens[mention.from - 1]?.lower === 'the' ? mention.from - 2 : mention.from - 1
}

/**
 * "40 shootings since January": from the start of January to the article
 * date (open-ended without one), as a span that includes "since".
 */
export function sinceSpan(text: string, tokens: readonly Token[], period: ResolvedPeriod, date: PartialDate | undefined, lastDay: (date: PartialDate) => string): Period {
  const since = tokens[leadIndex(tokens, period.mention)]!
  return {
    text: text.slice(since.start, period.mention.end),
    start: since.start,
    end: period.mention.end,
    kind: 'date-range',
    first: period.resolved?.first ?? null,
    last: date && period.resolved ? lastDay(date) : null,
    inherited: false
  }
}

/** Index of the first item for which `test` holds, in a list where it holds for a suffix. */
export function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (test(items[middle]!)) high = middle
    else low = middle + 1
  }
  return low
}
