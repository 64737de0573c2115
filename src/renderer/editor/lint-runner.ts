// One lint runner for every diagnostic source of the editor (the rule engine's worker, the
// spellcheck's worker), in place of one @codemirror/lint `linter()` per source.
//
// Why: while someone types, a lint cycle could end between keystrokes (debounce LINT_DELAY_MS). With
// `linter()`, every cycle dispatches `setDiagnostics`, even when the findings are the same ones,
// only moved by the typing: CodeMirror then rebuilds every lint decoration and gutter marker,
// redraws the marked lines and repaints, right when the next keystroke arrives (measured by
// bench:editor). This runner dispatches only when a source's diagnostics differ from the ones it
// dispatched last (mapped through the edits made since, as CodeMirror maps the lint marks), or when
// a source asks for a refresh (UI language switch, suggestions ready, word added). What the user
// sees is the same; the shown Diagnostic objects stay (their positions are mapped by CodeMirror, as
// they always were between two results).
//
// Same timing as `linter()`: run `delay` ms after the last change (largest delay of the sources);
// results are applied when every source has answered for that document, or 200 ms after the
// first answers if another is slow (its diagnostics are then dropped until it answers, as
// `linter()` does).
import {linter, setDiagnostics, setDiagnosticsEffect, type Diagnostic} from '@codemirror/lint'
import {Annotation, ChangeSet, Facet, type ChangeDesc, type EditorState, type Extension} from '@codemirror/state'
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

/** Marks the runner's own setDiagnostics transactions. */
const fromRunner = Annotation.define<boolean>()

const PARTIAL_MS = 200

function sameActions(a: Diagnostic['actions'], b: Diagnostic['actions']): boolean {
  if (!a || !b) return !a === !b && (a ?? b ?? []).length === 0
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i].name !== b[i].name || a[i].markClass !== b[i].markClass) return false
  return true
}

/**
 * True when `next` (a source's new diagnostics, for the current document) shows exactly what
 * `shown` (the same source's diagnostics when they were dispatched) shows now: same order, same
 * ranges once mapped through `changes` (the edits since, mapped as CodeMirror maps the lint marks:
 * the start stays after an insertion at it, the end before), same severity, source, message, mark
 * class, action names and `detail`. Anything else (a finding moved, added, removed, reworded, a
 * range an edit emptied) counts as a change. Exported for the tests.
 */
export function sameAsShown(
  shown: readonly Diagnostic[],
  next: readonly Diagnostic[],
  changes: ChangeDesc,
  detail?: (d: Diagnostic) => string
): boolean {
  if (shown.length !== next.length) return false
  const moved = !changes.empty
  for (let i = 0; i < shown.length; i++) {
    const o = shown[i]
    const n = next[i]
    if (o === n) continue
    const from = moved ? changes.mapPos(o.from, 1) : o.from
    const to = moved ? changes.mapPos(o.to, -1) : o.to
    if (from >= to || n.from !== from || n.to !== to) return false
    if (n.severity !== o.severity || n.source !== o.source || n.message !== o.message || n.markClass !== o.markClass) return false
    if (!sameActions(o.actions, n.actions)) return false
    // The same tooltip renderer (a source reusing it for the same finding) renders the same detail.
    if (detail && o.renderMessage !== n.renderMessage && detail(o) !== detail(n)) return false
  }
  return true
}

const runner = ViewPlugin.fromClass(
  class {
    private timeout: ReturnType<typeof setTimeout> | undefined
    private scheduled = false
    private lintTime = 0
    /** The next result is dispatched even when it equals the shown one (new state, refresh). */
    private force = true
    /** Per source (facet order), the diagnostics last dispatched, and the edits made since. */
    private shown: (readonly Diagnostic[])[] | null = null
    private changes: ChangeDesc

    constructor(private view: EditorView) {
      this.run = this.run.bind(this)
      this.changes = ChangeSet.empty(view.state.doc.length).desc
      // A new document (opened, restored, created from a template): check it at once, there is no
      // typing to wait for.
      this.schedule(0)
    }

    private delay(state: EditorState): number {
      const sources = state.facet(diagnosticSources)
      return sources.length ? Math.max(...sources.map((s) => s.delay ?? 750)) : 750
    }

    // Like linter(): one timer, pushed back by moving `lintTime` (no clearTimeout per keystroke).
    private schedule(delay = this.delay(this.view.state)) {
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
      if (update.docChanged) this.changes = this.changes.composeDesc(update.changes.desc)
      // Diagnostics set by anyone else: what is shown is no longer what this runner dispatched.
      for (const tr of update.transactions)
        if (!tr.annotation(fromRunner) && tr.effects.some((e) => e.is(setDiagnosticsEffect))) this.force = true
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
        const shown = this.shown
        if (
          !force &&
          shown &&
          shown.length === sources.length &&
          results.every((r, i) => r !== undefined && sameAsShown(shown[i], r, this.changes, sources[i].detail))
        )
          return
        force = false
        // A source that has not answered yet (partial result) shows nothing until it does.
        this.shown = results.map((r) => r ?? [])
        this.changes = ChangeSet.empty(view.state.doc.length).desc
        view.dispatch({...setDiagnostics(view.state, results.flatMap((r) => r ?? [])), annotations: fromRunner.of(true)})
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
