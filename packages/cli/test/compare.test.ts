import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, seed} from './_cli.js'

const original = seed('001_298b5d38e97bf34f.txt')
const scrape = seed('000_6c1548d3096fdfc2.txt')

describe('claimtrace compare', () => {
  it('prints similarity, divergences and conflicts as JSON', async () => {
    const {code, stdout} = await cli('compare', original, scrape, '--format', 'json')
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as {a: string; b: string; similarity: number; divergences: Array<{kind: string; severity: string; a: {text: string}; b: {text: string}}>; conflicts: unknown[]}
    expect([result.a, result.b, result.similarity, result.conflicts]).toEqual([original, scrape, 0.835, []])
    expect(result.divergences.filter((item) => item.kind === 'mangled-number').map((item) => [item.a.text, item.b.text])).toEqual([
      ['10,701', '10, 701'], ['8,546', '8, 546'], ['2,008', '2, 008'], ['26.9', '26. 9'], ['46.4', '46. 4']
    ])
  })

  it('prints a changed number as a conflict in text', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'claimtrace-compare-'))
    const altered = join(directory, 'altered.txt')
    writeFileSync(altered, readFileSync(original, 'utf8').replace('saw 59 of', 'saw 95 of'))
    const {code, stdout} = await cli('compare', original, altered, '--format', 'text')
    expect(code).toBe(0)
    expect(stdout.split('\n').slice(1)).toEqual([
      '  similarity 0.98, containment 0.99',
      '  relation: copy, 1 shared passage (100% of the first, 100% of the second)',
      '  divergences: 1 value-change',
      '  10:110-10:110 error   value-change       "59" → "95"',
      '  claim conflicts: 1',
      '  10:110-10:110 error   value-change       "59" → "95"',
      ''
    ])
  })

  it('fails on a conflict between the copies with --fail-on conflicting, and checks both copies against --facts', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'claimtrace-compare-'))
    const altered = join(directory, 'altered.txt')
    writeFileSync(altered, readFileSync(original, 'utf8').replace('saw 59 of', 'saw 95 of'))
    expect((await cli('compare', original, altered, '--format', 'text', '--fail-on', 'conflicting')).code).toBe(1)
    expect((await cli('compare', original, scrape, '--format', 'text', '--fail-on', 'conflicting')).code).toBe(0)
    expect(await cli('compare', original, altered, '--fail-on', 'unresolved')).toMatchObject({code: 2, stderr: expect.stringContaining('--fail-on unresolved needs --facts')})
    const facts = join(seed('..'), 'facts')
    const checked = await cli('compare', original, altered, '--format', 'json', '--facts', facts, '--fail-on', 'no-record')
    expect(checked.code).toBe(0)
    const result = JSON.parse(checked.stdout) as {dates: {a: {source: string}; b: unknown}; links: {a: Array<{verdict: string}>; b: Array<{verdict: string}>}}
    expect(result.dates.a.source).toBe('sidecar')
    expect(result.dates.b).toMatchObject({source: 'last-year', value: '2017'})
    expect(result.links.a.map((link) => link.verdict)).toEqual(Array(8).fill('consistent'))
    expect(result.links.b.filter((link) => link.verdict === 'conflicting')).toHaveLength(1)
    const text = await cli('compare', original, altered, '--format', 'text', '--facts', facts, '--fail-on', 'conflicting')
    expect(text.code).toBe(1)
    expect(text.stdout).toContain('  against the records: 2 articles, 16 claims: 15 consistent, 1 conflicting, 0 ambiguous, 0 unresolved, 0 no record\n')
  })

  it('asks for exactly two files', async () => {
    expect(await cli('compare', original)).toEqual({code: 2, stdout: '', stderr: "claimtrace: missing required argument 'b'; see `claimtrace compare --help`\n"})
    expect(await cli('compare', original, original, original)).toMatchObject({code: 2, stderr: expect.stringContaining('too many arguments')})
  })
})
