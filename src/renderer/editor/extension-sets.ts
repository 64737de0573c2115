// Every editor extension, assembled in one place (as Zettlr's editor-extension-sets.ts).
import {defaultKeymap, history, historyKeymap} from '@codemirror/commands'
import {markdown, markdownLanguage} from '@codemirror/lang-markdown'
import {HighlightStyle, syntaxHighlighting} from '@codemirror/language'
import {lintGutter, nextDiagnostic, previousDiagnostic, openLintPanel} from '@codemirror/lint'
import {highlightSelectionMatches, search, searchKeymap} from '@codemirror/search'
import {Compartment, type Extension} from '@codemirror/state'
import {dropCursor, EditorView, keymap, placeholder} from '@codemirror/view'
import {tags} from '@lezer/highlight'
import {spellcheck} from '../spell/index'
import {frontMatterSyntax} from './frontmatter-syntax'
import {LINT_DELAY_MS, ruleDiagnostics, type EditorHooks, type LintSource} from './diagnostics'

const markdownHighlight = HighlightStyle.define([
  {tag: tags.heading1, fontSize: '1.5em', fontWeight: '700'},
  {tag: tags.heading2, fontSize: '1.3em', fontWeight: '700'},
  {tag: tags.heading3, fontSize: '1.15em', fontWeight: '700'},
  {tag: [tags.heading4, tags.heading5, tags.heading6], fontWeight: '700'},
  {tag: tags.strong, fontWeight: '700'},
  {tag: tags.emphasis, fontStyle: 'italic'},
  {tag: tags.strikethrough, textDecoration: 'line-through'},
  {tag: tags.link, color: '#1d5fa8', textDecoration: 'underline'},
  {tag: tags.url, color: '#1d5fa8'},
  {tag: tags.monospace, fontFamily: 'ui-monospace, monospace', color: '#5b4a8a'},
  {tag: tags.quote, color: '#555', fontStyle: 'italic'},
  {tag: [tags.processingInstruction, tags.comment], color: '#8a8a8a'},
  {tag: tags.meta, color: '#6b6b6b', fontFamily: 'ui-monospace, "DejaVu Sans Mono", monospace', fontSize: '0.85em'},
  {tag: tags.list, color: '#8a5a00'}
])

const theme = EditorView.theme({
  '&': {height: '100%', fontSize: '17px', backgroundColor: '#fffdf8'},
  '.cm-scroller': {fontFamily: 'Georgia, "DejaVu Serif", serif', lineHeight: '1.6'},
  '.cm-content': {maxWidth: '46em', margin: '0 auto', padding: '2em 1.5em 40vh'},
  '.cm-gutters': {backgroundColor: 'transparent', border: 'none'},
  '.cm-tooltip.cm-tooltip-hover': {maxWidth: 'min(36em, 90%)'},
  '.cm-diagnostic': {padding: '6px 10px', fontFamily: 'system-ui, sans-serif', fontSize: '14px'},
  '.cm-temoin-reason': {fontWeight: '600', marginBottom: '4px'},
  '.cm-temoin-note': {color: '#444', marginBottom: '4px'},
  '.cm-temoin-doc': {color: '#1d5fa8', fontSize: '13px'},
  '.cm-diagnosticAction': {
    fontSize: '13px',
    borderRadius: '4px',
    padding: '2px 8px',
    margin: '6px 6px 0 0',
    backgroundColor: '#34495e'
  },
  '.cm-diagnosticAction.cm-temoin-fix': {backgroundColor: '#1e6b3a'},
  '.cm-diagnosticAction.cm-temoin-ignore, .cm-diagnosticAction.cm-temoin-disable': {backgroundColor: '#6b6b6b'},
  '.cm-diagnosticSource': {fontSize: '11px', opacity: '0.7'},
  // Severity colours: red errors, orange warnings, blue infos (underline + light background).
  '.cm-lintRange-error': {backgroundColor: 'rgba(214, 40, 40, 0.10)'},
  '.cm-lintRange-warning': {backgroundColor: 'rgba(230, 140, 0, 0.12)'},
  '.cm-lintRange-info': {backgroundColor: 'rgba(40, 110, 220, 0.08)'},
  '.cm-lintRange-active': {backgroundColor: 'rgba(255, 220, 80, 0.45)'}
})

export interface EditorSetOptions {
  backend: LintSource
  hooks: EditorHooks
  /** Extra extensions (spelling, app key bindings). */
  extra?: Extension[]
  placeholderText?: string
}

/** The text's language on the content element (screen readers, hyphenation), set from the lint result. */
export const textLang = new Compartment()
export function setTextLang(lang: string) {
  return textLang.reconfigure(EditorView.contentAttributes.of({lang}))
}

/** Editing basics: Markdown, soft wrap, history, search. No lint: usable on a bare EditorState. */
export function baseExtensions(placeholderText = ''): Extension[] {
  return [
    history(),
    // The native caret and selection (no drawSelection()): CodeMirror's drawn cursor blinks with a CSS
    // animation that keeps Chromium rendering frames continuously, which adds up to a frame of
    // latency to every keystroke (measured by bench:editor). Prose needs no multiple cursors.
    dropCursor(),
    EditorView.lineWrapping,
    markdown({base: markdownLanguage, extensions: [frontMatterSyntax]}),
    syntaxHighlighting(markdownHighlight),
    search({top: true}),
    highlightSelectionMatches(),
    placeholder(placeholderText),
    EditorView.contentAttributes.of({spellcheck: 'false'}),
    textLang.of(EditorView.contentAttributes.of({lang: 'fr'})),
    theme
  ]
}

/** Lint extensions: the rule engine's diagnostics, the gutter (without spelling). */
export function lintExtensions(backend: LintSource, hooks: EditorHooks): Extension[] {
  return [
    ruleDiagnostics(backend, hooks),
    lintGutter({markerFilter: (ds) => ds.filter((d) => d.source !== 'temoin:spell')})
  ]
}

export const editorKeymap = keymap.of([
  {key: 'F8', run: nextDiagnostic, preventDefault: true},
  {key: 'Shift-F8', run: previousDiagnostic, preventDefault: true},
  {key: 'Mod-Shift-m', run: openLintPanel, preventDefault: true},
  ...searchKeymap,
  ...historyKeymap,
  ...defaultKeymap
])

export function temoinExtensions(opts: EditorSetOptions): Extension[] {
  return [
    ...(opts.extra ?? []),
    editorKeymap,
    ...baseExtensions(opts.placeholderText),
    ...lintExtensions(opts.backend, opts.hooks)
  ]
}

/** Where the personal dictionary lives (the settings, through the bridge). */
export interface DictionaryStore {
  words(): string[]
  add(word: string): Promise<void>
}

/**
 * The spelling engineer's extension (`src/renderer/spell/`, source `temoin:spell`, its own worker).
 * Create it once per window and pass it in `extra`: it keeps its worker across documents. Same
 * debounce as the rule diagnostics (the lint runner uses the largest delay of all sources).
 */
/** `uiLang` as a function: the action labels follow the UI language switch. */
export function spellExtension(uiLang: string | (() => string), dictionary?: DictionaryStore): Extension {
  return spellcheck({
    lang: uiLang,
    delay: LINT_DELAY_MS,
    getWords: dictionary ? () => dictionary.words() : undefined,
    addWord: dictionary ? (word) => dictionary.add(word) : undefined
  })
}
