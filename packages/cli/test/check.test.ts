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
    const {file, date, claims, links} = JSON.parse(stdout)
    expect(file).toBe(seed('002_af6bee2cc274ad17.txt'))
    expect(date).toEqual({value: '2017-03', source: 'option', evidence: 'given', exact: true})
    expect(links).toHaveLength(claims.length)
    expect(links.slice(0, 6).map((link: {claimId: string; recordId: string | null; verdict: string}) => [link.claimId, link.recordId, link.verdict])).toEqual([
      ['c1', 'ddor-jurisdictions-2017w06', 'consistent'],
      ['c2', 'ddor-issued-2017w06', 'consistent'],
      ['c3', 'ddor-declined-2017w06', 'consistent'],
      ['c4', 'ddor-declined-2017w05', 'consistent'],
      ['c5', 'ddor-jurisdictions-2017w06', 'consistent'],
      ['c6', null, 'no-record']
    ])
    expect(links[3].arithmetic).toMatchObject({claimed: 200, recorded: 206, rule: 'above the stated figure', fits: true})
  })

  it('dates each article as --date says, else as articles.json beside it says, else as its text shows; never a conflict on the seeds', async () => {
    const dates = JSON.parse(readFileSync(seed('articles.json'), 'utf8')) as Array<{file: string; date: string}>
    const copies = mkdtempSync(join(tmpdir(), 'claimtrace-'))
    const runs: Array<[string, string[]]> = []
    for (const {file, date} of dates) {
      writeFileSync(join(copies, file), readFileSync(seed(file), 'utf8'))
      runs.push([`--date ${date}`, ['--date', date, seed(file)]], ['articles.json', [seed(file)]], ['text', [join(copies, file)]])
    }
    const verdicts: Record<string, Record<string, number>> = {}
    for (const [how, args] of runs) {
      const {code, stdout} = await cli('check', '--format', 'json', '--facts', facts, '--fail-on', 'conflicting', ...args)
      expect(code).toBe(0)
      const {date, links} = JSON.parse(stdout) as {date: {source: string} | null; links: Array<{verdict: string}>}
      const mode = how.startsWith('--date') ? 'option' : how === 'articles.json' ? 'sidecar' : 'text'
      if (mode !== 'text') expect(date?.source).toBe(mode)
      verdicts[mode] ??= {}
      for (const {verdict} of links) verdicts[mode]![verdict] = (verdicts[mode]![verdict] ?? 0) + 1
    }
    expect(verdicts['option']).toEqual(verdicts['sidecar'])
    expect(verdicts['option']!['conflicting'] ?? 0).toBe(0)
    expect(verdicts['text']!['conflicting'] ?? 0).toBe(0)
    expect(verdicts['option']!['consistent']).toBe(29)
  })

  it('reports a changed figure as an error with its likely cause, ends with a verdict summary, and fails with --fail-on conflicting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-'))
    const altered = join(dir, 'altered.txt')
    writeFileSync(altered, readFileSync(seed('001_298b5d38e97bf34f.txt'), 'utf8').replace('saw 59 of its requests', 'saw 95 of its requests'))
    const {code, stdout} = await cli('check', '--format', 'text', '--date', '2017-01', '--facts', facts, '--fail-on', 'conflicting', altered)
    expect(code).toBe(1)
    const lines = stdout.replaceAll(dir, 'DIR').split('\n')
    expect(lines[0]).toBe('DIR/altered.txt')
    expect(lines[1]).toMatch(/^ +info +Article date 2017-01, from --date +article-date +claimtrace$/)
    expect(lines[2]).toMatch(/^10:110-10:112 +error +Unexpected `95` for `detainer requests declined` \(ICE Boston field office, covering New England, 2016\), expected `59` \(equal within 0\.5 \(half the stated precision 1\)\); likely transposed digits: `95` is the record's 59 with two digits swapped +claim-conflicting +claimtrace$/)
    expect(lines.filter((line) => line.includes('claim-consistent'))).toHaveLength(7)
    expect(lines.at(-2)).toBe('1 article, 8 claims: 7 consistent, 1 conflicting, 0 ambiguous, 0 unresolved, 0 no record')
    expect((await cli('check', '--format', 'json', '--date', '2017-01', '--facts', facts, altered)).code).toBe(0)
  })

  it('shows near misses and unresolved periods, and fails on them when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-'))
    const article = join(dir, 'undated.txt')
    writeFileSync(article, 'The Boston ICE office saw 59 requests to hold immigrants denied last year. In 2013, it saw 12 denied.\n')
    const {code, stdout} = await cli('check', '--format', 'text', '--facts', facts, '--fail-on', 'unresolved', article)
    expect(code).toBe(1)
    expect(stdout).toMatch(/info +Article date 2013 or later, from the text: the latest year it states, “2013” +article-date/)
    expect(stdout).toMatch(/warning +Unresolved `59` \(missing period\): period `last year` is counted from the article's date, which is only known to be 2013 or later \(the latest year it states, “2013”\); it would fit `ice-boston-declined-2016` \(2016\)/)
    expect(stdout).toMatch(/info +No record for `12`: near miss \(period\): a record for [^;]+ exists \(`[\w-]+`\); none for the claim's 2013/)
    expect(stdout).toContain('1 article, 2 claims: 0 consistent, 0 conflicting, 0 ambiguous, 1 unresolved, 1 no record')
  })

  it('names file, record and field of a broken facts file, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-'))
    writeFileSync(join(dir, 'bad.jsonl'), '{"id": "x", "metric": {"name": "m"}, "scope": {"place": "Boston"}, "period": {"start": "2016-01-01", "end": "2016-12-31"}, "value": 5, "unit": "people", "source": {"publisher": "p", "title": "t", "kind": "primary"}}\n')
    const {code, stderr} = await cli('check', '--facts', dir, seed('001_298b5d38e97bf34f.txt'))
    expect(code).toBe(2)
    expect(stderr.replaceAll(dir, 'DIR')).toBe('claimtrace: Invalid facts:\nDIR/bad.jsonl: record 1 (line 1), field `unit`: unknown unit `people`\n')
  })

  it('rejects missing --facts and unknown verdicts', async () => {
    expect(await cli('check', seed('001_298b5d38e97bf34f.txt'))).toMatchObject({code: 2, stderr: "claimtrace: required option '--facts <path>' not specified; see `claimtrace check --help`\n"})
    expect(await cli('check', '--facts', facts, '--fail-on', 'wrong', seed('001_298b5d38e97bf34f.txt'))).toMatchObject({code: 2})
    expect(await cli('check', '--facts', join(facts, 'nope'), seed('001_298b5d38e97bf34f.txt'))).toMatchObject({code: 2, stderr: expect.stringContaining('Cannot read facts')})
  })
})
