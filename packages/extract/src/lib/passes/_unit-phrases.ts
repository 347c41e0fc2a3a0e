import {type UnitInfo, unitPhrases} from '../lexicon/units.js'
import type {Token} from '../tokenize.js'

const phrasesByFirst = new Map<string, Array<readonly [string[], UnitInfo]>>()
for (const entry of [...unitPhrases].sort((a, b) => b[0].length - a[0].length)) {
  const list = phrasesByFirst.get(entry[0][0]!) ?? []
  list.push(entry)
  phrasesByFirst.set(entry[0][0]!, list)
}

/** A unit of several words at `index`: "square feet", "miles per hour", "68-square-metre". Longest first wins. */
export function matchUnitPhrase(tokens: readonly Token[], index: number, to: number): {info: UnitInfo; to: number} | undefined {
  const first = tokens[index]
  if (!first) return undefined
  for (const [words, info] of phrasesByFirst.get(first.lower) ?? []) {
    // "68-square-metre", "3,200-sq-ft": hyphens may join the words of a unit.
    let position = index + 1
    let matches = true
    for (let offset = 1; offset < words.length && matches; offset++) {
      const joiner = tokens[position]
      if (joiner?.text === '-' && words[offset] !== '-' && !joiner.spaced && position + 1 < to && !tokens[position + 1]!.spaced) position++
      matches = position < to && tokens[position]!.lower === words[offset]
      position++
    }
    if (matches) return {info, to: position}
  }
  return undefined
}
