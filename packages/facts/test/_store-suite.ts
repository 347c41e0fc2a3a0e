import {readdirSync, readFileSync} from 'node:fs'
import {extractClaims} from '@claimtrace/extract'
import {type CandidateQuery, FactRecord, type FactStore, linkClaims, loadFacts, MemoryStore, terms} from '@claimtrace/facts'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'

const root = new URL('../../../fixtures/', import.meta.url)
const facts = new URL('facts/', root)
export const fixtureRecords = () =>
  loadFacts(readdirSync(facts).filter((file) => /\.(json|jsonl|csv)$/.test(file)).map((file) => ({file, text: readFileSync(new URL(file, facts), 'utf8')})))

/** The candidate rule, by brute force over every record: what an index must give. */
function reference(records: readonly FactRecord[], query: CandidateQuery): string[] {
  const superseded = new Set(records.map((record) => record.supersedes))
  return records
    .filter((record) => !superseded.has(record.id) && record.unit === query.unit)
    .filter((record) => [record.metric.name, ...record.metric.aliases].flatMap((phrase) => terms(phrase)).some((term) => query.terms.includes(term)))
    .filter((record) => !query.scope?.length || [record.scope.place, record.scope.organization, ...record.scope.aliases].flatMap((name) => terms(name ?? '')).some((term) => query.scope!.includes(term)))
    .filter((record) => !query.years || (Number(record.period.start.slice(0, 4)) <= query.years[1] && Number(record.period.end.slice(0, 4)) >= query.years[0]))
    .map((record) => record.id)
    .sort()
}

/** The same tests for every `FactStore`. */
export function describeStore(name: string, make: (records: readonly FactRecord[]) => FactStore): void {
  describe(`${name} (store suite)`, () => {
    const records = fixtureRecords()
    const store = make(records)
    const ids = (query: CandidateQuery) => store.candidates(query).map((record) => record.id).sort()

    it('holds every record and finds each by id', () => {
      expect(store.size).toBe(records.length)
      for (const record of records) expect(store.get(record.id)).toEqual(record)
      expect(store.get('missing')).toBeUndefined()
    })

    it('gives the candidates the rule says, for fixture queries', () => {
      const queries: CandidateQuery[] = [
        {terms: ['request', 'denied'], unit: 'count'},
        {terms: ['request', 'denied'], unit: 'count', scope: ['boston'], years: [2016, 2016]},
        {terms: ['detainer'], unit: 'count', years: [2017, 2017]},
        {terms: ['hour'], unit: 'hour', years: [2024, 2024]},
        {terms: ['deported'], unit: 'percent', scope: ['massachusetts']},
        {terms: ['request'], unit: 'percent'},
        {terms: ['nothing'], unit: 'count'}
      ]
      for (const query of queries) expect(ids(query)).toEqual(reference(records, query))
    })

    it('gives the candidates the rule says, for generated queries', () => {
      const vocabulary = [...new Set(records.flatMap((record) => [record.metric.name, ...record.metric.aliases].flatMap((phrase) => terms(phrase))))]
      const places = [...new Set(records.flatMap((record) => [record.scope.place, record.scope.organization, ...record.scope.aliases].flatMap((place) => terms(place ?? ''))))]
      const query = fc.record({
        terms: fc.subarray(vocabulary, {minLength: 1, maxLength: 4}),
        unit: fc.constantFrom('count', 'percent', 'hour'),
        scope: fc.option(fc.subarray(places, {minLength: 1, maxLength: 3}), {nil: undefined}),
        years: fc.option(fc.integer({min: 2010, max: 2026}).map((year): [number, number] => [year, year]), {nil: undefined})
      })
      fc.assert(
        fc.property(query, (value) => {
          expect(ids(value)).toEqual(reference(records, value))
        }),
        {numRuns: 200, seed: 11}
      )
    })

    it('keeps superseded records readable but never a candidate', () => {
      const old = records.find((record) => record.id === 'ice-boston-declined-2016')!
      const corrected = FactRecord.parse({...old, id: 'ice-boston-declined-2016-v2', value: 60, version: 2, supersedes: old.id})
      const versioned = make([...records, corrected])
      const found = versioned.candidates({terms: ['request', 'denied'], unit: 'count', scope: ['boston'], years: [2016, 2016]}).map((record) => record.id)
      expect(found).toContain('ice-boston-declined-2016-v2')
      expect(found).not.toContain('ice-boston-declined-2016')
      expect(versioned.get('ice-boston-declined-2016')?.value).toBe(59)
    })

    it('gives the same links as the in-memory store on every seed', () => {
      const memory = new MemoryStore(records)
      const manifest = JSON.parse(readFileSync(new URL('articles/articles.json', root), 'utf8')) as Array<{file: string; date: string}>
      for (const {file, date} of manifest) {
        const text = readFileSync(new URL(`articles/${file}`, root), 'utf8')
        const claims = extractClaims(text, {date})
        expect(linkClaims(claims, store, {text})).toEqual(linkClaims(claims, memory, {text}))
      }
    })
  })
}
