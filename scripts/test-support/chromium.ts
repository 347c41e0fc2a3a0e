import {existsSync} from 'node:fs'
import process from 'node:process'
import puppeteer, {type Browser} from 'puppeteer-core'

/** Debian's chromium, installed by .ci/run; CHROME_PATH points elsewhere. */
const chromium = process.env['CHROME_PATH'] ?? '/usr/bin/chromium'

/** Headless Chromium for the browser tests, or an error saying how to get one. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromium)) throw new Error(`No browser at ${chromium}: run \`apt-get install chromium\` or set CHROME_PATH`)
  return puppeteer.launch({executablePath: chromium, args: ['--no-sandbox', '--disable-gpu'], headless: true})
}
