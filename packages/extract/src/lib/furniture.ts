/**
 * Page furniture: text a scraper picks up from around an article (comment
 * prompts, sale banners, share links, related headlines). It holds no claims
 * of the article. Patterns are plain substrings and word tests, so they run in
 * linear time on any input.
 */
const phrases = [
  'please let us know if you',
  'having issues with commenting',
  'related articles',
  'related stories',
  'recommended for you',
  'click here',
  'sign up for',
  'subscribe to our',
  'subscribe now',
  'follow us on',
  'share this article',
  'share on facebook',
  'share on twitter',
  'read more:',
  'advertisement',
  'sale is now live',
  '% off',
  'all rights reserved',
  'copyright ©',
  'this material may not be published',
  'download the app',
  'get the app',
  'newsletter',
  'you might also like'
]

/** The phrases as one alternation of literals: one pass over a block instead of one per phrase, still linear. */
const furniturePhrase = new RegExp(phrases.map((phrase) => phrase.replaceAll(/[$()*+.?[\\\]^{|}]/g, '\\$&')).join('|'))

export function isFurniture(text: string): boolean {
  if (text.length < 400 && furniturePhrase.test(text.toLowerCase())) return true
  return isShoutedLine(text)
}

/** A line in capitals with several words is a cross-link headline ("CLICK HERE FOR MORE …"). */
function isShoutedLine(text: string): boolean {
  if (text.length > 200 || text.length < 12) return false
  let upper = 0
  let lower = 0
  let spaces = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 32) spaces++
    else if (code >= 65 && code <= 90) upper++
    else if (code >= 97 && code <= 122) lower++
    else if (code > 127) {
      // Letters beyond ASCII ("É", "ß") by case mapping; a char per letter, so only for these.
      const char = text.charAt(index)
      if (char !== char.toLowerCase()) upper++
      else if (char !== char.toUpperCase()) lower++
    }
    // Mostly lower case already: not a shouted line, whatever follows.
    if (lower > 20 && lower > upper) return false
  }
  return spaces >= 2 && upper >= 8 && lower <= upper * 0.1
}

/** Photo credits and captions. */
export function isCaption(text: string): boolean {
  const lower = text.toLowerCase()
  return /^(file )?photos?( by)?:/.test(lower) || lower.includes('photo:') || lower.includes('getty images') ||
    lower.includes('/ap photo') || lower.includes('(ap photo') || lower.startsWith('image:') || lower.startsWith('credit:')
}
