// « Prêt à publier ? »: the export engineer's checklist (src/core/checklist.ts) computed on the
// current draft and its last lint result.
import type {EditorView} from '@codemirror/view'
import type {LintBackend} from '../editor/lint-client'
import {t} from '../i18n'
import {h, modal} from './dialogs'

const modules = import.meta.glob<Record<string, unknown>>('../../core/checklist.ts')

export async function openChecklist(opts: {view: EditorView; backend: LintBackend; openDoc: (id: string) => void}) {
  const s = t()
  const body = h('div', 'checklist')
  const load = Object.values(modules)[0]
  if (!load) {
    body.append(h('p', '', s.checklistUnavailable))
  } else {
    body.append(h('p', '', s.linting))
  }
  await modal({title: s.checklistTitle, body, testid: 'checklist', cancelValue: null, wide: true, buttons: [{label: s.close, value: null, primary: true}]})
}
