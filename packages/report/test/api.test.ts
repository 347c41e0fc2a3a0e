import {Report} from '@claimtrace/report'
import {describe, expect, expectTypeOf, it} from 'vitest'
import type {z} from 'zod'

describe('@claimtrace/report', () => {
  it('exposes its public API and nothing else', async () => {
    expect(Object.keys(await import('@claimtrace/report')).sort()).toEqual([
      'ArticleReport', 'ClusterReport', 'Report', 'ReportBuilder', 'Skipped', 'Summary', 'VerdictCounts',
      'addClusterMessages', 'addCopyMessages', 'addLinkMessages', 'analyzeArticle', 'buildReport', 'describeCluster', 'digestArticle',
      'htmlChunks', 'jsonChunks', 'jsonLdChunks', 'markdownChunks', 'reportJsonSchema', 'toHtml', 'toJson', 'toJsonLd', 'toMarkdown', 'toVFiles'
    ])
  })

  it('has a report whose type is the schema’s', () => {
    expectTypeOf<Report>().toEqualTypeOf<z.infer<typeof Report>>()
  })
})
