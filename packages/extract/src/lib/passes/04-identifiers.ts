import type {Mention} from '../mention.js'
import {hedges} from '../lexicon/hedges.js'
import {months, weekdays} from '../lexicon/calendar.js'
import {scales, smallNumbers} from '../lexicon/number-words.js'
import {tagsOf} from '../nlp.js'
import type {Token} from '../tokenize.js'
import {MentionsAt} from '../mentions-at.js'

const dashes = new Set(['-', '–', '‐', '‑'])
/** Capitalised words that may stand before a count in a title-case headline. */
const notNames = new Set([
  'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'and', 'but', 'or', 'with', 'about', 'than', 'since', 'during', 'until',
  'after', 'before', 'between', 'the', 'a', 'an', 'up', 'down', 'top', 'over', 'under', 'just', 'only', 'all', 'some', 'more',
  'less', 'fewer', 'nearly', 'almost', 'around', 'roughly', 'approximately', 'least', 'most', 'another', 'additional', 'total',
  'as', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'its', 'their', 'his', 'her', 'our', 'rejects', 'rejected', 'says',
  'said', 'reports', 'hits', 'tops', 'reaches', 'nears', 'sees', 'saw', 'issued', 'denied', 'declined', 'lost', 'gained', 'adds',
  'added', 'cuts', 'raises', 'rises', 'falls', 'drops', 'jumps', 'climbs', 'than', 'per', 'each', 'every', 'nearly'
])
const hedgeWords = new Set(hedges.flatMap(([words]) => words))
/** Lower-case nouns that number what follows them: "platform 11", "grade 8", "mile marker 312". */
const numberingNouns = new Set([
  'platform', 'grade', 'marker', 'gate', 'route', 'exit', 'channel', 'room', 'flight', 'train', 'bus', 'page', 'chapter',
  'section', 'article', 'item', 'level', 'phase', 'stage', 'episode', 'volume', 'game', 'apartment', 'apt', 'unit', 'suite', 'lane',
  'terminal', 'pier', 'ward', 'precinct', 'version', 'model', 'number', 'no', 'nos', 'pier', 'berth', 'highway', 'interstate', 'road',
  'bay', 'seat', 'row', 'block', 'lot', 'category', 'class', 'tier', 'type', 'stop', 'line', 'track', 'district'
])
/** Words that end a street address: "1480 Industrial Parkway", "18 Orchard Close", "200 N. Spring St.". */
const streetWords = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane', 'ln', 'drive', 'dr', 'close', 'way', 'boulevard', 'blvd', 'parkway', 'pkwy',
  'place', 'pl', 'court', 'ct', 'terrace', 'crescent', 'square', 'highway', 'hwy', 'pike', 'row', 'circle', 'trail', 'plaza', 'wharf',
  'quay', 'mews', 'gardens', 'grove', 'hill', 'park'
])
/** Service numbers, when a call or a system names them: "the 911 system", "calls to 311". */
const serviceNumbers = new Set([911, 311, 999, 111, 112, 211, 988, 101])
const serviceWords = new Set(['system', 'call', 'calls', 'caller', 'callers', 'line', 'dispatcher', 'dispatchers', 'operator', 'operators', 'center', 'centre', 'service', 'hotline', 'number', 'emergency'])
const callWords = new Set(['to', 'dial', 'dialed', 'dialled', 'dialing', 'called', 'calling', 'call'])

/**
 * Numbers that name rather than count: "AR-15", "COVID-19", "Section 427",
 * "Voyager 2", phone numbers, times of day. They are kept as mentions with role
 * `identifier` or `time`, never reported as claims.
 */
export function markIdentifiers(tokens: readonly Token[], mentions: readonly Mention[], sentenceStart: number): void {
  if (mentions.length === 0) return
  const at = new MentionsAt(mentions)
  for (const mention of mentions) {
    if (mention.role !== 'cardinal') continue
    if (mention.form === 'words') {
      // "category two calls", "phase three trials", "stage four": a spelled number after a numbering noun is a label too. Not "one",
      // which is as often a pronoun ("the route one takes").
      const before = mention.from > sentenceStart ? tokens[mention.from - 1] : undefined
      if (before && numberingNouns.has(before.lower) && before.text === before.lower && mention.unit === 'count' && mention.value > 1 && mention.value < 100 && Number.isInteger(mention.value)) mention.role = 'identifier'
      continue
    }
    const first = tokens[mention.from]!
    if (first.kind !== 'number') continue
    const before = tokens[mention.from - 1]
    const beforeThat = tokens[mention.from - 2]
    const after = tokens[mention.to]

    // "B2", "MP3": letters glued to the digits.
    if (before && !first.spaced && before.kind === 'word') mention.role = 'identifier'
    // "J/m^2", "fb−1", "kg m^-3": the power of a unit.
    else if (isPower(tokens, mention.from)) mention.role = 'identifier'
    // "501(c)(3)", "Rule 12(b)(6)": a subsection in brackets glued to the section before it.
    else if (before?.text === '(' && !first.spaced && !before.spaced && beforeThat?.text === ')' && after?.text === ')' && !after.spaced) mention.role = 'identifier'
    // "0371 384 2030", "0930 GMT": a leading zero makes a code or a clock.
    else if (isLeadingZeroCode(tokens, mention)) mention.role = 'identifier'
    // "No. 7 bus", "Case No. 22-4471".
    else if (before?.text === '.' && (beforeThat?.lower === 'no' || beforeThat?.lower === 'nos')) mention.role = 'identifier'
    else if (before && numberingNouns.has(before.lower) && before.text === before.lower && first.decimals === 0 && mention.unit === 'count') mention.role = 'identifier'
    else if (isAddress(tokens, mention)) mention.role = 'identifier'
    else if (serviceNumbers.has(mention.value) && (serviceWords.has(after?.lower ?? '') || callWords.has(before?.lower ?? ''))) mention.role = 'identifier'
    // "AR-15", "I-95", "COVID-19", but not "mid-2015" (a year, marked earlier) nor the end of a range of scaled figures ("HK$20 million-30 million").
    else if (before && beforeThat && dashes.has(before.text) && !first.spaced && !before.spaced && beforeThat.kind === 'word' && beforeThat.lower !== 'mid' &&
      !(scales.has(beforeThat.lower) && tokens[mention.from - 3]?.kind === 'number')) mention.role = 'identifier'
    // "3D", "5G": letters glued after that are no unit; "4-H", "3-D", "7-Eleven": a capital glued on by a hyphen.
    else if (after && !after.spaced && after.kind === 'word' && mention.unit === 'count') mention.role = 'identifier'
    else if (after && dashes.has(after.text) && !after.spaced && isCapitalWord(tokens[mention.to + 1]) && mention.unit === 'count' && mention.form === 'numeral') {
      mention.role = 'identifier'
      const named = at.get(mention.to + 1)
      if (named) named.role = 'identifier'
    }
    // "H.R. 3561", "S.B. 54": a bill numbered after its house's initials.
    else if (before?.text === '.' && isInitial(beforeThat) && tokens[mention.from - 3]?.text === '.' && isInitial(tokens[mention.from - 4])) mention.role = 'identifier'
    // "10:30", "3 p.m.".
    else if (after && after.text === ':' && !after.spaced && tokens[mention.to + 1]?.kind === 'number' && !tokens[mention.to + 1]!.spaced) {
      mention.role = 'time'
      const minutes = at.get(mention.to + 1)
      if (minutes) minutes.role = 'time'
    } else if (after && isClockSuffix(tokens, mention.to)) mention.role = 'time'
    // Phone numbers and codes: "617-555-1212", "555-1212".
    else if (isCode(tokens, mention)) mention.role = 'identifier'
    // "Section 427", "Voyager 2", "English 101".
    else if (before && before.kind === 'word' && isName(before) && !first.grouped && (first.decimals === 0 || before.lower === 'version') && (mention.unit === 'count' || isGluedLetter(tokens, mention)) &&
      (mention.from - 1 > sentenceStart || !startsCount(tokens, mention))) mention.role = 'identifier'
    else if (before && before.text === '#' && !first.spaced) mention.role = 'identifier'
  }

  // The parts of a code go with it: "617-555-1212", "0371 384 2030", "0800 161 5151".
  let codeEnd = -1
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!
    const previous = mentions[index - 1]
    // "open 24/7", "a 50/50 call", "1/0": whole numbers joined by a slash that no pass read as a fraction or a date label, not count.
    if (previous && isSlashPair(tokens, previous, mention)) {
      previous.role = 'identifier'
      mention.role = 'identifier'
      continue
    }
    // A code that opens on a zero, and every part after it: "0800 161 5151".
    const inCode = previous?.role === 'identifier' && (tokens[previous.from]!.text.charCodeAt(0) === 48 || previous.to === codeEnd)
    if (inCode && mention.role === 'cardinal' && mention.from === previous!.to && tokens[mention.from]!.kind === 'number' &&
      !tokens[mention.from]!.grouped && tokens[mention.from]!.decimals === 0) {
      mention.role = 'identifier'
      codeEnd = mention.to
      continue
    }
    // "B-52-7", "J1149.5+6663": a code's next part joined on without a space.
    if (previous?.role === 'identifier' && mention.role === 'cardinal' && mention.from === previous.to + 1 && tokens[previous.from]!.kind === 'number' &&
      (dashes.has(tokens[previous.to]!.text) || tokens[previous.to]!.text === '+') && !tokens[previous.to]!.spaced && !tokens[mention.from]!.spaced) {
      mention.role = 'identifier'
    }
  }
}

const powerSigns = new Set(['^', '−', '⁻'])

/** A figure glued after a caret or a minus sign glued to a word: "m^2", "m^-3", "fb−1" ("AR-15" is a code, read above). */
function isPower(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]!.spaced || tokens[index - 1]?.kind !== 'punct') return false
  let at = index - 1
  if ((tokens[at]?.text === '-' || tokens[at]?.text === '−') && tokens[at - 1]?.text === '^') at--
  const sign = tokens[at]
  const unit = tokens[at - 1]
  return sign !== undefined && powerSigns.has(sign.text) && !sign.spaced && !tokens[index]!.spaced && unit?.kind === 'word' && tokens[index]!.text.length === 1
}

function isSlashPair(tokens: readonly Token[], left: Mention, right: Mention): boolean {
  const slash = tokens[left.to]
  if (!slash || slash.text !== '/' || slash.spaced || right.from !== left.to + 1 || tokens[right.from]!.spaced) return false
  const countable = (mention: Mention) => (mention.role === 'cardinal' || mention.role === 'identifier') && mention.unit === 'count' && mention.to - mention.from === 1 &&
    tokens[mention.from]!.kind === 'number' && tokens[mention.from]!.decimals === 0 && !tokens[mention.from]!.grouped
  return countable(left) && countable(right)
}

/** Clock and zone words after "0930": a time written as digits. */
const clockWords = new Set(['gmt', 'utc', 'bst', 'cet', 'est', 'et', 'pt', 'pst', 'hours', 'hrs', 'h', 'local', 'z'])

/** "0371 384 2030", "01632 960 418", "0930 GMT": digits with a leading zero that dial or tell the time. */
function isLeadingZeroCode(tokens: readonly Token[], mention: Mention): boolean {
  const first = tokens[mention.from]!
  if (first.text.length < 3 || first.text.charCodeAt(0) !== 48 || first.decimals > 0 || first.grouped || /^0+$/.test(first.text)) return false
  const after = tokens[mention.to]
  return first.text.length >= 5 || (after?.kind === 'number' && after.spaced) || clockWords.has(after?.lower ?? '') || mention.to - mention.from > 1
}

/** "1480 Industrial Parkway", "200 N. Spring St.", "10 Downing Street": a number then capitalised words ending in a street word. */
function isAddress(tokens: readonly Token[], mention: Mention): boolean {
  if (mention.unit !== 'count' || tokens[mention.from]!.decimals > 0 || tokens[mention.from]!.grouped) return false
  let index = mention.to
  for (let words = 0; words < 4; words++) {
    const token = tokens[index]
    if (!token || token.kind !== 'word' || token.text === token.lower) return false
    if (words > 0 && streetWords.has(token.lower)) return true
    index++
    if (tokens[index]?.text === '.' && !tokens[index]!.spaced) index++
  }
  return false
}

/** A number glued to one capital letter: "12C", "5B" (a unit, a flat), not a temperature there. */
function isGluedLetter(tokens: readonly Token[], mention: Mention): boolean {
  const last = tokens[mention.to - 1]!
  return mention.to - mention.from === 2 && last.text.length === 1 && last.text !== last.lower && !last.spaced
}

/** A sentence that opens on a capitalised word and a number may just count: "Police arrested…" never, "About 600" is a hedge, "Starfall 3 sold" names. */
function startsCount(tokens: readonly Token[], mention: Mention): boolean {
  const after = tokens[mention.to]
  // "Expect 3- to 5-foot waves": a hyphen suspending a unit until the next figure measures.
  if (after?.text === '-' && !after.spaced && tokens[mention.to + 1]?.lower === 'to' && tokens[mention.to + 2]?.kind === 'number') return true
  return after !== undefined && after.kind === 'word' && after.text === after.lower && tagsOf(after.lower).has('Plural')
}

/** "H", "Eleven": a word that opens with a capital and is not a unit the figure takes ("6-foot-4" stays a height). */
function isCapitalWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !token.spaced && token.text !== token.lower
}

function isInitial(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.text.length === 1 && token.text !== token.lower
}

function isName(token: Token): boolean {
  if (token.text === token.lower || notNames.has(token.lower) || hedgeWords.has(token.lower)) return false
  // "Jack Harrow's 538": a possessive owns the figure, it does not name it.
  if (token.lower.endsWith("'s") || token.lower.endsWith('’s')) return false
  if (months.has(token.lower) || weekdays.has(token.lower) || smallNumbers.has(token.lower)) return false
  const tags = tagsOf(token.lower)
  return !(tags.has('Preposition') || tags.has('Determiner') || tags.has('Conjunction') || tags.has('Copula') || tags.has('PastTense'))
}

function isClockSuffix(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  if (token.lower === 'am' || token.lower === 'pm') return true
  return (token.lower === 'a' || token.lower === 'p') && tokens[index + 1]?.text === '.' && tokens[index + 2]?.lower === 'm'
}

/** Three or more dash-joined numbers, or 3+4 digits: a phone number or a code. */
function isCode(tokens: readonly Token[], mention: Mention): boolean {
  const groups = [tokens[mention.from]!]
  let index = mention.to
  // Three groups decide it: looking further would make long runs quadratic.
  while (groups.length < 3 && dashes.has(tokens[index]?.text ?? '') && !tokens[index]!.spaced && tokens[index + 1]?.kind === 'number' && !tokens[index + 1]!.spaced) {
    groups.push(tokens[index + 1]!)
    index += 2
  }
  if (groups.length >= 3) return true
  return groups.length === 2 && groups[0]!.text.length === 3 && groups[1]!.text.length === 4
}
