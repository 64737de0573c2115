// Side panel: diagnostics grouped by risk (rule), most severe first, with counts; click to jump.
import {forEachDiagnostic, type Diagnostic} from '@codemirror/lint'
import type {EditorState} from '@codemirror/state'
import {EditorView} from '@codemirror/view'
import {t, uiLang} from '../i18n'
import type {RuleMetaEntry} from '../workers/protocol'
import {diagnosticMessage} from '../editor/diagnostics'
import {h} from './dialogs'

export interface DiagnosticEntry {
  diagnostic: Diagnostic
  from: number
  to: number
  severity: Diagnostic['severity']
  ruleId: string
  message: string
}

export interface DiagnosticGroup {
  ruleId: string
  severity: Diagnostic['severity']
  entries: DiagnosticEntry[]
}

const RANK: Record<string, number> = {error: 0, warning: 1, info: 2, hint: 3}

/** Group the state's diagnostics by rule, most severe group first (pure; tested on EditorState). */
export function groupDiagnostics(state: EditorState): DiagnosticGroup[] {
  const groups = new Map<string, DiagnosticGroup>()
  forEachDiagnostic(state, (d, from, to) => {
    const ruleId = diagnosticMessage(d)?.ruleId ?? (d.source ?? '').replace(/^[^:]*:/, '')
    let g = groups.get(ruleId)
    if (!g) groups.set(ruleId, (g = {ruleId, severity: d.severity, entries: []}))
    if (RANK[d.severity] < RANK[g.severity]) g.severity = d.severity
    g.entries.push({diagnostic: d, from, to, severity: d.severity, ruleId, message: d.message})
  })
  return [...groups.values()].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || b.entries.length - a.entries.length || a.ruleId.localeCompare(b.ruleId)
  )
}

export function countBySeverity(state: EditorState): {error: number; warning: number; info: number} {
  const c = {error: 0, warning: 0, info: 0}
  forEachDiagnostic(state, (d) => {
    if (d.source === 'temoin:spell') return
    if (d.severity === 'error') c.error++
    else if (d.severity === 'warning') c.warning++
    else c.info++
  })
  return c
}

/** Where a diagnostic is now: CodeMirror maps diagnostics through edits; null once replaced. */
export function currentRange(state: EditorState, target: Diagnostic): {from: number; to: number} | null {
  let found: {from: number; to: number} | null = null
  forEachDiagnostic(state, (d, from, to) => {
    if (d === target) found = {from, to}
  })
  return found
}

export function jumpTo(view: EditorView, from: number, to: number): void {
  view.dispatch({selection: {anchor: from, head: to}, effects: EditorView.scrollIntoView(from, {y: 'center'})})
  view.focus()
}

const MAX_SHOWN = 25
const expanded = new Set<string>()

export function renderSidePanel(
  root: HTMLElement,
  view: EditorView,
  meta: Record<string, RuleMetaEntry>,
  openDoc: (ruleId: string) => void
): void {
  const s = t()
  const groups = groupDiagnostics(view.state)
  root.replaceChildren()
  const title = h('h2', 'panel-title', s.diagnostics)
  root.append(title)
  if (groups.length === 0) {
    root.append(h('p', 'panel-empty', s.noDiagnostics))
    return
  }
  const lang = uiLang()
  for (const g of groups) {
    const section = h('section', `risk-group sev-${g.severity}`)
    section.dataset.rule = g.ruleId
    const head = h('h3', 'risk-head')
    // The spelling extension's source is `temoin:spell`; its rule is `spelling`.
    const name = (meta[g.ruleId] ?? (g.ruleId === 'spell' ? meta.spelling : undefined))?.title?.[lang] ?? g.ruleId
    const label = h('span', 'risk-name', name)
    const count = h('span', 'risk-count', String(g.entries.length))
    count.dataset.testid = `count-${g.ruleId}`
    const doc = h('button', 'risk-doc', '?')
    doc.title = s.ruleDoc
    doc.type = 'button'
    doc.addEventListener('click', () => openDoc(g.ruleId === 'spell' ? 'spelling' : g.ruleId))
    head.append(h('span', `sev-dot sev-${g.severity}`), label, count, doc)
    section.append(head)
    const list = h('ul', 'risk-list')
    // Long documents: show the first entries of each group, the rest on demand.
    const shown = expanded.has(g.ruleId) ? g.entries : g.entries.slice(0, MAX_SHOWN)
    for (const e of shown) {
      const li = h('li')
      const b = h('button', `diag-item sev-${e.severity}`)
      b.type = 'button'
      const line = view.state.doc.lineAt(e.from).number
      const excerpt = view.state.doc.sliceString(e.from, Math.min(e.to, e.from + 60))
      b.append(h('span', 'diag-line', `${lang === 'fr' ? 'l.' : 'l.'}\u00A0${line}`), h('span', 'diag-excerpt', excerpt))
      b.title = e.message
      // The panel is rebuilt lazily: jump to where the diagnostic is now, not where it was drawn.
      b.addEventListener('click', () => {
        const now = currentRange(view.state, e.diagnostic)
        if (now) jumpTo(view, now.from, now.to)
      })
      li.append(b)
      list.append(li)
    }
    section.append(list)
    if (shown.length < g.entries.length) {
      const more = h('button', 'risk-more', lang === 'fr' ? `${g.entries.length - shown.length}\u00A0de plus…` : `${g.entries.length - shown.length} more…`)
      more.type = 'button'
      more.addEventListener('click', () => {
        expanded.add(g.ruleId)
        renderSidePanel(root, view, meta, openDoc)
      })
      section.append(more)
    }
    root.append(section)
  }
}
