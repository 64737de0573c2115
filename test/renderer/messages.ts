// Hand-written messages in the engine's JSON shape, on a one-line invented text (for the renderer's
// tests on EditorState).
import type {TemoinMessage} from '../../src/core/types'

export function messageAt(ruleId: string, text: string, actual: string, severity: TemoinMessage['severity'], options: {expected?: string[]; note?: string} = {}): TemoinMessage {
  const start = text.indexOf(actual)
  const end = start + actual.length
  return {
    ruleId,
    source: 'temoin',
    reason: `Évitez «\u202F${actual}\u202F»`,
    actual,
    expected: options.expected,
    note: options.note ?? 'Note.',
    severity,
    fatal: severity === 'error' ? true : severity === 'warning' ? false : undefined,
    lang: 'fr',
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
    place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}
  }
}
