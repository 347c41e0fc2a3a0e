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
