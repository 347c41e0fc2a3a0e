import {VFileMessage} from 'vfile-message'
import type {VFile} from 'vfile'

type PointData = {line: number; column: number}

/** A vfile message as plain data, so it can cross from a worker thread. */
export interface MessageData {
  reason: string
  place: {start: PointData; end: PointData} | undefined
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
  actual: string | undefined
  expected: string[] | undefined
  note: string | undefined
  /** The message's `cause`, when it is a message about another file (the canonical copy). */
  cause?: (MessageData & {file: string}) | undefined
}

export function messageData(file: VFile): MessageData[] {
  return file.messages.map((message) => dataOf(message))
}

/** The messages back on `file`, as they were. */
export function addMessageData(file: VFile, messages: readonly MessageData[]): void {
  for (const data of messages) {
    const message = file.message(data.reason, {place: data.place, ruleId: data.ruleId, source: data.source, cause: data.cause && causeOf(data.cause)})
    fill(message, data)
  }
}

function dataOf(message: VFileMessage): MessageData {
  const {place} = message
  return {
    reason: message.reason,
    place: place && 'start' in place ? {start: {line: place.start.line, column: place.start.column}, end: {line: place.end.line, column: place.end.column}} : undefined,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    cause: message.cause instanceof VFileMessage && message.cause.file ? {...dataOf(message.cause), file: message.cause.file} : undefined
  }
}

function causeOf(data: MessageData & {file: string}): VFileMessage {
  const cause = new VFileMessage(data.reason, {place: data.place, ruleId: data.ruleId, source: data.source})
  cause.file = data.file
  fill(cause, data)
  return cause
}

function fill(message: VFileMessage, data: MessageData): void {
  message.fatal = data.fatal
  message.actual = data.actual
  message.expected = data.expected
  message.note = data.note
}
