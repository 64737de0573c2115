// The lint runner re-applies diagnostics only when what they show changed: checked on EditorState
// (as codemirror/lint's own tests do), with the rule diagnostics of invented messages.
import {setDiagnostics, type Diagnostic} from '@codemirror/lint'
import {EditorState} from '@codemirror/state'
import {describe, expect, it} from 'vitest'
import type {LintResult, TemoinMessage} from '../../src/core/types'
import {diagnosticMessage, diagnosticsFor, type EditorHooks} from '../../src/renderer/editor/diagnostics'
import {sameDiagnostics} from '../../src/renderer/editor/lint-runner'

const text = 'Le gérant Zéphyrin Exemple est un escroc. Mon site est merdique.'

function msg(ruleId: string, doc: string, actual: string, severity: TemoinMessage['severity'], note: string, expected?: string[]): TemoinMessage {
  const start = doc.indexOf(actual)
  const end = start + actual.length
  return {
    ruleId,
    source: 'temoin',
    reason: `Évitez «\u202F${actual}\u202F»`,
    actual,
    expected,
    note,
    severity,
    lang: 'fr',
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
    place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}
  }
}

function resultFor(doc: string, note = 'Article 29 de la loi du 29 juillet 1881.', expected = ['Je trouve mon site merdique.']): LintResult {
  return {
    messages: [msg('criminal-term', doc, 'escroc', 'error', note), msg('fact-as-opinion', doc, 'Mon site est merdique.', 'warning', note, expected)],
    ignored: [],
    controls: [],
    configMessages: [],
    language: 'fr',
    frontmatter: {},
    counts: {error: 1, warning: 1, info: 0, words: 11}
  }
}

const hooks = (lang: 'fr' | 'en' = 'fr'): EditorHooks => ({lang: () => lang, askJustification: async () => null, openRuleDoc: () => {}})
const all = (result: LintResult, state: EditorState, lang: 'fr' | 'en' = 'fr'): Diagnostic[] =>
  ['criminal-term', 'fact-as-opinion'].flatMap((id) => diagnosticsFor(id, result, state, hooks(lang)))
const note = (d: Diagnostic) => diagnosticMessage(d)?.note ?? ''

describe('lint runner: same diagnostics', () => {
  const start = EditorState.create({doc: text})
  const shown = start.update(setDiagnostics(start, all(resultFor(text), start))).state

  it('a new result with the same findings, moved by an edit before them, is the same', () => {
    const edited = shown.update({changes: {from: 0, insert: 'Bonjour. '}}).state
    const doc = edited.doc.toString()
    expect(sameDiagnostics(edited, all(resultFor(doc), edited), [note])).toBe(true)
  })

  it('an edit between two findings keeps both the same', () => {
    const at = text.indexOf(' Mon site')
    const edited = shown.update({changes: {from: at, insert: ' Vraiment.'}}).state
    expect(sameDiagnostics(edited, all(resultFor(edited.doc.toString()), edited), [note])).toBe(true)
  })

  it('a finding that appears, disappears or changes range is different', () => {
    const edited = shown.update({changes: {from: text.length, insert: ' Ce sont des escrocs.'}}).state
    const doc = edited.doc.toString()
    const more = resultFor(doc)
    more.messages.push(msg('criminal-term', doc, 'escrocs', 'error', 'Article 29 de la loi du 29 juillet 1881.'))
    expect(sameDiagnostics(edited, all(more, edited), [note])).toBe(false)
    expect(sameDiagnostics(shown, all(resultFor(text), start).slice(1), [note])).toBe(false)
    const longer = resultFor(text)
    longer.messages[0] = msg('criminal-term', text, 'un escroc', 'error', 'Article 29 de la loi du 29 juillet 1881.')
    expect(sameDiagnostics(shown, all(longer, start), [note])).toBe(false)
  })

  it('typing inside a finding changes it: the mark grows, the engine quotes the new text', () => {
    const at = text.indexOf('escroc') + 3
    const edited = shown.update({changes: {from: at, insert: 'x'}}).state
    const doc = edited.doc.toString()
    const r = resultFor(doc)
    r.messages[0] = msg('criminal-term', doc, 'escxroc', 'error', 'Article 29 de la loi du 29 juillet 1881.')
    expect(sameDiagnostics(edited, all(r, edited), [note])).toBe(false)
  })

  it('a different reason, note, suggestion or action language is different', () => {
    const reworded = resultFor(text)
    reworded.messages[0] = {...reworded.messages[0], reason: 'Autre raison.'}
    expect(sameDiagnostics(shown, all(reworded, start), [note])).toBe(false)
    expect(sameDiagnostics(shown, all(resultFor(text, 'Autre note.'), start), [note])).toBe(false)
    expect(sameDiagnostics(shown, all(resultFor(text, undefined, ['À mon avis, mon site est merdique.']), start), [note])).toBe(false)
    expect(sameDiagnostics(shown, all(resultFor(text), start, 'en'), [note])).toBe(false)
    expect(sameDiagnostics(shown, all(resultFor(text), start), [note])).toBe(true)
  })

  it('nothing shown and nothing found is the same; a finding past the end is not', () => {
    expect(sameDiagnostics(start, [])).toBe(true)
    expect(sameDiagnostics(shown, [])).toBe(false)
    const past: Diagnostic = {from: text.length + 5, to: text.length + 9, severity: 'info', message: 'x'}
    expect(sameDiagnostics(start, [past])).toBe(false)
  })
})
