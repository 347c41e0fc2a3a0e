import {describe, expect, it} from 'vitest'
import {progress} from '../src/lib/progress.js'

const terminal = () => {
  const io = {written: '', stdout: {write: () => true}, stderr: {isTTY: true, write: (chunk: string) => (io.written += chunk)}}
  return io
}

describe('progress', () => {
  it('draws one line on a terminal: count, rate, time left, and a newline when done', () => {
    const io = terminal()
    let time = 0
    const reading = progress(io, 'articles', {total: 600, env: {}, now: () => time})
    const at = (milliseconds: number, bytes?: number) => {
      time = milliseconds
      if (bytes === undefined) reading.done()
      else reading.tick(bytes)
    }
    at(50, 100)
    at(120, 100) // within 100 ms of the last line: not drawn
    at(2000, 100)
    at(2050, 100)
    at(4000)
    expect(io.written.split('\r\u001B[2K')).toEqual([
      '',
      'articles: 1 done, 20/s', // no estimate in the first second
      'articles: 3 done, 2/s, 2 s left',
      'articles: 4 done, 1/s\n'
    ])
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
