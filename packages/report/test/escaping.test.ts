import {buildReport, toHtml, toMarkdown} from '@claimtrace/report'
import {describe, expect, it} from 'vitest'
import {records, seed} from './_fixtures.js'

const hostile = [
  'Officials said <script>document.title = "pwned"</script> that 59 requests were declined in 2016.',
  'A caption read <img src=x "onerror=alert(1)> and 12 more </textarea><b>bold</b> & &lt;entity&gt;.',
  'Markdown tries | pipes | and `ticks` and [a link](javascript:alert(1)) and <!-- a comment --> with 7 people.'
].join('\n\n')

describe('untrusted article text', () => {
  const original = seed('001')
  const copy = {id: 'copy', text: original.text.replace('The data, obtained', 'Readers wrote | a | b | <script>x</script> `c`\n\nThe data, obtained'), date: original.date}
  const report = buildReport([{id: '<b>id</b>"onerror=x', text: hostile, date: '2017'}, original, copy], {records})

  it('is escaped in HTML: no markup from the article, no script at all', () => {
    const html = toHtml(report)
    for (const markup of ['<script', '<img', '</textarea', '<b>bold', '<!-- a comment', '"onerror=']) expect(html).not.toContain(markup)
    expect(html).toContain('&lt;script&gt;document.title = &quot;pwned&quot;&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x &quot;onerror=alert(')
    expect(html).toContain('&lt;/textarea&gt;&lt;b&gt;bold&lt;/b&gt; &amp; &amp;lt;entity&amp;gt;')
    expect(html).toContain('<h3>&lt;b&gt;id&lt;/b&gt;&quot;onerror=x</h3>')
    // The content security policy forbids scripts even if one slipped through.
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`)
  })

  it('is escaped in Markdown: no HTML, no links, no table breakage', () => {
    const markdown = toMarkdown(report)
    for (const markup of ['<script', '<img', '</textarea', '<b>', '<!--', '](javascript:']) expect(markdown).not.toContain(markup)
    expect(markdown).toContain('### &lt;b\\>id&lt;/b\\>"onerror=x')
    expect(markdown).toContain('| 5:100 | 7 | 7 count | no record |  |  |  |\n')
    const dropped = markdown.split('\n').find((line) => line.includes('Readers wrote'))
    // The longer copy is canonical, so the paragraph reads as dropped from the original.
    expect(dropped).toBe('| warning | dropped-words | 10:1 “Readers wrote \\| a \\| b \\| &lt;script\\>x&lt;/script\\> \\`c\\`” | 8:300 – |')
  })
})
