// « Prêt à publier ? »: the export engineer's checklist (src/core/checklist.ts) computed on the
// current draft and its lint result, each item explained.
import type {EditorView} from '@codemirror/view'
import type {LintBackend} from '../editor/lint-client'
import {t, uiLang} from '../i18n'
import {h, modal} from './dialogs'

const MARK = {ok: '✓', warning: '!', error: '✗'} as const
const CLASS = {ok: 'ok', warning: 'warn', error: 'fail'} as const

export async function openChecklist(opts: {view: EditorView; backend: LintBackend; openDoc: (id: string) => void}) {
  const s = t()
  const lang = uiLang()
  const {computeChecklist} = await import('../../core/checklist')
  const text = opts.view.state.doc.toString()
  const result = (await opts.backend.lint(text)) ?? opts.backend.last?.result
  const body = h('div', 'checklist')
  if (!result) {
    body.append(h('p', '', s.lintFailed('')))
  } else {
    const list = computeChecklist(text, result)
    const summary = h(
      'p',
      `checklist-summary ${list.ready ? 'ok' : 'fail'}`,
      list.ready
        ? lang === 'fr'
          ? 'Aucun point bloquant. Relisez les avertissements avant de publier.'
          : 'Nothing blocking. Read the warnings again before publishing.'
        : lang === 'fr'
          ? 'Pas encore\u202F: corrigez les points marqués ✗.'
          : 'Not yet: fix the items marked ✗.'
    )
    summary.dataset.testid = 'checklist-ready'
    summary.dataset.ready = String(list.ready)
    body.append(summary)
    for (const item of list.items) {
      const row = h('div', `checklist-item ${CLASS[item.status]}`)
      row.dataset.item = item.id
      row.dataset.status = item.status
      const title = h('strong', '', item.title[lang])
      if (item.detail) title.append(document.createTextNode(` — ${item.detail[lang]}`))
      row.append(h('span', 'mark', MARK[item.status]), title, h('p', '', item.explanation[lang]))
      body.append(row)
    }
    body.append(h('p', 'doc-notice', s.legalNotice))
  }
  await modal({
    title: s.checklistTitle,
    body,
    testid: 'checklist',
    cancelValue: null,
    wide: true,
    buttons: [{label: s.close, value: null, primary: true, testid: 'checklist-close'}]
  })
}
