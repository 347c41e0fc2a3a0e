/**
 * Load time of `loadFacts` for generated JSON, JSONL and CSV files of 1k,
 * 10k and 100k records, best of three runs, beside the floor every loader
 * pays: `JSON.parse` of the records as compact JSON and
 * `FactRecord.safeParse` of each. The ratio of 100k to 10k records shows
 * whether a loader stays linear (about 10×). `json!` is JSON whose every
 * record is invalid, so every record's line is located (valid files never
 * need lines). Run: `npx -y pnpm@10 bench:load` (on the TypeScript source;
 * SIZES=1000,16000 to pick sizes, FORMATS=json,json! to pick formats).
 */
import process from 'node:process'
import {FactRecord, type FactRecordInput, FactsError, loadFacts} from '@claimtrace/facts'

const metrics = ['detainer requests declined', 'arrests made', 'evictions filed', 'students enrolled', 'traffic deaths']
const places = ['Boston', 'Worcester', 'Springfield', 'Lowell', 'Cambridge', 'New Bedford', 'Brockton']

function* generate(size: number): Generator<FactRecordInput> {
  for (let index = 0; index < size; index++) {
    const year = 2000 + (index % 25)
    const name = metrics[index % metrics.length]!
    yield {
      id: `r${index + 1}`,
      metric: {name, aliases: [name.split(' ').reverse().join(' ')]},
      scope: {place: places[index % places.length]!, aliases: ['Massachusetts']},
      period: {start: `${year}-01-01`, end: `${year}-12-31`, label: String(year)},
      value: (index * 37) % 5000,
      unit: 'count',
      precision: 1,
      source: {publisher: 'Generated', title: `Benchmark records, part ${index % 100}`, url: `https://example.org/data/${index % 100}`, kind: 'primary'}
    }
  }
}

const columns = ['id', 'metric.name', 'metric.aliases', 'scope.place', 'scope.aliases', 'period.start', 'period.end', 'period.label', 'value', 'unit', 'precision', 'source.publisher', 'source.title', 'source.url', 'source.kind']

function cell(record: FactRecordInput, column: string): string {
  const value = column.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], record)
  const text = Array.isArray(value) ? value.join('|') : value === undefined ? '' : String(value)
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

type Format = 'json' | 'json!' | 'jsonl' | 'csv'

const texts: Record<Format, (records: FactRecordInput[]) => string> = {
  json: (records) => JSON.stringify({records}, null, 2),
  'json!': (records) => JSON.stringify({records: records.map((record) => ({...record, value: String(record.value)}))}, null, 2),
  jsonl: (records) => records.map((record) => JSON.stringify(record)).join('\n'),
  csv: (records) => [columns.join(','), ...records.map((record) => columns.map((column) => cell(record, column)).join(','))].join('\n')
}

function best(rounds: number, run: () => void): number {
  let fastest = Number.POSITIVE_INFINITY
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    run()
    fastest = Math.min(fastest, performance.now() - start)
  }
  return fastest / 1000
}

const sizes = (process.env['SIZES'] ?? '1000,10000,100000').split(',').map(Number)
const formats = (process.env['FORMATS'] ?? 'json,json!,jsonl,csv').split(',') as Format[]
const previous = new Map<Format, {size: number; seconds: number}>()
for (const size of sizes) {
  const records = [...generate(size)]
  const plain = JSON.stringify(records)
  const floor = best(3, () => {
    for (const record of JSON.parse(plain) as unknown[]) FactRecord.safeParse(record)
  })
  process.stdout.write(`${String(size).padStart(7)} records  floor (JSON.parse + safeParse) ${floor.toFixed(3)} s\n`)
  for (const format of formats) {
    const text = texts[format](records)
    const file = `facts.${format.replace('!', '')}`
    const seconds = best(3, () => {
      try {
        if (loadFacts([{file, text}]).length !== size) throw new Error('records lost')
      } catch (error) {
        if (!(error instanceof FactsError) || error.problems.length !== size || error.problems.some((problem) => problem.line === undefined)) throw error
      }
    })
    const last = previous.get(format)
    const growth = last ? `  ${(seconds / last.seconds).toFixed(1)}× for ${(size / last.size).toFixed(0)}× the records` : ''
    process.stdout.write(`${String(size).padStart(7)} records  ${format.padEnd(5)} ${(text.length / 2 ** 20).toFixed(1).padStart(5)} MB  ${seconds.toFixed(3).padStart(7)} s  ${(seconds / floor).toFixed(1)}× the floor${growth}\n`)
    previous.set(format, {size, seconds})
  }
}
