import type {Claim} from '@claimtrace/extract'

/**
 * What corroboration reads of a claim: a whole `Claim` will do; a caller
 * holding a large corpus can keep just these fields.
 */
export type CorroboratedClaim = Pick<Claim, 'id' | 'text' | 'value' | 'low' | 'high' | 'unit' | 'bound' | 'subject'> & {
  scope: Pick<Claim['scope'], 'places'>
  period: Pick<NonNullable<Claim['period']>, 'first' | 'last'> | null
}

const stopWords = new Set(['the', 'of', 'and', 'for', 'all', 'its', 'their', 'total', 'number'])

/** What the comparison of two claims reads of each, beyond their numbers (see `claimFeatures`). */
export interface ClaimFeatures {
  /** The claim's subject words: lowercased, singular, without stop words, each once. */
  subject: string[]
  /** Its figure: unit, value, low and high. */
  figure: string
  /** Whether the figure is one two writers would not both reach by chance: not a multiple of ten, not a year. */
  distinctive: boolean
  /** Its places, lowercased and sorted. */
  places: string
}

/** The keys through which one claim meets the claims it could agree or conflict with (see `corroborationKeys`), with its features. */
export interface CorroborationKeys extends ClaimFeatures {
  /** Its figure (unit, value, low and high), with a subject word or, when distinctive, alone: claims with no resolved period meet others through these. */
  figureKeys: string[]
  /** Whether its period is resolved (to calendar years). */
  resolved: boolean
  /** Buckets of claims that are compared with each other: a figure key in a year, and unit, subject word, places and year. */
  keys: string[]
}

/**
 * What `CorroborationGraph` compares of a claim: its subject words, figure,
 * whether the figure is distinctive, and its places. Without the bucket keys,
 * for a caller whose buckets were made elsewhere.
 */
export function claimFeatures(claim: CorroboratedClaim): ClaimFeatures {
  return {subject: [...new Set(subjectWords(claim))], figure: figureKey(claim), distinctive: distinctive(claim), places: placesKey(claim)}
}

/**
 * Only claims that could agree or conflict are ever compared, found through
 * keys that hold what both need: the same figure with a shared subject word
 * (or a distinctive figure) and a shared year, or the same unit, subject
 * word, places and year. A common word or figure alone ("percent", "2") is
 * no key, so a large corpus is never compared claim by claim. Per claim, so a
 * corpus index can compute them where it reads the claim and bucket them in SQL.
 */
export function corroborationKeys(claim: CorroboratedClaim): CorroborationKeys {
  const features = claimFeatures(claim)
  const {subject, figure, places} = features
  const figureKeys = [...subject.map((word) => `${figure}\u0000${word}`), ...(features.distinctive ? [figure] : [])]
  const years = yearsOf(claim)
  const keys: string[] = []
  if (years) {
    for (const key of figureKeys) for (const year of years) keys.push(`${key}\u0000${year}`)
    for (const word of subject) for (const year of years) keys.push(`${claim.unit}\u0000${word}\u0000${places}\u0000${year}\u0000conflict`)
  }
  return {...features, figureKeys, resolved: years !== undefined, keys}
}

/** Unit, value, low and high: a bound left out and a bound given as `null` are one figure (a claim read back from JSON or SQL has no `undefined`). */
function figureKey(claim: CorroboratedClaim): string {
  return `${claim.unit}\u0000${claim.value ?? null}\u0000${claim.low ?? null}\u0000${claim.high ?? null}`
}

function subjectWords(claim: CorroboratedClaim): string[] {
  return (claim.subject ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2 && !stopWords.has(word))
    .map((word) => (word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
}

/** A figure two writers would not both reach by chance: not a multiple of ten, not a year. */
function distinctive(claim: CorroboratedClaim): boolean {
  const value = claim.value ?? claim.high ?? claim.low
  return value !== null && value !== undefined && value % 10 !== 0 && !(Number.isInteger(value) && value >= 1900 && value <= 2100)
}

function placesKey(claim: CorroboratedClaim): string {
  return [...claim.scope.places].map((place) => place.toLowerCase()).sort().join('|')
}

/** The calendar years a resolved period covers; `undefined` when it is not resolved. */
function yearsOf(claim: CorroboratedClaim): number[] | undefined {
  if (!claim.period?.first || !claim.period.last) return undefined
  const first = Number(claim.period.first.slice(0, 4))
  const last = Number(claim.period.last.slice(0, 4))
  return Array.from({length: last - first + 1}, (_, index) => first + index)
}
