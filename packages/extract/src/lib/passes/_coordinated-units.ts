import type {Mention} from '../mention.js'
import type {Token} from '../tokenize.js'

const coordinators = new Set(['and', 'or'])

/**
 * "45 and 50 mg", "2 or 3 inches", "10, 20 and 40 mg": bare figures
 * coordinated with a figure whose unit is written after it share that unit,
 * each keeping its own span. A comma links only into an "and"/"or" list;
 * a unit written before the last figure ("3 and $5") is that figure's alone.
 */
export function shareCoordinatedUnits(tokens: readonly Token[], figures: readonly Mention[]): void {
  const sharing = new Set<Mention>()
  for (let index = figures.length - 2; index >= 0; index--) {
    const low = figures[index]!
    const high = figures[index + 1]!
    if (low.absorbed || high.absorbed || low.role !== 'cardinal' || high.role !== 'cardinal' || high.low !== undefined) continue
    if (low.unit !== 'count' || low.unitSpan !== undefined || low.per !== undefined || low.fraction || low.form !== 'numeral') continue
    const written = (high.unitSpan !== undefined && high.unit !== 'count') || sharing.has(high)
    if (!written) continue
    const joiner = tokens[low.to]
    const oxford = joiner?.text === ',' && coordinators.has(tokens[low.to + 1]?.lower ?? '') && high.from === low.to + 2
    const coordinated = joiner !== undefined && coordinators.has(joiner.lower) && high.from === low.to + 1
    const listed = joiner?.text === ',' && high.from === low.to + 1 && sharing.has(high)
    if (!coordinated && !oxford && !listed) continue
    low.unit = high.unit
    low.dimension = high.dimension
    low.per = high.per
    sharing.add(low)
  }
}
