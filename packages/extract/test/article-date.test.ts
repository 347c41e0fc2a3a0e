import {readFileSync} from 'node:fs'
import {ArticleDate, articleDate, dateFromText, datelinePlace, ExtractError} from '@claimtrace/extract'
import {describe, expect, it} from 'vitest'

const seed = (name: string) => readFileSync(new URL(`../../../fixtures/articles/${name}`, import.meta.url), 'utf8')

describe('articleDate', () => {
  const text = '---\ndate: 2024-03-12\n---\nThe council met on Monday.\n'

  it('takes the option, then front matter, then the sidecar, then the text', () => {
    expect(articleDate(text, {date: '2024-03-15', sidecar: '2024-03'})).toEqual({value: '2024-03-15', source: 'option', evidence: 'given', exact: true})
    expect(articleDate(text, {sidecar: '2024-03', sidecarName: 'articles.json'})).toEqual({value: '2024-03-12', source: 'front-matter', evidence: 'front matter', exact: true})
    expect(articleDate('The council met on Monday.', {sidecar: '2024-03', sidecarName: 'articles.json'})).toEqual({value: '2024-03', source: 'sidecar', evidence: 'articles.json', exact: true})
    expect(articleDate('The council met on Monday.')).toBeNull()
    expect(ArticleDate.parse(articleDate(text))).toEqual(articleDate(text))
  })

  it('refuses a date in another form, saying where it was read', () => {
    expect(() => articleDate(text, {date: 'yesterday'})).toThrow(new ExtractError('invalid-date', 'Invalid date `yesterday`: expected YYYY, YYYY-MM or YYYY-MM-DD'))
    expect(() => articleDate('Text.', {sidecar: '3/12/2024', sidecarName: 'articles.json'})).toThrow('Invalid date `3/12/2024` in articles.json: expected YYYY, YYYY-MM or YYYY-MM-DD')
  })
})

describe('dateFromText', () => {
  it('reads a dateline', () => {
    expect(dateFromText('BOSTON (AP) — Jan. 5, 2024 — The city recorded 46.4 inches of rain in 2023.')).toMatchObject({value: '2024-01-05', source: 'dateline', exact: true})
    expect(dateFromText('By Dana Whitfield\nPublished March 3, 2024\n\nThe city recorded 46.4 inches of rain last year.')).toMatchObject({value: '2024-03-03', source: 'dateline'})
  })

  it('pins "last year" by the annual series it ends, or a figure stated with a year elsewhere', () => {
    expect(dateFromText(seed('001_298b5d38e97bf34f.txt'))).toMatchObject({value: '2017', source: 'last-year', exact: true})
    expect(dateFromText(seed('000_6c1548d3096fdfc2.txt'))).toMatchObject({value: '2017', source: 'last-year'})
    expect(dateFromText(seed('003_0c004ee7a3591199.txt'))).toMatchObject({value: '2025', source: 'last-year', evidence: '`15` is stated for 2024 and for “last year”'})
  })

  it('takes a dated reference, the latest date or the latest year as inexact', () => {
    expect(dateFromText('The board voted on Tuesday, Jan. 9, 2024, to close two schools. Enrollment fell in 2023.')).toMatchObject({value: '2024-01-09', source: 'dated-reference', exact: false})
    expect(dateFromText('The plant opened on March 3, 2021. It employed 400 people in 2022.')).toMatchObject({value: '2022', source: 'latest-year', exact: false})
    expect(dateFromText('The report, released on Jan. 22, 2024, counted riders in 2023.')).toMatchObject({value: '2024-01-22', source: 'latest-date', exact: false})
    expect(dateFromText(seed('002_af6bee2cc274ad17.txt'))).toBeNull()
  })

  it('ignores years the text looks ahead to', () => {
    expect(dateFromText('Enrollment fell to 24,150 in 2023 and should reach 30,000 by 2030.')).toMatchObject({value: '2023', source: 'latest-year'})
  })
})

describe('datelinePlace', () => {
  it('reads the place a dateline opens with', () => {
    expect(datelinePlace('PITTSFIELD, Mass. — Nov. 8, 2023 — Mayor Peter Marchetti won.')).toBe('Pittsfield')
    expect(datelinePlace('Headline\n\nST. LOUIS (AP) — Burglaries rose.')).toBe('St. Louis')
    expect(datelinePlace('The council met on Monday — and voted.')).toBeNull()
  })
})
