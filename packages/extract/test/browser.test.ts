import {readdirSync, readFileSync} from 'node:fs'
import {extractClaims} from '@claimtrace/extract'
import {build} from 'esbuild'
import type {Browser} from 'puppeteer-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium} from '../../../scripts/test-support/chromium.js'

const articles = new URL('../../../fixtures/articles/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('articles.json', articles), 'utf8')) as Array<{file: string; date: string}>

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('extractClaims in a browser', () => {
  it('gives the seeds’ claims exactly as Node does, from a minified browser bundle', async () => {
    // The bundle a newsroom editor would load: extractClaims alone, for the browser, minified.
    const bundle = await build({
      stdin: {contents: "export {extractClaims} from '@claimtrace/extract'", resolveDir: new URL('.', import.meta.url).pathname},
      bundle: true,
      minify: true,
      format: 'iife',
      globalName: 'claimtrace',
      platform: 'browser',
      conditions: ['@claimtrace/source'],
      write: false
    })
    const page = await browser.newPage()
    await page.addScriptTag({content: bundle.outputFiles[0]!.text})
    const inputs = [
      ...manifest.map((item) => ({text: readFileSync(new URL(item.file, articles), 'utf8'), date: item.date})),
      // The same text as Markdown with a heading and a quote, and a text with no date.
      {text: '# Detainers up 5%\n\n> Officers declined 59 requests last year, up from 56 in 2015, the Herald said.\n\n- 10, 701 in 2014', date: '2017-01'},
      {text: 'Trains ran 12% fewer services, down from 1,250 to about 1,100 a week.', date: undefined}
    ]
    expect(readdirSync(articles).filter((name) => name.endsWith('.txt'))).toHaveLength(5)
    for (const {text, date} of inputs) {
      const inBrowser = await page.evaluate((text, date) => JSON.stringify((globalThis as unknown as {claimtrace: {extractClaims: typeof extractClaims}}).claimtrace.extractClaims(text, {date})), text, date)
      const inNode = JSON.stringify(extractClaims(text, {date}))
      expect(JSON.parse(inNode).length).toBeGreaterThan(0)
      expect(inBrowser).toBe(inNode)
    }
  })
})
