import {FactsError, loadFacts} from '@claimtrace/facts'
import {afterEach, describe, expect, it} from 'vitest'

// Issue 11: facts files come from outside; loading one must not reach past its records.

const valid = {
  id: 'r1',
  metric: {name: 'detainer requests declined'},
  scope: {place: 'Boston'},
  period: {start: '2016-01-01', end: '2016-12-31'},
  value: 59,
  unit: 'count',
  source: {publisher: 'Boston Herald', title: 'ICE data', kind: 'article'}
}
const header = 'id,metric.name,scope.place,period.start,period.end,value,unit,source.publisher,source.title,source.kind'
const row = 'r1,requests denied,Boston,2016-01-01,2016-12-31,59,count,Herald,ICE data,article'

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort()
const untouched = () => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames)
  const probe = {} as Record<string, unknown>
  for (const name of ['x', 'published', 'polluted', 'id', 'unit']) expect(probe[name]).toBeUndefined()
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

describe('loadFacts on hostile files', () => {
  afterEach(() => {
    // Clean up after a regression, so one failure does not poison every later test.
    for (const name of ['x', 'published', 'polluted']) delete (Object.prototype as Record<string, unknown>)[name]
  })

  it('refuses CSV columns that name a prototype key, and leaves Object.prototype alone', () => {
    expect(problemsOf('facts.csv', `${header},__proto__.x\n${row},1\n`)).toEqual(['facts.csv: line 1: column 11 is named `__proto__.x`: `__proto__` cannot be a field name'])
    untouched()
    expect(problemsOf('facts.csv', `${header},source.__proto__.polluted,constructor.prototype.published,metric.prototype\n${row},1,2098,3\n`)).toEqual([
      'facts.csv: line 1: column 11 is named `source.__proto__.polluted`: `__proto__` cannot be a field name',
      'facts.csv: line 1: column 12 is named `constructor.prototype.published`: `constructor` cannot be a field name',
      'facts.csv: line 1: column 13 is named `metric.prototype`: `prototype` cannot be a field name'
    ])
    untouched()
  })

  it('does not let an extra `__proto__.published` column move every article’s date', () => {
    expect(() => loadFacts([{file: 'facts.csv', text: `${header},__proto__.published\n${row},2098\n`}])).toThrow(/column 11 is named `__proto__\.published`/)
    untouched()
    // What the extractor reads for a date when options and front matter give none.
    expect(({} as {published?: string}).published).toBeUndefined()
  })

  it('refuses a repeated CSV column instead of letting the last one win', () => {
    expect(problemsOf('facts.csv', `${header},value\n${row},95\n`)).toEqual(['facts.csv: line 1: column 11 repeats `value`, column 6'])
  })

  it('builds CSV records without prototypes on the way, and returns plain records', () => {
    const [record] = loadFacts([{file: 'facts.csv', text: `${header}\n${row}\n`}])
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(record!.source)).toBe(Object.prototype)
  })

  it.each([
    ['facts.json', (text: string) => `[${text}]`],
    ['facts.jsonl', (text: string) => text]
  ])('keeps `__proto__`, `constructor` and `prototype` keys of %s out of records and Object.prototype', (file, wrap) => {
    const hostile = JSON.stringify(valid)
      .replace('{', '{"__proto__": {"polluted": 1, "published": "2098"}, "constructor": {"prototype": {"polluted": 2}}, "prototype": {"x": 3}, ')
      .replace('"source":{', '"source":{"__proto__": {"url": "javascript:alert(1)"}, ')
    const [record] = loadFacts([{file, text: wrap(hostile)}])
    untouched()
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(record!.source)).toBe(Object.prototype)
    expect(Object.keys(record!).sort()).toEqual(['id', 'metric', 'period', 'scope', 'source', 'unit', 'value', 'version'])
    expect(record!.source.url).toBeUndefined()
  })

  it('does not take `records` from a JSON object’s prototype key', () => {
    expect(problemsOf('facts.json', `{"__proto__": {"records": [${JSON.stringify(valid)}]}}`)).toEqual(['facts.json: expected a list of records, or an object with `records`'])
  })

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'ftp://example.org/data.csv', 'example.org/data'])(
    'refuses the source URL %s, naming file, record and field',
    (url) => {
      const text = JSON.stringify([valid, {...valid, id: 'r2', source: {...valid.source, url}}], null, 2)
      expect(problemsOf('facts.json', text)).toEqual([`facts.json: record 2 (line 22), field \`source.url\`: should be an http or https address, not \`${url}\``])
    }
  )

  it('accepts http and https source URLs, in CSV as in JSON', () => {
    const records = loadFacts([
      {file: 'a.jsonl', text: JSON.stringify({...valid, source: {...valid.source, url: 'http://example.org/ice.pdf'}})},
      {file: 'b.csv', text: `${header},source.url\n${row.replace('r1', 'r2')},HTTPS://EXAMPLE.ORG/ice\n`}
    ])
    expect(records.map((record) => record.source.url)).toEqual(['http://example.org/ice.pdf', 'HTTPS://EXAMPLE.ORG/ice'])
    expect(problemsOf('c.csv', `${header},source.url\n${row},javascript:alert(1)\n`)).toEqual(['c.csv: record 1 (line 2), field `source.url`: should be an http or https address, not `javascript:alert(1)`'])
  })
})
