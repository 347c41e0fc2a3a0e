import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, cliWith, root, seed} from './_cli.js'

const commands = ['extract', 'check', 'compare', 'cluster', 'index', 'index add', 'index export', 'report', 'facts']
const planted = join(root, 'fixtures/verdicts/02-crime-st-louis.txt')

/** A fresh folder under the system's temporary folder. */
const folder = () => mkdtempSync(join(tmpdir(), 'claimtrace-usage-'))

describe('claimtrace usage', () => {
  it.each(commands)('prints the help of `%s` with its own options, and exits 0', async (command) => {
    const {code, stdout, stderr} = await cli(...command.split(' '), '--help')
    expect([code, stderr]).toEqual([0, ''])
    expect(stdout).toContain(`Usage: claimtrace ${command} [options]`)
    await expect(stdout).toMatchFileSnapshot(`help/${command.replace(' ', '-')}.txt`)
  })

  it('prints the overview with --help, and it to stderr with exit 2 without a command', async () => {
    const help = await cli('--help')
    expect(help.code).toBe(0)
    await expect(help.stdout).toMatchFileSnapshot('help/claimtrace.txt')
    expect(await cli()).toEqual({code: 2, stdout: '', stderr: help.stdout})
    expect(await cli('--version')).toEqual({code: 0, stdout: 'claimtrace 0.1.0\n', stderr: ''})
  })

  it('gives each exit code of the README’s table for its example', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const table = readme.slice(readme.indexOf('| exit code |'))
    const rows = [...table.matchAll(/^\| (\d) \| [^|]+ \| `claimtrace ([^`]+)` \|$/gm)].map((match) => ({code: Number(match[1]), argv: match[2]!.split(' ')}))
    expect(rows.map((row) => row.code)).toEqual([0, 1, 1, 2, 2])
    const cwd = process.cwd()
    process.chdir(root)
    try {
      for (const {code, argv} of rows) expect([argv.join(' '), (await cli(...argv)).code]).toEqual([argv.join(' '), code])
    } finally {
      process.chdir(cwd)
    }
  })

  it('documents every CLI command of the README with `pnpm -s`, so JSON on stdout is JSON alone', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const documented = readme.split('\n').filter((line) => /^npx -y pnpm@10 .*claimtrace /.test(line))
    expect(documented.length).toBeGreaterThan(5)
    for (const line of documented) expect(line).toMatch(/^npx -y pnpm@10 -s claimtrace /)
  })

  it('reads - from stdin: an article, fact records, a JSONL corpus', async () => {
    const text = 'BOSTON — The city counted 59 requests in 2016, up from 56 in 2015.'
    const extracted = await cliWith({stdin: text}, 'extract', '--format', 'json', '-')
    expect(extracted.code).toBe(0)
    expect(JSON.parse(extracted.stdout)).toMatchObject({file: '-', claims: expect.arrayContaining([expect.objectContaining({text: '59', from: 56})])})

    const facts = readFileSync(join(root, 'fixtures/facts/ice-detainers-herald.json'), 'utf8')
    const checked = await cliWith({stdin: facts}, 'check', '--format', 'json', '--date', '2017-01', '--facts', '-', seed('001_298b5d38e97bf34f.txt'))
    expect(checked.code).toBe(0)
    expect(JSON.parse(checked.stdout).links.filter((link: {verdict: string}) => link.verdict === 'consistent').length).toBeGreaterThan(3)

    const corpus = `${JSON.stringify({id: 'a', text})}\n${JSON.stringify({id: 'b', text: `${text} Read more.`})}\n`
    const clustered = await cliWith({stdin: corpus}, 'cluster', '--format', 'json', '-')
    expect(JSON.parse(clustered.stdout)).toMatchObject({documents: 2, clusters: [{ids: ['a', 'b']}]})

    expect(await cliWith({stdin: text}, 'compare', '-', '-')).toMatchObject({code: 2, stderr: 'claimtrace: `-` (stdin) is given more than once: it can be read only once\n'})
    expect((await cliWith({stdin: 'not, an, article\u0000'}, 'extract', '-')).stderr).toBe('claimtrace: Cannot read `<stdin>`: it looks binary (NUL bytes), not article text\n')
  })

  it('colours text output on a terminal, never with NO_COLOR, always with FORCE_COLOR', async () => {
    const argv = ['check', '--format', 'text', '--facts', join(root, 'fixtures/verdicts/facts'), planted]
    // eslint-disable-next-line no-control-regex
    const coloured = (output: string) => /\u001B\[\d+m/.test(output)
    expect(coloured((await cliWith({tty: true}, ...argv)).stdout)).toBe(true)
    expect(coloured((await cliWith({tty: true, env: {NO_COLOR: '1'}}, ...argv)).stdout)).toBe(false)
    expect(coloured((await cliWith({tty: false}, ...argv)).stdout)).toBe(false)
    expect(coloured((await cliWith({tty: false, env: {FORCE_COLOR: '1'}}, ...argv)).stdout)).toBe(true)
    expect(coloured((await cliWith({tty: true, env: {FORCE_COLOR: '0'}}, ...argv)).stdout)).toBe(false)
  })

  it('writes extract --out to its file, in the format its extension names', async () => {
    const dir = folder()
    const out = join(dir, 'claims.json')
    expect(await cli('extract', '--out', out, '--date', '2017-01', seed('001_298b5d38e97bf34f.txt'))).toEqual({code: 0, stdout: '', stderr: ''})
    expect(JSON.parse(readFileSync(out, 'utf8')).claims).toHaveLength(8)
    await cli('extract', '--out', join(dir, 'claims.txt'), seed('001_298b5d38e97bf34f.txt'))
    expect(readFileSync(join(dir, 'claims.txt'), 'utf8')).toContain('8 claims')
  })

  it('refuses an --out it cannot write before any work starts', async () => {
    const dir = folder()
    mkdirSync(join(dir, 'taken.html'))
    expect(await cli('report', join(root, 'fixtures'), '--out', join(dir, 'missing', 'report.html'))).toEqual({
      code: 2,
      stdout: '',
      stderr: `claimtrace: Cannot write \`${join(dir, 'missing', 'report.html')}\`: no folder \`${join(dir, 'missing')}\`\n`
    })
    expect(await cli('report', join(root, 'fixtures'), '--out', join(dir, 'taken.html'))).toMatchObject({code: 2, stderr: `claimtrace: Cannot write \`${join(dir, 'taken.html')}\`: it is a directory\n`})
    expect(await cli('report', join(root, 'fixtures'), '--out', join(dir, 'report.pdf'))).toMatchObject({code: 2, stderr: expect.stringContaining('Cannot tell the format of')})
  })

  it('names every file-system problem of a corpus folder, skips it and exits 1, never hanging or crashing', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'a.txt'), 'The city counted 59 people in 2016.')
    symlinkSync('nowhere.txt', join(dir, 'dangling.txt'))
    mkdirSync(join(dir, 'sub'))
    symlinkSync('..', join(dir, 'sub', 'loop'))
    symlinkSync('../a.txt', join(dir, 'sub', 'same.txt'))
    execFileSync('mkfifo', [join(dir, 'pipe.txt')])
    writeFileSync(join(dir, 'dated.md'), '---\ndate: 2017-13-45\n---\nThe city counted 59 people.\n')
    writeFileSync(join(dir, 'late-nul.txt'), `${'The city counted 59 people. '.repeat(400)}\u0000`)
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Le prix: 5 millions d\u2019euros, caf\xe9', 'latin1'))
    for (const command of ['cluster', 'report']) {
      const {code, stderr} = await cli(command, '--format', 'json', dir)
      expect(code).toBe(1)
      const messages = stderr.replaceAll(dir, 'DIR').split('\n').filter((line) => line.startsWith('claimtrace:'))
      const listing = [
        'claimtrace: Skipped `DIR/dangling.txt`: a symbolic link to nothing',
        'claimtrace: Skipped `DIR/pipe.txt`: not a regular file (a FIFO, socket or device)',
        'claimtrace: Skipped `DIR/sub/loop`: a symbolic link back to a folder it is in (a loop); not followed',
        'claimtrace: Skipped `DIR/sub/same.txt`: the same file as `DIR/a.txt` (through a symbolic link)'
      ]
      const reading = [
        'claimtrace: Cannot read `DIR/late-nul.txt`: it looks binary (NUL bytes), not article text',
        'claimtrace: Cannot read `DIR/latin1.txt`: it is not valid UTF-8 (byte 0xe9 at offset 32); save it as UTF-8'
      ]
      // `cluster` reads as it lists; `report` lists first, and dates each article as it analyzes it.
      expect(messages).toEqual(
        command === 'cluster'
          ? [listing[0], ...reading, ...listing.slice(1)]
          : [...listing, ...reading, 'claimtrace: Skipped `DIR/dated.md`: Invalid date `2017-13-45` in front matter: expected YYYY, YYYY-MM or YYYY-MM-DD']
      )
    }
    expect(await cli('extract', join(dir, 'pipe.txt'))).toEqual({code: 1, stdout: '', stderr: `claimtrace: Cannot read \`${join(dir, 'pipe.txt')}\`: not a regular file (a FIFO, socket or device)\n`})
  })

  it('names a directory in a facts folder, and stops (exit 2)', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'records.json'), readFileSync(join(root, 'fixtures/facts/ice-detainers-herald.json')))
    mkdirSync(join(dir, 'x.json'))
    const argv = ['check', '--facts', dir, seed('001_298b5d38e97bf34f.txt')]
    expect(await cli(...argv)).toEqual({code: 2, stdout: '', stderr: `claimtrace: Cannot read facts \`${join(dir, 'x.json')}\`: it is a directory\n`})
  })

  it('reads folders with documented include and exclude globs', async () => {
    const dir = folder()
    for (const name of ['story.txt', 'README.md', 'LICENSE-MIT.txt', 'notes.html', 'expected.md']) writeFileSync(join(dir, name), `${name}: 59 people.`)
    const ids = async (...argv: string[]) => JSON.parse((await cli('cluster', '--format', 'json', '--threshold', '1', ...argv, dir)).stdout).documents
    expect(await ids()).toBe(1)
    // LICENSE-MIT.txt stays out by the default exclusions; --exclude replaces them.
    expect(await ids('--include', '**/*.html', '--include', '**/*.txt')).toBe(2)
    expect(await ids('--exclude', 'story.*')).toBe(3)
  })
})
