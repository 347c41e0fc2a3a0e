import {readdirSync, readFileSync} from 'node:fs'
import {FactRecord, FactsError, factRecordJsonSchema, loadFacts} from '@claimtrace/facts'
import {describe, expect, it} from 'vitest'

const directory = new URL('../../../fixtures/facts/', import.meta.url)
const fixtures = () =>
  readdirSync(directory)
    .filter((name) => /\.(json|jsonl|csv)$/.test(name))
    .sort()
    .map((file) => ({file, text: readFileSync(new URL(file, directory), 'utf8')}))

const valid = {
  id: 'r1',
  metric: {name: 'detainer requests declined'},
  scope: {place: 'Boston'},
  period: {start: '2016-01-01', end: '2016-12-31'},
  value: 59,
  unit: 'count',
  source: {publisher: 'Boston Herald', title: 'ICE data', kind: 'article'}
}

function problemsOf(file: string, text: string): string[] {
  try {
    loadFacts([{file, text}])
  } catch (error) {
    expect(error).toBeInstanceOf(FactsError)
    return (error as FactsError).message.split('\n')
  }
  throw new Error('expected a FactsError')
}

describe('loadFacts', () => {
  it('loads the fixture records from JSON, JSONL and CSV', () => {
    const records = loadFacts(fixtures())
    expect(records.map((record) => record.id)).toEqual([
      'bpd-detainers-received-2024', 'bpd-detainers-declined-2024',
      'detainer-hold-maximum',
      'ddor-declined-2017w05', 'ddor-issued-2017w06', 'ddor-declined-2017w06', 'ddor-jurisdictions-2017w05', 'ddor-jurisdictions-2017w06', 'ddor-nyc-received-2017w06', 'ddor-nyc-declined-2017w06',
      'ice-boston-declined-2014', 'ice-boston-declined-2015', 'ice-boston-declined-2016', 'ice-national-declined-2014', 'ice-national-declined-2015', 'ice-national-declined-2016',
      'deported-share-massachusetts-2016', 'deported-share-national-2016'
    ])
    const csv = records[0]!
    expect(csv).toMatchObject({value: 15, unit: 'count', scope: {place: 'Boston', organization: 'Boston Police Department'}, period: {start: '2024-01-01', end: '2024-12-31'}, version: 1})
    expect(csv.metric.aliases).toContain('detainer requests made')
    // Every record says how its figure is known.
    expect(records.every((record) => ['primary', 'secondary', 'article'].includes(record.source.kind))).toBe(true)
  })

  it('names file, line and problem for bad JSON', () => {
    expect(problemsOf('facts.json', '[\n  {"id": "a",\n  "value": 5,,\n}]')).toEqual([expect.stringMatching(/^facts\.json: line 3: invalid JSON: /)])
    expect(problemsOf('facts.jsonl', `${JSON.stringify(valid)}\n{"id": \n`)).toEqual([expect.stringMatching(/^facts\.jsonl: record 2 \(line 2\): invalid JSON: /)])
  })

  it('names record, line and field for a missing field, a wrong type and an unknown unit', () => {
    const records = [valid, {...valid, id: 'r2', source: {publisher: 'Boston Herald', kind: 'article'}}, {...valid, id: 'r3', value: '59'}, {...valid, id: 'r4', unit: 'people'}]
    expect(problemsOf('facts.json', JSON.stringify(records, null, 2))).toEqual([
      'facts.json: record 2 (line 22), field `source.title`: is missing',
      'facts.json: record 3 (line 41), field `value`: should be a number, not the text `59`',
      'facts.json: record 4 (line 61), field `unit`: unknown unit `people`'
    ])
  })

  it('checks dates, ranges and the value', () => {
    const record = {...valid, period: {start: '2016-02-30', end: '2016-01-01'}, value: undefined}
    expect(problemsOf('facts.jsonl', JSON.stringify(record))).toEqual([
      'facts.jsonl: record 1 (line 1), field `period.start`: not a calendar date',
      'facts.jsonl: record 1 (line 1), field `period.end`: the period ends before it starts',
      'facts.jsonl: record 1 (line 1), field `value`: a record needs a `value`, or `low`/`high`'
    ])
  })

  it('reads CSV with dotted columns and reports rows by line', () => {
    const header = 'id,metric.name,scope.place,period.start,period.end,value,unit,source.publisher,source.title,source.kind'
    const text = `${header}\nr1,requests denied,Boston,2016-01-01,2016-12-31,59,count,Herald,"ICE data, obtained",article\nr2,requests denied,Boston,2016-01-01,2016-12-31,lots,count,Herald,ICE data,article\n`
    expect(problemsOf('facts.csv', text)).toEqual(['facts.csv: record 2 (line 3), field `value`: should be a number, not the text `lots`'])
    expect(problemsOf('facts.csv', `${header}\nr1,"unclosed`)).toEqual(['facts.csv: line 2: invalid CSV: a quoted field is never closed'])
  })

  it('reports duplicate ids and conflicting versions, and loads nothing', () => {
    const corrected = {...valid, id: 'r1-v2', value: 58, version: 2, supersedes: 'r1'}
    expect(loadFacts([{file: 'a.jsonl', text: [valid, corrected].map((item) => JSON.stringify(item)).join('\n')}]).map((record) => record.id)).toEqual(['r1', 'r1-v2'])
    const text = [valid, {...valid}, corrected, {...corrected, id: 'r1-v3', version: 1}, {...valid, id: 'r9', version: 2, supersedes: 'nope'}].map((item) => JSON.stringify(item)).join('\n')
    expect(problemsOf('a.jsonl', text)).toEqual([
      'a.jsonl: record 2 (line 2), field `id`: duplicate id `r1`, first used in a.jsonl record 1',
      'a.jsonl: record 4 (line 4), field `version`: version 1 does not come after version 1 of `r1`',
      'a.jsonl: record 4 (line 4), field `supersedes`: `r1` is already superseded by `r1-v2`: conflicting versions',
      'a.jsonl: record 5 (line 5), field `supersedes`: supersedes `nope`, which no loaded record has as id'
    ])
  })

  it('names a missing required field as missing, for units and kinds too', () => {
    const {unit: _unit, ...noUnit} = valid
    const records = [valid, {...valid, id: 'r2'}, {...noUnit, id: 'r3', source: {publisher: 'Boston Herald', title: 'ICE data'}}]
    expect(problemsOf('facts.jsonl', records.map((record) => JSON.stringify(record)).join('\n'))).toEqual([
      'facts.jsonl: record 3 (line 3), field `unit`: is missing',
      'facts.jsonl: record 3 (line 3), field `source.kind`: is missing'
    ])
    expect(problemsOf('facts.csv', 'id,metric.name,scope.place,period.start,period.end,value,source.publisher,source.title,source.kind\nr1,requests denied,Boston,2016-01-01,2016-12-31,59,Herald,ICE data,article\n')).toEqual([
      'facts.csv: record 1 (line 2), field `unit`: is missing'
    ])
    expect(FactRecord.safeParse(noUnit).error?.issues[0]?.message).toBe('a unit is required')
  })

  it('accepts a UTF-8 byte order mark in JSON, JSONL and CSV', () => {
    const header = 'id,metric.name,scope.place,period.start,period.end,value,unit,source.publisher,source.title,source.kind'
    const records = loadFacts([
      {file: 'a.json', text: `\uFEFF${JSON.stringify([valid], null, 2)}`},
      {file: 'b.jsonl', text: `\uFEFF${JSON.stringify({...valid, id: 'r2'})}\n`},
      {file: 'c.csv', text: `\uFEFF${header}\nr3,requests denied,Boston,2016-01-01,2016-12-31,59,count,Herald,ICE data,article\n`}
    ])
    expect(records.map((record) => record.id)).toEqual(['r1', 'r2', 'r3'])
    // Lines still count from the first line of the file.
    expect(problemsOf('a.json', `\uFEFF[\n${JSON.stringify(valid)},\n${JSON.stringify({...valid, id: 'r2', value: 'x'})}]`)).toEqual([
      'a.json: record 2 (line 3), field `value`: should be a number, not the text `x`'
    ])
  })

  it('says so when a CSV header is separated by semicolons or tabs', () => {
    const semicolons = 'id;metric.name;scope.place;period.start;period.end;value\nr1;requests denied;Boston;2016-01-01;2016-12-31;59\n'
    expect(problemsOf('facts.csv', semicolons)).toEqual(['facts.csv: line 1: the header has no commas but 5 semicolons: claimtrace reads comma-separated CSV'])
    expect(problemsOf('facts.csv', semicolons.replaceAll(';', '\t'))).toEqual(['facts.csv: line 1: the header has no commas but 5 tabs: claimtrace reads comma-separated CSV'])
  })

  it('finds the line of every JSON record whatever its strings and keys hold', () => {
    const tricky = {...valid, note: 'a "quoted" [list], {braces}, \\ and a \\"records\\": ["x"]', metric: {name: 'requests', aliases: ['[', '{', ']', '}', ',']}}
    const lines = (text: string) => {
      try {
        loadFacts([{file: 'facts.json', text}])
      } catch (error) {
        return (error as FactsError).problems.map((problem) => [problem.record, problem.line])
      }
      return []
    }
    const bad = (id: string) => ({...tricky, id, value: 'x'})
    // Every record is bad, so every record reports its line.
    const list = [bad('a'), bad('b'), bad('c')]
    const pretty = JSON.stringify(list, null, 2)
    const starts = [...pretty.matchAll(/^ {2}\{/gm)].map((match) => pretty.slice(0, match.index).split('\n').length)
    expect(lines(pretty)).toEqual(starts.map((line, index) => [index + 1, line]))
    expect(lines(`[${list.map((item) => JSON.stringify(item)).join(',\n')}]`)).toEqual([[1, 1], [2, 2], [3, 3]])
    // `records` at the top level only, escaped or not, and the last one when repeated (as JSON.parse keeps it).
    const wrapped = `{\n"meta": {"records": [1,\n2]},\n"notes": ["records", [3]],\n"rec\\u006frds": [\n${JSON.stringify(bad('a'))},\n\n${JSON.stringify(bad('b'))}\n]}`
    expect(lines(wrapped)).toEqual([[1, 6], [2, 8]])
    expect(lines(`{"records": [${JSON.stringify(bad('a'))}],\n"records": [\n${JSON.stringify(bad('b'))}]}`)).toEqual([[1, 3]])
    expect(lines(`{"records": []}`)).toEqual([])
  })

  it('locates JSON records in linear time: 16 times the records take about 16 times as long', () => {
    // Every record is invalid, so every record's line is needed.
    const text = (size: number) => JSON.stringify({records: Array.from({length: size}, (_, index) => ({...valid, id: `r${index}`, value: 'x'}))}, null, 2)
    const once = (source: string) => {
      const start = performance.now()
      expect(() => loadFacts([{file: 'facts.json', text: source}])).toThrow(FactsError)
      return performance.now() - start
    }
    const small = text(500)
    const large = text(8000)
    once(small)
    // Interleaved, best of five: a busy machine slows both sizes alike.
    let smallest = Number.POSITIVE_INFINITY
    let largest = Number.POSITIVE_INFINITY
    for (let round = 0; round < 5; round++) {
      smallest = Math.min(smallest, once(small))
      largest = Math.min(largest, once(large))
    }
    // Rescanning the text for each record's line made this about 200; linear is about 16.
    expect(largest / Math.max(smallest, 1)).toBeLessThan(64)
  })

  it('refuses empty files and unknown formats', () => {
    expect(problemsOf('facts.json', '  \n')).toEqual(['facts.json: the file is empty'])
    expect(problemsOf('facts.yaml', 'id: 1')).toEqual(['facts.yaml: unknown format: name the file .json, .jsonl or .csv'])
    expect(problemsOf('facts.json', '{"id": 1}')).toEqual(['facts.json: expected a list of records, or an object with `records`'])
  })
})

describe('factRecordJsonSchema', () => {
  it('describes the record for non-TypeScript users, units listed', () => {
    const schema = factRecordJsonSchema() as {$schema: string; required: string[]; properties: Record<string, {enum?: string[]}>}
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.required).toEqual(['id', 'metric', 'scope', 'period', 'unit', 'source'])
    expect(schema.properties['unit']!.enum).toContain('percentage-point')
    expect(FactRecord.parse(valid).version).toBe(1)
  })
})
