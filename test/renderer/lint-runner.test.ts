// The lint runner re-applies diagnostics only when what they show changed: checked on EditorState
// (as codemirror/lint's own tests do), with the rule diagnostics of invented messages.
import {forEachDiagnostic, setDiagnostics, type Diagnostic} from '@codemirror/lint'
import {ChangeSet, EditorState} from '@codemirror/state'
import {describe, expect, it} from 'vitest'
import type {LintResult, TemoinMessage} from '../../src/core/types'
import {diagnosticMessage, diagnosticsFor, type EditorHooks} from '../../src/renderer/editor/diagnostics'
import {sameAsShown} from '../../src/renderer/editor/lint-runner'
import {messageAt} from './messages'

const text = 'Le gérant Zéphyrin Exemple est un escroc. Mon site est merdique.'

function msg(ruleId: string, doc: string, actual: string, severity: TemoinMessage['severity'], note: string, expected?: string[]): TemoinMessage {
  return messageAt(ruleId, doc, actual, severity, {note, expected})
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

describe('lint runner: same diagnostics as shown', () => {
  const start = EditorState.create({doc: text})
  const shown = all(resultFor(text), start)
  /** The edit as a transaction on the shown document: its new state and its changes. */
  const edit = (from: number, insert: string, to = from) => {
    const tr = start.update({changes: {from, to, insert}})
    return {state: tr.state, doc: tr.state.doc.toString(), changes: tr.changes.desc}
  }

  it('the same result, without an edit, is the same; the same objects are the same', () => {
    expect(sameAsShown(shown, all(resultFor(text), start), ChangeSet.empty(text.length).desc, note)).toBe(true)
    expect(sameAsShown(shown, shown, ChangeSet.empty(text.length).desc, note)).toBe(true)
  })

  it('a new result with the same findings, moved by an edit before them, is the same', () => {
    const e = edit(0, 'Bonjour. ')
    expect(sameAsShown(shown, all(resultFor(e.doc), e.state), e.changes, note)).toBe(true)
  })

  it('an edit between two findings, or right after one, keeps both the same', () => {
    const between = edit(text.indexOf(' Mon site'), ' Vraiment.')
    expect(sameAsShown(shown, all(resultFor(between.doc), between.state), between.changes, note)).toBe(true)
    // Typing right after « escroc » does not extend its mark (nor the engine's finding here).
    const after = edit(text.indexOf('escroc') + 6, ' notoire')
    expect(sameAsShown(shown, all(resultFor(after.doc), after.state), after.changes, note)).toBe(true)
  })

  it('the engine range is compared with the mapped one: a finding that grew or moved is different', () => {
    const e = edit(0, 'Bonjour. ')
    const r = resultFor(e.doc)
    r.messages[0] = msg('criminal-term', e.doc, 'un escroc', 'error', 'Article 29 de la loi du 29 juillet 1881.')
    expect(sameAsShown(shown, all(r, e.state), e.changes, note)).toBe(false)
    // Without the mapping (as if nothing had been typed) the same findings are not where they were.
    expect(sameAsShown(shown, all(resultFor(e.doc), e.state), ChangeSet.empty(e.doc.length).desc, note)).toBe(false)
  })

  it('a finding that appears or disappears is different', () => {
    const e = edit(text.length, ' Ce sont des escrocs.')
    const more = resultFor(e.doc)
    more.messages.push(msg('criminal-term', e.doc, 'escrocs', 'error', 'Article 29 de la loi du 29 juillet 1881.'))
    expect(sameAsShown(shown, all(more, e.state), e.changes, note)).toBe(false)
    expect(sameAsShown(shown, shown.slice(1), ChangeSet.empty(text.length).desc, note)).toBe(false)
  })

  it('typing inside a finding, or deleting it, is different', () => {
    const inside = edit(text.indexOf('escroc') + 3, 'x')
    const r = resultFor(inside.doc)
    r.messages[0] = msg('criminal-term', inside.doc, 'escxroc', 'error', 'Article 29 de la loi du 29 juillet 1881.')
    expect(sameAsShown(shown, all(r, inside.state), inside.changes, note)).toBe(false)
    const from = text.indexOf('escroc')
    const gone = edit(from, '', from + 6)
    // Even a result that (wrongly) kept an empty finding there is not the same as a deleted mark.
    const stale = all(resultFor(text), start).map((d, i) => (i === 0 ? {...d, from, to: from} : {...d, from: d.from - 6, to: d.to - 6}))
    expect(sameAsShown(shown, stale, gone.changes, note)).toBe(false)
  })

  it('a different reason, note, suggestion or action language is different', () => {
    const none = ChangeSet.empty(text.length).desc
    const reworded = resultFor(text)
    reworded.messages[0] = {...reworded.messages[0], reason: 'Autre raison.'}
    expect(sameAsShown(shown, all(reworded, start), none, note)).toBe(false)
    expect(sameAsShown(shown, all(resultFor(text, 'Autre note.'), start), none, note)).toBe(false)
    expect(sameAsShown(shown, all(resultFor(text, 'Autre note.'), start), none)).toBe(true)
    expect(sameAsShown(shown, all(resultFor(text, undefined, ['À mon avis, mon site est merdique.']), start), none, note)).toBe(false)
    expect(sameAsShown(shown, all(resultFor(text), start, 'en'), none, note)).toBe(false)
  })

  it('the comparison matches what CodeMirror shows after the edit', () => {
    // The shown marks, mapped by CodeMirror itself, sit where sameAsShown says they do.
    const withMarks = start.update(setDiagnostics(start, shown)).state
    const tr = withMarks.update({changes: {from: 0, insert: 'Bonjour. '}})
    const mapped: [number, number][] = []
    forEachDiagnostic(tr.state, (_d, from, to) => mapped.push([from, to]))
    const fresh = all(resultFor(tr.state.doc.toString()), tr.state)
    expect(fresh.map((d) => [d.from, d.to])).toEqual(mapped)
    expect(sameAsShown(shown, fresh, tr.changes.desc, note)).toBe(true)
  })
})
