import {execFile} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {cli, root, seed} from './_cli.js'
import {describe, expect, it} from 'vitest'

describe('claimtrace extract', () => {
  it('prints one JSON object per file, as JSON Lines', async () => {
    const {code, stdout, stderr} = await cli('extract', '--format', 'json', '--date', '2017-01', seed('000_6c1548d3096fdfc2.txt'), seed('001_298b5d38e97bf34f.txt'))
    expect([code, stderr]).toEqual([0, ''])
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(lines.map((line) => [line.file.split('/').at(-1), line.claims.length])).toEqual([
      ['000_6c1548d3096fdfc2.txt', 8],
      ['001_298b5d38e97bf34f.txt', 8]
    ])
    const [first] = lines[0].claims
    expect(first).toMatchObject({text: '59', start: 571, end: 573, value: 59, unit: 'count', bound: '=', from: 56, direction: 'up', subject: 'requests'})
    expect(lines[0].claims[3]).toMatchObject({text: '10, 701', value: 10701, repairs: [{rule: 'thousands-separator-space', original: '10, 701'}]})
  })

  it('prints a readable list with line:column', async () => {
    const {code, stdout} = await cli('extract', '--format', 'text', '--date', '2017-02', seed('002_af6bee2cc274ad17.txt'))
    expect(code).toBe(0)
    expect(stdout.replace(root, '')).toMatchInlineSnapshot(`
      "fixtures/articles/002_af6bee2cc274ad17.txt
        1:109-1:112  150 count (up)             of jurisdictions; per agency’s weekly “name-and-shame” list
        3:73-3:78    2,825 count                of detainer requests; period February 4-10 = 2017-02-04..2017-02-10
        3:127-3:140  47 count (from 200, down)  of requests; period February 4-10 = 2017-02-04..2017-02-10 (carried)
        3:173-3:186  >200 count                 of requests; period the previous week = 2017-01-28..2017-02-03
        9:56-9:71    150 count (from 117, up)   of sanctuary jurisdictions
        11:68-11:79  <50 percent                of detainer refusals
        15:1-15:10   2–5 count                  of cities
        7 claims

      "
    `)
  })

  it('is byte-identical across runs', async () => {
    const files = ['000_6c1548d3096fdfc2.txt', '003_0c004ee7a3591199.txt'].map(seed)
    const first = await cli('extract', '--format', 'json', ...files)
    const second = await cli('extract', '--format', 'json', ...files)
    expect(second.stdout).toBe(first.stdout)
  })

  it('reports missing, binary and empty files clearly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-'))
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    writeFileSync(join(dir, 'empty.txt'), '')
    const {code, stdout, stderr} = await cli('extract', '--format', 'json', join(dir, 'missing.txt'), join(dir, 'image.png'), join(dir, 'empty.txt'), dir)
    expect(code).toBe(1)
    expect(stderr.replaceAll(dir, 'DIR')).toBe([
      'claimtrace: Cannot read `DIR/missing.txt`: no such file',
      'claimtrace: Cannot read `DIR/image.png`: it looks binary (NUL bytes), not article text',
      'claimtrace: Cannot read `DIR`: it is a directory',
      ''
    ].join('\n'))
    expect(stdout.replaceAll(dir, 'DIR')).toBe('{"file":"DIR/empty.txt","claims":[]}\n')
  })

  it('rejects bad usage with exit code 2', async () => {
    expect(await cli('extract', '--format', 'xml', 'a.txt')).toMatchObject({code: 2, stderr: 'claimtrace: Unknown format `xml`: expected `json` or `text`\n'})
    expect(await cli('extract', '--date', 'yesterday', seed('001_298b5d38e97bf34f.txt'))).toMatchObject({code: 2, stderr: 'claimtrace: Invalid date `yesterday`: expected YYYY, YYYY-MM or YYYY-MM-DD\n'})
    expect(await cli('extract')).toMatchObject({code: 2, stderr: "claimtrace: missing required argument 'file'; see `claimtrace extract --help`\n"})
    expect(await cli('frobnicate')).toMatchObject({code: 2, stderr: "claimtrace: unknown command 'frobnicate'; see `claimtrace --help`\n"})
    expect((await cli('extract', '--nope', 'x')).code).toBe(2)
  })

  it('runs as a process and sets the exit code', async () => {
    const exec = promisify(execFile)
    const bin = join(root, 'packages/cli/src/bin.ts')
    const args = ['--import', 'tsx', '--conditions=@claimtrace/source', bin, 'extract', '--format', 'json', seed('003_0c004ee7a3591199.txt')]
    const {stdout} = await exec(process.execPath, args, {cwd: root})
    expect(JSON.parse(stdout).claims.map((claim: {text: string}) => claim.text)).toEqual(['all 15', 'all 15', 'up to an additional 48 hours', 'nearly $1 million'])
    await expect(exec(process.execPath, [...args.slice(0, 4), 'extract', 'missing.txt'], {cwd: root})).rejects.toMatchObject({code: 1})
  })
})
