import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {loadFacts} from '@claimtrace/facts'
import {describe, expect, it} from 'vitest'
import {cli, root} from './_cli.js'

const facts = join(root, 'fixtures', 'facts')

describe('claimtrace facts', () => {
  it('writes the records as a Data Commons observations table that reads back as the same records', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'claimtrace-facts-'))
    const out = join(directory, 'observations.csv')
    const {code, stderr} = await cli('facts', facts, '--out', out)
    expect(code).toBe(0)
    const table = readFileSync(out, 'utf8')
    expect(table.split('\n')[0]!.startsWith('variableMeasured,observationAbout,observationDate,value,unit,measurementMethod,id,')).toBe(true)
    const records = loadFacts([{file: out, text: table}])
    expect(stderr).toBe(`${records.length} records; wrote ${out}\n`)
    const {stdout} = await cli('facts', facts, '--format', 'json')
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(records)))
  })

  it('names the file and line of a bad record and exits 2', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'claimtrace-facts-'))
    const bad = join(directory, 'bad.csv')
    writeFileSync(bad, 'variableMeasured,observationAbout,observationDate,value,unit\nCount_Person,geoId/06,2020,39538223,Furlongs\n')
    const {code, stderr} = await cli('facts', bad)
    expect(code).toBe(2)
    expect(stderr).toContain(`${bad}: record 1 (line 2), field \`unit\`: unknown unit \`Furlongs\``)
    expect(stderr).toContain(`${bad}: record 1 (line 2), field \`source\`: is missing`)
  })
})
