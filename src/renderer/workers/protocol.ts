// Messages between the renderer and the lint worker.
import type {LintResult, LintSettings, TemoinMessage} from '../../core/types'
import type {TextEdit} from './text-edit'

export interface RuleMetaEntry {
  id: string
  severity: string
  title: {fr: string; en: string}
  summary: {fr: string; en: string}
  url?: string
}

/** What a message says, without where: shared by every result that finds the same thing. */
export type MessageContent = Omit<TemoinMessage, 'line' | 'column' | 'endLine' | 'endColumn' | 'place'>

/** Numbers per message in `PackedResult.positions`. */
export const POSITION_FIELDS = 11

/**
 * A lint result as the worker sends it: each distinct message content once per session (the
 * renderer keeps them by id), then per message its content id and position as numbers. A result
 * of 300 messages whose contents were all sent before costs the main thread a typed array, not 300
 * objects and their strings to deserialise.
 */
export interface PackedResult {
  /** Forget the contents received so far before adding these (the worker's table was full). */
  reset: boolean
  contents: [number, MessageContent][]
  /** Per message: content id, line, column, endLine, endColumn, start line/column/offset, end line/column/offset. */
  positions: Int32Array
  rest: Omit<LintResult, 'messages'>
}

export type ToWorker =
  | {type: 'lint'; id: number; text: string}
  /** The text is the previous one (from the last `lint` or `edit`) with `edit` applied. */
  | {type: 'edit'; id: number; edit: TextEdit}
  | {type: 'settings'; settings: LintSettings}

export type FromWorker =
  | {type: 'ready'; ruleMeta: Record<string, RuleMetaEntry>}
  | {type: 'result'; id: number; result: PackedResult; ms: number}
  | {type: 'stale'; id: number}
  | {type: 'error'; id: number; error: string}

/** The worker side: content ids stay stable across results (up to `limit` distinct contents). */
export function createPacker(limit = 5000) {
  let ids = new Map<string, number>()
  let next = 0
  return function pack(result: LintResult): PackedResult {
    let reset = false
    if (ids.size > limit) {
      ids = new Map()
      next = 0
      reset = true
    }
    const contents: [number, MessageContent][] = []
    const positions = new Int32Array(result.messages.length * POSITION_FIELDS)
    result.messages.forEach((m, i) => {
      const {line, column, endLine, endColumn, place, ...content} = m
      const key = JSON.stringify(content)
      let id = ids.get(key)
      if (id === undefined) {
        ids.set(key, (id = next++))
        contents.push([id, content])
      }
      positions.set(
        [id, line, column, endLine, endColumn, place.start.line, place.start.column, place.start.offset, place.end.line, place.end.column, place.end.offset],
        i * POSITION_FIELDS
      )
    })
    const {messages: _messages, ...rest} = result
    return {reset, contents, positions, rest}
  }
}

const contentOfMessage = new WeakMap<TemoinMessage, MessageContent>()
/** The shared content object of an unpacked message (the same for every result that has it). */
export function messageContent(m: TemoinMessage): MessageContent | undefined {
  return contentOfMessage.get(m)
}

/** The renderer side: the contents received so far, and the messages of a packed result. */
export function createUnpacker() {
  const contents = new Map<number, MessageContent>()
  return function unpack(packed: PackedResult): LintResult {
    if (packed.reset) contents.clear()
    for (const [id, content] of packed.contents) contents.set(id, content)
    const p = packed.positions
    const messages: TemoinMessage[] = []
    for (let i = 0; i < p.length; i += POSITION_FIELDS) {
      const content = contents.get(p[i])
      if (!content) throw new Error(`lint worker: unknown message content ${p[i]}`)
      const m: TemoinMessage = {
        ...content,
        line: p[i + 1],
        column: p[i + 2],
        endLine: p[i + 3],
        endColumn: p[i + 4],
        place: {start: {line: p[i + 5], column: p[i + 6], offset: p[i + 7]}, end: {line: p[i + 8], column: p[i + 9], offset: p[i + 10]}}
      }
      contentOfMessage.set(m, content)
      messages.push(m)
    }
    return {messages, ...packed.rest}
  }
}
