import type {Bound} from '../claim.js'

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
    [['a', 'total', 'of'], '=']
  ] as Array<readonly [string[], Bound]>
).sort((a, b) => b[0].length - a[0].length)

/** Hedges that describe the figure without bounding it: kept as `hedge`, bound stays `=`. */
export const exactHedges: ReadonlySet<string> = new Set(['all', 'exactly', 'precisely', 'just', 'only', 'a total of'])
