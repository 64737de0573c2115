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

const POSITIONAL = new Set(['line', 'column', 'endLine', 'endColumn', 'place'])

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
  return typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b)
}

/** Same message content (every field but the position)? Strings compare without being hashed. */
function sameContent(a: TemoinMessage, b: TemoinMessage): boolean {
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  for (const k of ka) {
    if (POSITIONAL.has(k)) continue
    if (!sameValue((a as unknown as Record<string, unknown>)[k], (b as unknown as Record<string, unknown>)[k])) return false
  }
  return true
}

/**
 * The worker side: content ids stay stable across results (up to `limit` distinct contents). A
 * message with the content of the previous result's message at the same index (or one either side:
 * a finding added or removed before it) takes its id without building a key; the others are
 * looked up by their JSON.
 */
export function createPacker(limit = 5000) {
  let ids = new Map<string, number>()
  let next = 0
  let previous: {messages: TemoinMessage[]; ids: number[]} = {messages: [], ids: []}
  return function pack(result: LintResult): PackedResult {
    let reset = false
    if (ids.size > limit) {
      ids = new Map()
      next = 0
      reset = true
      previous = {messages: [], ids: []}
    }
    const contents: [number, MessageContent][] = []
    const positions = new Int32Array(result.messages.length * POSITION_FIELDS)
    const messageIds: number[] = []
    result.messages.forEach((m, i) => {
      let id: number | undefined
      for (const j of [i, i - 1, i + 1]) {
        const p = previous.messages[j]
        if (p && sameContent(m, p)) {
          id = previous.ids[j]
          break
        }
      }
      if (id === undefined) {
        const {line: _l, column: _c, endLine: _el, endColumn: _ec, place: _p, ...content} = m
        const key = JSON.stringify(content)
        id = ids.get(key)
        if (id === undefined) {
          ids.set(key, (id = next++))
          contents.push([id, content])
        }
      }
      messageIds.push(id)
      const {line, column, endLine, endColumn, place} = m
      positions.set(
        [id, line, column, endLine, endColumn, place.start.line, place.start.column, place.start.offset, place.end.line, place.end.column, place.end.offset],
        i * POSITION_FIELDS
      )
    })
    previous = {messages: result.messages, ids: messageIds}
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
