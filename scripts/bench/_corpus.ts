/**
 * What the generated corpora of the benchmarks share: the seed texts and
 * their vocabulary, one seeded random sequence (so a corpus is the same on
 * every run), and the edits that turn an article into a planted copy.
 */
import {readdirSync, readFileSync} from 'node:fs'

const directory = new URL('../../fixtures/articles/', import.meta.url)

export const seedTexts = readdirSync(directory)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => readFileSync(new URL(file, directory), 'utf8'))

export const vocabulary = [...new Set(seedTexts.join(' ').split(/\s+/).filter((word) => /^[a-z]+$/i.test(word)))]

let state = 20_261_123

/** The next number of a fixed linear congruential sequence, 0..1. */
export const random = (): number => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32

export const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!

/** What each of `copyEdits` does, in its order: the names planted pairs are scored by. */
export const copyEditNames = ['numbers mangled', 'words dropped', 'ending cut', 'boilerplate added', 'number changed']

/** One way each to make a copy: numbers mangled, words dropped, the ending cut, boilerplate added, a number changed. */
export const copyEdits: Array<(text: string) => string> = [
  (text) => text.replaceAll(/(\d),(\d{3})/g, '$1, $2'),
  (text) => text.split(' ').filter(() => random() > 0.03).join(' '),
  (text) => text.slice(0, Math.floor(text.length * 0.6)),
  (text) => `Breaking news\nFile Photo: Staff\n\n${text}\n\nPlease let us know if you're having issues with commenting.`,
  (text) => text.replace(/\d+/, (figure) => String(Number(figure) + 7))
]
