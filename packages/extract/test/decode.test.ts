import {decodeArticle, ExtractError, extractClaims, remarkClaims} from '@claimtrace/extract'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const utf8 = (text: string) => new TextEncoder().encode(text)
const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(text.length * 2)
  const view = new DataView(bytes.buffer)
  for (let index = 0; index < text.length; index++) view.setUint16(index * 2, text.charCodeAt(index), littleEndian)
  return bytes
}
const sentence = 'Boston spent 5 million € on 59 officers.'

describe('decodeArticle', () => {
  it('reads UTF-8, dropping one byte order mark, so offsets index the decoded text', () => {
    expect(decodeArticle(utf8(sentence))).toBe(sentence)
    const text = decodeArticle(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(sentence)))
    expect(text).toBe(sentence)
    for (const claim of extractClaims(text)) expect(text.slice(claim.start, claim.end)).toBe(claim.text)
    // Only the first mark is a byte order mark; a second is text.
    expect(decodeArticle(Uint8Array.of(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x35))).toBe('\uFEFF5')
  })

  it('reads UTF-16 little- and big-endian by their byte order mark', () => {
    expect(decodeArticle(utf16(`\uFEFF${sentence}`, true))).toBe(sentence)
    expect(decodeArticle(utf16(`\uFEFF${sentence}`, false))).toBe(sentence)
    expect(extractClaims(decodeArticle(utf16(`\uFEFF${sentence}`, true))).map((claim) => [claim.text, claim.value, claim.unit])).toEqual([
      ['5 million €', 5e6, 'EUR'],
      ['59', 59, 'count']
    ])
  })

  it('refuses bytes that are not UTF-8 (a Windows-1252 euro sign) rather than guess', () => {
    const windows1252 = Uint8Array.from([...utf8('Boston spent 5 million '), 0x80, ...utf8(' on 59 officers.')])
    expect(() => decodeArticle(windows1252)).toThrowError(new ExtractError('invalid-encoding', 'Input is not valid UTF-8 (byte 0x80 at offset 23)'))
    expect(() => decodeArticle(Uint8Array.of(0x35, 0xe2, 0x82))).toThrowError('Input is not valid UTF-8 (byte 0xe2 at offset 1)')
    expect(() => decodeArticle(Uint8Array.of(0xed, 0xa0, 0x80))).toThrowError(expect.objectContaining({code: 'invalid-encoding'}))
    // A lone surrogate in UTF-16, and an odd number of bytes.
    expect(() => decodeArticle(Uint8Array.of(0xff, 0xfe, 0x00, 0xd8))).toThrowError('Input is not valid UTF-16 (little-endian, as its byte order mark says)')
    expect(() => decodeArticle(Uint8Array.of(0xfe, 0xff, 0x00, 0x35, 0x00))).toThrowError(expect.objectContaining({code: 'invalid-encoding'}))
  })

  it('refuses binary bytes, NUL bytes first', () => {
    expect(() => decodeArticle(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0))).toThrowError(expect.objectContaining({code: 'binary-input'}))
    expect(() => decodeArticle(utf16('\uFEFF5\u0000', true))).toThrowError(expect.objectContaining({code: 'binary-input'}))
  })

  it('is what extractClaims and remarkClaims read from a VFile of bytes', async () => {
    const bytes = utf16(`\uFEFF# Denied\n\n${sentence} That’s up from 56 last year.`, false)
    const claims = extractClaims(new VFile({value: bytes}), {date: '2017-01'})
    expect(claims.map((claim) => claim.text)).toEqual(['5 million €', '59', '56'])
    expect(() => extractClaims(new VFile({value: Uint8Array.of(0x35, 0x80)}))).toThrowError(expect.objectContaining({code: 'invalid-encoding'}))

    const file = new VFile({value: Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('The city denied 10, 701 requests and 8, 546 more.'))})
    await unified().use(remarkClaims).run({type: 'root', children: []}, file)
    expect(file.messages.map((message) => [message.line, message.column, message.actual])).toEqual([[1, 17, '10, 701'], [1, 38, '8, 546']])
  })
})
