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

export function isFurniture(text: string): boolean {
  const lower = text.toLowerCase()
  if (lower.length < 400) {
    for (const phrase of phrases) if (lower.includes(phrase)) return true
  }
  return isShoutedLine(text)
}

/** A line in capitals with several words is a cross-link headline ("CLICK HERE FOR MORE …"). */
function isShoutedLine(text: string): boolean {
  if (text.length > 200 || text.length < 12) return false
  let upper = 0
  let lower = 0
  let spaces = 0
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    if (char === ' ') spaces++
    else if (char !== char.toLowerCase()) upper++
    else if (char !== char.toUpperCase()) lower++
  }
  return spaces >= 2 && upper >= 8 && lower <= upper * 0.1
}

/** Photo credits and captions. */
export function isCaption(text: string): boolean {
  const lower = text.toLowerCase()
  return /^(file )?photos?( by)?:/.test(lower) || lower.includes('photo:') || lower.includes('getty images') ||
    lower.includes('/ap photo') || lower.includes('(ap photo') || lower.startsWith('image:') || lower.startsWith('credit:')
}
