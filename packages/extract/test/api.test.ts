import {readFileSync} from 'node:fs'
import {Claim, ExtractError, extractClaims, remarkClaims} from '@claimtrace/extract'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {z} from 'zod/mini'

describe('@claimtrace/extract', () => {
  it('exposes its public API and nothing else', async () => {
    expect(Object.keys(await import('@claimtrace/extract')).sort()).toEqual([
      'ArticleDate', 'ArticleDateSource', 'Attribution', 'BlockKind', 'Bound', 'Claim', 'Dimension', 'ExtractError', 'Period', 'Repair', 'Scope', 'Span',
      'articleDate', 'articleHeadline', 'dateFromText', 'datelinePlace', 'decodeArticle', 'extractClaims', 'findQuantities', 'hedges', 'locator', 'point', 'remarkClaims', 'unitIds'
    ])
  })

  it('has claims whose type is the schema’s', () => {
    expectTypeOf<Claim>().toEqualTypeOf<z.infer<typeof Claim>>()
    const claims = extractClaims('ICE issued 2,825 detainer requests.')
    expect(z.array(Claim).parse(claims)).toEqual(claims)
  })

  it('reads a VFile, including one holding bytes', () => {
    const bytes = new TextEncoder().encode('Officers denied 59 requests.')
    expect(extractClaims(new VFile({value: bytes})).map((claim) => claim.value)).toEqual([59])
  })

  it('returns no claims for empty or blank input', () => {
    expect(extractClaims('')).toEqual([])
    expect(extractClaims(' \n\n\t ')).toEqual([])
  })

  it('refuses binary input and bad dates with coded errors', () => {
    expect(() => extractClaims('PK\u0003\u0004\u0000\u0000')).toThrowError(expect.objectContaining({code: 'binary-input'}))
    expect(() => extractClaims('59 requests', {date: 'last Tuesday'})).toThrow(ExtractError)
    expect(() => extractClaims('59 requests', {date: '2017-13'})).toThrowError('Invalid date `2017-13`')
  })

  it('keeps offsets exact across odd Unicode: emoji, CRLF, BOM, zero-width spaces', () => {
    const text = '\uFEFF😀 Officers\u200b denied 59 requests.\r\n\r\nThen 👍🏽 12 more.'
    const claims = extractClaims(text)
    expect(claims.map((claim) => [claim.text, text.slice(claim.start, claim.end)])).toEqual([['59', '59'], ['12', '12']])
  })

  it('reads Markdown structure: headings are titles, quotes and list items keep their kind', () => {
    const text = '# Boston rejected all 15 requests\n\n> “We denied 12 of them,” Cox said.\n\n- 73 requests went to New York.\n'
    expect(extractClaims(text).map((claim) => [claim.text, claim.block])).toEqual([
      ['all 15', 'title'],
      ['12', 'quote'],
      ['73', 'list-item']
    ])
  })
})

describe('remarkClaims', () => {
  it('attaches claims to file.data and reports repairs and unresolved periods as messages', async () => {
    const value = readFileSync(new URL('../../../fixtures/articles/000_6c1548d3096fdfc2.txt', import.meta.url), 'utf8')
    const file = new VFile({path: '000.txt', value})
    await unified().use(remarkParse).use(remarkClaims).run(unified().use(remarkParse).parse(file), file)
    expect(file.data.claims?.map((claim) => claim.value)).toEqual([59, 56, 18, 10701, 8546, 2008, 26.9, 46.4])
    expect(file.messages.map((message) => [message.ruleId, message.source, message.line, message.column, message.reason])).toEqual([
      ['mangled-number', 'claimtrace', 1, 759, 'Read `10, 701` as `10,701` (thousands-separator-space; 5 such numbers in this document)'],
      ['mangled-number', 'claimtrace', 1, 779, 'Read `8, 546` as `8,546` (thousands-separator-space; 5 such numbers in this document)'],
      ['mangled-number', 'claimtrace', 1, 797, 'Read `2, 008` as `2,008` (thousands-separator-space; 5 such numbers in this document)'],
      ['unresolved-period', 'claimtrace', 1, 804, 'Unresolved period `last year` for `2, 008`: pass the article date to resolve it'],
      ['mangled-number', 'claimtrace', 1, 967, 'Read `26. 9` as `26.9` (decimal-point-space; 5 such numbers in this document)'],
      ['mangled-number', 'claimtrace', 1, 1128, 'Read `46. 4` as `46.4` (decimal-point-space; 5 such numbers in this document)']
    ])
  })

  it('passes options through', async () => {
    const file = new VFile({value: 'Boston denied 59 requests last year.'})
    await unified().use(remarkParse).use(remarkClaims, {date: '2017-01'}).run({type: 'root', children: []}, file)
    expect(file.data.claims?.[0]?.period?.first).toBe('2016-01-01')
    expect(file.messages).toEqual([])
  })
})

describe('readme', () => {
  it('yields what the README says it yields', () => {
    const claims = extractClaims(
      'The Boston ICE office saw 59 of its requests to hold arrested immigrants denied last year. ' +
        'That’s up from 56 in 2015 and just 18 in 2014.',
      {date: '2017-01'}
    )
    expect(claims.map((claim) => [claim.text, claim.value, claim.from, claim.subject, claim.period?.first])).toEqual([
      ['59', 59, 56, 'requests', '2016-01-01'],
      ['56', 56, undefined, 'requests', '2015-01-01'],
      ['just 18', 18, undefined, 'requests', '2014-01-01']
    ])
  })
})
