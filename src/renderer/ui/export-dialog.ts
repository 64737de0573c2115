// Export dialog: the gate (error-level diagnostics with jump links, « J'ai compris les risques »),
// then the export engineer's pure functions (src/core/export/), saved through the bridge.
import type {EditorView} from '@codemirror/view'
import type {TemoinBridge} from '../../preload/contract'
import type {LintBackend} from '../editor/lint-client'
import {t} from '../i18n'
import {h, modal} from './dialogs'

const modules = import.meta.glob<Record<string, unknown>>('../../core/export/index.ts')

export async function openExportDialog(opts: {
  bridge: TemoinBridge
  view: EditorView
  backend: LintBackend
  format?: string
  suggestedBase: string
  openDoc: (id: string) => void
}) {
  const s = t()
  const load = Object.values(modules)[0]
  if (!load) {
    await modal({title: s.exportTitle, body: h('p', '', s.exportUnavailable), testid: 'export', cancelValue: null, buttons: [{label: s.close, value: null, primary: true}]})
    return
  }
}
