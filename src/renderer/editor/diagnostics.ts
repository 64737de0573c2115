// Engine messages → CodeMirror diagnostics with quick fixes (source `temoin:<ruleId>`), fed to the
// editor's lint runner (lint-runner.ts) by one source and one lint request per document version.
import type {Action, Diagnostic} from '@codemirror/lint'
import {StateEffect, type Extension, type EditorState} from '@codemirror/state'
import type {EditorView} from '@codemirror/view'
import {RULE_IDS, type LintResult, type TemoinMessage} from '../../core/types'
import {strings, type UiLang} from '../i18n'
import {textOf} from './doc-text'
import {disableRuleChange, ignoreHereChange, replacementChange} from './control-comments'
import {diagnosticSource} from './lint-runner'
import {messageContent} from '../workers/protocol'

export interface EditorHooks {
  /** UI language for action labels. */
  lang(): UiLang
  /** Ask for an optional justification; null = cancelled. */
  askJustification(ruleId: string, message: TemoinMessage): Promise<string | null>
  /** Show the rule's bundled documentation. */
  openRuleDoc(ruleId: string): void
}

export interface LintSource {
  lint(text: string): Promise<LintResult | null>
}

/** Dispatched when the UI language changes, so labels are rebuilt. */
export const refreshDiagnostics = StateEffect.define<null>()

const messageOf = new WeakMap<Diagnostic, TemoinMessage>()
export function diagnosticMessage(d: Diagnostic): TemoinMessage | undefined {
  return messageOf.get(d)
}

export function sourceOf(m: TemoinMessage): string {
  return m.source === 'temoin' ? `temoin:${m.ruleId}` : `${m.source}:${m.ruleId}`
}

/** Replacement actions: one per `expected` value (3 at most), « Supprimer » when `expected` is []. */
export function fixActions(m: TemoinMessage, lang: UiLang): Action[] {
  const s = strings(lang)
  if (!m.expected) return []
  const values = m.expected.length === 0 ? [''] : [...new Set(m.expected)].slice(0, 3)
  return values.map((value) => ({
    name: value === '' ? s.remove : s.replaceWith(value),
    markClass: 'cm-temoin-fix',
    apply(view: EditorView, from: number, to: number) {
      view.dispatch({changes: replacementChange(view.state, from, to, value), userEvent: 'input.quickfix'})
    }
  }))
}

export function controlActions(m: TemoinMessage, hooks: EditorHooks): Action[] {
  const s = strings(hooks.lang())
  return [
    {
      name: s.ignoreHere,
      markClass: 'cm-temoin-ignore',
      apply(view, from) {
        const anchor = view.state.doc.line(view.state.doc.lineAt(from).number).from
        void hooks.askJustification(m.ruleId, m).then((justification) => {
          if (justification === null) return
          const pos = Math.min(anchor, view.state.doc.length)
          view.dispatch({changes: ignoreHereChange(view.state, pos, m.ruleId, justification), userEvent: 'input.ignore'})
          view.focus()
        })
      }
    },
    {
      name: s.disableRule,
      markClass: 'cm-temoin-disable',
      apply(view) {
        view.dispatch({changes: disableRuleChange(view.state, m.ruleId), userEvent: 'input.disable'})
      }
    }
  ]
}

function renderMessage(m: TemoinMessage, hooks: EditorHooks): () => Node {
  return () => {
    const s = strings(hooks.lang())
    const box = document.createElement('div')
    box.className = 'cm-temoin-message'
    const reason = document.createElement('div')
    reason.className = 'cm-temoin-reason'
    reason.textContent = m.reason
    box.append(reason)
    if (m.note) {
      const note = document.createElement('div')
      note.className = 'cm-temoin-note'
      note.textContent = m.note
      box.append(note)
    }
    const link = document.createElement('a')
    link.className = 'cm-temoin-doc'
    link.href = '#'
    link.textContent = `${s.ruleDoc} (${m.ruleId})`
    link.addEventListener('mousedown', (e) => e.preventDefault())
    link.addEventListener('click', (e) => {
      e.preventDefault()
      hooks.openRuleDoc(m.ruleId)
    })
    box.append(link)
    return box
  }
}

export function toDiagnostic(m: TemoinMessage, docLength: number, hooks: EditorHooks): Diagnostic {
  const from = Math.max(0, Math.min(docLength, m.place.start.offset))
  const to = Math.max(from, Math.min(docLength, m.place.end.offset))
  const d: Diagnostic = {
    from,
    to,
    severity: m.severity,
    source: sourceOf(m),
    message: m.reason,
    markClass: `cm-temoin-rule-${m.ruleId}`,
    renderMessage: renderMessage(m, hooks),
    actions: [...fixActions(m, hooks.lang()), ...controlActions(m, hooks)]
  }
  messageOf.set(d, m)
  return d
}

const KNOWN = new Set<string>(RULE_IDS)
// The rule diagnostics and the tests read the result by rule: split it once per result.
const byRule = new WeakMap<LintResult, Map<string, TemoinMessage[]>>()
function messagesByRule(result: LintResult): Map<string, TemoinMessage[]> {
  let map = byRule.get(result)
  if (!map) {
    map = new Map()
    for (const m of [...result.messages, ...result.configMessages]) {
      const key = !KNOWN.has(m.ruleId) || m.source !== 'temoin' ? '*other*' : m.ruleId
      let list = map.get(key)
      if (!list) map.set(key, (list = []))
      list.push(m)
    }
    byRule.set(result, map)
  }
  return map
}

/** Diagnostics for `ruleId` ('*other*' = ids outside RULE_IDS, e.g. retext-equality, config). */
export function diagnosticsFor(ruleId: string, result: LintResult, state: EditorState, hooks: EditorHooks): Diagnostic[] {
  const messages = messagesByRule(result).get(ruleId) ?? []
  return messages.map((m) => toDiagnostic(m, state.doc.length, hooks))
}

/**
 * Debounce of the live lint (rule engine and spelling), in ms after the last change. 100 rather than
 * 50: a result that lands between two keystrokes makes Chromium draw a frame, and for the next few
 * frames it keeps to the display's 60 Hz clock, so a keystroke arriving then waits for the next tick
 * (up to 16.7 ms) instead of being drawn at once. At 50 ms, results landed in the middle of a fast
 * typist's rhythm (keys 40–120 ms apart) and the keystroke-to-paint p95 was 17–18 ms; at 100 ms it
 * is 12–14 ms, and the diagnostics still arrive about 110 ms after typing stops (target ≤ 150 ms).
 * Measured by `npm run bench:editor`.
 */
export const LINT_DELAY_MS = 100

// The rule diagnostics and the spellcheck ask for the same document text: one string per version.
export {textOf}

// A finding found again (same content from the worker, same UI language) reuses its message,
// actions and tooltip: only the range is new. Nothing in them depends on the position.
const templates = new WeakMap<object, {lang: UiLang; diagnostic: Diagnostic}>()
function cachedDiagnostic(m: TemoinMessage, docLength: number, hooks: EditorHooks): Diagnostic {
  const content = messageContent(m)
  if (!content) return toDiagnostic(m, docLength, hooks)
  const lang = hooks.lang()
  let t = templates.get(content)
  if (!t || t.lang !== lang) templates.set(content, (t = {lang, diagnostic: toDiagnostic(m, docLength, hooks)}))
  const from = Math.max(0, Math.min(docLength, m.place.start.offset))
  const to = Math.max(from, Math.min(docLength, m.place.end.offset))
  const d: Diagnostic = {...t.diagnostic, from, to}
  messageOf.set(d, m)
  return d
}

/** The rule engine's diagnostics (every rule, one source): one request per document version. */
export function ruleDiagnostics(backend: LintSource, hooks: EditorHooks): Extension {
  return diagnosticSource({
    delay: LINT_DELAY_MS,
    async run(view) {
      const state = view.state
      const result = await backend.lint(textOf(state.doc))
      // A newer text superseded this one; the runner drops results for an outdated doc anyway.
      if (!result || view.state.doc !== state.doc) return []
      const out: Diagnostic[] = []
      // Spelling comes from the spelling engineer's own source (`temoin:spell`), not from the engine.
      for (const [ruleId, messages] of messagesByRule(result)) {
        if (ruleId === 'spelling') continue
        for (const m of messages) out.push(cachedDiagnostic(m, state.doc.length, hooks))
      }
      return out
    },
    needsRefresh: (u) => u.transactions.some((tr) => tr.effects.some((e) => e.is(refreshDiagnostics))),
    // The note is shown in the tooltip: a changed note is a changed diagnostic.
    detail: (d) => messageOf.get(d)?.note ?? ''
  })
}
