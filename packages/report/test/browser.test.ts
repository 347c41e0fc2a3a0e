/// <reference lib="dom" />
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {buildReport, toHtml} from '@claimtrace/report'
import type {Browser, Page} from 'puppeteer-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium} from '../../../scripts/test-support/chromium.js'
import {fixtures, records, seeds} from './_fixtures.js'

const docs = new URL('../docs/', fixtures)

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** Open an HTML report from a file, as a reader would, and note any dialog a script opens. */
async function open(html: string): Promise<{page: Page; dialogs: string[]}> {
  const file = join(mkdtempSync(join(tmpdir(), 'claimtrace-html-')), 'report.html')
  writeFileSync(file, html)
  const page = await browser.newPage()
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.setViewport({width: 1280, height: 1400})
  await page.goto(pathToFileURL(file).href, {waitUntil: 'load'})
  return {page, dialogs}
}

describe('the HTML report in Chromium', () => {
  it('shows the claims coloured by verdict, the cards, and the copies side by side', async () => {
    const {page} = await open(toHtml(buildReport(seeds, {records})))
    const counts = await page.$$eval('mark.claim', (marks) => marks.map((mark) => mark.className))
    expect(counts).toHaveLength(34)
    expect(counts.filter((name) => name === 'claim v-consistent')).toHaveLength(29)
    // 002's "A handful of cities" (2–5) has no record, like four figures of 003.
    expect(counts.filter((name) => name === 'claim v-no-record')).toHaveLength(5)
    expect(await page.$$eval('#copies .cluster .aligned > div.a:not(.head)', (cells) => cells.length)).toBe(16)
    // Row by row: the original's figures beside the scrape's.
    expect(await page.$$eval('#copies .aligned .d.k-mangled-number', (marks) => marks.map((mark) => mark.textContent))).toEqual(['10,701', '8,546', '2,008', '10, 701', '8, 546', '2, 008', '26.9', '26. 9', '46.4', '46. 4'])
    await page.screenshot({path: new URL('report.png', docs).pathname as `${string}.png`})

    // A card is hidden until its claim is hovered, and opens on focus (a click or Tab) as well.
    const claim = '#a3-c4'
    const shown = () => page.$eval(`${claim} > .card`, (card) => getComputedStyle(card).display)
    expect(await shown()).toBe('none')
    await page.hover(claim)
    expect(await shown()).toBe('block')
    expect(await page.$eval(`${claim} > .card`, (card) => (card as HTMLElement).innerText)).toContain('Arithmetic claimed 200, recorded 206, difference 6, tolerance 0.5: above the stated figure — fits')
    await page.$eval(claim, (mark) => mark.scrollIntoView({block: 'center'}))
    await page.hover(claim)
    await page.screenshot({path: new URL('report-claim-card.png', docs).pathname as `${string}.png`})
    await page.mouse.move(0, 0)
    expect(await shown()).toBe('none')
    await page.focus(claim)
    expect(await shown()).toBe('block')
    await page.close()
  })

  it('shows hostile article text as text and runs none of it', async () => {
    const text = [
      'In 2016 there were 59 requests <script>window.pwned = 1; alert("script")</script> declined.',
      'A photo <img src=x "onerror=window.pwned=2;alert(2)> showed 12 officers.',
      'The form </textarea><script>window.pwned = 3</script><textarea> had 7 fields.'
    ].join('\n\n')
    const {page, dialogs} = await open(toHtml(buildReport([{id: '<script>alert("id")</script>', text, date: '2017'}])))
    expect(await page.evaluate(() => (window as unknown as {pwned?: number}).pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
    expect(await page.$$eval('script, img, textarea', (elements) => elements.length)).toBe(0)
    expect(await page.$eval('#a1 h3', (heading) => heading.textContent)).toBe('<script>alert("id")</script>')
    const shown = await page.$eval('#a1 .text', (element) => Array.from(element.childNodes, (node) => (node.nodeType === 3 ? node.textContent : (node as Element).firstChild?.textContent)).join(''))
    expect(shown).toBe(text)
    await page.close()
  })
})
