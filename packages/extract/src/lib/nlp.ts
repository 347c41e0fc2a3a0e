/**
 * compromise keeps one shared world: plugins mutate it for every user in the
 * process. claimtrace registers its few words here, once, and otherwise reads
 * compromise's lexicon (word classes, places, organisations, abbreviations)
 * instead of running the full tagger, which is what keeps extraction fast.
 */
import nlp from 'compromise'

let registered = false

// Words our articles lean on that compromise's lexicon lacks or tags otherwise.
const words: Record<string, string> = {
  detainer: 'Singular',
  detainers: 'Plural',
  jurisdictions: 'Plural',
  refusals: 'Plural',
  counties: 'Plural',
  crimes: 'Plural',
  requests: 'Plural',
  dhs: 'Organization',
  ice: 'Organization',
  cbp: 'Organization',
  'new england': 'Region',
  'the united states': 'Country',
  'united states': 'Country',
  // Regions named in news that compromise lacks: "the Pacific Northwest", "the Middle East".
  'pacific northwest': 'Region',
  'middle east': 'Region',
  'midwest': 'Region',
  'far east': 'Region',
  'deep south': 'Region',
  'west coast': 'Region',
  'east coast': 'Region',
  'gulf coast': 'Region',
  'bay area': 'Region',
  'rust belt': 'Region',
  'sun belt': 'Region',
  'latin america': 'Region',
  'north america': 'Region',
  'south america': 'Region',
  'central america': 'Region',
  'southeast asia': 'Region',
  'east asia': 'Region',
  'south asia': 'Region',
  'central asia': 'Region',
  'caribbean': 'Region',
  'scandinavia': 'Region',
  'balkans': 'Region',
  'west midlands': 'Region',
  'east midlands': 'Region',
  'east anglia': 'Region',
  'home counties': 'Region',
  'northern territory': 'Region',
  'new south wales': 'Region'
}

function ensureRegistered(): void {
  if (registered) return
  registered = true
  nlp.plugin({words})
}

let tagIndex: Map<string, ReadonlySet<string>> | undefined
let phraseLengths: Map<string, number> | undefined
/** Words and phrases tagged as places, and as organisations (or teams): one lookup each, for every capitalised word. */
let places: Set<string> | undefined
let organizations: Set<string> | undefined
let abbreviationSet: ReadonlySet<string> | undefined
const noTags: ReadonlySet<string> = new Set()

function index(): Map<string, ReadonlySet<string>> {
  if (tagIndex) return tagIndex
  ensureRegistered()
  const world = nlp.world() as unknown as {model: {one: {lexicon: Record<string, string | string[]>}}}
  tagIndex = new Map()
  phraseLengths = new Map()
  places = new Set()
  organizations = new Set()
  for (const [word, tags] of Object.entries(world.model.one.lexicon)) {
    const set = new Set(Array.isArray(tags) ? tags : [tags])
    tagIndex.set(word, set)
    if (set.has('Place') || set.has('City') || set.has('Region') || set.has('Country')) places.add(word)
    if (set.has('Organization') || set.has('SportsTeam')) organizations.add(word)
    const space = word.indexOf(' ')
    if (space === -1) continue
    const first = word.slice(0, space)
    const length = word.split(' ').length
    if (length > (phraseLengths.get(first) ?? 1)) phraseLengths.set(first, length)
  }
  return tagIndex
}

/**
 * How many words the longest lexicon phrase that opens with `lower` has: 1
 * when none does. A name reader tries longer spans only up to this, instead
 * of building and looking up every span.
 */
export function longestPhraseFrom(lower: string): number {
  if (!phraseLengths) index()
  return phraseLengths!.get(lower) ?? 1
}

/** compromise's tags for a lower-case word or phrase (`new england`). */
export function tagsOf(lower: string): ReadonlySet<string> {
  return (tagIndex ?? index()).get(lower) ?? noTags
}

/** Whether compromise knows `lower` as a place (city, region, country). */
export function isPlace(lower: string): boolean {
  if (!places) index()
  return places!.has(lower)
}

export function isOrganization(lower: string): boolean {
  if (!organizations) index()
  return organizations!.has(lower)
}

/** Abbreviations whose full stop does not end a sentence ("Feb.", "Gov.", "Calif."). */
export function isAbbreviation(lower: string): boolean {
  if (!abbreviationSet) {
    ensureRegistered()
    const world = nlp.world() as unknown as {model: {one: {abbreviations: Record<string, unknown>}}}
    abbreviationSet = new Set([...Object.keys(world.model.one.abbreviations), ...extraAbbreviations])
  }
  return abbreviationSet.has(lower)
}

const extraAbbreviations = ['mass', 'no', 'vs', 'dept', 'univ', 'assn', 'bros', 'co', 'mt', 'ft', 'calif', 'conn', 'fla', 'ill', 'mich', 'minn', 'tenn', 'wash', 'wis', 'ore', 'okla', 'ariz', 'nev', 'neb', 'kan', 'ky', 'md', 'va', 'pa', 'ga', 'ala', 'la', 'miss', 'mo', 'ark', 'del', 'wyo', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'p', 'pp', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'supt', 'det', 'atty', 'rev', 'hon', 'pres', 'insp']
