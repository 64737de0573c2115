// Editor logic on EditorState, without a view (as codemirror/lint's own tests do).
import {EditorState} from '@codemirror/state'
import type {EditorView} from '@codemirror/view'
import {describe, expect, it} from 'vitest'
import {personalWord, shownIssues, SPELL_SOURCE, spellcheck, spellDiagnostics, typingAt, type SpellBackend} from '../../src/renderer/spell/index.js'
import {createSpellService} from '../../src/renderer/spell/service.js'
import {dictBytes} from './helpers.js'

const service = createSpellService({fr: dictBytes('fr'), en: dictBytes('en')})

function fakeView(doc: string) {
  const view = {
    state: EditorState.create({doc}),
    dispatch(spec: Parameters<EditorState['update']>[0]) {
      view.state = view.state.update(spec).state
    }
  }
  return view
}

describe('spell diagnostics', () => {
  const doc = "L'agense a encaissé le chèque de Zorblaxine."
  const {issues} = service.check(doc, 60_000)

  it('are infos from temoin:spell on the flagged ranges, suggestions first, then « Ajouter au dictionnaire »', () => {
    const ds = spellDiagnostics(issues, doc.length, 'fr', () => {})
    expect(ds.map((d) => doc.slice(d.from, d.to))).toEqual(["L'agense", 'Zorblaxine'])
    for (const d of ds) {
      expect(d.source).toBe(SPELL_SOURCE)
      expect(d.severity).toBe('info')
    }
    expect(ds[0].actions?.map((a) => a.name)).toEqual(['L’agende', 'L’acense', 'L’agence', 'L’agente', 'Ajouter au dictionnaire'])
    expect(spellDiagnostics(issues, doc.length, 'en', () => {})[0].actions?.at(-1)?.name).toBe('Add to dictionary')
  })

  it('a suggestion replaces the word at its current position', () => {
    const [d] = spellDiagnostics(issues, doc.length, 'fr', () => {})
    const view = fakeView('Bonjour. ' + doc) // the text moved since the check: apply gets the mapped range
    const fix = d.actions!.find((a) => a.name === 'L’agence')!
    fix.apply(view as unknown as EditorView, d.from + 9, d.to + 9)
    expect(view.state.doc.toString()).toBe('Bonjour. L’agence a encaissé le chèque de Zorblaxine.')
  })

  it('« Ajouter au dictionnaire » hands over the word without its elision', () => {
    const added: string[] = []
    const ds = spellDiagnostics(issues, doc.length, 'fr', (_view, word) => added.push(word))
    for (const d of ds) d.actions!.at(-1)!.apply(fakeView(doc) as unknown as EditorView, d.from, d.to)
    expect(added).toEqual(['agense', 'Zorblaxine'])
    expect(personalWord("Zorblaxine's", 'en')).toBe('Zorblaxine')
  })

  it('drop issues outside the document (stale results)', () => {
    expect(spellDiagnostics(issues, 5, 'fr', () => {})).toEqual([])
  })
})

describe('the word being typed', () => {
  // « Une erreur » typed key by key: « erreu » is misspelled on the way.
  const typed = (text: string) => {
    let state = EditorState.create({doc: 'Voici ', selection: {anchor: 6}, extensions: typingAt})
    for (const ch of text) {
      const at = state.selection.main.head
      state = state.update({changes: {from: at, insert: ch}, selection: {anchor: at + 1}, userEvent: 'input.type'}).state
    }
    return state
  }
  const issue = (state: EditorState, word: string) => {
    const from = state.doc.toString().indexOf(word)
    return {from, to: from + word.length, word}
  }

  it('is not underlined while the cursor is at its end or inside it', () => {
    const state = typed('une erreu')
    expect(state.field(typingAt)).toBe(state.doc.length)
    expect(shownIssues([issue(state, 'erreu')], state)).toEqual([])
    // Erasing is typing too.
    const back = state.update({changes: {from: state.doc.length - 1, to: state.doc.length}, userEvent: 'delete.backward'}).state
    expect(shownIssues([issue(back, 'erre')], back)).toEqual([])
  })

  it('is underlined once the cursor leaves it: a space typed, a click or arrow elsewhere', () => {
    const spaced = typed('une erreure ')
    expect(shownIssues([issue(spaced, 'erreure')], spaced)).toHaveLength(1)
    const state = typed('une erreure')
    const moved = state.update({selection: {anchor: 2}}).state
    expect(moved.field(typingAt)).toBe(null)
    expect(shownIssues([issue(moved, 'erreure')], moved)).toHaveLength(1)
  })

  it('other words stay underlined, and text not typed (pasted, opened) is checked whole', () => {
    const state = typed('une erreure et une fote')
    expect(shownIssues([issue(state, 'erreure'), issue(state, 'fote')], state).map((i) => i.word)).toEqual(['erreure'])
    const pasted = EditorState.create({doc: 'Une fote', extensions: typingAt})
    const afterPaste = pasted.update({changes: {from: 8, insert: ' fote'}, selection: {anchor: 13}, userEvent: 'input.paste'}).state
    expect(afterPaste.field(typingAt)).toBe(null)
    expect(shownIssues([issue(afterPaste, 'fote')], afterPaste)).toHaveLength(1)
  })
})

describe('spellcheck extension', () => {
  it('builds a state without creating its worker until the first check', () => {
    let created = 0
    const backend = (): SpellBackend => {
      created++
      return {check: async () => [], setWords() {}, setLanguage() {}, onSuggestions() {}}
    }
    const state = EditorState.create({doc: 'Texte.', extensions: spellcheck({lang: 'fr', get backend() { return backend() }})})
    expect(state.doc.toString()).toBe('Texte.')
    expect(created).toBe(0)
  })
})
