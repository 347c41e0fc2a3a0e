import {describe, expect, it} from 'vitest'
import {progress} from '../src/lib/progress.js'

const terminal = () => {
  const io = {written: '', stdout: {write: () => true}, stderr: {isTTY: true, write: (chunk: string) => (io.written += chunk)}}
  return io
}

describe('progress', () => {
  it('draws one line on a terminal: count, rate, time left, and a newline when done', () => {
    const io = terminal()
    const reading = progress(io, 'articles', {total: 300, env: {}})
    reading.tick(100)
    reading.tick(100)
    reading.tick(100)
    reading.done()
    // The first tick draws; the next two come within 100 ms and do not; done draws the last count.
    const lines = io.written.split('\r\u001B[2K').slice(1)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^articles: 1 done, [\d,]+\/s, \d+ s left$/)
    expect(lines[1]).toMatch(/^articles: 3 done, [\d,]+\/s\n$/)
  })

  it('stays silent when piped or under CI', () => {
    const piped = {written: '', stdout: {write: () => true}, stderr: {write: (chunk: string) => (piped.written += chunk)}}
    const underCi = terminal()
    for (const [io, env] of [[piped, {}], [underCi, {CI: 'true'}]] as const) {
      const reading = progress(io, 'articles', {env})
      reading.tick(10)
      reading.done()
      expect(io.written).toBe('')
    }
  })
})
