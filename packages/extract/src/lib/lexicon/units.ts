import type {Dimension} from '../claim.js'

export interface UnitInfo {
  unit: string
  dimension: Dimension
  /** Multiply the stated value by this to get `unit`s (`cents` → 0.01 `USD`). */
  factor?: number
}

function unitTable(dimension: Dimension, rows: Record<string, string[]>): Array<[string, UnitInfo]> {
  return Object.entries(rows).flatMap(([unit, words]) => words.map((word): [string, UnitInfo] => [word, {unit, dimension}]))
}

/** Single-word units after a number, lower case. Multi-word ones are in `unitPhrases`. */
export const units: ReadonlyMap<string, UnitInfo> = new Map([
  ['%', {unit: 'percent', dimension: 'share'}],
  ['percent', {unit: 'percent', dimension: 'share'}],
  ['percentage', {unit: 'percent', dimension: 'share'}],
  ['pct', {unit: 'percent', dimension: 'share'}],
  ['‰', {unit: 'per-mille', dimension: 'share'}],
  ...unitTable('time', {
    second: ['second', 'seconds', 'sec', 'secs'],
    minute: ['minute', 'minutes', 'min', 'mins'],
    hour: ['hour', 'hours', 'hr', 'hrs'],
    day: ['day', 'days'],
    week: ['week', 'weeks'],
    month: ['month', 'months'],
    year: ['year', 'years', 'yr', 'yrs'],
    decade: ['decade', 'decades'],
    century: ['century', 'centuries']
  }),
  ...unitTable('currency', {
    USD: ['dollar', 'dollars', 'usd', 'bucks'],
    EUR: ['euro', 'euros', 'eur'],
    GBP: ['gbp', 'sterling', 'quid'],
    JPY: ['yen', 'jpy'],
    CNY: ['yuan', 'renminbi', 'cny', 'rmb'],
    INR: ['rupee', 'rupees', 'inr'],
    CHF: ['franc', 'francs', 'chf'],
    CAD: ['cad'],
    AUD: ['aud'],
    MXN: ['peso', 'pesos', 'mxn'],
    RUB: ['ruble', 'rubles', 'rouble', 'roubles', 'rub'],
    KRW: ['won', 'krw'],
    BRL: ['real', 'reais', 'brl']
  }),
  ['cent', {unit: 'USD', dimension: 'currency', factor: 0.01}],
  ['cents', {unit: 'USD', dimension: 'currency', factor: 0.01}],
  ['pence', {unit: 'GBP', dimension: 'currency', factor: 0.01}],
  ['penny', {unit: 'GBP', dimension: 'currency', factor: 0.01}],
  ['pennies', {unit: 'GBP', dimension: 'currency', factor: 0.01}],
  ['p', {unit: 'GBP', dimension: 'currency', factor: 0.01}],
  ...unitTable('length', {
    millimetre: ['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres'],
    centimetre: ['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres'],
    metre: ['meter', 'meters', 'metre', 'metres'],
    kilometre: ['km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres'],
    inch: ['inch', 'inches'],
    foot: ['foot', 'feet', 'ft'],
    yard: ['yard', 'yards', 'yd', 'yds'],
    mile: ['mile', 'miles', 'mi']
  }),
  ...unitTable('mass', {
    milligram: ['mg', 'milligram', 'milligrams'],
    gram: ['g', 'gram', 'grams', 'gramme', 'grammes'],
    kilogram: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms'],
    tonne: ['tonne', 'tonnes', 'ton', 'tons'],
    ounce: ['oz', 'ounce', 'ounces'],
    pound: ['lb', 'lbs', 'pound', 'pounds']
  }),
  ...unitTable('volume', {
    millilitre: ['ml', 'milliliter', 'milliliters', 'millilitre', 'millilitres'],
    litre: ['l', 'liter', 'liters', 'litre', 'litres'],
    gallon: ['gallon', 'gallons', 'gal'],
    barrel: ['barrel', 'barrels', 'bbl'],
    'cubic-metre': ['m3', 'm³']
  }),
  ...unitTable('area', {acre: ['acre', 'acres'], hectare: ['hectare', 'hectares', 'ha']}),
  ...unitTable('speed', {mph: ['mph'], 'km/h': ['kmh', 'kph'], knot: ['knot', 'knots']}),
  ...unitTable('data', {
    byte: ['byte', 'bytes'],
    kilobyte: ['kb', 'kilobyte', 'kilobytes'],
    megabyte: ['mb', 'megabyte', 'megabytes'],
    gigabyte: ['gb', 'gigabyte', 'gigabytes'],
    terabyte: ['tb', 'terabyte', 'terabytes']
  })
])

/** Multi-word units, as lower-case word sequences. Longest first wins. */
export const unitPhrases: ReadonlyArray<readonly [string[], UnitInfo]> = [
  [['percentage', 'points'], {unit: 'percentage-point', dimension: 'share'}],
  [['percentage', 'point'], {unit: 'percentage-point', dimension: 'share'}],
  [['per', 'cent'], {unit: 'percent', dimension: 'share'}],
  [['pounds', 'sterling'], {unit: 'GBP', dimension: 'currency'}],
  [['us', 'dollars'], {unit: 'USD', dimension: 'currency'}],
  [['u', '.', 's', '.', 'dollars'], {unit: 'USD', dimension: 'currency'}],
  [['american', 'dollars'], {unit: 'USD', dimension: 'currency'}],
  [['canadian', 'dollars'], {unit: 'CAD', dimension: 'currency'}],
  [['australian', 'dollars'], {unit: 'AUD', dimension: 'currency'}],
  [['hong', 'kong', 'dollars'], {unit: 'HKD', dimension: 'currency'}],
  [['new', 'zealand', 'dollars'], {unit: 'NZD', dimension: 'currency'}],
  [['swiss', 'francs'], {unit: 'CHF', dimension: 'currency'}],
  [['mexican', 'pesos'], {unit: 'MXN', dimension: 'currency'}],
  [['british', 'pounds'], {unit: 'GBP', dimension: 'currency'}],
  [['square', 'miles'], {unit: 'square-mile', dimension: 'area'}],
  [['square', 'mile'], {unit: 'square-mile', dimension: 'area'}],
  [['square', 'kilometres'], {unit: 'square-kilometre', dimension: 'area'}],
  [['square', 'kilometers'], {unit: 'square-kilometre', dimension: 'area'}],
  [['square', 'feet'], {unit: 'square-foot', dimension: 'area'}],
  [['square', 'metres'], {unit: 'square-metre', dimension: 'area'}],
  [['square', 'meters'], {unit: 'square-metre', dimension: 'area'}],
  [['sq', 'ft'], {unit: 'square-foot', dimension: 'area'}],
  [['cubic', 'metres'], {unit: 'cubic-metre', dimension: 'volume'}],
  [['cubic', 'meters'], {unit: 'cubic-metre', dimension: 'volume'}],
  [['cubic', 'feet'], {unit: 'cubic-foot', dimension: 'volume'}],
  [['km', '/', 'h'], {unit: 'km/h', dimension: 'speed'}],
  [['miles', 'per', 'hour'], {unit: 'mph', dimension: 'speed'}],
  [['kilometres', 'per', 'hour'], {unit: 'km/h', dimension: 'speed'}],
  [['kilometers', 'per', 'hour'], {unit: 'km/h', dimension: 'speed'}],
  [['degrees', 'fahrenheit'], {unit: 'fahrenheit', dimension: 'temperature'}],
  [['degrees', 'celsius'], {unit: 'celsius', dimension: 'temperature'}],
  [['°', 'f'], {unit: 'fahrenheit', dimension: 'temperature'}],
  [['°', 'c'], {unit: 'celsius', dimension: 'temperature'}],
  [['fl', 'oz'], {unit: 'fluid-ounce', dimension: 'volume'}]
]

/** Currency signs and codes written before the amount. */
export const currencyPrefixes: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['usd', 'USD'], ['€', 'EUR'], ['eur', 'EUR'], ['£', 'GBP'], ['gbp', 'GBP'], ['¥', 'JPY'],
  ['jpy', 'JPY'], ['₹', 'INR'], ['inr', 'INR'], ['c$', 'CAD'], ['ca$', 'CAD'], ['cad', 'CAD'], ['a$', 'AUD'],
  ['au$', 'AUD'], ['aud', 'AUD'], ['hk$', 'HKD'], ['nz$', 'NZD'], ['chf', 'CHF'], ['₩', 'KRW'], ['₽', 'RUB'], ['r$', 'BRL']
])

/**
 * Units that are also ordinary English words: they only count right after a
 * numeral with nothing between ("5 in thick" is rare, "18 in 2014" is common).
 */
export const ambiguousUnits: ReadonlySet<string> = new Set(['in', 'l', 'g', 'p', 'won', 'real', 'ha', 'min', 'sec', 'gal', 'mi', 'yd', 'm', 'b'])

/** Every unit id a claim can carry: what fact records may use too. */
export const unitIds: ReadonlySet<string> = new Set([
  'count',
  ...[...units.values()].map((info) => info.unit),
  ...unitPhrases.map(([, info]) => info.unit),
  ...currencyPrefixes.values()
])
