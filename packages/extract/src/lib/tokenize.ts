import type {Repair} from './claim.js'

export type TokenKind = 'number' | 'word' | 'punct' | 'skip'

/**
 * One token of the input. Offsets are UTF-16 code units into the original string.
 * Number tokens carry their parsed value; `skip` tokens are URLs, handles,
 * hashtags and e-mail addresses, which never hold claims.
 */
export interface Token {
  kind: TokenKind
  start: number
  end: number
  text: string
  lower: string
  /** Whitespace separates this token from the previous one. */
  spaced: boolean
  /** Whitespace holding a line break separates this token from the previous one. */
  newline: boolean
  value: number
  /** Digits after the decimal point (number tokens). */
  decimals: number
  /** Digits before the decimal point (number tokens). */
  digits: number
  /** Written with thousands separators (number tokens). */
  grouped: boolean
  repairs: Repair[]
}

const letterPattern = /[\p{L}\p{M}]/u

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isLetter(code: number, char: string): boolean {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true
  if (code < 0xc0) return false
  return letterPattern.test(char)
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0 ||
    code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f ||
    code === 0x3000 || code === 0xfeff
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019
}

/** Shared by every token without repairs (read-only: repairs make new tokens). */
const noRepairs = Object.freeze([]) as unknown as Repair[]

export function makeToken(kind: TokenKind, text: string, start: number, end: number, spaced: boolean, newline: boolean, lower = text.toLowerCase()): Token {
  return {kind, start, end, text, lower, spaced, newline, value: Number.NaN, decimals: 0, digits: 0, grouped: false, repairs: noRepairs}
}

/** Parse a run of digits with `,` and `.` separators into one or more number tokens. */
/** Characters a figure grouped with commas can have. */
const groupedLimit = 40
/** Characters of a run that is no one figure read at a time. */
const separatedPart = 256

function numberTokens(value: string, start: number, spaced: boolean, newline: boolean): Token[] {
  // Most runs are plain digits.
  if (value.indexOf(',') === -1 && value.indexOf('.') === -1) return [numberToken(value, start, spaced, newline, value, '', false)]
  // Longer than any grouped figure ("999,999,999,999,999,999,999" is 27): a list such as "1,2,3,…", split below,
  // without reading the whole run as groups first. A plain decimal ("3.14159…") has no comma and one dot.
  if (value.length > groupedLimit && value.indexOf(',') !== -1) return separatedTokens(value, start, spaced, newline)
  const commaGroups = value.split(',')
  const dotCount = value.split('.').length - 1
  const groupsOk = (groups: string[]) => groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3)

  // 1,234 or 1,234.56 or 1234.5: the English forms.
  if (dotCount <= 1 && (commaGroups.length === 1 || groupsOk(commaGroups.slice(0, -1).concat(commaGroups.at(-1)!.split('.')[0]!)))) {
    const [integer, fraction = ''] = value.replaceAll(',', '').split('.')
    return [numberToken(value, start, spaced, newline, integer!, fraction, commaGroups.length > 1)]
  }

  // 12,34,567.89: Indian grouping (lakh, crore), two-digit groups before the last three.
  if (dotCount <= 1 && /^\d{1,2}(,\d{2})+,\d{3}(\.\d+)?$/.test(value)) {
    const [integer, fraction = ''] = value.replaceAll(',', '').split('.')
    return [numberToken(value, start, spaced, newline, integer!, fraction, true)]
  }

  // 1.111,11: dots as thousands separators and a decimal comma.
  if (/^\d{1,3}(\.\d{3})+,\d{1,2}$/.test(value)) {
    const [integer, fraction] = value.split(',')
    return [numberToken(value, start, spaced, newline, integer!.replaceAll('.', ''), fraction!, true)]
  }

  // 1.500.000: dots as thousands separators.
  const dotGroups = value.split('.')
  if (commaGroups.length === 1 && dotGroups.length > 2 && groupsOk(dotGroups)) {
    return [numberToken(value, start, spaced, newline, dotGroups.join(''), '', true)]
  }

  // Anything else (`192.168.1.2`, `1,2,3`, `.5.5`) is several numbers side by side.
  return separatedTokens(value, start, spaced, newline)
}

function numberToken(text: string, start: number, spaced: boolean, newline: boolean, integer: string, fraction: string, grouped: boolean): Token {
  const value = fraction ? Number(`${integer || '0'}.${fraction}`) : Number(integer || '0')
  // Over 308 digits: beyond any number JavaScript holds (it would read as Infinity). Not a figure.
  if (!Number.isFinite(value)) return makeToken('skip', text, start, start + text.length, spaced, newline, text)
  // Digits and separators have no case.
  const token = makeToken('number', text, start, start + text.length, spaced, newline, text)
  token.value = value
  token.decimals = fraction.length
  token.digits = integer.length
  token.grouped = grouped
  return token
}

/**
 * Split text into tokens in one pass. Runs in linear time on any input:
 * every loop advances `index` and nothing looks back further than one token.
 */
export function tokenize(input: string, from = 0, to = input.length): Token[] {
  const tokens: Token[] = []
  const reader = new TokenReader(input, from, to)
  while (reader.read(tokens)) {
    // Read on.
  }
  return tokens
}

/**
 * `tokenize`, a few tokens at a time: a long document is read without
 * holding all its tokens at once, and gives the same tokens.
 */
export class TokenReader {
  private readonly input: string
  private readonly to: number
  private index: number
  private spaced = true
  private newline = true
  /** The end of a run of figures and separators that is no one figure, read a part at a time. */
  private separatedUntil = -1

  constructor(input: string, from = 0, to = input.length) {
    this.input = input
    this.index = from
    this.to = to
  }

  /** Append the next token (or the tokens of one run of digits) to `tokens`; false at the end. */
  read(tokens: Token[]): boolean {
    const {input, to} = this
    let index = this.index
    while (index < to && isSpace(input.charCodeAt(index))) {
      this.spaced = true
      const code = input.charCodeAt(index)
      if (code === 10 || code === 13) this.newline = true
      index++
    }
    if (index >= to) {
      this.index = index
      return false
    }
    const {spaced, newline} = this
    const code = input.charCodeAt(index)
    const char = input.charAt(index)
    const start = index

    if (isDigit(code) || (code === 46 && isDigit(input.charCodeAt(index + 1)) && !isDigit(input.charCodeAt(index - 1)))) {
      index++
      const continued = start < this.separatedUntil
      let commas = 0
      let dots = code === 46 ? 1 : 0
      let cut = -1
      while (index < to) {
        const next = input.charCodeAt(index)
        if (isDigit(next)) index++
        else if ((next === 44 || next === 46) && index + 1 < to && isDigit(input.charCodeAt(index + 1))) {
          if (next === 44) commas++
          else dots++
          if (index - start >= separatedPart && (continued || commas > 0 || dots > 1)) {
            cut = index
            break
          }
          index += 2
        } else break
      }
      if (continued || (index - start > groupedLimit && (commas > 0 || dots > 1))) {
        // No one figure ("1,2,3,…" to a megabyte): its tokens are given a part at a time, each part ending before a
        // separator, so a long run is never held whole; the tokens are those of splitting the whole run.
        const end = cut === -1 ? index : cut
        // The part after the separator is read the same way.
        if (cut !== -1) this.separatedUntil = cut + 2
        for (const token of separatedTokens(input.slice(start, end), start, spaced, newline)) tokens.push(token)
        index = end
      } else {
        const text = input.slice(start, index)
        for (const token of numberTokens(text, start, spaced, newline)) tokens.push(token)
      }
    } else if (isLetter(code, char)) {
      index++
      // Whether a letter other than a–z occurs: most words are lower case already, and need no copy in lower case.
      let cased = code < 97 || code > 122
      while (index < to) {
        const next = input.charCodeAt(index)
        if (isLetter(next, input.charAt(index))) {
          if (next < 97 || next > 122) cased = true
          index++
        } else if (isApostrophe(next) && index + 1 < to && isLetter(input.charCodeAt(index + 1), input.charAt(index + 1))) {
          cased = true
          index += 2
        } else break
      }
      // `http://…`, `www.…` and `name@host` are addresses, not prose.
      const text = input.slice(start, index)
      const word = cased ? text.toLowerCase() : text
      const url = (word === 'http' || word === 'https') && input.startsWith('://', index)
      const www = word === 'www' && input.charCodeAt(index) === 46
      const email = input.charCodeAt(index) === 64 && isLetter(input.charCodeAt(index + 1), input.charAt(index + 1))
      if (url || www || email) {
        while (index < to && !isSpace(input.charCodeAt(index))) index++
        tokens.push(makeToken('skip', input.slice(start, index), start, index, spaced, newline))
      } else {
        tokens.push(makeToken('word', text, start, index, spaced, newline, word))
      }
    } else if ((code === 64 || code === 35) && index + 1 < to && isWordChar(input, index + 1)) {
      // @handle and #hashtag
      index++
      while (index < to && (isWordChar(input, index) || (input.charCodeAt(index) === 46 && isWordChar(input, index + 1)))) index++
      tokens.push(makeToken('skip', input.slice(start, index), start, index, spaced, newline))
    } else {
      // One UTF-16 unit of punctuation; keep surrogate pairs whole.
      index += code >= 0xd800 && code <= 0xdbff && index + 1 < to ? 2 : 1
      tokens.push(makeToken('punct', input.slice(start, index), start, index, spaced, newline))
    }

    this.index = index
    this.spaced = false
    this.newline = false
    return true
  }
}

function isWordChar(input: string, index: number): boolean {
  const code = input.charCodeAt(index)
  return isDigit(code) || code === 95 || isLetter(code, input.charAt(index))
}

/** A run of digits, commas and dots that is no one figure: each digit group a number, each separator punctuation. */
function separatedTokens(value: string, start: number, spaced: boolean, newline: boolean): Token[] {
  const parts: Token[] = []
  let from = 0
  for (let index = 0; index <= value.length; index++) {
    const code = index < value.length ? value.charCodeAt(index) : -1
    if (code !== 44 && code !== 46 && code !== -1) continue
    // A run that starts with `.` has no number before it.
    if (index > from) {
      const part = value.slice(from, index)
      parts.push(numberToken(part, start + from, parts.length === 0 && spaced, parts.length === 0 && newline, part, '', false))
    }
    if (code !== -1) {
      const separator = code === 44 ? ',' : '.'
      parts.push(makeToken('punct', separator, start + index, start + index + 1, parts.length === 0 && spaced, parts.length === 0 && newline, separator))
    }
    from = index + 1
  }
  return parts
}
