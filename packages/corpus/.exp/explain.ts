import {DuckDBInstance} from '@duckdb/node-api'
const i = await DuckDBInstance.create(':memory:', {memory_limit: '128MB', threads: '1'}); const c = await i.connect()
await c.run(`ATTACH '/tmp/idxmem.duckdb' AS corpus`); await c.run('USE corpus')
await c.run(`CREATE TEMP TABLE cited AS SELECT (row_number() OVER () / 4)::BIGINT AS "rank", row_number() OVER () AS entry, 'corroborated' AS kind, seq, position FROM (SELECT seq, position FROM claims USING SAMPLE 10000 ROWS)`)
const q = `SELECT t."rank", t.kind, d.id AS article, c.claim, c.text, c.value, c.unit
FROM cited t
JOIN claims c ON c.seq = t.seq AND c.position = t.position
JOIN documents d ON d.seq = t.seq
WHERE t."rank" >= 0 AND t."rank" < 4096
ORDER BY t."rank", t.entry`
const r = await c.runAndReadAll('EXPLAIN ' + q); console.log(String(r.getRows()[0]![1]))
const rss = () => (process.memoryUsage().rss / 1e6).toFixed(0)
console.log('before', rss()); const t = performance.now(); const rows = (await c.runAndReadAll(q)).getRows(); console.log('after', rss(), rows.length, performance.now() - t)
