import {readFileSync} from 'node:fs'
import {articleHeadline} from '@claimtrace/extract'
import {describe, expect, it} from 'vitest'

const fixture = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8')

describe('articleHeadline', () => {
  it('reads the seeds\' headlines, and none where a scrape opens with its text', () => {
    expect(articleHeadline(fixture('articles/000_6c1548d3096fdfc2.txt'))).toBeNull()
    expect(articleHeadline(fixture('articles/001_298b5d38e97bf34f.txt'))).toBe('Report: Refusal by Mass. Police to Honor Immigration Detainers Increasing')
    expect(articleHeadline(fixture('articles/003_0c004ee7a3591199.txt'))).toBe('Boston authorities rejected all 15 immigration detainer requests ICE made in 2024, new report says')
  })

  it('prefers the front matter\'s title, then a Markdown heading', () => {
    expect(articleHeadline(fixture('verdicts/07-local-government-springfield.txt'))).toBe('Springfield council passes budget, holds tax rate')
    expect(articleHeadline('# Ferry  ridership climbs #\n\nSEATTLE — 18.6 million rode.')).toBe('Ferry ridership climbs')
    expect(articleHeadline('\n\n## Rates rise\nText.')).toBe('Rates rise')
  })

  it('reads no headline from a sentence, a lone line, a figure or nothing', () => {
    expect(articleHeadline('Enrollment fell to 24,150 students.\nIt was the lowest in years.')).toBeNull()
    expect(articleHeadline('Only one line, no break after it')).toBeNull()
    expect(articleHeadline('2,825\n\nICE issued 2,825 requests.')).toBeNull()
    expect(articleHeadline('')).toBeNull()
    expect(articleHeadline(`${'Long '.repeat(40)}\nText.`)).toBeNull()
  })
})
