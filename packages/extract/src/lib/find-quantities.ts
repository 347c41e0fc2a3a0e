import {withFiniteFigures} from './finite-figures.js'
import {repairMangledNumbers} from './passes/01-repair-mangled.js'
import {type Quantity, toQuantity} from './quantity.js'
import {readMentions} from './read-mentions.js'
import {splitSentences} from './sentences.js'
import {tokenize} from './tokenize.js'

/**
 * Find every number in plain text: counts, ordinals, years, dates, times and
 * identifiers, with units, bounds and ranges. No document structure, subject
 * or period is attached; use `extractClaims` for claims. A number too large
 * to hold (`1e309`) is left out, as `extractClaims` leaves it out.
 */
export function findQuantities(text: string): Quantity[] {
  const tokens = repairMangledNumbers(text, tokenize(text))
  const found: Quantity[] = []
  for (const sentence of splitSentences(tokens, 0, tokens.length)) {
    const {mentions} = readMentions(text, tokens, sentence.from, sentence.to)
    for (const mention of mentions) {
      if (mention.absorbed) continue
      const quantity = withFiniteFigures(toQuantity(text, mention))
      if (quantity) found.push(quantity)
    }
  }
  return found
}
