import {readdirSync, readFileSync} from 'node:fs'
import {type FactRecord, loadFacts} from '@claimtrace/facts'
import type {ReportArticle} from '@claimtrace/report'

const root = new URL('../../../fixtures/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('articles/articles.json', root), 'utf8')) as Array<{file: string; date: string}>

/** The five seeds with their dates, ids as `articles/<file>`. */
export const seeds: ReportArticle[] = manifest.map((item) => ({id: `articles/${item.file}`, text: readFileSync(new URL(`articles/${item.file}`, root), 'utf8'), date: item.date}))

export const seed = (prefix: string) => seeds.find((item) => item.id.startsWith(`articles/${prefix}`))!

/** The fixture fact records. */
export const records: FactRecord[] = loadFacts(
  readdirSync(new URL('facts/', root))
    .filter((name) => /\.(json|jsonl|csv)$/.test(name))
    .sort()
    .map((name) => ({file: `facts/${name}`, text: readFileSync(new URL(`facts/${name}`, root), 'utf8')}))
)

export const fixtures = root
