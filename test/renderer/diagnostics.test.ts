// Editor logic on EditorState without a view (as codemirror/lint test/test-lint.ts).
import {setDiagnostics} from '@codemirror/lint'
import {EditorState} from '@codemirror/state'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {RENDERER_CSP, RENDERER_META_CSP} from '../../src/preload/contract'
import type {LintResult, TemoinMessage} from '../../src/core/types'
import {diagnosticsFor, fixActions, sourceOf, toDiagnostic, type EditorHooks} from '../../src/renderer/editor/diagnostics'
import {strings, systemLang} from '../../src/renderer/i18n'
import {countBySeverity, currentRange, groupDiagnostics} from '../../src/renderer/ui/side-panel'
import {messageAt} from './messages'

// Hand-written messages in the engine's JSON shape (invented text).
function msg(ruleId: string, text: string, actual: string, severity: TemoinMessage['severity'], expected?: string[]): TemoinMessage {
  return messageAt(ruleId, text, actual, severity, {expected})
}

const hooks: EditorHooks = {lang: () => 'fr', askJustification: async () => null, openRuleDoc: () => {}}
const text = 'Ce sont des escrocs\u202F!!! Mon site est merdique.'
const messages = [
  msg('criminal-term', text, 'escrocs', 'error', ['personnes dont je conteste les pratiques']),
  msg('emotion', text, '!!!', 'info', []),
  msg('fact-as-opinion', text, 'Mon site est merdique.', 'warning', ['Je trouve mon site merdique.', 'À mon avis, mon site est merdique.'])
]
const result: LintResult = {
  messages,
  ignored: [],
  controls: [],
  configMessages: [],
  language: 'fr',
  frontmatter: {},
  counts: {error: 1, warning: 1, info: 1, words: 8}
}

describe('diagnostics', () => {
  it('maps engine messages to diagnostics with a per-rule source and severity', () => {
    const state = EditorState.create({doc: text})
    const ds = diagnosticsFor('criminal-term', result, state, hooks)
    expect(ds).toHaveLength(1)
    expect(ds[0]).toMatchObject({from: text.indexOf('escrocs'), to: text.indexOf('escrocs') + 7, severity: 'error', source: 'temoin:criminal-term'})
    expect(diagnosticsFor('emotion', result, state, hooks)[0].source).toBe('temoin:emotion')
    expect(diagnosticsFor('*other*', result, state, hooks)).toHaveLength(0)
    expect(sourceOf({...messages[0], source: 'retext-equality', ruleId: 'he-she'})).toBe('retext-equality:he-she')
  })

  it('offers the rewrite, « Supprimer » for [] and the two control actions', () => {
    const opinion = toDiagnostic(messages[2], text.length, hooks)
    const names = opinion.actions!.map((a) => a.name)
    expect(names).toEqual([
      '«\u202FJe trouve mon site merdique.\u202F»',
      '«\u202FÀ mon avis, mon site est merdique.\u202F»',
      'Ignorer ici',
      'Désactiver la règle pour ce document'
    ])
    expect(fixActions(messages[1], 'fr').map((a) => a.name)).toEqual(['Supprimer'])
    expect(fixActions(messages[1], 'en').map((a) => a.name)).toEqual(['Delete'])
    expect(fixActions({...messages[1], expected: undefined}, 'fr')).toEqual([])
  })

  it('clamps positions to the document', () => {
    const d = toDiagnostic(messages[2], 10, hooks)
    expect(d.from).toBe(10)
    expect(d.to).toBe(10)
  })

  it('groups diagnostics by risk, most severe first, and counts them', () => {
    let state = EditorState.create({doc: text})
    const all = ['criminal-term', 'emotion', 'fact-as-opinion'].flatMap((id) => diagnosticsFor(id, result, state, hooks))
    state = state.update(setDiagnostics(state, all)).state
    const groups = groupDiagnostics(state)
    expect(groups.map((g) => [g.ruleId, g.severity, g.entries.length])).toEqual([
      ['criminal-term', 'error', 1],
      ['fact-as-opinion', 'warning', 1],
      ['emotion', 'info', 1]
    ])
    expect(countBySeverity(state)).toEqual({error: 1, warning: 1, info: 1})
    // After an edit before it, the panel's entry still finds the diagnostic where it now is.
    const entry = groups[0].entries[0]
    const edited = state.update({changes: {from: 0, insert: 'Oui. '}}).state
    expect(currentRange(edited, entry.diagnostic)).toEqual({from: entry.from + 5, to: entry.to + 5})
  })
})

describe('ui strings and security', () => {
  it('follows the system language, French by default', () => {
    expect(systemLang(['en-GB', 'fr'])).toBe('en')
    expect(systemLang(['de-DE', 'fr-CA'])).toBe('fr')
    expect(systemLang([])).toBe('fr')
  })

  it('uses French typography in French strings', () => {
    const fr = strings('fr')
    for (const [key, value] of Object.entries(fr)) {
      if (typeof value !== 'string') continue
      expect(value, key).not.toMatch(/ [;:!?»]|« /)
      expect(value, key).not.toMatch(/\S[;!?]/)
    }
    expect(fr.readyToPublish).toBe('Prêt à publier\u202F?')
    expect(fr.words(12345)).toBe('12\u202F345\u00A0mots')
  })

  it('puts the contract CSP, with connect-src none, in index.html, without frame-ancestors (header only)', () => {
    const html = readFileSync(new URL('../../src/renderer/index.html', import.meta.url), 'utf8')
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
    expect(csp).toBe(RENDERER_META_CSP)
    // The meta tag is the header policy minus frame-ancestors, directive for directive.
    const header = RENDERER_CSP.split('; ')
    expect(header).toContain("frame-ancestors 'none'")
    expect(csp?.split('; ')).toEqual(header.filter((d) => !d.startsWith('frame-ancestors')))
    expect(csp).not.toMatch(/frame-ancestors/)
    expect(csp).toContain("connect-src 'none'")
    expect(csp).not.toContain('unsafe-inline')
  })
})
