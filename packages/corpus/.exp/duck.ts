import {rmSync} from 'node:fs'
import {DuckDBInstance} from '@duckdb/node-api'
const [variant = 'pk', n = '100000', limit = '256MB'] = process.argv.slice(2)
const path = '/tmp/duckexp.duckdb'
rmSync(path, {force: true}); rmSync(path + '.wal', {force: true})
const rg = variant.match(/rg(\d+)/)?.[1]
const instance = await DuckDBInstance.create(rg ? ':memory:' : path, {memory_limit: limit, threads: '1'})
const c = await instance.connect()
if (rg) { await c.run(`ATTACH '${path}' AS corpus (ROW_GROUP_SIZE ${rg})`); await c.run('USE corpus') }
const pk = variant.includes('pk')
await c.run(`CREATE TABLE documents (seq BIGINT ${pk ? 'PRIMARY KEY' : ''}, id VARCHAR NOT NULL ${pk ? 'UNIQUE' : ''}, batch INTEGER, shingle_count INTEGER, shingles BLOB)`)
await c.run(`CREATE TABLE bands (seq BIGINT, band UTINYINT, key UINTEGER)`)
const rss = () => (process.memoryUsage().rss / 1e6).toFixed(0)
let x = 12345
const rnd = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0)
const N = Number(n)
for (let b = 0; b * 2048 < N; b++) {
  await c.run('BEGIN')
  const d = await c.createAppender('documents'), bd = await c.createAppender('bands')
  for (let i = b * 2048; i < Math.min(N, (b + 1) * 2048); i++) {
    const blob = new Uint8Array(1600); for (let k = 0; k < 1600; k += 4) new DataView(blob.buffer).setUint32(k, rnd())
    d.appendBigInt(BigInt(i)); d.appendVarchar('doc-' + i); d.appendInteger(b); d.appendInteger(400); d.appendBlob(variant.includes('noblob') ? new Uint8Array(0) : blob); d.endRow()
    for (let band = 0; band < 48; band++) { bd.appendBigInt(BigInt(i)); bd.appendUTinyInt(band); bd.appendUInteger(rnd()); bd.endRow() }
  }
  d.closeSync(); bd.closeSync()
  await c.run('COMMIT')
  if (variant.includes('ckpt')) await c.run('CHECKPOINT')
  if (b % 10 === 0) {
    const m = await c.runAndReadAll(`SELECT sum(memory_usage_bytes)::BIGINT FROM duckdb_memory()`)
    const mu = process.memoryUsage(); console.log(b * 2048, 'rss', rss(), 'heapTot', (mu.heapTotal/1e6).toFixed(0), 'ext', (mu.external/1e6).toFixed(0), 'duckdb', Number(m.getRows()[0]![0]) / 1e6)
  }
}
console.log('peak', (process.resourceUsage().maxRSS / 1024).toFixed(0))
