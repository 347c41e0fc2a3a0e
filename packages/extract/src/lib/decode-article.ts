import {ExtractError} from './errors.js'

/**
 * Decode the bytes of an article file: UTF-8 (a byte order mark is dropped),
 * or UTF-16 little- or big-endian when a byte order mark says so. Bytes that
 * are not valid in that encoding are refused, never guessed at: a wrong guess
 * would turn "5 million €" into something else without a word. Decode other
 * encodings yourself (`new TextDecoder('windows-1252').decode(bytes)`) and
 * pass the string. Offsets of claims index the returned string (so, with a
 * byte order mark, they start after it).
 *
 * Throws `ExtractError` with code `invalid-encoding`, or `binary-input` when
 * the text holds NUL characters (as binary files do).
 */
export function decodeArticle(bytes: Uint8Array): string {
  let encoding: keyof typeof encodingNames = 'utf-8'
  let start = 0
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le'
    start = 2
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be'
    start = 2
  }
  // A NUL byte outside UTF-16 says binary before any encoding error does.
  if (encoding === 'utf-8' && bytes.includes(0)) throw binary()
  let text: string
  try {
    // `ignoreBOM` keeps a second byte order mark as text: only the first is dropped.
    text = new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes.subarray(start))
  } catch {
    throw new ExtractError('invalid-encoding', `Input is not valid ${encodingNames[encoding]}${encoding === 'utf-8' ? invalidAt(bytes, start) : ''}`)
  }
  if (text.includes('\u0000')) throw binary()
  return text
}

const encodingNames = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian, as its byte order mark says)',
  'utf-16be': 'UTF-16 (big-endian, as its byte order mark says)'
}

function binary(): ExtractError {
  return new ExtractError('binary-input', 'Input looks binary (it holds NUL bytes), not article text')
}

/** Where UTF-8 decoding first fails (the WHATWG decoder's rules), for the error message. */
function invalidAt(bytes: Uint8Array, start: number): string {
  for (let index = start; index < bytes.length; ) {
    const lead = bytes[index]!
    if (lead < 0x80) {
      index++
      continue
    }
    let need = 0
    let lower = 0x80
    let upper = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) {
      need = 1
    } else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2
      if (lead === 0xe0) lower = 0xa0
      if (lead === 0xed) upper = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3
      if (lead === 0xf0) lower = 0x90
      if (lead === 0xf4) upper = 0x8f
    }
    let valid = need > 0
    for (let offset = 1; offset <= need && valid; offset++) {
      const next = bytes[index + offset]
      valid = next !== undefined && next >= (offset === 1 ? lower : 0x80) && next <= (offset === 1 ? upper : 0xbf)
    }
    if (!valid) return ` (byte 0x${lead.toString(16).padStart(2, '0')} at offset ${index})`
    index += need + 1
  }
  return ''
}
