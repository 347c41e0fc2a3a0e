import {type Claim, extractClaims, type Options} from '@claimtrace/extract'

/** The fields a reader checks first, without offsets. */
export function compact(text: string, options?: Options) {
  return extractClaims(text, options).map((claim) => summary(claim))
}

export function summary(claim: Claim) {
  return {
    text: claim.text,
    value: claim.value,
    unit: claim.unit,
    bound: claim.bound,
    ...(claim.low !== undefined && {low: claim.low, high: claim.high}),
    ...(claim.from !== undefined && {from: claim.from}),
    ...(claim.direction && {direction: claim.direction}),
    ...(claim.hedge && {hedge: claim.hedge.text})
  }
}
