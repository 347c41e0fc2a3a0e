import type {Bound} from '../claim.js'

/** "greater than or equal to", "bigger or equal than", "equal to or more than", "at least or equal to": the inclusive comparisons. */
function orEqual(words: readonly string[], bound: Bound): Array<readonly [string[], Bound]> {
  return words.flatMap((word) => [
    [[word, 'than', 'or', 'equal', 'to'], bound],
    [[word, 'or', 'equal', 'to'], bound],
    [[word, 'or', 'equal', 'than'], bound],
    [['equal', 'to', 'or', word, 'than'], bound],
    [['equal', 'or', word, 'than'], bound],
    [['at', bound === '>=' ? 'least' : 'most', 'or', 'equal', 'to'], bound]
  ] as Array<readonly [string[], Bound]>)
}

/**
 * Words before a figure that make it a bound or an estimate, lower case.
 * Longest phrases are tried first.
 */
export const hedges: ReadonlyArray<readonly [string[], Bound]> = (
  [
    [['more', 'than'], '>'],
    [['greater', 'than'], '>'],
    [['larger', 'than'], '>'],
    [['higher', 'than'], '>'],
    [['over'], '>'],
    [['above'], '>'],
    [['upwards', 'of'], '>'],
    [['in', 'excess', 'of'], '>'],
    [['just', 'over'], '>'],
    [['well', 'over'], '>'],
    [['at', 'least'], '>='],
    [['no', 'fewer', 'than'], '>='],
    [['no', 'less', 'than'], '>='],
    [['a', 'minimum', 'of'], '>='],
    [['at', 'most'], '<='],
    [['up', 'to'], '<='],
    [['as', 'many', 'as'], '<='],
    [['as', 'much', 'as'], '<='],
    [['no', 'more', 'than'], '<='],
    [['a', 'maximum', 'of'], '<='],
    [['fewer', 'than'], '<'],
    [['less', 'than'], '<'],
    [['under'], '<'],
    [['below'], '<'],
    [['just', 'under'], '<'],
    [['nearly'], '<'],
    [['almost'], '<'],
    [['close', 'to'], '<'],
    [['not', 'quite'], '<'],
    [['about'], '~'],
    [['around'], '~'],
    [['approximately'], '~'],
    [['approx'], '~'],
    [['roughly'], '~'],
    [['some'], '~'],
    [['an', 'estimated'], '~'],
    [['estimated'], '~'],
    [['circa'], '~'],
    [['ca'], '~'],
    [['nearly', 'all'], '<'],
    [['all'], '='],
    [['exactly'], '='],
    [['precisely'], '='],
    [['just'], '='],
    [['only'], '='],
    [['a', 'total', 'of'], '='],
    [['bigger', 'than'], '>'],
    [['beyond'], '>'],
    [['exceed'], '>'],
    [['exceeds'], '>'],
    [['exceeded'], '>'],
    [['exceeding'], '>'],
    [['surpass'], '>'],
    [['surpasses'], '>'],
    [['surpassed'], '>'],
    [['surpassing'], '>'],
    [['not', 'less', 'than'], '>='],
    [['no', 'smaller', 'than'], '>='],
    [['not', 'more', 'than'], '<='],
    [['no', 'greater', 'than'], '<='],
    [['no', 'larger', 'than'], '<='],
    [['smaller', 'than'], '<'],
    [['lower', 'than'], '<'],
    [['equal', 'to'], '='],
    [['equals', 'to'], '='],
    [['equals'], '='],
    [['equaling', 'to'], '='],
    [['equalling', 'to'], '='],
    ...orEqual(['greater', 'more', 'larger', 'higher', 'bigger'], '>='),
    ...orEqual(['less', 'fewer', 'smaller', 'lower'], '<=')
  ] as Array<readonly [string[], Bound]>
).sort((a, b) => b[0].length - a[0].length)

/** Hedges that describe the figure without bounding it: kept as `hedge`, bound stays `=`. */
export const exactHedges: ReadonlySet<string> = new Set(['all', 'exactly', 'precisely', 'just', 'only', 'a total of', 'equal to', 'equals', 'equals to', 'equaling to', 'equalling to'])

/** Words after a figure that bound it: "200 or more", "five hundred and above", "30 or less". */
const suffixes = (words: readonly string[], bound: Bound): Array<readonly [string[], Bound]> =>
  words.flatMap((word): Array<readonly [string[], Bound]> => [[['or', word], bound], [['and', word], bound]])

export const suffixHedges: ReadonlyArray<readonly [string[], Bound]> = [
  ...suffixes(['more', 'greater', 'above', 'higher', 'over', 'up', 'plus', 'upward', 'upwards'], '>='),
  ...suffixes(['less', 'fewer', 'below', 'lower', 'under', 'smaller', 'down'], '<=')
]

/** Comparison signs before a figure: ">10", ">= 30", "< = 100", "≤ 5". */
export const signHedges: ReadonlyArray<readonly [string[], Bound]> = (
  [
    [['>', '='], '>='], [['<', '='], '<='], [['≥'], '>='], [['≤'], '<='], [['>'], '>'], [['<'], '<'], [['~'], '~'], [['≈'], '~']
  ] as Array<readonly [string[], Bound]>
)
