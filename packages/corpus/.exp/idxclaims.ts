import {readFileSync, rmSync} from 'node:fs'
import {CorpusIndex} from '@claimtrace/corpus'
import {shingles} from '@claimtrace/syndication'
import {extractClaims} from '@claimtrace/extract'
const n = Number(process.argv[2]), limit = process.argv[3] ?? '256MB', mode = process.argv[4] ?? 'all'
const path = `/tmp/idxmem.duckdb`
rmSync(path, {force: true}); rmSync(path + '.wal', {force: true})
const lines = readFileSync(`/tmp/rc10000.jsonl`, 'utf8').split('\n').filter(Boolean).slice(0, 3000)
const base = lines.map((line) => { const l = JSON.parse(line); return {shingles: shingles(l.text), claims: mode === 'noclaims' ? [] : extractClaims(l.text)} })
console.log('prepared', base.reduce((s, b) => s + b.claims.length, 0), 'claims in', base.length)
const index = await CorpusIndex.open(path, {memoryLimit: limit})
const t = performance.now()
let batch: any[] = []
const rss = () => (process.memoryUsage().rss / 1e6).toFixed(0)
for (let i = 0; i < n; i++) {
  const b = base[i % base.length]!
  batch.push({id: 'd' + i, shingles: b.shingles, claims: b.claims})
  if (batch.length === 2048) { await index.add(batch, {jobs: 1}).catch((e) => { console.log('ADD FAILED', i, e.message.slice(0, 80)); process.exit(1) }); batch = [] }
  if (i % 20000 === 0) console.log(i, 'rss', rss(), 'heap', (process.memoryUsage().heapUsed / 1e6).toFixed(0))
}
await index.add(batch, {jobs: 1}).catch((e) => { console.log('ADD FAILED', e.message.slice(0, 80)); process.exit(1) })
console.log('added', ((performance.now() - t) / 1000).toFixed(1), 'rss', rss(), 'peak', (process.resourceUsage().maxRSS / 1024).toFixed(0))
let groups = 0
const counts = await index.corroborate(() => { groups++ }).catch((e) => { console.log('CORR FAILED', e.message.slice(0, 80)); process.exit(1) })
console.log('corroborated', groups, 'rss', rss(), 'peak', (process.resourceUsage().maxRSS / 1024).toFixed(0))
index.close()
