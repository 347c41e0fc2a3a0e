/**
 * A generated corpus for copy detection: distinct stories (sentences drawn at
 * random from the fixtures' vocabulary, each with a figure) in which a fifth
 * of the documents are planted copies of an earlier one, each edited one way
 * (numbers mangled, words dropped, the ending cut, boilerplate added, a
 * number changed) or, with `reprints`, reprinted one way as wire stories are:
 * an excerpt (the first third), an abridged copy (every other paragraph
 * cut), an extended one (two local paragraphs added) or a splice (the first
 * half of one story, then the second half of another: of the last two
 * stories written, never of reprints; a pair planted with each). With
 * `furniture`, stories come from forty outlets as wire and local copy do:
 * three in ten are briefs of one paragraph, and six in ten end with their
 * outlet's footer (a byline, a newsletter prompt and a copyright line, about
 * seventy words: as long as a brief), which a copy keeps. Briefs of one outlet
 * share nothing but the footer, and are no copies. The same seed gives the same corpus.
 */
import {copyEditNames, copyEdits, pick, random, vocabulary} from './_corpus.js'

function paragraph(): string {
  const sentences: string[] = []
  for (let sentence = 0; sentence < 3; sentence++) {
    const words = Array.from({length: 8 + Math.floor(random() * 14)}, () => pick(vocabulary))
    words.splice(Math.floor(random() * words.length), 0, String(Math.floor(random() * 20_000)).replace(/(\d)(\d{3})$/, '$1,$2'))
    sentences.push(`${words.join(' ')}.`)
  }
  return sentences.join(' ')
}

function story(paragraphs = 6): string {
  return Array.from({length: paragraphs}, paragraph).join('\n\n')
}

/** One line of an outlet's footer, of 18 to 30 words. */
function footerLine(): string {
  return `${Array.from({length: 18 + Math.floor(random() * 13)}, () => pick(vocabulary)).join(' ')}.`
}

/** What corpora are made with. */
export interface CorpusOptions {
  /** Reprints (excerpts, abridged, extended and spliced copies) beside the edited copies. */
  reprints?: boolean
  /** Briefs, and outlets' footers on most stories. */
  furniture?: boolean
  /** Filled with how each planted pair was made (`original:copy` to a name of `copyEditNames` or `reprintNames`), for recall by kind. */
  kinds?: Map<string, string>
}

/** What each reprint is, in the order drawn: the names planted pairs are scored by. */
export const reprintNames = ['excerpt', 'abridged', 'extended', 'splice']

const paragraphsOf = (text: string) => text.split('\n\n')
/** Reprints of one story, as outlets make them. */
const reprints: Array<(text: string) => string> = [
  (text) => paragraphsOf(text).slice(0, Math.ceil(paragraphsOf(text).length / 3)).join('\n\n'),
  (text) => paragraphsOf(text).filter((_, index) => index % 2 === 0).join('\n\n'),
  (text) => [...paragraphsOf(text), paragraph(), paragraph()].join('\n\n')
]
/** The first half of one story, then the second half of another. */
function splice(first: string, second: string): string {
  const a = paragraphsOf(first)
  const b = paragraphsOf(second)
  return [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.ceil(b.length / 2))].join('\n\n')
}

/** `size` documents and the planted pairs, as `original:copy` indexes (with `reprints`, excerpts, abridgements, extensions and splices too). */
export function syndicatedCorpus(size: number, options: CorpusOptions = {}): {documents: Array<{id: string; text: string}>; planted: Set<string>} {
  const planted = new Set<string>()
  const documents = [...streamedCorpus(size, planted, size, options)]
  return {documents, planted}
}

/**
 * `syndicatedCorpus` as a stream, for corpora too large to hold: copies are
 * made of the last `window` documents only, so only those are kept. The
 * planted pairs are filled in as documents are read.
 */
export function* streamedCorpus(size: number, planted: Set<string>, window = 10_000, options: CorpusOptions = {}): Generator<{id: string; text: string}> {
  const recent: string[] = []
  const footers = options.furniture ? Array.from({length: 40}, () => [footerLine(), footerLine(), footerLine()].join('\n\n')) : []
  /** The last two original stories (briefs left out), which a splice joins, without their footers. */
  const stories: string[] = []
  const storyIndexes: number[] = []
  const footer = () => (random() < 0.6 ? `\n\n${pick(footers)}` : '')
  const earlier = (index: number) => index - 1 - Math.floor(random() * Math.min(index, window))
  for (let index = 0; index < size; index++) {
    let text: string
    if (index > 1 && random() < 0.2) {
      const original = earlier(index)
      const drawn = Math.floor(random() * (copyEdits.length + (options.reprints ? reprints.length + 1 : 0)))
      // A splice needs two stories written before it.
      const kind = drawn === copyEdits.length + reprints.length && storyIndexes.length < 2 ? 0 : drawn
      if (kind < copyEdits.length) text = copyEdits[kind]!(recent[original % window]!)
      else if (kind < copyEdits.length + reprints.length) text = reprints[kind - copyEdits.length]!(recent[original % window]!)
      else {
        // Two wire stories, not reprints of them: the last two stories written before this one.
        const [first, second] = [storyIndexes.at(-1)!, storyIndexes.at(-2)!]
        text = splice(stories.at(-1)!, stories.at(-2)!) + (options.furniture ? footer() : '')
        for (const pair of [`${second}:${index}`, `${first}:${index}`]) {
          planted.add(pair)
          options.kinds?.set(pair, 'splice')
        }
        recent[index % window] = text
        yield {id: `d${index}`, text}
        continue
      }
      planted.add(`${original}:${index}`)
      options.kinds?.set(`${original}:${index}`, kind < copyEdits.length ? copyEditNames[kind]! : reprintNames[kind - copyEdits.length]!)
    } else {
      const brief = options.furniture && random() < 0.3
      const body = story(brief ? 1 : 6)
      text = options.furniture ? body + footer() : body
      if (!brief) {
        stories.push(body)
        storyIndexes.push(index)
        if (stories.length > 2) {
          stories.shift()
          storyIndexes.shift()
        }
      }
    }
    recent[index % window] = text
    yield {id: `d${index}`, text}
  }
}

/**
 * Recall and precision of clusters on the planted pairs: a planted pair is
 * found when both documents share a cluster; a reported pair is right when it
 * joins documents of one planted family (a splice joins the families of its
 * two sources). With `kinds`, the pairs missed of each kind too.
 */
export function scorePlanted(clusters: ReadonlyArray<{ids: readonly string[]; pairs: ReadonlyArray<{a: string; b: string}>}>, planted: ReadonlySet<string>, kinds?: ReadonlyMap<string, string>) {
  const indexOf = (id: string) => Number(id.slice(1))
  const clusterOf = new Map<number, number>()
  for (const [position, cluster] of clusters.entries()) for (const id of cluster.ids) clusterOf.set(indexOf(id), position)
  const parent = new Map<number, number>()
  const top = (document: number): number => {
    let root = document
    while (parent.has(root)) root = parent.get(root)!
    return root
  }
  let found = 0
  const missed = new Map<string, {missed: number; planted: number}>()
  for (const pair of planted) {
    const [a, b] = pair.split(':').map(Number) as [number, number]
    const hit = clusterOf.get(a) !== undefined && clusterOf.get(a) === clusterOf.get(b)
    if (hit) found++
    const kind = kinds?.get(pair)
    if (kind !== undefined) {
      const tally = missed.get(kind) ?? {missed: 0, planted: 0}
      missed.set(kind, {missed: tally.missed + (hit ? 0 : 1), planted: tally.planted + 1})
    }
    const [rootA, rootB] = [top(a), top(b)]
    if (rootA !== rootB) parent.set(Math.max(rootA, rootB), Math.min(rootA, rootB))
  }
  const pairs = clusters.flatMap((cluster) => cluster.pairs)
  const right = pairs.filter((pair) => top(indexOf(pair.a)) === top(indexOf(pair.b))).length
  const byKind = [...missed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return {found, planted: planted.size, right, reported: pairs.length, recall: found / planted.size, precision: pairs.length === 0 ? 1 : right / pairs.length, missed: byKind}
}

/** `scorePlanted`'s misses as one line: each kind's missed of planted. */
export function missedByKind(missed: ReadonlyArray<[string, {missed: number; planted: number}]>): string {
  return missed.map(([kind, tally]) => `${kind} ${tally.missed}/${tally.planted}`).join(', ')
}
