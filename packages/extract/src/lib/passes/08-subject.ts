import {downVerbs, neutralVerbs, objectVerbs, upVerbs} from '../lexicon/changes.js'
import {speechVerbs} from '../lexicon/speech.js'
import type {Mention} from '../mention.js'
import {isOrganization, isPlace, tagsOf} from '../nlp.js'
import type {Token} from '../tokenize.js'

const determiners = new Set(['its', 'the', 'their', 'his', 'her', 'our', 'all', 'these', 'those', 'this', 'that', 'them', 'which', 'whom', 'all', 'your', 'my'])
const stopTags = ['Preposition', 'Determiner', 'Conjunction', 'Copula', 'Modal', 'Pronoun', 'Possessive', 'Adverb', 'QuestionWord', 'Gerund', 'Auxiliary', 'Negative']
const stopWords = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'being', 'had', 'has', 'have', 'to', 'than', 'last', 'next', 'more', 'less', 'each', 'per', 'worth', 'a', 'an', 'and', 'or', 'but', 'in', 'on', 'at', 'of', 'for', 'from', 'with', 'by', 'as', 'that', 'who', 'which', 'additional', 'times', 'rose', 'rise', 'rises', 'fell', 'falls', 'grew', 'grows', 'hit', 'hits', 'stood', 'stands', 'totaled', 'totalled', 'reached',
  // Prepositions compromise tags otherwise: "$40 million over five years" is spent over a span, not on one.
  'over', 'under', 'within', 'during', 'after', 'before', 'since', 'until', 'through', 'across', 'about', 'around', 'into', 'between', 'among', 'against', 'via'])
/** Number words are figures or spans, never what is counted: "over five years". */
const numberTags = ['Value', 'Cardinal', 'TextValue', 'Ordinal']
/** Verbs that put a measure at a figure without an object: "Enrollment fell to 24,150", "Rainfall reached 40 inches", "Turnout was 61%". */
const levelVerbs = new Set([...upVerbs, ...downVerbs, ...neutralVerbs, 'hit', 'hits', 'reached', 'reaches', 'totaled', 'totalled', 'totals', 'numbered', 'averaged', 'peaked', 'stood', 'stands', 'was', 'were', 'is', 'are', 'hovered', 'remained', 'stayed', 'topped', 'exceeded', 'surpassed'])
const levelParticles = new Set(['to', 'at', 'by', 'from', 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'just'])
const possessiveEnd = /['’]s$/
const nameTags = ['ProperNoun', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']
/** Nouns that introduce what is measured: "the number of …", "the denial rate of …". */
const measureNouns = new Set(['number', 'total', 'count', 'rate', 'share', 'percentage', 'proportion', 'average', 'majority', 'amount', 'level', 'tally', 'figure'])
const quoteMarks = new Set(['"', '“', '”', "'", '‘', '’'])
const maxWords = 4
const lookBack = 24

/**
 * The thing counted: the noun phrase after the figure ("2,825 detainer
 * requests", "59 of its requests", "26.9 percent of illegal immigrants"), the
 * one a measure noun introduces earlier ("the number of so-called
 * “sanctuary jurisdictions” rose from 117 to 150"), or the measure the
 * sentence opens with ("Enrollment fell to 24,150"). Number words and spans
 * ("over five years") are never the subject.
 */
export function readSubject(input: string, tokens: readonly Token[], mention: Mention, sentenceStart: number, sentenceEnd: number): string | undefined {
  let index = mention.to
  // "20 times": the unit word is itself the thing counted.
  if (tokens[index]?.lower === 'times' && mention.unit === 'count') return 'times'
  if (tokens[index]?.lower === 'of') {
    index++
    if (determiners.has(tokens[index]?.lower ?? '')) index++
  } else if (tokens[index]?.lower === 'worth' && tokens[index + 1]?.lower === 'of') {
    index += 2
  }
  const after = isPeriodComparison(tokens, index) ? undefined : nounPhrase(input, tokens, index, sentenceEnd, false)
  if (after) return after
  const opening = mention.kind === 'age' ? undefined : openingSubject(input, tokens, mention, sentenceStart)
  if (mention.dimension !== 'count' && mention.dimension !== 'share') return opening

  for (let position = mention.from - 1; position > Math.max(sentenceStart, mention.from - lookBack); position--) {
    const token = tokens[position]!
    if (token.lower === 'of' && measureNouns.has(tokens[position - 1]?.lower ?? '')) {
      let start = position + 1
      if (determiners.has(tokens[start]?.lower ?? '')) start++
      // "the number of so-called “sanctuary jurisdictions”".
      if (tokens[start]?.lower === 'so' && tokens[start + 1]?.text === '-' && tokens[start + 2]?.lower === 'called') start += 3
      const head = nounPhrase(input, tokens, start, mention.from, true)
      return head && withReducedClause(input, tokens, start, head, mention.from)
    }
  }
  return opening
}

const comparedPeriods: ReadonlySet<string> = new Set(['year', 'month', 'quarter', 'week', 'day'])

/** "year on year", "month-over-month": the period compared with, not what the figure counts. */
function isPeriodComparison(tokens: readonly Token[], index: number): boolean {
  const period = tokens[index]?.lower ?? ''
  if (!comparedPeriods.has(period)) return false
  const joiner = tokens[index + 1]?.text === '-' ? index + 2 : index + 1
  const word = tokens[joiner]?.lower
  return (word === 'on' || word === 'over') && tokens[joiner + (tokens[joiner + 1]?.text === '-' ? 2 : 1)]?.lower === period
}

/**
 * The measure a sentence opens with, when nothing after the figure says what
 * it counts: "Burglaries in Harlow dropped to 412 last year" → burglaries,
 * "Enrollment fell to 24,150" → enrollment. Only before a verb that sets a
 * level or a change without an object ("fell to", "reached", "was"), so
 * "The company cut 700" gives nothing.
 */
function openingSubject(input: string, tokens: readonly Token[], mention: Mention, sentenceStart: number): string | undefined {
  const lead = mention.hedge ? Math.min(mention.hedge.start, mention.start) : mention.start
  let verb = mention.from - 1
  while (verb > sentenceStart && tokens[verb]!.start >= lead) verb--
  while (verb > sentenceStart && levelParticles.has(tokens[verb]!.lower)) verb--
  if (verb > sentenceStart && tokens[verb]!.lower.endsWith('ly')) verb--
  const word = tokens[verb]?.lower ?? ''
  // "The council raised $3m": an object verb states a change of its subject only as a change ("will rise 4%") or before "to".
  if (verb <= sentenceStart || !levelVerbs.has(word) || (objectVerbs.has(word) && mention.kind !== 'change' && !levelParticles.has(tokens[verb + 1]?.lower ?? ''))) return undefined
  // After an opening adverbial: "Last year, burglaries in Harlow dropped to 412". The measure stands near its verb.
  let start = sentenceStart
  for (let index = verb - 1; index >= sentenceStart; index--) {
    // "Boston police said burglaries fell": a clause opens after a comma, a reporting verb or "that";
    // "bills fell 4.2% while commercial bills rose 7%", "exports fell 3% and imports rose": after a conjunction that joins clauses.
    if (tokens[index]!.text === ',' || speechVerbs.has(tokens[index]!.lower) || tokens[index]!.lower === 'that' || joinsClauses(tokens, index)) {
      start = index + 1
      break
    }
    if (verb - index > lookBack) return undefined
  }
  while (start < verb && (tokens[start]!.kind === 'punct' || determiners.has(tokens[start]!.lower) || possessiveEnd.test(tokens[start]!.lower))) start++
  const first = tokens[start]
  if (!first || first.kind !== 'word' || start >= verb) return undefined
  // A capitalised first word is a name unless it opens the sentence as a common noun ("Burglaries", "Enrollment"):
  // not "Coral Bay Minerals shares", "Pellow & Grant fell", "Lu lifted".
  const capitalised = first.text !== first.lower
  const next = tokens[start + 1]
  const named = next !== undefined && (next.text === '&' || (next.kind === 'word' && next.text !== next.lower))
  if (capitalised && ((start !== sentenceStart && tokens[start - 1]?.text !== ',') || named || isPlace(first.lower) || isOrganization(first.lower) || nameTags.some((tag) => tagsOf(first.lower).has(tag)))) return undefined
  const phrase = nounPhrase(input, tokens, start, verb, false, true)
  // "Burglaries" → burglaries; "COVID cases" stays.
  const acronym = first.text.length > 1 && first.text === first.text.toUpperCase()
  return phrase && capitalised && !acronym ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase
}

/** Conjunctions that open a clause of their own: a contrast always, "and" right after a figure ("fell 3% and imports rose"). */
const clauseConjunctions: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'although', 'though', 'yet'])

function joinsClauses(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]!.lower
  if (clauseConjunctions.has(word)) return true
  const before = tokens[index - 1]
  return word === 'and' && before !== undefined && (before.kind === 'number' || before.text === '%')
}

/** `opening`: the phrase opens the sentence, so its first word may be capitalised and its words may end in -ing ("Heating bills"). */
/** Prepositions that carry a reduced clause's object: "waiting for treatment", "living in poverty", "sleeping on the streets". */
const clausePrepositions: ReadonlySet<string> = new Set(['for', 'in', 'on', 'with', 'under', 'without', 'within', 'at', 'from'])

/**
 * A measure noun's subject with the reduced clause that narrows it: "the
 * number of patients waiting for planned treatment", "the share of people
 * living in poverty" measure those patients and people, not all of them. The
 * clause is a present participle and a preposition with its noun phrase;
 * a place or a month after the preposition ("in Wessex", "in March") is
 * scope or period, not part of what is counted.
 */
function withReducedClause(input: string, tokens: readonly Token[], start: number, head: string, to: number): string {
  // Quotes and runs of spaces are normalised out of a phrase: one that is not found as it is takes no clause.
  const at = input.indexOf(head, tokens[start]!.start)
  if (at === -1) return head
  let index = start
  while (index < to && tokens[index]!.end <= at + head.length) index++
  const participle = tokens[index]
  const preposition = tokens[index + 1]
  if (!participle || participle.kind !== 'word' || !participle.lower.endsWith('ing') || levelVerbs.has(participle.lower) || participle.text !== participle.lower) return head
  if (!preposition || !clausePrepositions.has(preposition.lower)) return head
  let objectStart = index + 2
  if (determiners.has(tokens[objectStart]?.lower ?? '')) objectStart++
  const object = tokens[objectStart]
  if (!object || object.kind !== 'word' || object.text !== object.lower) return head
  const phrase = nounPhrase(input, tokens, objectStart, to, false)
  if (!phrase) return head
  const objectAt = input.indexOf(phrase, object.start)
  if (objectAt === -1) return head
  return input.slice(at, objectAt + phrase.length).replaceAll(/[“”"‘’]/g, '').replaceAll(/\s+/g, ' ').trim()
}

function nounPhrase(input: string, tokens: readonly Token[], from: number, to: number, allowAcronyms: boolean, opening = false): string | undefined {
  let first = -1
  let last = -1
  let words = 0
  for (let index = from; index < to && words < maxWords + 2; index++) {
    const token = tokens[index]!
    if (token.kind === 'punct') {
      if (quoteMarks.has(token.text) || (token.text === '-' && !token.spaced && first !== -1)) continue
      break
    }
    if (token.kind !== 'word') break
    const acronym = allowAcronyms && token.text.length >= 2 && token.text === token.text.toUpperCase()
    // "pre-tax profit", "third-graders": the word after a hyphen belongs to the compound.
    const compound = first !== -1 && tokens[index - 1]?.text === '-' && !token.spaced && token.kind === 'word'
    const numbered = tokens[index + 1]?.text === '-' && !tokens[index + 1]!.spaced
    // "Heating bills", "the housing market": a gerund opens a measure's name; ", bringing enrollment" is a verb.
    const gerund = opening && (index > from || token.text !== token.lower || determiners.has(tokens[index - 1]?.lower ?? ''))
    if (!acronym && !compound && !isNounish(token, opening && index === from, gerund, numbered)) break
    // "budget of $4.2 billion includes a 3% raise", "engine delivers 300 hp": a verb before its object ("rates", "shares" are nouns too).
    if (first !== -1 && takesObject(token, tokens[index + 1])) break
    if (first === -1) first = index
    last = index
    words++
  }
  if (first === -1) return undefined
  // Drop trailing adjectives and keep at most four words.
  while (last > first && tagsOf(tokens[last]!.lower).has('Adjective') && !tagsOf(tokens[last]!.lower).has('Plural')) last--
  let start = first
  let count = 0
  for (let index = last; index >= first; index--) if (tokens[index]!.kind === 'word') count++
  while (count > maxWords) {
    start++
    if (tokens[start - 1]!.kind === 'word') count--
  }
  while (tokens[start]?.kind === 'punct') start++
  if (tagsOf(tokens[last]!.lower).has('Adjective') && last === start && !tokens[last]!.lower.endsWith('s')) return undefined
  return input.slice(tokens[start]!.start, tokens[last]!.end).replaceAll(/[“”"‘’]/g, '').replaceAll(/\s+/g, ' ').trim()
}

const objectOpeners: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'about', 'up', 'more', 'nearly', 'almost', 'around'])

/** A present-tense verb, as the lexicon alone knows the word, with its object after it. */
function takesObject(token: Token, next: Token | undefined): boolean {
  if (!next || (next.kind !== 'number' && !objectOpeners.has(next.lower) && next.text !== '$' && next.text !== '£' && next.text !== '€')) return false
  const tags = tagsOf(token.lower)
  return tags.has('PresentTense') && !tags.has('Plural')
}

function isNounish(token: Token, capitalised = false, gerunds = false, compound = false): boolean {
  if (!capitalised && token.text !== token.lower && token.text.charAt(0) !== token.lower.charAt(0)) return false
  const word = token.lower
  if (stopWords.has(word) || word.endsWith('ly') || (word.endsWith('ing') && !gerunds)) return false
  if (measureNouns.has(word) || (gerunds && word.endsWith('ing'))) return true
  const tags = tagsOf(word)
  if (numberTags.some((tag) => tags.has(tag)) && !compound) return false
  if (tags.has('PastTense') && !tags.has('Plural')) return false
  if (tags.has('Plural') || tags.has('Singular') || tags.has('Noun') || tags.has('Uncountable') || tags.has('Actor')) return true
  for (const tag of stopTags) if (tags.has(tag)) return false
  if (tags.has('PastTense') || tags.has('Infinitive')) return false
  return true
}
