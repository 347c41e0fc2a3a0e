/**
 * Inputs shaped to find what grows faster than the text: each function
 * returns about `size` UTF-16 units of one shape. Used by
 * `scripts/bench/adversarial.ts`.
 */

/** `unit` repeated to `size` units (never cutting a surrogate pair). */
function repeat(unit: string, size: number): string {
  const text = unit.repeat(Math.ceil(size / unit.length))
  let end = size
  if (end > 0 && text.charCodeAt(end - 1) >= 0xd8_00 && text.charCodeAt(end - 1) <= 0xdb_ff) end--
  return text.slice(0, end)
}

/** Lines from `line(1)`, `line(2)`, … until `size` units. */
function lines(line: (depth: number) => string, size: number): string {
  const parts: string[] = []
  let length = 0
  for (let depth = 1; length < size; depth++) {
    const part = line(depth)
    parts.push(part)
    length += part.length
  }
  return parts.join('').slice(0, size)
}

export const shapes: Array<[name: string, make: (size: number) => string]> = [
  ['blank lines', (size) => repeat('\n', size)],
  ['block quotes deepening line by line', (size) => lines((depth) => `${'>'.repeat(depth)} 59 people in 2016\n`, size)],
  ['lists deepening line by line', (size) => lines((depth) => `${'  '.repeat(depth)}- 59 people in 2016\n`, size)],
  ['10,000-deep nesting (lists and quotes)', (size) => repeat(`${'- > '.repeat(2500)}59 people\n`, size)],
  ['digits only', (size) => repeat('1234567890', size)],
  ['`1,1,1,…`', (size) => repeat('1,', size)],
  ['`1, 1, 1, …`', (size) => repeat('1, ', size)],
  ['`10, 701` repeated', (size) => repeat('10, 701 ', size)],
  ['long words', (size) => repeat(`${'a'.repeat(9999)} `, size)],
  ['emoji and astral characters', (size) => repeat('😀🎉 59 👍🏽 people 𝟓𝟗 🏳️‍🌈 ', size)],
  ['right-to-left text', (size) => repeat('قتل 59 شخصا في عام 2016 وفقا للشرطة. נהרגו 59 אנשים בשנת 2016. ', size)],
  ['one huge sentence, no punctuation', (size) => repeat('the city counted 59 people and 2,825 requests ', size)],
  ['many hedges', (size) => repeat('more than nearly about up to at least 5 ', size)],
  ['many ranges `1-2-3-4…`', (size) => repeat('1-2-3-4-', size)],
  ['many periods', (size) => repeat('in 2015, last year, in March 2017, that week, Feb. 4-10, ', size)],
  ['Markdown tables', (size) => repeat('| city | 2016 | 2017 |\n|---|---:|---:|\n| Boston | 59 | 56 |\n\n', size)],
  ['HTML', (size) => repeat('<div class="story"><p>The city counted 59 people in 2016.</p></div>\n', size)],
  ['short list items', (size) => repeat('- 59 people\n', size)],
  ['fenced code', (size) => repeat('```js\nconst people = 59\n```\n', size)],
  ['brackets and emphasis', (size) => repeat('[*_`<', size)],
  ['number words', (size) => repeat('one two three hundred and twenty-one thousand million half a dozen ', size)]
]
