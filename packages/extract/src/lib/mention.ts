import type {Bound, Dimension, Repair, Span} from './claim.js'

/**
 * A number found in a sentence, before it is judged a claim. Later passes mark
 * its role (a year, an identifier, a date) and add bounds, ranges and changes.
 */
export interface Mention {
  /** Token indexes `[from, to)` in the document's token list. */
  from: number
  to: number
  start: number
  end: number
  value: number
  unit: string
  dimension: Dimension
  precision: number
  form: 'numeral' | 'words' | 'mixed'
  /** `unit`: a unit named without a figure ("a small percent"), never a claim. */
  role: 'cardinal' | 'ordinal' | 'year' | 'date' | 'time' | 'identifier' | 'score' | 'unit'
  /** `change`: the size of a change ("climbed 4.2%"); `age`: a person's age ("a 37-year-old"). */
  kind: 'level' | 'change' | 'age'
  /** The digits or number words alone, without sign of currency or unit: "$20" → "20". */
  figure: {start: number; end: number} | undefined
  /** The denominator of a rate: `$81.10 a barrel` → `barrel`, `per capita` → `capita`. */
  per: string | undefined
  /** The token after a spelled rate right after the figure ("$81.10 a barrel"), which stays out of the span: what follows the figure starts there. */
  rateEnd: number | undefined
  /** Where the words stating a rate's denominator stand ("a barrel", "per week", "annually"), wherever they are; `undefined` when the span holds them ("$15.4/hour"). */
  rateWords: {start: number; end: number} | undefined
  /** A lone "one" or "half": a number word too common to be a claim by itself. */
  weak: boolean
  /** Set when the numeral was glued to or spelled with a unit ("48-hour", "$1m"). */
  unitSpan: {from: number; to: number} | undefined
  repairs: Repair[]
  bound: Bound
  hedge: Span | undefined
  low: number | undefined
  high: number | undefined
  previous: number | undefined
  direction: 'up' | 'down' | undefined
  /** Merged into another mention (the low end of a range, the start of a change). */
  absorbed: boolean
  /** A spelled fraction ("a third", "nearly half"), stated as a share in percent. */
  fraction: boolean
}

export function createMention(fields: Pick<Mention, 'from' | 'to' | 'start' | 'end' | 'value' | 'precision' | 'form'> & Partial<Mention>): Mention {
  // Defaults in one shape, then the caller's fields copied over: callers pass objects of many shapes, and reading
  // each field by name from them (most absent) is a slow lookup per field, as a spread is a slow copy.
  return Object.assign(newMention(0, 0, 0, 0, 0, 1, 'numeral'), fields)
}

/** A mention with the defaults, from its required fields: for the figure reader, which makes one per figure. */
export function newMention(from: number, to: number, start: number, end: number, value: number, precision: number, form: Mention['form']): Mention {
  return {
    from,
    to,
    start,
    end,
    value,
    unit: 'count',
    dimension: 'count',
    precision,
    form,
    role: 'cardinal',
    kind: 'level',
    figure: undefined,
    per: undefined,
    rateEnd: undefined,
    rateWords: undefined,
    weak: false,
    unitSpan: undefined,
    repairs: noRepairs,
    bound: '=',
    hedge: undefined,
    low: undefined,
    high: undefined,
    previous: undefined,
    direction: undefined,
    absorbed: false,
    fraction: false
  }
}

/** A mention's repairs when it has none: shared, and never written to. */
const noRepairs: Repair[] = Object.freeze([]) as unknown as Repair[]
