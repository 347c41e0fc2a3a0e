/**
 * Short generated articles for fuzzing `@claimtrace/extract`: arbitrary
 * Unicode, number-heavy prose, Markdown, and mixtures of the three. Inputs
 * stay short (a few hundred UTF-16 units at most), so a million run in minutes.
 */
import fc from 'fast-check'

/** Any code points, lone surrogates and odd whitespace included. */
const unicode = fc.oneof(
  fc.string({unit: 'binary', maxLength: 60}),
  fc.string({unit: 'grapheme', maxLength: 40}),
  fc.array(fc.constantFrom('\uD800', '\uDFFF', '\uFEFF', '\u200B', '\u00A0', '\u2028', '\u202E', '\u0301', '\r', '\t', '\f', '\v', 'ß', 'İ', 'ﬁ', '٣', '५', '𝟓', '😀', '👍🏽', 'ع', 'א'), {maxLength: 20})
    .map((parts) => parts.join(''))
)

const numberPieces = [
  '0', '1', '5', '10', '59', '117', '150', '2014', '2,825', '10,701', '10, 701', '1, 234, 567', '26. 9', '26.9', '0.5', '.5', '1.500.000', '12,34,567',
  '1.111,11', '1e309', '1e10', '3e10, 701', '2^1024', '10^-400', '9'.repeat(330), '1/2', '2 1/2', '½', '4-10', '1-2-3', '5%', '$', '£', '€', '₹', 'US$',
  'Rs', 'USD', '$one', '₹one', 'bn', 'm', 'k', 'million', 'billion', 'lakh', 'crore', 'dozen', 'one', 'two', 'twenty-one', 'hundred', 'thousand',
  'half', 'a third', 'three fifths', 'first', '3rd', 'percent', 'percentage points', 'per cent', 'hours', 'km', 'kg', 'a barrel', 'per day'
]
const wordPieces = [
  ' ', ' ', ' ', ', ', '. ', '; ', ': ', '-', '–', '—', '/', '(', ')', '"', '“', '”', '’', 'and', 'or', 'to', 'from', 'in', 'of', 'the', 'up', 'down',
  'rose', 'fell', 'more than', 'nearly', 'about', 'at least', 'up to', 'between', 'all', 'over', 'under', 'last year', 'this week', 'that week',
  'the previous week', 'Feb.', 'March', 'Monday', 'Q3', '2016-17', 'in 2015', 'since', 'according to', 'said', 'the Herald says', 'Boston', 'ICE',
  'nationally', 'Mr.', 'U.S.', 'AR-15', 'Section', 'No.', 'aged', 'people', 'requests', 'That’s up from', 'compared with', '!', '?', '…',
  // Capitals, initials and shouted words: "outrage A." once crashed the name reader.
  'A', 'A.', 'J. Smith', 'PUBLIC', 'St.', 'R', 'R1.6bn', 'children under'
]
/** Prose dense with figures, units, hedges, periods and sources. */
const numberHeavy = fc.array(fc.oneof(fc.constantFrom(...numberPieces), fc.constantFrom(...wordPieces)), {maxLength: 40}).map((parts) => parts.join(''))

const indent = fc.constantFrom('', '', ' ', '   ', '    ', '\t')
const marker = fc.constantFrom('> ', '>', '- ', '* ', '+ ', '1. ', '2) ', '-', '1.')
const content = fc.oneof(numberHeavy, fc.constantFrom('', '# h 5', '---', '***', '===', '```', '~~~', '<div>', '<!--', '[a]: /u', '| 5 | 6 |', '- - -'))
const line = fc.tuple(indent, fc.array(marker, {maxLength: 3}), content).map(([space, markers, rest]) => space + markers.join('') + rest)
/** Markdown lines: containers, headings, fences, HTML, definitions, with every kind of line ending. */
const markdown = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n', '\n\n', '\r\n', '\r')), {maxLength: 8}).map((lines) => lines.map(([text, ending]) => text + ending).join(''))

/** Front matter, sometimes with a date. */
const frontMatter = fc.constantFrom('', '', '', '---\ndate: 2017-01-10\n---\n', '---\npublished: 2024\n---\n', '---\ntitle: x\n---\n')

export const article = fc.tuple(frontMatter, fc.oneof(unicode, numberHeavy, markdown, fc.array(fc.oneof(unicode, numberHeavy, markdown), {maxLength: 3}).map((parts) => parts.join(''))))
  .map(([front, body]) => front + body)

/** Every option of `extractClaims`. */
export const options = fc.record({
  date: fc.constantFrom(undefined, '2017', '2017-02', '2017-02-15', '2024-12-31'),
  lineBreaks: fc.constantFrom(undefined, 'auto', 'paragraph', 'soft'),
  includeBoilerplate: fc.constantFrom(undefined, false, true)
}, {requiredKeys: []})
