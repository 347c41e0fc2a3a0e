/**
 * Words that state a change, lower case. A change verb right before a figure
 * makes it the size of the change ("climbed 4.2%"); before "to" it makes the
 * figure after the level reached ("rose to 150").
 */
export const upVerbs: ReadonlySet<string> = new Set([
  'rose', 'rise', 'rises', 'risen', 'rising', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grow', 'grows', 'grown',
  'growing', 'climbed', 'climb', 'climbs', 'climbing', 'jumped', 'jump', 'jumps', 'soared', 'soar', 'soars', 'surged', 'surge',
  'surges', 'doubled', 'doubles', 'double', 'tripled', 'triples', 'triple', 'quadrupled', 'swelled', 'spiked', 'ballooned', 'up', 'higher', 'gained', 'gains', 'gain',
  'advanced', 'advances', 'added', 'adds', 'rallied', 'rebounded', 'rebounds', 'recovered', 'leapt', 'leaped', 'firmed', 'edged',
  'inched', 'ticked', 'raised', 'raise', 'raises', 'raising', 'hiked', 'hike', 'boosted', 'boost', 'expanded', 'expand', 'accelerated',
  'widened', 'strengthened', 'appreciated', 'topped', 'lifted', 'lift', 'lifting', 'adding', 'add', 'improved', 'improving', 'extended',
  'extending', 'warmed', 'stretched', 'stretches', 'lengthened', 'lengthens', 'lifts', 'boosts'
])
export const downVerbs: ReadonlySet<string> = new Set([
  'fell', 'fall', 'falls', 'fallen', 'falling', 'dropped', 'drops', 'drop', 'dropping', 'declined', 'decline', 'declines',
  'declining', 'decreased', 'decrease', 'decreases', 'plummeted', 'plunged', 'plunges', 'slid', 'slides', 'sank', 'sinks', 'shrank',
  'shrunk', 'shrinks', 'dipped', 'dips', 'tumbled', 'tumbles', 'halved', 'cut', 'slashed', 'down', 'lower', 'lost', 'loses', 'shed',
  'sheds', 'slipped', 'slips', 'eased', 'eases', 'retreated', 'slumped', 'slumps', 'sagged', 'weakened', 'contracted', 'narrowed',
  'tanked', 'crashed', 'skidded', 'dived', 'dove', 'lowered', 'lower', 'lowering', 'reduced', 'reduce', 'reducing', 'trimmed', 'trim',
  'depreciated', 'receded', 'cutting', 'shaving', 'shaved', 'slowed', 'cooled', 'shortened', 'shortens', 'cuts', 'slashes', 'trims', 'lowers', 'reduces'
])
export const neutralVerbs: ReadonlySet<string> = new Set(['went', 'changed', 'moved', 'shifted', 'stood', 'came', 'settled', 'closed', 'ended', 'finished', 'traded'])

/**
 * Change verbs that may take an object that is no change: "cut 700 jobs",
 * "added 12 stores". Right before a figure they state a change only when the
 * figure is money, a share or points ("lost 37 cents", "added 3%").
 */
export const objectVerbs: ReadonlySet<string> = new Set(['cut', 'cuts', 'slashes', 'trims', 'lowers', 'reduces', 'lifts', 'boosts', 'lost', 'loses', 'shed', 'sheds', 'added', 'adds', 'gained', 'gain', 'gains', 'raised', 'raise', 'raises', 'raising', 'hiked', 'hike', 'boosted', 'boost', 'lowered', 'lower', 'lowering', 'reduced', 'reduce',
  'reducing', 'trimmed', 'trim', 'slashed', 'expanded', 'expand', 'topped', 'lifted', 'lift', 'lifting', 'adding', 'add', 'cutting',
  'improved', 'improving', 'extended', 'extending', 'shaving', 'shaved', 'increase', 'decrease', 'drop', 'fall', 'rise', 'jump', 'surge', 'decline', 'climb', 'soar'])

/** Nouns that name a change: "a 5% increase", "a drop of 12 percent". */
export const changeNouns: ReadonlyMap<string, 'up' | 'down'> = new Map([
  ['increase', 'up'], ['increases', 'up'], ['rise', 'up'], ['rises', 'up'], ['gain', 'up'], ['gains', 'up'], ['jump', 'up'],
  ['climb', 'up'], ['growth', 'up'], ['surge', 'up'], ['hike', 'up'], ['boost', 'up'], ['uptick', 'up'], ['rebound', 'up'],
  ['advance', 'up'], ['raise', 'up'], ['spike', 'up'], ['drop', 'down'], ['drops', 'down'], ['decline', 'down'],
  ['declines', 'down'], ['fall', 'down'], ['falls', 'down'], ['decrease', 'down'], ['decreases', 'down'], ['cut', 'down'],
  ['cuts', 'down'], ['reduction', 'down'], ['loss', 'down'], ['losses', 'down'], ['slide', 'down'], ['dip', 'down'],
  ['plunge', 'down'], ['slump', 'down'], ['downturn', 'down'], ['contraction', 'down'], ['slowdown', 'down'],
  ['warming', 'up'], ['cooling', 'down']
])

/** Comparatives after a figure that make it the size of a change: "45 more minutes", "14% more than", "300 fewer". */
export const comparatives: ReadonlyMap<string, 'up' | 'down'> = new Map([
  ['more', 'up'], ['additional', 'up'], ['extra', 'up'], ['heavier', 'up'], ['longer', 'up'], ['faster', 'up'], ['taller', 'up'],
  ['fewer', 'down'], ['less', 'down'], ['lighter', 'down'], ['shorter', 'down'], ['slower', 'down'], ['below', 'down'], ['above', 'up'],
  ['higher', 'up'], ['lower', 'down'], ['cheaper', 'down'], ['dearer', 'up']
])

/** Verbs that move a level without naming a direction before "to": "go up", "come down" read with their particle. */
export const motionVerbs: ReadonlySet<string> = new Set(['go', 'goes', 'going', 'gone', 'went', 'come', 'comes', 'coming', 'came', 'move', 'moved', 'moves', 'shot', 'crept', 'creep', 'ticked', 'edged', 'inched', 'was', 'were', 'is', 'are', 'be', 'been'])

/** The motion verbs that are forms of "be": "is up 3%" moves a level, "is up to 18 inches" bounds one. */
export const copulas: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been'])
