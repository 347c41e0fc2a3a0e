/**
 * Within a factor of ten of each other: two figures of one series, or of
 * one rate compared in a sentence, rarely span more. Zero is of the scale
 * of zero only.
 */
export function sameScale(a: number, b: number): boolean {
  if (a === 0 || b === 0) return a === b
  const ratio = Math.abs(a / b)
  return ratio <= 10 && ratio >= 0.1
}
