import {readFileSync} from 'node:fs'
import {ArticleReport, buildReport} from '@claimtrace/report'
import {describe, expect, it} from 'vitest'
import {createSpool} from '../src/lib/report/spool.js'
import {seed} from './_cli.js'

describe('createSpool', () => {
  it('gives back every article as written, by id and in order, across batched writes', () => {
    const text = readFileSync(seed('004_b1e976502efce1dd.txt'), 'utf8')
    const [article] = buildReport([{id: '004', text, date: '2017-03'}]).articles
    const spool = createSpool()
    try {
      // About 3 MB: several batches, and ids with characters JSON escapes.
      const ids = Array.from({length: 400}, (_, index) => `a${index} “quoted” \\ ${'é'.repeat(index % 3)}`)
      for (const id of ids) spool.write(id, JSON.stringify({...article, id}))
      expect(spool.has(ids[250]!)).toBe(true)
      expect(spool.has('missing')).toBe(false)
      expect(spool.get('missing')).toBeUndefined()
      expect(ArticleReport.parse(spool.get(ids[399]!))).toEqual({...article, id: ids[399]})
      spool.write('after reading', JSON.stringify({...article, id: 'after reading'}))
      const back = [...spool.read()]
      expect(back.map((item) => item.id)).toEqual([...ids, 'after reading'])
      expect(back[123]).toEqual({...article, id: ids[123]})
    } finally {
      spool.close()
    }
  })
})
