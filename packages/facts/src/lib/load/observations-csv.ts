import type {FactRecord} from '../fact-record.js'

/**
 * Data Commons' statistical-variable observations as a table: the columns
 * it names, in its order, then the fields of a record it has no column for
 * (dotted, as claimtrace's own CSV names them), so a table written here
 * reads back as the same records.
 */
export const observationColumns = ['variableMeasured', 'observationAbout', 'observationDate', 'value', 'unit', 'measurementMethod'] as const
const recordColumns = [
  'id', 'metric.aliases', 'scope.organization', 'scope.description', 'scope.aliases', 'period.start', 'period.end', 'period.label', 'low', 'high', 'precision',
  'source.publisher', 'source.title', 'source.url', 'source.date', 'source.kind', 'source.via', 'source.note', 'version', 'supersedes', 'note', 'aggregation'
] as const

/** Data Commons' unit names and ours, where they differ; a count has no unit there. */
const commonsUnits: ReadonlyMap<string, string> = new Map([
  ['USD', 'USDollar'], ['EUR', 'Euro'], ['GBP', 'PoundSterling'], ['JPY', 'JapaneseYen'], ['INR', 'IndianRupee'], ['CAD', 'CanadianDollar'],
  ['AUD', 'AustralianDollar'], ['CNY', 'ChineseYuan'], ['percent', 'Percent'], ['year', 'Year'], ['month', 'Month'], ['day', 'Day'], ['hour', 'Hour'],
  ['kilogram', 'Kilogram'], ['tonne', 'MetricTon'], ['kilometre', 'Kilometer'], ['metre', 'Meter'], ['mile', 'Mile'], ['square-kilometre', 'SquareKilometer'],
  ['celsius', 'Celsius'], ['fahrenheit', 'Fahrenheit'], ['inch', 'Inch'], ['count', '']
])
const ourUnits: ReadonlyMap<string, string> = new Map([...commonsUnits].filter(([, name]) => name !== '').map(([ours, name]) => [name, ours]))

/** Whether a CSV header is an observations table: it names Data Commons' variable and place. */
export function isObservationHeader(columns: readonly string[]): boolean {
  return columns.includes('variableMeasured') && columns.includes('observationAbout')
}

/**
 * The dotted field an observation column fills, and its cell's value there:
 * `variableMeasured` is the metric, `observationAbout` the place,
 * `observationDate` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) the period it spans,
 * `unit` a Data Commons unit or ours, `measurementMethod` the method.
 * Columns of a record's own (`id`, `source.publisher`, …) pass through.
 */
export function observationCell(column: string, cell: string): Array<[string, unknown]> {
  switch (column) {
    case 'variableMeasured': {
      return [['metric.name', cell]]
    }
    case 'observationAbout': {
      return [['scope.place', cell]]
    }
    case 'observationDate': {
      const period = periodOf(cell)
      return period ? [['period.start', period.start], ['period.end', period.end], ['period.label', cell]] : [['period.label', cell]]
    }
    case 'unit': {
      return [['unit', ourUnits.get(cell) ?? cell]]
    }
    case 'measurementMethod': {
      return [['method', cell]]
    }
    default: {
      return [[column, cell]]
    }
  }
}

/** A row with no `id`, no `unit` or a unit of its own kind gets what Data Commons leaves implicit. */
export function completeObservation(record: Record<string, unknown>, row: number): void {
  record['unit'] ??= 'count'
  if (record['id'] === undefined) {
    const metric = (record['metric'] as Record<string, unknown> | undefined)?.['name']
    const place = (record['scope'] as Record<string, unknown> | undefined)?.['place']
    const period = (record['period'] as Record<string, unknown> | undefined)?.['label']
    const parts = [metric, place, period].filter((part): part is string => typeof part === 'string')
    record['id'] = parts.length > 0 ? parts.join(':').replaceAll(/[^\w.:-]+/g, '_') : `observation-${row}`
  }
}

/** `2023` → the year, `2023-06` → the month, `2023-06-30` → the day; anything else is no date Data Commons writes. */
function periodOf(date: string): {start: string; end: string} | undefined {
  const year = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date)
  if (!year) return undefined
  const [, y, m, d] = year
  if (d) return {start: date, end: date}
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate()
    return {start: `${y}-${m}-01`, end: `${y}-${m}-${String(last).padStart(2, '0')}`}
  }
  return {start: `${y}-01-01`, end: `${y}-12-31`}
}

/** The date Data Commons would write for a period: a year, a month or a day when it is one, else its last day. */
function observationDate(start: string, end: string): string {
  const [y1, m1, d1] = start.split('-')
  const [y2, m2, d2] = end.split('-')
  if (y1 === y2 && m1 === '01' && d1 === '01' && m2 === '12' && d2 === '31') return y1!
  const month = periodOf(`${y1}-${m1}`)
  if (month && month.start === start && month.end === end) return `${y1}-${m1}`
  return end
}

/**
 * Fact records as a Data Commons observations table (CSV): one row each,
 * Data Commons' columns first, then every field of a record it has no
 * column for, so the table loads back (`loadFacts`) as the same records.
 */
export function toObservationsCsv(records: readonly FactRecord[]): string {
  const header = [...observationColumns, ...recordColumns]
  const lines = [header.join(',')]
  for (const record of records) {
    const cells: Record<string, unknown> = {
      variableMeasured: record.metric.name,
      observationAbout: record.scope.place,
      observationDate: observationDate(record.period.start, record.period.end),
      value: record.value,
      unit: commonsUnits.get(record.unit) ?? record.unit,
      measurementMethod: record.method,
      id: record.id,
      'metric.aliases': record.metric.aliases.join('|'),
      'scope.organization': record.scope.organization,
      'scope.description': record.scope.description,
      'scope.aliases': record.scope.aliases.join('|'),
      'period.start': record.period.start,
      'period.end': record.period.end,
      'period.label': record.period.label,
      low: record.low,
      high: record.high,
      precision: record.precision,
      'source.publisher': record.source.publisher,
      'source.title': record.source.title,
      'source.url': record.source.url,
      'source.date': record.source.date,
      'source.kind': record.source.kind,
      'source.via': record.source.via,
      'source.note': record.source.note,
      version: record.version,
      supersedes: record.supersedes,
      note: record.note,
      aggregation: record.aggregation
    }
    lines.push(header.map((column) => csvCell(cells[column])).join(','))
  }
  return `${lines.join('\n')}\n`
}

/** A CSV cell: empty for nothing, quoted when it holds a comma, a quote or a line break. */
function csvCell(value: unknown): string {
  if (value === undefined || value === null || value === '') return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
