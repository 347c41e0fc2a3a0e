import type {Mention} from '../mention.js'
import type {Token} from '../tokenize.js'

/** Nouns a weather report puts before a bare temperature: "lows near 74", "a high of 31". */
const temperatureNouns = new Set(['high', 'highs', 'low', 'lows', 'temperature', 'temperatures', 'temps'])
/** Words that may stand between such a noun and its figure. */
const between = new Set(['of', 'near', 'around', 'about', 'at', 'to', 'in', 'the', 'upper', 'lower', 'mid', 'only', 'just', 'roughly', 'some'])
/** How far back the noun may stand (tokens). */
const reach = 4

/**
 * "highs around 95 degrees on Thursday, with overnight lows near 74": a
 * bare figure after a weather noun takes the temperature unit written with
 * another figure of its sentence. Without such a figure ("shares hit lows
 * near 74") nothing changes.
 */
export function shareTemperatureUnit(tokens: readonly Token[], figures: readonly Mention[]): void {
  const stated = figures.find((figure) => figure.dimension === 'temperature' && figure.unitSpan !== undefined && !figure.absorbed)
  if (!stated) return
  for (const figure of figures) {
    if (figure.absorbed || figure.role !== 'cardinal' || figure.unit !== 'count' || figure.unitSpan !== undefined || figure.per !== undefined || figure.form !== 'numeral') continue
    if (cuedByWeatherNoun(tokens, figure)) {
      figure.unit = stated.unit
      figure.dimension = stated.dimension
    }
  }
}

function cuedByWeatherNoun(tokens: readonly Token[], figure: Mention): boolean {
  for (let position = figure.from - 1; position >= Math.max(0, figure.from - reach); position--) {
    const word = tokens[position]!.lower
    if (temperatureNouns.has(word)) return true
    if (!between.has(word) && tokens[position]!.text !== '-') return false
  }
  return false
}
