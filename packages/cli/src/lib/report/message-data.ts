import type {VFile} from 'vfile'

/** A vfile message as plain data, so it can cross from a worker thread. */
export interface MessageData {
  reason: string
  place: {start: {line: number; column: number}; end: {line: number; column: number}} | undefined
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
  actual: string | undefined
  expected: string[] | undefined
  note: string | undefined
}

export function messageData(file: VFile): MessageData[] {
  return file.messages.map((message) => ({
    reason: message.reason,
    place: message.place && 'start' in message.place ? {start: {line: message.place.start.line, column: message.place.start.column}, end: {line: message.place.end.line, column: message.place.end.column}} : undefined,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    actual: message.actual,
    expected: message.expected,
    note: message.note
  }))
}

/** The messages back on `file`, as they were. */
export function addMessageData(file: VFile, messages: readonly MessageData[]): void {
  for (const data of messages) {
    const message = file.message(data.reason, {place: data.place, ruleId: data.ruleId, source: data.source})
    message.fatal = data.fatal
    message.actual = data.actual
    message.expected = data.expected
    message.note = data.note
  }
}
