import type {Dimension} from '../claim.js'

export interface UnitInfo {
  unit: string
  dimension: Dimension
}

/**
 * Units stated as a fraction of another: the claim keeps the figure as
 * written (`37 cents` is 37 `cent`) and gives the amount in the main unit
 * beside it, by a shift of the decimal point.
 */
export const subunits: ReadonlyMap<string, {unit: string; places: number}> = new Map([
  ['cent', {unit: 'USD', places: -2}],
  ['euro-cent', {unit: 'EUR', places: -2}],
  ['pence', {unit: 'GBP', places: -2}],
  ['dime', {unit: 'USD', places: -1}]
])

function unitTable(dimension: Dimension, rows: Record<string, string[]>): Array<[string, UnitInfo]> {
  return Object.entries(rows).flatMap(([unit, words]) => words.map((word): [string, UnitInfo] => [word, {unit, dimension}]))
}

/** Single-word units after a number, lower case. Multi-word ones are in `unitPhrases`. */
export const units: ReadonlyMap<string, UnitInfo> = new Map([
  ['%', {unit: 'percent', dimension: 'share'}],
  ['percent', {unit: 'percent', dimension: 'share'}],
  ['percents', {unit: 'percent', dimension: 'share'}],
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
    USD: ['dollar', 'dollars', 'bucks'],
    EUR: ['euro', 'euros'],
    GBP: ['sterling', 'quid'],
    JPY: ['yen'],
    CNY: ['yuan', 'renminbi', 'rmb', '元'],
    INR: ['rupee', 'rupees'],
    CHF: ['franc', 'francs'],
    MXN: ['peso', 'pesos'],
    RUB: ['ruble', 'rubles', 'rouble', 'roubles'],
    KRW: ['won'],
    BRL: ['reais']
  }),
  ...unitTable('currency', {
    cent: ['cent', 'cents', '¢'],
    dime: ['dime', 'dimes'],
    pence: ['pence', 'penny', 'pennies', 'p'],
    ILS: ['shekel', 'shekels', 'sheqel', 'sheqalim'],
    MYR: ['ringgit'],
    ZAR: ['rand'],
    TRY: ['lira', 'liras', 'lire'],
    AED: ['dirham', 'dirhams'],
    SAR: ['riyal', 'riyals'],
    THB: ['baht'],
    IDR: ['rupiah'],
    NGN: ['naira'],
    PLN: ['zloty', 'zlotys', 'zlotych'],
    SEK: ['krona', 'kronor'],
    NOK: ['krone', 'kroner'],
    KES: ['shilling', 'shillings'],
    VND: ['dong'],
    UAH: ['hryvnia', 'hryvnias'],
    HUF: ['forint', 'forints'],
    CZK: ['koruna', 'korunas'],
    FIM: ['markka', 'markkaa'],
    ESP: ['peseta', 'pesetas'],
    NLG: ['guilder', 'guilders'],
    BTC: ['bitcoin', 'bitcoins', 'btc', '₿'],
    satoshi: ['satoshi', 'satoshis'],
  }),
  ...unitTable('length', {
    millimetre: ['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres'],
    decimetre: ['dm', 'decimeter', 'decimeters', 'decimetre', 'decimetres'],
    nanometre: ['nanometer', 'nanometers', 'nanometre', 'nanometres'],
    picometre: ['picometer', 'picometers', 'picometre', 'picometres'],
    micrometre: ['µm', 'μm', 'micrometer', 'micrometers', 'micrometre', 'micrometres', 'micron', 'microns'],
    centimetre: ['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres'],
    metre: ['m', 'meter', 'meters', 'metre', 'metres'],
    'nautical-mile': ['nmi'],
    kilometre: ['km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres'],
    inch: ['inch', 'inches', 'in'],
    foot: ['foot', 'feet', 'ft'],
    yard: ['yard', 'yards', 'yd', 'yds'],
    mile: ['mile', 'miles', 'mi']
  }),
  ...unitTable('mass', {
    milligram: ['mg', 'milligram', 'milligrams', 'milligramme', 'milligrammes'],
    gram: ['g', 'gram', 'grams', 'gramme', 'grammes'],
    kilogram: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'],
    tonne: ['tonne', 'tonnes', 'ton', 'tons', 't'],
    microgram: ['microgram', 'micrograms', 'mcg', 'µg', 'μg'],
    ounce: ['oz', 'ounce', 'ounces'],
    pound: ['lb', 'lbs', 'pound', 'pounds']
  }),
  ...unitTable('volume', {
    millilitre: ['ml', 'milliliter', 'milliliters', 'millilitre', 'millilitres'],
    litre: ['l', 'liter', 'liters', 'litre', 'litres'],
    gallon: ['gallon', 'gallons', 'gal'],
    barrel: ['barrel', 'barrels', 'bbl'],
    'cubic-metre': ['m3', 'm³'],
    centilitre: ['cl', 'centiliter', 'centiliters', 'centilitre', 'centilitres'],
    'cubic-centimetre': ['cc', 'cm3', 'cm³'],
    bushel: ['bushel', 'bushels'],
    cup: ['cup', 'cups'],
    tablespoon: ['tablespoon', 'tablespoons', 'tbsp'],
    teaspoon: ['teaspoon', 'teaspoons', 'tsp']
  }),
  ...unitTable('area', {
    acre: ['acre', 'acres'],
    hectare: ['hectare', 'hectares', 'ha'],
    'square-kilometre': ['km2', 'km²', 'sqkm'],
    'square-metre': ['m2', 'm²', 'sqm']
  }),
  ...unitTable('speed', {mph: ['mph'], 'km/h': ['kmh', 'kph', 'kmph'], knot: ['knot', 'knots']}),
  ...unitTable('temperature', {degree: ['degree', 'degrees', '°'], celsius: ['°c', '℃'], fahrenheit: ['°f', '℉']}),
  ...unitTable('power', {
    watt: ['watt', 'watts', 'w'],
    kilowatt: ['kilowatt', 'kilowatts', 'kw'],
    megawatt: ['megawatt', 'megawatts', 'mw'],
    gigawatt: ['gigawatt', 'gigawatts', 'gw'],
    horsepower: ['horsepower', 'hp', 'bhp', 'ps']
  }),
  ...unitTable('energy', {
    'kilowatt-hour': ['kwh'],
    'megawatt-hour': ['mwh'],
    'gigawatt-hour': ['gwh'],
    'terawatt-hour': ['twh'],
    therm: ['therm', 'therms'],
    calorie: ['calorie', 'calories', 'kcal'],
    joule: ['joule', 'joules']
  }),
  ...unitTable('energy', {
    'watt-hour': ['watt-hour', 'watt-hours'],
    electronvolt: ['electronvolt', 'electronvolts']
  }),
  ...unitTable('frequency', {hertz: ['hertz'], kilohertz: ['kilohertz'], megahertz: ['megahertz'], gigahertz: ['gigahertz']}),
  ...unitTable('radiation', {milligray: ['milligray'], sievert: ['sievert', 'sieverts'], millisievert: ['millisievert', 'millisieverts']}),
  ...unitTable('temperature', {kelvin: ['kelvin', 'kelvins']}),
  ...unitTable('pressure', {psi: ['psi'], millibar: ['millibar', 'millibars', 'mbar'], hectopascal: ['hpa', 'hectopascal', 'hectopascals']}),
  ...unitTable('share', {ppm: ['ppm'], ppb: ['ppb']}),
  ['bpd', {unit: 'bpd', dimension: 'volume'}],
  ['tpd', {unit: 'tpd', dimension: 'mass'}],
  ['mpg', {unit: 'mpg', dimension: 'length'}],
  ...unitTable('data', {
    bit: ['bit', 'bits'],
    megabit: ['megabit', 'megabits'],
    byte: ['byte', 'bytes'],
    kilobyte: ['kb', 'kilobyte', 'kilobytes'],
    megabyte: ['mb', 'megabyte', 'megabytes'],
    gigabyte: ['gb', 'gigabyte', 'gigabytes'],
    terabyte: ['tb', 'terabyte', 'terabytes'],
    exabyte: ['exabyte', 'exabytes'],
    kibibyte: ['kib', 'kibibyte', 'kibibytes'],
    mebibyte: ['mib', 'mebibyte', 'mebibytes'],
    petabyte: ['pb', 'petabyte', 'petabytes'],
    'megabit-per-second': ['mbps', 'mbit/s'],
    'gigabit-per-second': ['gbps', 'gbit/s']
  })
])

/** Abbreviations read only as written, since their letters in another case are words or other units: "1.7 eV", "14 mGy", "2.8 GHz". */
export const exactCaseUnits: ReadonlyMap<string, UnitInfo> = new Map([
  ...(['eV', 'keV', 'MeV', 'GeV', 'TeV'].map((text, index) => [text, {unit: ['electronvolt', 'kiloelectronvolt', 'megaelectronvolt', 'gigaelectronvolt', 'teraelectronvolt'][index]!, dimension: 'energy'}]) as Array<[string, UnitInfo]>),
  ['Wh', {unit: 'watt-hour', dimension: 'energy'}],
  ['Hz', {unit: 'hertz', dimension: 'frequency'}], ['kHz', {unit: 'kilohertz', dimension: 'frequency'}],
  ['MHz', {unit: 'megahertz', dimension: 'frequency'}], ['GHz', {unit: 'gigahertz', dimension: 'frequency'}],
  ['Gy', {unit: 'gray', dimension: 'radiation'}], ['mGy', {unit: 'milligray', dimension: 'radiation'}],
  ['Sv', {unit: 'sievert', dimension: 'radiation'}], ['mSv', {unit: 'millisievert', dimension: 'radiation'}],
  ['EB', {unit: 'exabyte', dimension: 'data'}], ['nm', {unit: 'nanometre', dimension: 'length'}]
])

/** Units that are rates by themselves: `bpd` is barrels per day. */
export const rateUnits: ReadonlyMap<string, UnitInfo & {per: string}> = new Map([
  ['bpd', {unit: 'barrel', dimension: 'volume', per: 'day'}],
  ['tpd', {unit: 'tonne', dimension: 'mass', per: 'day'}],
  ['mpg', {unit: 'mile', dimension: 'length', per: 'gallon'}]
])

/** Nouns that make "a"/"per" a rate: "$81.10 a barrel", "$40,000 a year", "per capita". */
export const rateNouns: ReadonlyMap<string, string> = new Map([
  ['second', 'second'], ['minute', 'minute'], ['hour', 'hour'], ['day', 'day'], ['night', 'night'], ['week', 'week'],
  ['month', 'month'], ['year', 'year'], ['annum', 'year'], ['quarter', 'quarter'], ['barrel', 'barrel'], ['gallon', 'gallon'],
  ['litre', 'litre'], ['liter', 'litre'], ['ton', 'tonne'], ['tonne', 'tonne'], ['ounce', 'ounce'], ['pound', 'pound'],
  ['kilo', 'kilogram'], ['kilogram', 'kilogram'], ['share', 'share'], ['head', 'person'], ['person', 'person'],
  ['therm', 'therm'], ['kwh', 'kilowatt-hour'], ['mwh', 'megawatt-hour'], ['mile', 'mile'], ['capita', 'capita'],
  ['bushel', 'bushel'], ['seat', 'seat'], ['ticket', 'ticket'], ['pill', 'pill'], ['dose', 'dose'], ['game', 'game'],
  ['season', 'season'], ['household', 'household'], ['resident', 'resident'], ['student', 'student'], ['pupil', 'pupil'],
  ['passenger', 'passenger'], ['patient', 'patient'], ['visit', 'visit'], ['session', 'session'], ['term', 'term'],
  ['ride', 'ride'], ['trip', 'trip'], ['journey', 'journey'], ['flight', 'flight'], ['meal', 'meal'], ['room', 'room'],
  ['child', 'child'], ['worker', 'worker'], ['employee', 'employee'], ['customer', 'customer'], ['subscriber', 'subscriber'],
  ['dozen', 'dozen'], ['pint', 'pint'], ['bottle', 'bottle'], ['pack', 'pack'], ['loaf', 'loaf'], ['acre', 'acre'], ['hectare', 'hectare']
])

/** Multi-word units, as lower-case word sequences. Longest first wins. */
export const unitPhrases: ReadonlyArray<readonly [string[], UnitInfo]> = [
  [['pounds', 'per', 'square', 'inch'], {unit: 'psi', dimension: 'pressure'}],
  [['parts', 'per', 'million'], {unit: 'ppm', dimension: 'share'}],
  [['parts', 'per', 'billion'], {unit: 'ppb', dimension: 'share'}],
  [['kilowatt', 'hours'], {unit: 'kilowatt-hour', dimension: 'energy'}],
  [['megawatt', 'hours'], {unit: 'megawatt-hour', dimension: 'energy'}],
  [['gigawatt', 'hours'], {unit: 'gigawatt-hour', dimension: 'energy'}],
  [['terawatt', 'hours'], {unit: 'terawatt-hour', dimension: 'energy'}],
  [['brake', 'horsepower'], {unit: 'horsepower', dimension: 'power'}],
  [['nautical', 'miles'], {unit: 'nautical-mile', dimension: 'length'}],
  [['nautical', 'mile'], {unit: 'nautical-mile', dimension: 'length'}],
  [['light', 'years'], {unit: 'light-year', dimension: 'length'}],
  [['metric', 'tons'], {unit: 'tonne', dimension: 'mass'}],
  [['metric', 'ton'], {unit: 'tonne', dimension: 'mass'}],
  [['metric', 'tonne'], {unit: 'tonne', dimension: 'mass'}],
  [['cubic', 'metre'], {unit: 'cubic-metre', dimension: 'volume'}],
  [['cubic', 'meter'], {unit: 'cubic-metre', dimension: 'volume'}],
  [['cubic', 'foot'], {unit: 'cubic-foot', dimension: 'volume'}],
  [['megawatt', 'hour'], {unit: 'megawatt-hour', dimension: 'energy'}],
  [['gigawatt', 'hour'], {unit: 'gigawatt-hour', dimension: 'energy'}],
  [['kilowatt', 'hour'], {unit: 'kilowatt-hour', dimension: 'energy'}],
  [['terawatt', 'hour'], {unit: 'terawatt-hour', dimension: 'energy'}],
  [['u', '.', 's', '.', 'dollar'], {unit: 'USD', dimension: 'currency'}],
  [['us', 'dollar'], {unit: 'USD', dimension: 'currency'}],
  [['metric', 'tonnes'], {unit: 'tonne', dimension: 'mass'}],
  [['troy', 'ounces'], {unit: 'ounce', dimension: 'mass'}],
  [['cubic', 'yards'], {unit: 'cubic-yard', dimension: 'volume'}],
  [['cubic', 'kilometres'], {unit: 'cubic-kilometre', dimension: 'volume'}],
  [['cubic', 'kilometers'], {unit: 'cubic-kilometre', dimension: 'volume'}],
  [['km', 'cubed'], {unit: 'cubic-kilometre', dimension: 'volume'}],
  [['km', 'squared'], {unit: 'square-kilometre', dimension: 'area'}],
  [['m', 'squared'], {unit: 'square-metre', dimension: 'area'}],
  [['km', '^', '2'], {unit: 'square-kilometre', dimension: 'area'}],
  [['km', '^', '3'], {unit: 'cubic-kilometre', dimension: 'volume'}],
  [['m', '^', '2'], {unit: 'square-metre', dimension: 'area'}],
  [['m', '^', '3'], {unit: 'cubic-metre', dimension: 'volume'}],
  [['tons', 'per', 'day'], {unit: 'tpd', dimension: 'mass'}],
  [['cu', 'ft'], {unit: 'cubic-foot', dimension: 'volume'}],
  [['sq', 'km'], {unit: 'square-kilometre', dimension: 'area'}],
  [['sq', 'm'], {unit: 'square-metre', dimension: 'area'}],
  [['sq', 'mi'], {unit: 'square-mile', dimension: 'area'}],
  [['sq', '.', 'ft'], {unit: 'square-foot', dimension: 'area'}],
  [['square', 'foot'], {unit: 'square-foot', dimension: 'area'}],
  [['square', 'metre'], {unit: 'square-metre', dimension: 'area'}],
  [['square', 'meter'], {unit: 'square-metre', dimension: 'area'}],
  [['square', 'kilometre'], {unit: 'square-kilometre', dimension: 'area'}],
  [['square', 'kilometer'], {unit: 'square-kilometre', dimension: 'area'}],
  [['square', 'inches'], {unit: 'square-inch', dimension: 'area'}],
  [['square', 'yards'], {unit: 'square-yard', dimension: 'area'}],
  [['qatari', 'riyals'], {unit: 'QAR', dimension: 'currency'}],
  [['egyptian', 'pounds'], {unit: 'EGP', dimension: 'currency'}],
  [['philippine', 'pesos'], {unit: 'PHP', dimension: 'currency'}],
  [['finnish', 'markka'], {unit: 'FIM', dimension: 'currency'}],
  [['dutch', 'guilders'], {unit: 'NLG', dimension: 'currency'}],
  [['french', 'francs'], {unit: 'FRF', dimension: 'currency'}],
  [['belgian', 'francs'], {unit: 'BEF', dimension: 'currency'}],
  [['deutsche', 'marks'], {unit: 'DEM', dimension: 'currency'}],
  [['danish', 'kroner'], {unit: 'DKK', dimension: 'currency'}],
  [['swedish', 'kronor'], {unit: 'SEK', dimension: 'currency'}],
  [['norwegian', 'kroner'], {unit: 'NOK', dimension: 'currency'}],
  [['south', 'african', 'rand'], {unit: 'ZAR', dimension: 'currency'}],
  [['indian', 'rupees'], {unit: 'INR', dimension: 'currency'}],
  [['pakistani', 'rupees'], {unit: 'PKR', dimension: 'currency'}],
  [['singapore', 'dollars'], {unit: 'SGD', dimension: 'currency'}],
  [['taiwan', 'dollars'], {unit: 'TWD', dimension: 'currency'}],
  [['brazilian', 'reais'], {unit: 'BRL', dimension: 'currency'}],
  [['south', 'korean', 'won'], {unit: 'KRW', dimension: 'currency'}],
  [['turkish', 'lira'], {unit: 'TRY', dimension: 'currency'}],
  [['japanese', 'yen'], {unit: 'JPY', dimension: 'currency'}],
  [['chinese', 'yuan'], {unit: 'CNY', dimension: 'currency'}],
  [['degrees', 'c'], {unit: 'celsius', dimension: 'temperature'}],
  [['degrees', 'f'], {unit: 'fahrenheit', dimension: 'temperature'}],
  [['degree', 'celsius'], {unit: 'celsius', dimension: 'temperature'}],
  [['degree', 'fahrenheit'], {unit: 'fahrenheit', dimension: 'temperature'}],
  [['degrees', 'centigrade'], {unit: 'celsius', dimension: 'temperature'}],
  [['fahrenheit'], {unit: 'fahrenheit', dimension: 'temperature'}],
  [['celsius'], {unit: 'celsius', dimension: 'temperature'}],
  [['percentage', 'points'], {unit: 'percentage-point', dimension: 'share'}],
  [['percentage', 'point'], {unit: 'percentage-point', dimension: 'share'}],
  [['per', 'cent'], {unit: 'percent', dimension: 'share'}],
  [['pounds', 'sterling'], {unit: 'GBP', dimension: 'currency'}],
  // "40.1 euro cents per kilowatt hour": hundredths of a euro, not 40.1 euros.
  [['euro', 'cents'], {unit: 'euro-cent', dimension: 'currency'}],
  [['euro', 'cent'], {unit: 'euro-cent', dimension: 'currency'}],
  [['eurocents'], {unit: 'euro-cent', dimension: 'currency'}],
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
  [['km', '/', 'hr'], {unit: 'km/h', dimension: 'speed'}],
  [['miles', 'an', 'hour'], {unit: 'mph', dimension: 'speed'}],
  [['kilometres', 'an', 'hour'], {unit: 'km/h', dimension: 'speed'}],
  [['kilometers', 'an', 'hour'], {unit: 'km/h', dimension: 'speed'}],
  [['km', 'an', 'hour'], {unit: 'km/h', dimension: 'speed'}],
  [['°', 'celsius'], {unit: 'celsius', dimension: 'temperature'}],
  [['°', 'fahrenheit'], {unit: 'fahrenheit', dimension: 'temperature'}],
  [['miles', 'per', 'hour'], {unit: 'mph', dimension: 'speed'}],
  [['kilometres', 'per', 'hour'], {unit: 'km/h', dimension: 'speed'}],
  [['kilometers', 'per', 'hour'], {unit: 'km/h', dimension: 'speed'}],
  [['degrees', 'fahrenheit'], {unit: 'fahrenheit', dimension: 'temperature'}],
  [['degrees', 'celsius'], {unit: 'celsius', dimension: 'temperature'}],
  [['°', 'f'], {unit: 'fahrenheit', dimension: 'temperature'}],
  [['°', 'c'], {unit: 'celsius', dimension: 'temperature'}],
  [['basis', 'points'], {unit: 'basis-point', dimension: 'share'}],
  [['basis', 'point'], {unit: 'basis-point', dimension: 'share'}],
  [['fl', 'oz'], {unit: 'fluid-ounce', dimension: 'volume'}]
]

/** Currency signs and codes written before the amount. */
export const currencyPrefixes: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['c$', 'CAD'], ['ca$', 'CAD'],
  ['a$', 'AUD'], ['au$', 'AUD'], ['hk$', 'HKD'], ['nz$', 'NZD'], ['s$', 'SGD'], ['nt$', 'TWD'], ['r$', 'BRL'], ['mx$', 'MXN'],
  ['₩', 'KRW'], ['₽', 'RUB'], ['₪', 'ILS'], ['₺', 'TRY'], ['฿', 'THB'], ['₦', 'NGN'], ['₱', 'PHP'], ['₫', 'VND'], ['₴', 'UAH'],
  ['₡', 'CRC'], ['₾', 'GEL'], ['₭', 'LAK'], ['ரூ', 'LKR'], ['₿', 'BTC'], ['rs', 'INR'], ['rm', 'MYR']
])

/**
 * ISO 4217 codes, read before or after an amount only when written in
 * capitals: "USD 5", "3.2bn SEK", but "try 3 times" is no lira.
 */
export const currencyCodes: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'KRW', 'BRL', 'MXN', 'RUB', 'ILS',
  'MYR', 'ZAR', 'TRY', 'AED', 'SAR', 'QAR', 'KWD', 'THB', 'IDR', 'PHP', 'VND', 'NGN', 'KES', 'EGP', 'PKR', 'PLN', 'SEK', 'NOK',
  'DKK', 'CZK', 'HUF', 'UAH', 'ARS', 'CLP', 'COP', 'PEN', 'RMB'
])

/**
 * Units that are also ordinary English words: they only count right after a
 * numeral with nothing between ("5 in thick" is rare, "18 in 2014" is common).
 */
export const ambiguousUnits: ReadonlySet<string> = new Set(['in', 'l', 'g', 'p', 'ha', 'min', 'sec', 'gal', 'mi', 'yd', 'm', 'b', 'w', 't', 'ps', 'pb', 'dong', 'mb'])

/** Every unit id a claim can carry: what fact records may use too. */
export const unitIds: ReadonlySet<string> = new Set([
  'count',
  ...[...units.values()].map((info) => info.unit),
  ...unitPhrases.map(([, info]) => info.unit),
  ...[...exactCaseUnits.values()].map((info) => info.unit),
  ...currencyPrefixes.values(),
  ...[...currencyCodes].filter((code) => code !== 'RMB')
])
