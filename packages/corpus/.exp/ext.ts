import {DuckDBInstance} from '@duckdb/node-api'
const i = await DuckDBInstance.create(':memory:'); const c = await i.connect()
console.log((await c.runAndReadAll(`SELECT extension_name, loaded, installed FROM duckdb_extensions() WHERE extension_name in ('jemalloc','parquet')`)).getRows())
console.log((await c.runAndReadAll(`SELECT version()`)).getRows())
