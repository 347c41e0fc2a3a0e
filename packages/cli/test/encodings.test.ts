import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli} from './_cli.js'

const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = Buffer.alloc(text.length * 2)
  for (let index = 0; index < text.length; index++) {
    if (littleEndian) bytes.writeUInt16LE(text.charCodeAt(index), index * 2)
    else bytes.writeUInt16BE(text.charCodeAt(index), index * 2)
  }
  return bytes
}

describe('article encodings', () => {
  it('reads UTF-8 with a byte order mark and UTF-16 either way round, offsets into the text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-'))
    const text = 'Boston spent 5 million € on 59 officers.'
    writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))
    writeFileSync(join(dir, 'le.txt'), utf16(`\uFEFF${text}`, true))
    writeFileSync(join(dir, 'be.txt'), utf16(`\uFEFF${text}`, false))
    const {code, stdout, stderr} = await cli('extract', '--format', 'json', ...['bom.txt', 'le.txt', 'be.txt'].map((name) => join(dir, name)))
    expect([code, stderr]).toEqual([0, ''])
    for (const line of stdout.trimEnd().split('\n')) {
      const claims = (JSON.parse(line) as {claims: Array<{text: string; start: number; end: number}>}).claims
      expect(claims.map((claim) => [claim.text, text.slice(claim.start, claim.end)])).toEqual([['5 million €', '5 million €'], ['59', '59']])
    }
  })

  it('refuses a file that is not UTF-8 (Windows-1252) with the byte and its offset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-'))
    writeFileSync(join(dir, 'cp1252.txt'), Buffer.concat([Buffer.from('Boston spent 5 million '), Buffer.from([0x80]), Buffer.from(' on 59 officers.')]))
    const {code, stdout, stderr} = await cli('extract', '--format', 'json', join(dir, 'cp1252.txt'))
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr.replaceAll(dir, 'DIR')).toBe('claimtrace: Cannot read `DIR/cp1252.txt`: it is not valid UTF-8 (byte 0x80 at offset 23); save it as UTF-8\n')
  })

  it('decodes each line of a JSONL corpus the same way, and stops at a line that is not UTF-8', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-'))
    const line = (id: number, text: string) => Buffer.from(`${JSON.stringify({id, text})}\r\n`)
    writeFileSync(join(dir, 'good.jsonl'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), line(1, 'Boston denied 59 requests.'), line(2, 'It spent 5 million €.')]))
    expect(JSON.parse((await cli('cluster', join(dir, 'good.jsonl'))).stdout)).toMatchObject({documents: 2})

    writeFileSync(join(dir, 'bad.jsonl'), Buffer.concat([line(1, 'Boston denied 59 requests.'), Buffer.from('{"id":2,"text":"5 million '), Buffer.from([0x80]), Buffer.from('"}\n')]))
    const {code, stderr} = await cli('cluster', join(dir, 'bad.jsonl'))
    expect(code).toBe(2)
    expect(stderr.replaceAll(dir, 'DIR')).toBe('claimtrace: DIR/bad.jsonl: line 2: it is not valid UTF-8 (byte 0x80 at offset 26); save it as UTF-8\n')
  })
})
