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
    expect(await cli('extract')).toMatchObject({code: 2, stderr: 'claimtrace: Missing FILE: `claimtrace extract FILE...`\n'})
    expect(await cli('frobnicate')).toMatchObject({code: 2, stderr: 'claimtrace: Unknown command `frobnicate`; see `claimtrace --help`\n'})
    expect((await cli('extract', '--nope', 'x')).code).toBe(2)
  })

  it('shows help', async () => {
    const {code, stdout} = await cli('--help')
    expect(code).toBe(0)
    expect(stdout).toMatchInlineSnapshot(`
      "Usage: claimtrace <command> [options]

      Commands:
        extract FILE...               Print the numeric claims of each article
        check FILE... --facts PATH... Check each claim against fact records (files or folders)
        compare A B                   Align two copies of a story: divergences and claim conflicts
        cluster PATH...               Find copies of one story in files, folders and JSONL corpora
        report PATH... [--facts PATH...] [--out FILE]
                                      Provenance report over files, folders and JSONL corpora:
                                      claims and verdicts, copies and their differences, corroboration
        facts PATH... [--out FILE]    Validate fact records and write them as a Data Commons
                                      observations table (.csv, the default) or as JSON (.json)

      Options:
        --format json|text  Output format (default: text on a terminal, json otherwise;
                            report: also md, html and jsonld, and by default the --out file's extension;
                            facts: csv or json)
        --out FILE          Write the report to FILE: .html, .md, .json or .jsonld (report; .jsonld is
                            schema.org ClaimReview and PROV-O)
        --author NAME       The organisation that publishes the ClaimReviews (report --out .jsonld;
                            default claimtrace)
        --review-date DATE  The reviews' datePublished, YYYY-MM-DD (report --out .jsonld; default today, UTC)
        --review-url URL    Where the reviews are published: each review's url is URL, the article's id
                            and #claim (report --out .jsonld)
        --jobs N            Worker threads for the per-article stage (report; default 2, or 1 on one
                            core; with 1 it runs in the main thread)
        --date YYYY-MM-DD   Publication date, to resolve "last year" (YYYY and YYYY-MM work too; compare: both copies;
                            report: every article). Without it: front matter, then articles.json beside
                            the files, then evidence in the text (a dateline, "last year" after 2014, 2015)
        --facts PATH        Fact records: .json, .jsonl, .csv files or folders of them (check, report, compare;
                            repeatable)
        --fail-on VERDICTS  Exit 1 when a link has one of these verdicts, comma-separated: conflicting,
                            ambiguous, unresolved, no-record (check, report, compare)
        --threshold X       Least shingle similarity, 0..1, for two documents to be copies (cluster, report; default 0.5)
        -h, --help          Show this help
        -v, --version       Show the version
      "
    `)
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
