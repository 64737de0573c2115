// Pure editing helpers behind the quick fixes: they compute changes on an EditorState, so they are
// tested without a view (test/renderer/control-comments.test.ts).
import type {ChangeSpec, EditorState, Text} from '@codemirror/state'

/** Offset just after a YAML front matter block (`---` … `---`), or 0 when there is none. */
export function frontmatterEnd(doc: Text): number {
  if (doc.lines < 2 || doc.line(1).text.trimEnd() !== '---') return 0
  for (let n = 2; n <= doc.lines; n++) {
    const line = doc.line(n)
    const s = line.text.trimEnd()
    if (s === '---' || s === '...') return n < doc.lines ? doc.line(n + 1).from : line.to
  }
  return 0
}

const isBlank = (s: string) => s.trim() === ''
const isHeading = (s: string) => /^ {0,3}#{1,6}(\s|$)/.test(s)

/**
 * Start of the Markdown block (paragraph, heading) holding `pos`: the first line after a blank line,
 * the front matter, or a heading. An inline `ignore` comment placed before it covers the block.
 */
export function blockStart(doc: Text, pos: number): number {
  const floor = frontmatterEnd(doc)
  let line = doc.lineAt(pos)
  if (isHeading(line.text)) return line.from
  while (line.number > 1) {
    const prev = doc.line(line.number - 1)
    if (prev.to < floor || isBlank(prev.text) || isHeading(prev.text) || isControlComment(prev.text)) break
    line = prev
  }
  return Math.max(line.from, line.from < floor ? floor : line.from)
}

function isControlComment(s: string): boolean {
  return /^\s*<!--\s*temoin\s/.test(s)
}

/** A justification made safe for `"…"` inside an HTML comment (no quotes, no `--`, one line). */
export function cleanJustification(s: string): string {
  return s
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/"/g, '”')
    .replace(/--+/g, '–')
    .replace(/>/g, '›')
    .trim()
}

export function ignoreComment(ruleId: string, justification?: string): string {
  const j = justification ? cleanJustification(justification) : ''
  return `<!--temoin ignore ${ruleId}${j ? ` "${j}"` : ''}-->`
}

/** « Ignorer ici »: the comment on its own line before the block holding `pos`. */
export function ignoreHereChange(state: EditorState, pos: number, ruleId: string, justification?: string): ChangeSpec {
  const at = blockStart(state.doc, pos)
  return {from: at, insert: `${ignoreComment(ruleId, justification)}\n`}
}

/** « Désactiver la règle pour ce document »: a `disable` comment at the top, after front matter. */
export function disableRuleChange(state: EditorState, ruleId: string): ChangeSpec {
  const at = frontmatterEnd(state.doc)
  const comment = `<!--temoin disable ${ruleId}-->`
  // Already disabled at the top: nothing to do.
  const head = state.doc.sliceString(at, Math.min(state.doc.length, at + 2000))
  if (head.split('\n').some((l) => l.trim() === comment)) return []
  const after = state.doc.sliceString(at, at + 1)
  return {from: at, insert: `${comment}\n${after === '\n' || after === '' ? '' : '\n'}`}
}

/**
 * Replace [from, to) with `replacement`. An empty replacement deletes, and takes one adjacent space
 * with it so no double space or space before punctuation is left behind.
 */
export function replacementChange(state: EditorState, from: number, to: number, replacement: string): ChangeSpec {
  if (replacement !== '') return {from, to, insert: replacement}
  const doc = state.doc
  const before = from > 0 ? doc.sliceString(from - 1, from) : ''
  const after = to < doc.length ? doc.sliceString(to, to + 1) : ''
  const space = /[ \u00A0\u202F]/
  if (space.test(before) && (after === '' || after === '\n' || space.test(after) || /[.,;:!?»)]/.test(after))) {
    // « remboursée, bande de connards. » → « remboursée. »: no comma left dangling before the stop.
    const comma = from > 1 ? doc.sliceString(from - 2, from - 1) : ''
    if (comma === ',' && (after === '' || after === '\n' || /[.;:!?,]/.test(after))) return {from: from - 2, to, insert: ''}
    return {from: from - 1, to, insert: ''}
  }
  if (space.test(after) && (before === '' || before === '\n')) return {from, to: to + 1, insert: ''}
  return {from, to, insert: ''}
}

/** Word count for the status bar: letters/digits runs, with inner apostrophes and hyphens. */
export function countWords(doc: Text): number {
  let n = 0
  const re = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu
  // The front matter (title, author…) is not part of the text.
  const start = frontmatterEnd(doc)
  const first = start > 0 ? doc.lineAt(start).number : 1
  for (const line of doc.iterLines(first)) {
    if (line.startsWith('<!--')) continue
    const m = line.match(re)
    if (m) n += m.length
  }
  return n
}
