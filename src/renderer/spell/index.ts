// Spellcheck for the editor: a CodeMirror 6 extension (diagnostics source `temoin:spell`, severity
// info) fed by its own Web Worker (spell.worker.ts), so typing is never blocked. Suggestions are
// @codemirror/lint actions, followed by « Ajouter au dictionnaire » / "Add to dictionary".
//
// The renderer owns settings storage: it passes the personal word list in through
// `getWords()`/`addWord()`. Without them, added words live for the session only.
import type {Action, Diagnostic} from '@codemirror/lint'
import {StateEffect, StateField, type EditorState, type Extension, type Transaction} from '@codemirror/state'
import {EditorView} from '@codemirror/view'
import type {Lang} from '../../core/types'
import {textOf} from '../editor/doc-text'
import {diagnosticSource} from '../editor/lint-runner'
import {textEdit} from '../workers/text-edit'
import type {FromSpellWorker, ToSpellWorker} from './protocol'
import type {SpellIssue} from './service'

export type {SpellIssue} from './service'

export const SPELL_SOURCE = 'temoin:spell'

export interface SpellcheckConfig {
  /**
   * Interface language of the actions (« Ajouter au dictionnaire » / "Add to dictionary"). Default fr.
   * A function is read at every check, so the labels follow a UI language switch (dispatch
   * `refreshSpelling` after the switch to redraw the current diagnostics).
   */
  lang?: string | (() => string)
  /** Document language: 'auto' (default: front matter `lang:`, else per paragraph), 'fr' or 'en'. */
  language?: Lang | 'auto'
  /** The personal dictionary, read before every check (cheap: only changes are sent to the worker). */
  getWords?(): string[]
  /** Stores a word in the personal dictionary. */
  addWord?(word: string): Promise<void>
  /** Where checks run; default: a new spell.worker.ts. Tests pass an in-process backend. */
  backend?: SpellBackend
  /** Debounce, in ms (the lint runner uses the largest delay of all sources). */
  delay?: number
}

/** What the extension needs from the worker (or from an in-process service in tests). */
export interface SpellBackend {
  /** Issues for `text`, or null when a newer text superseded the request. */
  check(text: string): Promise<SpellIssue[] | null>
  setWords(words: string[]): void
  setLanguage(language: Lang | 'auto'): void
  /** Called when suggestions computed after a result are ready (check again to get them). */
  onSuggestions(f: () => void): void
}

interface WorkerLike {
  postMessage(m: ToSpellWorker): void
  onmessage: ((e: MessageEvent<FromSpellWorker>) => void) | null
  onerror: ((e: ErrorEvent) => void) | null
}

export class WorkerSpellBackend implements SpellBackend {
  private nextId = 1
  private waiting = new Map<number, {resolve: (r: SpellIssue[] | null) => void; reject: (e: Error) => void}>()
  private suggestionListeners: Array<() => void> = []
  /** Worker time to decode and load both dictionaries, in ms (for diagnostics and the e2e test). */
  readyMs: number | null = null
  /** The text the worker holds; null: send the whole text (first check, after an error). */
  private sent: string | null = null

  constructor(private worker: WorkerLike) {
    worker.onmessage = (e) => this.receive(e.data)
    worker.onerror = (e) => {
      const error = new Error(e.message || 'spell worker error')
      for (const w of this.waiting.values()) w.reject(error)
      this.waiting.clear()
      this.sent = null
    }
  }

  private receive(m: FromSpellWorker) {
    if (m.type === 'ready') {
      this.readyMs = m.ms
      return
    }
    if (m.type === 'suggestions') {
      for (const f of this.suggestionListeners) f()
      return
    }
    if (m.type === 'error') this.sent = null // the worker may have dropped its text
    if (m.id === undefined) {
      console.error('spellcheck:', m.type === 'error' ? m.error : m)
      return
    }
    const w = this.waiting.get(m.id)
    this.waiting.delete(m.id)
    if (!w) return
    if (m.type === 'result') w.resolve(m.issues)
    else if (m.type === 'stale') w.resolve(null)
    else w.reject(new Error(m.error))
  }

  check(text: string): Promise<SpellIssue[] | null> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {resolve, reject})
      // The edit since the last text sent: posting the whole document each time costs the main thread.
      if (this.sent === null) this.worker.postMessage({type: 'check', id, text})
      else this.worker.postMessage({type: 'edit', id, edit: textEdit(this.sent, text)})
      this.sent = text
    })
  }

  setWords(words: string[]) {
    this.worker.postMessage({type: 'words', words})
  }

  setLanguage(language: Lang | 'auto') {
    this.worker.postMessage({type: 'language', language})
  }

  onSuggestions(f: () => void) {
    this.suggestionListeners.push(f)
  }
}

function defaultBackend(): SpellBackend {
  return new WorkerSpellBackend(new Worker(new URL('./spell.worker.ts', import.meta.url), {type: 'module'}) as unknown as WorkerLike)
}

const LABELS = {
  fr: {add: 'Ajouter au dictionnaire', none: 'Aucune suggestion'},
  en: {add: 'Add to dictionary', none: 'No suggestion'}
}

/** Re-check (words added, suggestions ready): picked up by the source's `needsRefresh`. */
export const refreshSpelling = StateEffect.define<null>()

/**
 * Where the person is typing: the cursor after an edit typed or erased at the keyboard, null as soon
 * as the selection is moved any other way (click, arrows, a fix applied). As in word processors, the
 * word touching that cursor is not underlined while it is being typed (« livrai » on the way to
 * « livraison »): it is checked once the cursor leaves it. This also spares the editor a redraw of
 * the underline at almost every word typed.
 */
export const typingAt = StateField.define<number | null>({
  create: () => null,
  update(value, tr) {
    const main = tr.state.selection.main
    if (tr.docChanged && isTyping(tr)) return main.empty ? main.head : null
    if (tr.selection) return null
    return value === null || !tr.docChanged ? value : tr.changes.mapPos(value)
  }
})

function isTyping(tr: Transaction): boolean {
  return tr.isUserEvent('input.type') || tr.isUserEvent('input.compose') || tr.isUserEvent('delete.backward') || tr.isUserEvent('delete.forward')
}

/** The issues to show in `state`: all but the word being typed (see `typingAt`). Exported for the tests. */
export function shownIssues<T extends {from: number; to: number}>(issues: readonly T[], state: EditorState): readonly T[] {
  const at = state.field(typingAt, false)
  if (at === null || at === undefined) return issues
  return issues.filter((issue) => !(issue.from <= at && at <= issue.to))
}

const FR_ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)['’ʼ](?=\p{L})/iu
const EN_POSSESSIVE = /['’ʼ]s$/iu

/** The word to store for a flagged token: « L'Zorvanel » → « Zorvanel », "Zorvanel's" → "Zorvanel". */
export function personalWord(token: string, lang: Lang): string {
  return lang === 'fr' ? token.replace(FR_ELISION, '') : token.replace(EN_POSSESSIVE, '')
}

/** Diagnostics for issues (pure: used by the source and by tests on a bare EditorState). */
export function spellDiagnostics(
  issues: readonly SpellIssue[],
  docLength: number,
  uiLang: 'fr' | 'en',
  addWord: (view: EditorView, word: string) => void
): Diagnostic[] {
  const labels = LABELS[uiLang]
  const out: Diagnostic[] = []
  for (const issue of issues) {
    if (issue.from < 0 || issue.to > docLength || issue.from >= issue.to) continue
    const actions: Action[] = (issue.expected ?? []).map((suggestion) => ({
      name: suggestion,
      markClass: 'cm-temoin-fix',
      apply(view: EditorView, from: number, to: number) {
        view.dispatch({changes: {from, to, insert: suggestion}, selection: {anchor: from + suggestion.length}, userEvent: 'input.spell'})
      }
    }))
    const word = personalWord(issue.word, issue.lang)
    actions.push({name: labels.add, markClass: 'cm-temoin-add-word', apply: (view) => addWord(view, word)})
    out.push({
      from: issue.from,
      to: issue.to,
      severity: 'info',
      source: SPELL_SOURCE,
      message: issue.reason,
      markClass: 'cm-temoin-spell',
      actions
    })
  }
  return out
}

const spellTheme = EditorView.baseTheme({
  // A wavy underline, as in word processors, instead of the info tint.
  '.cm-lintRange.cm-temoin-spell': {
    backgroundImage: 'none',
    backgroundColor: 'transparent',
    textDecoration: 'underline wavy #c62828',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px'
  },
  '.cm-diagnosticAction.cm-temoin-add-word': {backgroundColor: '#6b6b6b'}
})

/** The spellcheck extension. */
export function spellcheck(config: SpellcheckConfig = {}): Extension {
  const uiLang = (): 'fr' | 'en' => ((typeof config.lang === 'function' ? config.lang() : config.lang) === 'en' ? 'en' : 'fr')
  let backend: SpellBackend | null = null
  const session: string[] = [] // words added when the renderer gave no storage
  let sentWords: string | null = null
  const views = new Set<EditorView>()

  const getBackend = () => {
    if (!backend) {
      backend = config.backend ?? defaultBackend()
      if (config.language) backend.setLanguage(config.language)
      backend.onSuggestions(() => {
        for (const view of views) {
          if (view.dom.isConnected) view.dispatch({effects: refreshSpelling.of(null)})
          else views.delete(view)
        }
      })
    }
    return backend
  }

  const currentWords = () => {
    const stored = config.getWords?.() ?? []
    return session.length === 0 ? stored : [...new Set([...stored, ...session])]
  }

  const syncWords = (b: SpellBackend) => {
    const words = currentWords()
    const key = words.join('\n')
    if (key !== sentWords) {
      sentWords = key
      b.setWords(words)
    }
  }

  const addWord = (view: EditorView, word: string) => {
    if (!word) return
    // Known at once for this editor, stored by the renderer in the background.
    if (!session.includes(word)) session.push(word)
    syncWords(getBackend())
    view.dispatch({effects: refreshSpelling.of(null)})
    if (config.addWord) {
      config.addWord(word).then(
        () => {
          const stored = config.getWords?.() ?? []
          if (stored.includes(word)) session.splice(session.indexOf(word), 1)
        },
        (error: unknown) => console.error('spellcheck: could not store the word', error)
      )
    }
  }

  const source = async (view: EditorView): Promise<Diagnostic[]> => {
    views.add(view)
    const b = getBackend()
    syncWords(b)
    // The same string as the rule diagnostics' for this version (built once).
    const text = textOf(view.state.doc)
    let issues: SpellIssue[] | null
    try {
      issues = await b.check(text)
    } catch (error) {
      console.error('spellcheck failed', error)
      return []
    }
    if (issues === null) return [] // superseded: the lint runner drops results for an older document
    return spellDiagnostics(shownIssues(issues, view.state), text.length, uiLang(), addWord)
  }

  return [
    // Fed to the editor's lint runner with the rule diagnostics (one dispatch for both, only when
    // what is shown changes).
    diagnosticSource({
      run: source,
      delay: config.delay ?? 300,
      needsRefresh: (update) =>
        update.transactions.some((tr) => tr.effects.some((e) => e.is(refreshSpelling))) ||
        // The cursor left the word being typed without an edit: show it if it is misspelled.
        (!update.docChanged && update.startState.field(typingAt, false) != null && update.state.field(typingAt, false) == null)
    }),
    typingAt,
    spellTheme,
    EditorView.updateListener.of((update) => {
      views.add(update.view)
    })
  ]
}
