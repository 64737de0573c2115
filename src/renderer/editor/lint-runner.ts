// One lint runner for every diagnostic source of the editor (the rule engine's worker, the
// spellcheck's worker), in place of one @codemirror/lint `linter()` per source.
//
// Why: while someone types, a lint cycle ends between most keystrokes (50 ms debounce). With
// `linter()`, every cycle dispatches `setDiagnostics`, even when the findings are the same ones,
// only moved by the typing: CodeMirror then rebuilds every lint decoration and gutter marker,
// redraws the marked lines and repaints, right when the next keystroke arrives (measured by
// bench:editor). This runner dispatches only when the diagnostics differ from the ones already
// shown (mapped through the edits), or when a source asks for a refresh (UI language switch,
// suggestions ready, word added). What the user sees is the same, the old Diagnostic objects stay
// (their positions are mapped by CodeMirror, as they always were between two results).
//
// Same timing as `linter()`: run `delay` ms after the last change (largest delay of the sources);
// results are applied when every source has answered for that document, or 200 ms after the
// first answers if another is slow (its diagnostics are then dropped until it answers, as
// `linter()` does).
import {forEachDiagnostic, linter, setDiagnostics, type Diagnostic} from '@codemirror/lint'
import {Facet, type EditorState, type Extension} from '@codemirror/state'
import {EditorView, logException, ViewPlugin, type ViewUpdate} from '@codemirror/view'

export interface DiagnosticSource {
  /** The diagnostics for the view's current document ([] when it was superseded). */
  run(view: EditorView): Promise<readonly Diagnostic[]> | readonly Diagnostic[]
  /** True when `update` asks for a new check although the text did not change. */
  needsRefresh?(update: ViewUpdate): boolean
  /** Debounce in ms after the last change (the runner uses the largest). Default 750, as `linter()`. */
  delay?: number
  /**
   * What the user sees of a diagnostic beyond its range, severity, source, message, mark class and
   * action names (e.g. the note shown by `renderMessage`): part of the comparison with the shown ones.
   */
  detail?(d: Diagnostic): string
}

export const diagnosticSources = Facet.define<DiagnosticSource>()

const PARTIAL_MS = 200

function keyOf(d: Diagnostic, from: number, to: number, details: readonly ((d: Diagnostic) => string)[]): string {
  let key = `${from}\u0000${to}\u0000${d.severity}\u0000${d.source ?? ''}\u0000${d.message}\u0000${d.markClass ?? ''}\u0000`
  if (d.actions) for (const a of d.actions) key += `${a.name}\u0001${a.markClass ?? ''}\u0001`
  for (const detail of details) key += `\u0000${detail(d)}`
  return key
}

/**
 * True when `next` shows exactly what the state's current diagnostics show (same ranges once mapped,
 * same texts and actions). Exported for the tests.
 */
export function sameDiagnostics(state: EditorState, next: readonly Diagnostic[], details: readonly ((d: Diagnostic) => string)[] = []): boolean {
  const shown: string[] = []
  forEachDiagnostic(state, (d, from, to) => {
    shown.push(keyOf(d, from, to, details))
  })
  if (shown.length !== next.length) return false
  const docLength = state.doc.length
  const wanted: string[] = []
  for (const d of next) {
    // CodeMirror drops diagnostics past the end and clamps their end: compare what it would show.
    if (d.from > docLength) return false
    wanted.push(keyOf(d, d.from, Math.min(d.to, docLength), details))
  }
  shown.sort()
  wanted.sort()
  for (let i = 0; i < shown.length; i++) if (shown[i] !== wanted[i]) return false
  return true
}

const runner = ViewPlugin.fromClass(
  class {
    private timeout: ReturnType<typeof setTimeout> | undefined
    private scheduled = false
    private lintTime = 0
    /** The next result is dispatched even when it equals the shown one (new state, refresh). */
    private force = true

    constructor(private view: EditorView) {
      this.run = this.run.bind(this)
      this.schedule()
    }

    private delay(state: EditorState): number {
      const sources = state.facet(diagnosticSources)
      return sources.length ? Math.max(...sources.map((s) => s.delay ?? 750)) : 750
    }

    // Like linter(): one timer, pushed back by moving `lintTime` (no clearTimeout per keystroke).
    private schedule() {
      const delay = this.delay(this.view.state)
      this.lintTime = Date.now() + delay
      if (!this.scheduled) {
        this.scheduled = true
        this.timeout = setTimeout(this.run, delay)
      }
    }

    update(update: ViewUpdate) {
      const sources = update.state.facet(diagnosticSources)
      const changedSources = sources !== update.startState.facet(diagnosticSources)
      const refresh = changedSources || sources.some((s) => s.needsRefresh?.(update))
      if (refresh) this.force = true
      if (update.docChanged || refresh) this.schedule()
    }

    run() {
      const now = Date.now()
      if (now < this.lintTime - 10) {
        this.timeout = setTimeout(this.run, this.lintTime - now)
        return
      }
      this.scheduled = false
      const view = this.view
      const state = view.state
      const sources = state.facet(diagnosticSources)
      if (!sources.length) return
      let force = this.force
      this.force = false
      const results: (readonly Diagnostic[] | undefined)[] = sources.map(() => undefined)
      let answered = 0
      let partial: ReturnType<typeof setTimeout> | undefined
      const sink = () => {
        // Results for an older document are dropped (CodeMirror's linter() does the same).
        if (view.state.doc !== state.doc) {
          if (force) this.force = true
          return
        }
        const all = results.flatMap((r) => r ?? [])
        const details = sources.flatMap((s) => (s.detail ? [s.detail] : []))
        if (!force && sameDiagnostics(view.state, all, details)) return
        force = false
        view.dispatch(setDiagnostics(view.state, all))
      }
      sources.forEach((source, i) => {
        Promise.resolve()
          .then(() => source.run(view))
          .then(
            (diagnostics) => {
              results[i] = diagnostics
              answered++
              clearTimeout(partial)
              if (answered === sources.length) sink()
              else partial = setTimeout(sink, PARTIAL_MS)
            },
            (error: unknown) => logException(state, error)
          )
      })
    }

    destroy() {
      clearTimeout(this.timeout)
    }
  }
)

/** Contributes `source` to the editor's diagnostics (and installs the runner and @codemirror/lint's UI). */
export function diagnosticSource(source: DiagnosticSource): Extension {
  // linter(null) installs the lint state, hover tooltips and theme up front (no source of its own).
  return [diagnosticSources.of(source), runner, linter(null)]
}
