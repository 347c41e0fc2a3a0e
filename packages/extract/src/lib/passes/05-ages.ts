import {tagsOf} from '../nlp.js'
import type {Mention} from '../mention.js'
import {months} from '../lexicon/calendar.js'
import type {Token} from '../tokenize.js'

/** Words right before a number that make it an age: "aged 41", "ages 8 to 12", "turns 24". */
const ageCues = new Set(['aged', 'age', 'ages', 'turns', 'turned', 'turning'])
const ageHedges = new Set(['over', 'under', 'about', 'around', 'between', 'from', 'roughly', 'nearly', 'just'])
/** People counted by how old they are: "children under 12", "people over 65", "those under five". */
const agedPeople = new Set(['children', 'child', 'kids', 'people', 'adults', 'women', 'men', 'girls', 'boys', 'those', 'anyone', 'everyone', 'residents', 'patients', 'pensioners', 'youngsters', 'babies', 'infants', 'toddlers', 'teenagers', 'pupils', 'students', 'workers', 'drivers', 'smokers', 'voters', 'victims', 'users', 'customers', 'members', 'owners', 'buyers', 'renters', 'tenants', 'homeowners', 'parents', 'mothers', 'fathers', 'veterans', 'survivors', 'passengers', 'motorists', 'cyclists', 'americans', 'britons', 'australians', 'canadians'])
const notPeople = new Set(['and', 'or', 'but', 'in', 'on', 'at', 'of', 'to', 'from', 'by', 'with', 'than', 'about', 'around', 'nearly', 'some', 'only'])

/**
 * Ages: "Ortiz, 29, was charged", "the sprinter, 26,", "aged 41", "children
 * aged 8 to 12", "who turns 24" (the hyphenated "37-year-old" and "37 years
 * old" are read with their unit). An age is a figure in years with `kind:
 * 'age'`: a claim about a person, checked like any other.
 */
export function markAges(tokens: readonly Token[], mentions: readonly Mention[], sentenceStart: number, sentenceEnd: number): void {
  let cued = false
  let previousEnd = -1
  for (const mention of mentions) {
    if (mention.role !== 'cardinal' || mention.unit !== 'count' || mention.low !== undefined || !Number.isInteger(mention.value) || mention.value < 1 || mention.value > 119) {
      cued = false
      continue
    }
    const before = tokens[mention.from - 1]
    const after = tokens[mention.to]
    // "aged 8 to 12", "aged 32, 40 and 45": the cue carries to the next figure of a range or a list.
    const listed = before?.lower === 'to' || before?.lower === 'and' || before?.lower === 'or' || before?.text === ',' || before?.text === '-' || before?.text === '–'
    const inRange: boolean = cued && listed && (previousEnd === mention.from - 1 || (previousEnd === mention.from - 2 && tokens[previousEnd]?.text === ','))
    previousEnd = mention.to
    // "aged over 65", "aged between 18 and 24": a hedge between the cue and the figure.
    const hedged = ageHedges.has(before?.lower ?? '') && ageCues.has(tokens[mention.from - 2]?.lower ?? '')
    // "children under 12", "people over 65": a bound on the people's age, when nothing after the figure says what it counts.
    const bounded = (before?.lower === 'under' || before?.lower === 'over') && agedPeople.has(tokens[mention.from - 2]?.lower ?? '') && !followedByCountedWord(after)
    cued = ageCues.has(before?.lower ?? '') || inRange || hedged || bounded
    const apposition = before?.text === ',' && mention.from - 2 >= sentenceStart && isPersonWord(tokens[mention.from - 2]) &&
      (after === undefined || mention.to >= sentenceEnd || after.text === ',' || after.text === ')' || after.text === ';')
    if (cued || apposition) {
      mention.kind = 'age'
      mention.unit = 'year'
      mention.dimension = 'time'
    }
  }
}

/** A word after the figure that says what it counts ("children under 12 months" is not this; "over 50 staff" is). */
function followedByCountedWord(after: Token | undefined): boolean {
  if (after === undefined || after.kind !== 'word' || after.text !== after.lower) return false
  // "over 50 staff", "under 12 months": a noun; "victims over 65 account for", "children under 5 were": a verb or a joiner.
  const tags = tagsOf(after.lower)
  return tags.has('Plural') || tags.has('Singular') || tags.has('Noun') || tags.has('Uncountable') || tags.has('Duration')
}

/** The word before ", 29,": a name or a noun for a person, not a month ("June 3, 2024") or a joiner. */
function isPersonWord(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || notPeople.has(token.lower) || months.has(token.lower)) return false
  return true
}
