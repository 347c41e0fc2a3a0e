import {buildReport, toHtml, toVFiles} from '@claimtrace/report'
import {alignCopies, alignedRows} from '@claimtrace/syndication'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'
import {records, seed} from './_fixtures.js'

describe('alignedRows', () => {
  it('cuts the one-line scrape where the original has paragraphs, covering both texts', () => {
    const original = seed('001').text
    const scrape = seed('000').text
    const rows = alignedRows(alignCopies(original, scrape))
    expect(rows).toHaveLength(16)
    expect(rows.map((row) => original.slice(row.a.start, row.a.end)).join('')).toBe(original)
    expect(rows.map((row) => scrape.slice(row.b.start, row.b.end)).join('')).toBe(scrape)
    // The headline and caption are only in the original: their row is empty in the scrape.
    expect(rows[0]).toEqual({a: {start: 0, end: 137}, b: {start: 0, end: 0}})
    const row = rows.find((item) => original.slice(item.a.start, item.a.end).startsWith('Meanwhile'))!
    expect(scrape.slice(row.b.start, row.b.end)).toBe('Meanwhile, the denial rate of ICE detainers nationally has plummeted, from 10, 701 in 2014 and 8, 546 in 2015 to 2, 008 last year. ')
  })

  it('gives one row to copies without line breaks', () => {
    expect(alignedRows(alignCopies('one two three', 'one 2 three'))).toEqual([{a: {start: 0, end: 13}, b: {start: 0, end: 11}}])
  })
})

describe('toVFiles', () => {
  const original = seed('001')
  const altered = {id: 'altered', text: original.text.replace('saw 59 of its requests', 'saw 95 of its requests'), date: original.date}
  const report = buildReport([original, altered], {records})

  it('puts a conflicting claim and a changed figure on the copy, with the original as cause', () => {
    const [first, copy] = toVFiles(report)
    expect(first!.messages).toEqual([])
    expect(copy!.messages.map((message) => [message.ruleId, String(message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}` : ''), message.fatal, message.reason])).toEqual([
      ['claim-conflicting', '10:110', true, "Unexpected `95` for `detainer requests declined` (ICE Boston field office, covering New England, 2016), expected `59` (equal within 0.5 (half the stated precision 1)); likely transposed digits: `95` is the record's 59 with two digits swapped"],
      ['copy-value-change', '10:110', true, 'Unexpected value change: `95` where articles/001_298b5d38e97bf34f.txt has `59`'],
      ['copy-claim-conflict', '10:110', true, 'Unexpected `95` (value-change), expected `59` as in articles/001_298b5d38e97bf34f.txt']
    ])
    expect(reporter([copy!], {color: false})).toContain('[cause]:')
  })

  it('adds info for agreeing claims only when asked', () => {
    const [first] = toVFiles(report, {info: true})
    expect(first!.messages).toHaveLength(8)
    expect(first!.messages.every((message) => message.fatal === undefined && message.ruleId === 'claim-consistent')).toBe(true)
  })
})

describe('toHtml', () => {
  it('marks every claim with its verdict and every copy difference with its kind', () => {
    const report = buildReport([seed('000'), seed('001'), seed('002')], {records})
    const html = toHtml(report)
    const count = (verdict: string) => report.articles.flatMap((article) => article.links).filter((link) => link.verdict === verdict).length
    expect(count('consistent')).toBe(21)
    expect(html.match(/<mark class="claim v-consistent"/g)).toHaveLength(21)
    expect(html.match(/<mark class="claim v-no-record"/g)).toHaveLength(count('no-record'))
    expect(html.match(/class="d k-mangled-number s-info"/g)).toHaveLength(11)
    expect(html).toContain('<mark class="claim v-consistent" tabindex="0" id="a3-c4">more than 200<span class="card" role="tooltip">')
    expect(html).toContain('<b>Arithmetic</b> claimed 200, recorded 206, difference 6, tolerance 0.5: above the stated figure — fits')
  })
  it('shows on the card the likely cause of a conflict, the near miss of a claim without a record, and an unresolved period', () => {
    const original = seed('001')
    const altered = {id: 'altered', text: original.text.replace('saw 59 of its requests', 'saw 95 of its requests'), date: original.date}
    const older = {id: 'older', text: 'In 2013, the Boston ICE office saw 12 requests denied.', date: original.date}
    const undated = {id: 'undated', text: 'The Boston ICE office saw 59 requests to hold immigrants denied last year.'}
    const html = toHtml(buildReport([altered, older, undated], {records}))
    expect(html).toContain('<span class="finding"><b>Likely cause</b> transposed digits: `95` is the record&#39;s 59 with two digits swapped</span>')
    expect(html).toMatch(/<span class="finding"><b>Near miss<\/b> \(period\) a record for 2014 exists \(`ice-boston-declined-2014`\); none for the claim&#39;s 2013: 18 count, which the claim would not fit either<\/span>/)
    expect(html).toContain('<mark class="claim v-unresolved"')
    expect(html).toContain('<span class="finding"><b>Missing</b> period</span>')
    // A no-record card says why first, naming the nearest record.
    expect(html).toContain('<span class="finding"><b>Why no record</b> no count record matches the metric, scope and period; nearest: <code>ice-boston-declined-2014</code>')
  })

  it('names each article by its headline with its file beside it, in a section that opens and closes without a script', () => {
    const html = toHtml(buildReport([seed('000'), seed('001')], {records}))
    expect(html).toContain('<details class="article" id="a2" open><summary><h3>Report: Refusal by Mass. Police to Honor Immigration Detainers Increasing</h3> <span class="file">articles/001_298b5d38e97bf34f.txt</span>')
    // A scrape that opens with its text has no headline: its file names it.
    expect(html).toContain('<details class="article" id="a1" open><summary><h3>articles/000_6c1548d3096fdfc2.txt</h3>')
    expect(html).toContain('<details class="cluster" id="k1" open><summary><h3>2 copies of one story: Report: Refusal by Mass. Police to Honor Immigration Detainers Increasing</h3></summary>')
    expect(html).not.toContain('<script')
  })

  it('counts in the singular for one, and starts a long report with its articles closed', () => {
    const one = toHtml(buildReport([{id: 'one', text: 'Officers denied 59 requests.'}]))
    expect(one).toContain('<p class="meta">1 article · 1 claim · 0 clusters of copies')
    expect(one).toContain('1 claim <span class="chips">')
    const many = Array.from({length: 51}, (_, index) => ({id: `a${index}`, text: `Headline ${index}\n\nOfficers denied ${index + 1} requests.`}))
    const html = toHtml(buildReport(many))
    expect(html.match(/<details class="article" id="a\d+">/g)).toHaveLength(51)
    expect(html).not.toContain('<details class="article" id="a1" open>')
  })

  it('draws each difference once on each side, a gap beside the text it stands for', () => {
    const original = seed('002')
    const dressed = {id: 'dressed', text: `Breaking news\nFile Photo: Staff\n\n${original.text}\n\nPlease let us know if you're having issues with commenting.`, date: original.date}
    const report = buildReport([original, dressed])
    const [cluster] = report.clusters
    expect([cluster!.canonical, cluster!.copies[0]!.comparison.divergences.filter((item) => item.kind !== 'whitespace').map((item) => item.kind)]).toEqual(['dressed', ['boilerplate', 'boilerplate']])
    const rows = [...toHtml(report).matchAll(/<div class="a">(.*?)<\/div><div class="b">(.*?)<\/div>/gs)].map(([, a, b]) => [
      a!.startsWith('<span class="d k-boilerplate s-info" title='),
      b!.startsWith('<span class="d k-boilerplate s-info gap" title='),
      b!.includes(' gap"')
    ])
    // The headline's and the comment prompt's rows: text on the left, the gap on the right, and no gap anywhere else.
    expect(rows[0]).toEqual([true, true, true])
    expect(rows.at(-1)).toEqual([true, true, true])
    expect(rows.slice(1, -1).filter(([, , gap]) => gap)).toEqual([])
  })
})
