import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {cli, root, seed} from './_cli.js'
import {describe, expect, it} from 'vitest'

const facts = join(root, 'fixtures/facts')

describe('claimtrace check', () => {
  it('prints claims with their links as JSON Lines', async () => {
    const {code, stdout} = await cli('check', '--format', 'json', '--date', '2017-03', '--facts', facts, seed('002_af6bee2cc274ad17.txt'))
    expect(code).toBe(0)
    const {file, claims, links} = JSON.parse(stdout)
    expect(file).toBe(seed('002_af6bee2cc274ad17.txt'))
    expect(claims).toHaveLength(6)
    expect(links.map((link: {claimId: string; recordId: string | null; verdict: string}) => [link.claimId, link.recordId, link.verdict])).toEqual([
      ['c1', 'ddor-jurisdictions-2017w06', 'consistent'],
      ['c2', 'ddor-issued-2017w06', 'consistent'],
      ['c3', 'ddor-declined-2017w06', 'consistent'],
      ['c4', 'ddor-declined-2017w05', 'consistent'],
      ['c5', 'ddor-jurisdictions-2017w06', 'consistent'],
      ['c6', null, 'no-record']
    ])
    expect(links[3].arithmetic).toMatchObject({claimed: 200, recorded: 206, rule: 'above the stated figure', fits: true})
  })

  it('reports a changed figure as an error and fails with --fail-on conflicting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-'))
    const altered = join(dir, 'altered.txt')
    writeFileSync(altered, readFileSync(seed('001_298b5d38e97bf34f.txt'), 'utf8').replace('saw 59 of its requests', 'saw 95 of its requests'))
    const {code, stdout} = await cli('check', '--format', 'text', '--date', '2017-01', '--facts', facts, '--fail-on', 'conflicting', altered)
    expect(code).toBe(1)
    const lines = stdout.replaceAll(dir, 'DIR').split('\n')
    expect(lines[0]).toBe('DIR/altered.txt')
    expect(lines[1]).toMatch(/^10:110-10:112 +error +Unexpected `95` for `detainer requests declined` \(ICE Boston field office, covering New England, 2016\), expected `59` \(equal within 0\.5 \(half the stated precision 1\)\) +claim-conflicting +claimtrace$/)
    expect(lines.filter((line) => line.includes('claim-consistent'))).toHaveLength(7)
    expect((await cli('check', '--format', 'json', '--date', '2017-01', '--facts', facts, altered)).code).toBe(0)
  })

  it('names file, record and field of a broken facts file, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-'))
    writeFileSync(join(dir, 'bad.jsonl'), '{"id": "x", "metric": {"name": "m"}, "scope": {"place": "Boston"}, "period": {"start": "2016-01-01", "end": "2016-12-31"}, "value": 5, "unit": "people", "source": {"publisher": "p", "title": "t", "kind": "primary"}}\n')
    const {code, stderr} = await cli('check', '--facts', dir, seed('001_298b5d38e97bf34f.txt'))
    expect(code).toBe(2)
    expect(stderr.replaceAll(dir, 'DIR')).toBe('claimtrace: Invalid facts:\nDIR/bad.jsonl: record 1 (line 1), field `unit`: unknown unit `people`\n')
  })

  it('rejects missing --facts and unknown verdicts', async () => {
    expect(await cli('check', seed('001_298b5d38e97bf34f.txt'))).toMatchObject({code: 2, stderr: 'claimtrace: Missing --facts: `claimtrace check FILE... --facts PATH...`\n'})
    expect(await cli('check', '--facts', facts, '--fail-on', 'wrong', seed('001_298b5d38e97bf34f.txt'))).toMatchObject({code: 2})
    expect(await cli('check', '--facts', join(facts, 'nope'), seed('001_298b5d38e97bf34f.txt'))).toMatchObject({code: 1, stderr: expect.stringContaining('Cannot read facts')})
  })
})
