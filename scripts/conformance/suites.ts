import {readFileSync} from 'node:fs'
import type {Quantity} from '@claimtrace/extract'
import {anyCurrency, type Expected, type Outcome, score} from './score.js'

const root = new URL('../../../shared/conformance/', import.meta.url)
const load = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T

interface RecognizerCase {
  Input: string
  NotSupported?: string
  NotSupportedByDesign?: string
  Results: Array<{Text: string; Start: number; End: number; TypeName: string; Resolution?: {value?: string; unit?: string; subtype?: string}}>
}

export interface Suite {
  name: string
  file: string
  outcomes: Outcome[]
  /** Cases the suite marks as not supported by the Recognizers-Text JavaScript implementation. */
  javascriptUnsupported: number
}

const currencyUnits: Record<string, string> = {
  dollar: 'USD', 'united states dollar': 'USD', 'us dollar': 'USD', euro: 'EUR', pound: 'GBP', 'british pound': 'GBP',
  'pound sterling': 'GBP', yen: 'JPY', 'japanese yen': 'JPY', yuan: 'CNY', 'chinese yuan': 'CNY', 'canadian dollar': 'CAD',
  'australian dollar': 'AUD', 'hong kong dollar': 'HKD', 'new zealand dollar': 'NZD', 'swiss franc': 'CHF', 'mexican peso': 'MXN',
  'indian rupee': 'INR', rupee: 'INR', 'finnish markka': 'FIM', peseta: 'ESP', 'netherlands guilder': 'NLG', 'costa rican colón': 'CRC',
  'georgian lari': 'GEL', 'lao kip': 'LAK', 'sri lankan rupee': 'LKR', 'turkish lira': 'TRY', bitcoin: 'BTC', satoshi: 'satoshi', cent: 'USD', penny: 'GBP', pence: 'GBP', 'south korean won': 'KRW', 'russian ruble': 'RUB', 'brazilian real': 'BRL'
}

/** Recognizers-Text and quantulum3 unit names → ours. */
export function unitOf(name: string | undefined, prefer: 'currency' | 'dimension' = 'currency'): string | undefined {
  if (!name) return 'count'
  const lower = name.toLowerCase().trim()
  if (lower === 'dimensionless') return 'count'
  if (prefer === 'currency' && currencyUnits[lower]) return currencyUnits[lower]
  const spelled = lower.replaceAll(' ', '-').replaceAll('meter', 'metre').replaceAll('liter', 'litre')
  const known: Record<string, string> = {
    mile: 'mile', inch: 'inch', foot: 'foot', yard: 'yard', metre: 'metre', kilometre: 'kilometre', centimetre: 'centimetre',
    millimetre: 'millimetre', pound: 'pound', ounce: 'ounce', gram: 'gram', kilogram: 'kilogram', milligram: 'milligram', ton: 'tonne',
    tonne: 'tonne', litre: 'litre', millilitre: 'millilitre', gallon: 'gallon', acre: 'acre', hectare: 'hectare', 'square-mile': 'square-mile',
    'square-kilometre': 'square-kilometre', 'square-foot': 'square-foot', 'square-metre': 'square-metre', 'mile-per-hour': 'mph',
    'kilometre-per-hour': 'km/h', 'knot': 'knot', barrel: 'barrel', byte: 'byte', kilobyte: 'kilobyte', megabyte: 'megabyte',
    gigabyte: 'gigabyte', terabyte: 'terabyte', second: 'second', minute: 'minute', hour: 'hour', day: 'day', week: 'week',
    month: 'month', year: 'year', 'degree-fahrenheit': 'fahrenheit', 'degree-celsius': 'celsius', percentage: 'percent', percent: 'percent',
    'cubic-metre': 'cubic-metre', 'cubic-foot': 'cubic-foot', 'fluid-ounce': 'fluid-ounce', 'metric-ton': 'tonne', microgram: 'microgram',
    decimetre: 'decimetre', picometre: 'picometre', bit: 'bit', megabit: 'megabit', tablespoon: 'tablespoon', teaspoon: 'teaspoon', cup: 'cup',
    degree: 'degree', 'pound-sterling': 'GBP', nanometre: 'nanometre', 'cubic-kilometre': 'cubic-kilometre', electronvolt: 'electronvolt',
    teraelectronvolt: 'teraelectronvolt', exabyte: 'exabyte', kibibyte: 'kibibyte', 'watt-hour': 'watt-hour', 'megawatt-hour': 'megawatt-hour',
    penny: 'pence', cent: 'cent', dime: 'dime', gigahertz: 'gigahertz', milligray: 'milligray', kelvin: 'kelvin', centilitre: 'centilitre',
    'pound-mass': 'pound', 'cubic-centimetre': 'cubic-centimetre', dollar: 'USD', euro: 'EUR', 'dollar-per-hour': 'USD/hour',
    'dollar-per-kilogram': 'USD/kilogram', 'count-per-week': 'count/week', 'ton-per-day': 'tonne/day', 'watt-per-minute': 'watt/minute',
    'inverse-second': 'hertz'
  }
  return known[spelled]
}

/** Figures that name (identifiers), place (dates, times) or rank (ordinals) are not what the suites count. */
const counted = (quantity: Quantity) => quantity.role === 'cardinal' || quantity.role === 'unit'

function recognizers(name: string, file: string, select: (quantity: Quantity) => boolean, convert: (result: RecognizerCase['Results'][number]) => Expected, adapt: (quantity: Quantity, input: string) => Quantity = asNumber): Suite {
  const cases = load<RecognizerCase[]>(`recognizers-text/${file}`)
  return {
    name,
    file: `recognizers-text/${file}`,
    outcomes: cases.map((item) => score(item.Input, item.Results.map(convert), (quantity) => counted(quantity) && select(quantity), (quantity) => adapt(quantity, item.Input))),
    javascriptUnsupported: cases.filter((item) => /javascript/i.test(item.NotSupported ?? '')).length
  }
}

const span = (result: RecognizerCase['Results'][number]) => ({start: result.Start, end: result.End + 1})

/** We state spelled fractions ("two thirds") as shares in percent; the suites state them as plain numbers. */
function asNumber(quantity: Quantity): Quantity {
  return quantity.fraction ? {...quantity, value: quantity.value === null ? null : quantity.value / 100, unit: 'count', dimension: 'count'} : quantity
}
const plain = (quantity: Quantity) => quantity.unit === 'count'

/** A quantity with the words that bound it, as the NumberRange model spans it. */
function withHedge(quantity: Quantity): Quantity {
  const number = asNumber(quantity)
  if (!quantity.hedge) return number
  return {...number, start: Math.min(quantity.start, quantity.hedge.start), end: Math.max(quantity.end, quantity.hedge.end)}
}

/** A quantity as the plain number it is written with: its figure's span, counted. */
function figureOnly(quantity: Quantity, input: string): Quantity {
  const number = asNumber(quantity)
  const figure = quantity.figure ?? quantity
  // "180ml", "29km": a unit glued to the digits makes one token the model does not read as a number.
  const glued = quantity.unit !== 'count' && quantity.dimension !== 'currency' && /\p{L}/u.test(input.charAt(figure.end))
  return {...number, start: figure.start, end: figure.end, unit: glued ? 'glued-unit' : 'count', dimension: 'count'}
}

/** Where the earlier figure of "from about $350 … to $680" starts: past "from" and the lower-case words hedging it. */
function earlierFigure(text: string): number {
  return /^from\s+(?:[a-z]+\s+)*/.exec(text)![0].length
}

/** A quantity spanning the words of its rate after it, as quantulum spans "$350 per kg". */
function withRate(quantity: Quantity): Quantity {
  return quantity.rate && quantity.rate.start >= quantity.end ? {...quantity, end: quantity.rate.end} : quantity
}

/** Parse a Recognizers-Text interval such as `[20,30)`, `(20,)` or `(,35]`. */
function interval(value: string): {low: number | null; high: number | null} {
  const [low = '', high = ''] = value.slice(1, -1).split(',')
  return {low: low.trim() ? Number(low) : null, high: high.trim() ? Number(high) : null}
}

/**
 * A quantulum3 result in our terms. quantulum states hundredths as stated (100
 * cents is 100 `cent`, as we keep it), and counts in dozens and grosses,
 * which are 12 and 144 of a count.
 */
function quantulumValue(value: number, unit: string): {value: number; unit: string | undefined} {
  const lower = unit.toLowerCase()
  if (lower === 'cent') return {value, unit: 'cent'}
  if (lower === 'penny' || lower === 'pence') return {value, unit: 'pence'}
  if (lower === 'dozen') return {value: value * 12, unit: 'count'}
  if (lower === 'gross') return {value: value * 144, unit: 'count'}
  return {value, unit: unitOf(unit)}
}

/** No letter or digit is glued to the figure's word: "Voyager 2" stands alone, "J1149.5+6663" does not. */
function standsAlone(input: string, quantity: Quantity): boolean {
  const before = input.slice(0, quantity.start).match(/\S*$/)?.[0] ?? ''
  const after = input.slice(quantity.end).match(/^\S*/)?.[0] ?? ''
  return !/[\p{L}\p{N}]/u.test(before + after)
}

export function suites(): Suite[] {
  const list: Suite[] = [
    // The Number model reads the figure inside an amount ("$20" → "20", "3 years" → "3"): compare the figure's own span.
    recognizers('Number', 'NumberModel.json', plain, (result) => ({...span(result), value: Number(result.Resolution?.value), unit: 'count'}), figureOnly),
    recognizers('Percent', 'PercentModel.json', (quantity) => quantity.dimension === 'share' && !quantity.fraction, (result) => ({...span(result), value: result.Resolution?.value === undefined || result.Resolution.value === 'null' ? null : Number(String(result.Resolution.value).replace('%', '')), unit: 'percent'})),
    recognizers('Currency', 'CurrencyModel.json', (quantity) => quantity.dimension === 'currency', (result) => {
      // The suite states "34 cents" as 34 Cent, as we do (normalised to 0.34 USD beside it).
      const unit = result.Resolution?.unit ?? ''
      const hundredth = /^cents?$/i.test(unit) ? 'cent' : /^(penny|pence)$/i.test(unit) ? 'pence' : undefined
      // "Franc" leaves the country open (French, Swiss, Belgian): any currency of ours matches it.
      return {...span(result), value: Number(result.Resolution?.value), unit: hundredth ?? (!unit || /^franc$/i.test(unit) ? anyCurrency : unitOf(unit))}
    }),
    // A bound's span holds its words ("more than 20", "200 or more"): our quantities keep them in `hedge`.
    recognizers('NumberRange', 'NumberRangeModel.json', (quantity) => quantity.value === null || quantity.bound !== '=' || /equal/i.test(quantity.hedge?.text ?? ''), (result) => {
      const {low, high} = interval(String(result.Resolution?.value))
      // A one-sided bound is our single figure with a `>`/`<` bound: compare the figure; "equal to 20" is the point [20, 20].
      if (low === null || high === null) return {...span(result), value: low ?? high, unit: 'count'}
      if (low === high) return {...span(result), value: low, unit: 'count'}
      return {...span(result), value: null, low, high, unit: 'count'}
    }, withHedge),
    // Recognizers-Text reads durations (DateTime) and temperatures (Temperature) in models of their own.
    recognizers('Dimension', 'DimensionModel.json', (quantity) => !['count', 'share', 'currency', 'time', 'temperature'].includes(quantity.dimension), (result) => ({...span(result), value: Number(result.Resolution?.value), unit: unitOf(result.Resolution?.unit, 'dimension')}))
  ]

  const quantities = load<Array<{req: string; res: Array<{value: number; unit: string; surface: string}>}>>('quantulum3/quantities.json')
  list.push({
    name: 'quantulum3 quantities',
    file: 'quantulum3/quantities.json',
    javascriptUnsupported: 0,
    outcomes: quantities.map((item) => {
      let from = 0
      const expected = item.res.map((result) => {
        const start = item.req.indexOf(result.surface, from)
        from = start + result.surface.length
        return {start, end: start + result.surface.length, ...quantulumValue(result.value, result.unit)}
      })
      // quantulum states a range by its midpoint (we state its ends) and without the "from" we span; a rate as one compound unit
      // (we give `per` beside the unit) spanning the words of its denominator ("four times per week"), which we keep in `rate`.
      const translate = (quantity: Quantity) => {
        const number = withRate(asNumber(quantity))
        const unit = quantity.per ? `${number.unit}/${quantity.per}` : number.unit
        // quantulum has no changes: "rose from $350 per kg to $680 per kg" is to it the range between the two figures.
        if (number.from !== undefined && /^from\s/i.test(quantity.text)) return {...number, unit, start: quantity.start + earlierFigure(quantity.text), value: (number.from + (number.value ?? 0)) / 2}
        if (number.value !== null || number.low === undefined || number.high === undefined) return {...number, unit}
        const start = /^from\s/i.test(quantity.text) ? quantity.start + quantity.text.search(/\s\S/) + 1 : quantity.start
        return {...number, unit, start, value: (number.low + number.high) / 2}
      }
      // quantulum reads every number standing as a word of its own as a quantity: years, and the numbers of names ("Voyager 2", "English 101"), though not digits inside a code ("LGA1156").
      const read = (quantity: Quantity) => quantity.role === 'cardinal' || quantity.role === 'year' || (quantity.role === 'identifier' && standsAlone(item.req, quantity))
      return score(item.req, expected, read, translate)
    })
  })
  return list
}
