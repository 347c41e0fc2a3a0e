/** Month names and abbreviations → month number (1–12). */
export const months: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5],
  ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12]
])

export const weekdays: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'
])

/** Words that, right before a four-digit number, make it a year. */
export const yearCues: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'during', 'of', 'until', 'till', 'through', 'throughout', 'from', 'to', 'before', 'after', 'between',
  'and', 'or', 'for', 'early', 'late', 'mid', 'fiscal', 'fy', 'year', 'summer', 'winter', 'spring', 'autumn', 'fall', 'around',
  'circa', 'c', 'as', 'last', 'next', 'this', 'the', 'than', 'on'
])

/** Relative period words: "last year", "the previous week". */
export const relativeUnits: ReadonlySet<string> = new Set(['year', 'month', 'week', 'quarter'])
export const relativeOffsets: ReadonlyMap<string, number> = new Map([
  ['last', -1], ['previous', -1], ['prior', -1], ['past', -1], ['preceding', -1], ['this', 0], ['current', 0], ['same', 0],
  ['next', 1], ['following', 1], ['coming', 1]
])

/** Full month names: a full stop after one ends the sentence, not an abbreviation ("in May."). */
export const fullMonthNames: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'
])

/**
 * Seasons → their first month, meteorological and northern-hemisphere:
 * spring March–May, summer June–August, autumn September–November, winter
 * December–February (the winter of a year starts in its December).
 */
export const seasons: ReadonlyMap<string, number> = new Map([['spring', 3], ['summer', 6], ['autumn', 9], ['fall', 9], ['winter', 12]])

/** Words right before a date that make it a start or a deadline still to come: "starting March 1", "effective July". */
export const futureLeads: ReadonlySet<string> = new Set(['starting', 'beginning', 'effective', 'from', 'due', 'scheduled', 'until', 'till', 'by'])

/** Words earlier in a clause that put its dates ahead: "will rise in January", "is set to open in March". */
export const futureMarkers: ReadonlySet<string> = new Set([
  'will', 'shall', 'won’t', "won't", 'll', 'going', 'scheduled', 'due', 'set', 'expected', 'plans', 'planned', 'planning', 'intends',
  'upcoming', 'forthcoming', 'proposed', 'projected', 'forecast', 'budgeted', 'slated', 'starting', 'beginning', 'effective'
])

/** Words before "since" that make its date a record's baseline, not a period: "the lowest since 2021", "for the first time since 1990". */
export const baselineWords: ReadonlySet<string> = new Set([
  'first', 'lowest', 'highest', 'most', 'least', 'fewest', 'biggest', 'largest', 'smallest', 'best', 'worst', 'strongest', 'weakest',
  'fastest', 'slowest', 'sharpest', 'steepest', 'deepest', 'warmest', 'coldest', 'wettest', 'driest', 'hottest', 'busiest', 'quietest',
  'cheapest', 'dearest', 'greatest', 'record', 'seen'
])

/** Words before a year or a span of years that name a school or academic year: "the 2023-24 school year". */
export const schoolYearWords: ReadonlySet<string> = new Set(['school', 'academic'])

/** Words that mark a fiscal year: "fiscal 2026", "FY2025", "fiscal year 2024". */
export const fiscalWords: ReadonlySet<string> = new Set(['fiscal', 'fy', 'financial'])
