import {ArticleDate, Claim} from '@claimtrace/extract'
import {FactRecord, Link} from '@claimtrace/facts'
import {Comparison, CopyPair, Corroboration} from '@claimtrace/syndication'
import {z} from 'zod'

const count = z.number().int().nonnegative()

/** One article: its text, its claims, and one link (with verdict) per claim, in claim order. */
export const ArticleReport = z.object({
  id: z.string(),
  /** Publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) used to resolve "last year"; `null` when unknown. */
  date: z.string().nullable(),
  /** Where `date` comes from (the option, front matter, a sidecar, evidence in the text) and whether it is exact. */
  dateEvidence: z.optional(ArticleDate),
  text: z.string(),
  claims: z.array(Claim),
  links: z.array(Link)
})
export type ArticleReport = z.infer<typeof ArticleReport>

/** Copies of one story: the verified pairs, the canonical copy and how every other copy differs from it. */
export const ClusterReport = z.object({
  ids: z.array(z.string()).min(2),
  pairs: z.array(CopyPair),
  canonical: z.string(),
  /** Why the canonical copy was chosen, for people. */
  reason: z.string(),
  /** Every other copy compared with the canonical one, or (`against`) with the copy linking it to the cluster when it shares nothing with the canonical one. */
  copies: z.array(z.object({id: z.string(), comparison: Comparison, against: z.string().optional()}))
})
export type ClusterReport = z.infer<typeof ClusterReport>

/** An input that was left out of the report, and why. */
export const Skipped = z.object({id: z.string(), reason: z.string()})
export type Skipped = z.infer<typeof Skipped>

export const VerdictCounts = z.object({consistent: count, conflicting: count, 'no-record': count, ambiguous: count, unresolved: count})
export type VerdictCounts = z.infer<typeof VerdictCounts>

export const Summary = z.object({
  articles: count,
  claims: count,
  verdicts: VerdictCounts,
  clusters: count,
  /** Articles that are in a cluster of copies. */
  copies: count,
  /** Differences between copies and their canonical copy, by severity (whitespace included, as `info`). */
  divergences: z.object({info: count, warning: count, error: count}),
  /** Claims that say something else in a copy than in its canonical copy. */
  copyConflicts: count,
  /** Figures stated alike by independent articles. */
  corroborated: count,
  /** Figures independent articles state differently for the same thing, place and period. */
  crossArticleConflicts: count,
  skipped: count
})
export type Summary = z.infer<typeof Summary>

/**
 * A provenance report: per-article claims and verdicts, clusters of copies
 * with their differences, corroboration across independent articles, and the
 * fact records the links point at. Every renderer reads this model.
 */
export const Report = z.object({
  version: z.literal(1),
  summary: Summary,
  articles: z.array(ArticleReport),
  clusters: z.array(ClusterReport),
  corroborations: z.array(Corroboration),
  /** The records links point at (chosen or candidate), by id. */
  records: z.array(FactRecord),
  skipped: z.array(Skipped)
})
export type Report = z.infer<typeof Report>

/**
 * A report whose articles, clusters and corroborations may be streamed:
 * renderers read each once, in order, and take their counts from `summary`,
 * so a caller can pass generators over spool files instead of arrays.
 */
export type ReportStream = Omit<Report, 'articles' | 'clusters' | 'corroborations'> & {
  articles: Iterable<ArticleReport>
  clusters: Iterable<ClusterReport>
  corroborations: Iterable<Corroboration>
}
