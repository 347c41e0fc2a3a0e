/**
 * Link throughput (claims/s) against generated stores of 1k, 100k and 1M
 * records, in memory and in SQLite (a file on disk), with build time and
 * memory. Run: `npx -y pnpm@10 bench:link` (SIZES=1000,100000 to pick sizes,
 * CLAIMS=20000 for fewer claims than the default 100,000, ROUNDS=3 linking rounds of
 * which the best is reported beside the median, ONLY_MEMORY=1 to skip SQLite).
 */
import {mkdtempSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import process from 'node:process'
import type {Claim} from '@claimtrace/extract'
import {type FactRecord, type FactStore, linkClaims, MemoryStore} from '@claimtrace/facts'
import {SqliteStore} from '@claimtrace/facts/sqlite'

// The native module is installed where it is used, by @claimtrace/facts (SqliteStore and its tests), not at the root.
const Database = createRequire(new URL('../../packages/facts/package.json', import.meta.url))('better-sqlite3') as new (file: string) => Parameters<typeof SqliteStore.build>[0]

const metrics = [
  'detainer requests declined', 'detainer requests issued', 'arrests made', 'deportations carried out', 'asylum applications filed',
  'overdose deaths recorded', 'homicides reported', 'housing permits issued', 'evictions filed', 'students enrolled',
  'hospital admissions', 'traffic deaths', 'jobs added', 'businesses opened', 'fires reported',
  'complaints received', 'inspections completed', 'vaccines administered', 'shelter beds available', 'teachers hired'
].map((name) => ({name, aliases: [name.split(' ').reverse().join(' ')]}))
const source = {publisher: 'Generated', title: 'Benchmark records', kind: 'primary' as const}
const syllables = ['ba', 'ke', 'lo', 'mi', 'nu', 'ra', 'si', 'to', 've', 'zu', 'da', 'fe', 'go', 'hi', 'ju', 'pa']
const placeName = (index: number) => {
  let name = 'Port'
  for (let rest = index + 1; rest > 0; rest = Math.floor(rest / syllables.length)) name += syllables[rest % syllables.length]
  return name
}
const years = 25

function* generate(size: number): Generator<FactRecord> {
  const places = Math.ceil(size / (metrics.length * years))
  let count = 0
  for (let place = 0; place < places; place++) {
    const scope = {place: placeName(place), aliases: []}
    for (const [metricIndex, metric] of metrics.entries()) {
      for (let year = 2000; year < 2000 + years; year++) {
        if (count++ >= size) return
        yield {
          id: `r${count}`, metric, scope, unit: 'count', source, version: 1,
          period: {start: `${year}-01-01`, end: `${year}-12-31`},
          value: ((place * 31 + metricIndex * 17 + year) % 5000) + 1
        }
      }
    }
  }
}

function claimFor(record: FactRecord, index: number): Claim {
  return {
    id: `c${index}`, text: String(record.value), start: 0, end: 1, value: record.value!, unit: 'count', dimension: 'count', bound: '=',
    precision: 1, form: 'numeral', subject: record.metric.name, scope: {places: [record.scope.place!], organizations: []},
    period: {text: record.period.start.slice(0, 4), start: 0, end: 4, kind: 'year', first: record.period.start, last: record.period.end, inherited: false},
    attribution: null, repairs: [], block: 'paragraph', sentence: {start: 0, end: 1}
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MB`
}

function measure(name: string, size: number, build: () => FactStore, claims: readonly Claim[]): void {
  ;(globalThis as {gc?: () => void}).gc?.()
  const before = process.memoryUsage()
  const started = performance.now()
  const store = build()
  const buildSeconds = (performance.now() - started) / 1000
  ;(globalThis as {gc?: () => void}).gc?.()
  const after = process.memoryUsage()
  linkClaims(claims.slice(0, 200), store)
  // Several rounds, as the other benches take: one run of a few seconds on a shared machine measures its load as much as the code.
  const times: number[] = []
  let consistent = 0
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    const links = linkClaims(claims, store)
    times.push((performance.now() - start) / 1000)
    consistent = links.filter((link) => link.verdict === 'consistent').length
  }
  times.sort((a, b) => a - b)
  const rate = (seconds: number) => Math.round(claims.length / seconds).toLocaleString('en-US')
  process.stdout.write(
    `${name.padEnd(8)} ${String(size).padStart(9)} records  build ${buildSeconds.toFixed(1).padStart(6)} s  heap +${megabytes(after.heapUsed - before.heapUsed).padStart(7)}  rss ${megabytes(after.rss).padStart(7)}  ` +
      `${rate(times[0]!).padStart(9)} claims/s best of ${rounds} (median ${rate(times[Math.floor(times.length / 2)]!)})  (${consistent}/${claims.length} consistent)\n`
  )
}

const sizes = (process.env['SIZES'] ?? '1000,100000,1000000').split(',').map(Number)
const claimCount = Number(process.env['CLAIMS'] ?? 100_000)
const rounds = Number(process.env['ROUNDS'] ?? 3)
for (const size of sizes) {
  const records = [...generate(size)]
  let seed = 7
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
  const claims = Array.from({length: claimCount}, (_, index) => claimFor(records[Math.floor(random() * records.length)]!, index))
  measure('memory', size, () => new MemoryStore(records), claims)
  const directory = mkdtempSync(join(tmpdir(), 'claimtrace-bench-'))
  if (!process.env['ONLY_MEMORY']) measure('sqlite', size, () => SqliteStore.build(new Database(join(directory, 'facts.db')), records), claims)
  rmSync(directory, {recursive: true, force: true})
}
