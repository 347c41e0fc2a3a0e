import type {Claim} from '@claimtrace/extract'

/**
 * Words of rules and conditions. A bound in a sentence that states a rule
 * ("State law requires districts with more than 500 students to employ a
 * nurse") is the rule's threshold, not a figure any record of the place
 * holds.
 */
const ruleWords = new Set([
  'require', 'requires', 'required', 'requirement', 'requirements', 'must', 'law', 'laws', 'rule', 'rules', 'threshold', 'thresholds',
  'eligible', 'eligibility', 'qualify', 'qualifies', 'mandate', 'mandates', 'mandated', 'ordinance', 'statute', 'regulation',
  'regulations', 'allowed', 'permitted', 'prohibits', 'prohibited', 'exempt', 'exempts', 'applies', 'triggers'
])

/** Whether a bounded figure reads as the threshold of a rule stated in its clause. */
export function readsAsThreshold(claim: Claim, text: string): boolean {
  if (claim.bound === '=' || claim.bound === '~') return false
  // The clause the figure is in: "State law requires … at least one full-time nurse, and Riverside employs 31."
  const sentence = text.slice(claim.sentence.start, claim.sentence.end)
  const at = claim.start - claim.sentence.start
  let from = 0
  let to = sentence.length
  for (const match of sentence.matchAll(/[;:]|,\s+(?:and|but|while|whereas)\s/g)) {
    if (match.index < at) from = match.index + match[0].length
    else {
      to = match.index
      break
    }
  }
  for (const word of sentence.slice(from, to).toLowerCase().split(/[^\p{L}]+/u)) if (ruleWords.has(word)) return true
  return false
}
