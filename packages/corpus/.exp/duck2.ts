import {rmSync} from 'node:fs'
import {DuckDBInstance} from '@duckdb/node-api'
const [variant = 'sql', n = '100000', limit = '64MB'] = process.argv.slice(2)
const path = '/tmp/duckexp2.duckdb'
rmSync(path, {force: true}); rmSync(path + '.wal', {force: true})
const instance = await DuckDBInstance.create(path, {memory_limit: limit, threads: '1'})
const c = await instance.connect()
await c.run(`CREATE TABLE documents (seq BIGINT, id VARCHAR NOT NULL, batch INTEGER, shingle_count INTEGER, shingles BLOB)`)
await c.run(`CREATE TABLE bands (seq BIGINT, band UTINYINT, key UINTEGER)`)
const rss = () => (process.memoryUsage().rss / 1e6).toFixed(0)
const N = Number(n)
for (let b = 0; b * 2048 < N; b++) {
  const lo = b * 2048, hi = Math.min(N, lo + 2048)
  if (variant.includes('docs')) await c.run(`INSERT INTO documents SELECT range, 'doc-' || range, ${b}, 400, repeat(md5(range::VARCHAR), 50)::BLOB FROM range(${lo}, ${hi})`)
  if (variant.includes('bands')) await c.run(`INSERT INTO bands SELECT r.range, b.range, (hash(r.range * 100 + b.range) % 4000000000)::UINTEGER FROM range(${lo}, ${hi}) r, range(48) b`)
  if (b % 10 === 0) {
    const m = await c.runAndReadAll(`SELECT sum(memory_usage_bytes)::BIGINT FROM duckdb_memory()`)
    console.log(lo, 'rss', rss(), 'duckdb', Number(m.getRows()[0]![0]) / 1e6)
  }
}
console.log('peak', (process.resourceUsage().maxRSS / 1024).toFixed(0))
