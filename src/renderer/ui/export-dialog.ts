// Export dialog: the gate (error-level diagnostics listed with jump links, « J'ai compris les
// risques » to go on), then the export engineer's pure functions (src/core/export/), saved through
// the bridge.
import type {EditorView} from '@codemirror/view'
import type {ExportFormat as BridgeFormat, TemoinBridge} from '../../preload/contract'
import type {LintBackend} from '../editor/lint-client'
import {t, uiLang} from '../i18n'
import {h, modal, toast} from './dialogs'
import {jumpTo} from './side-panel'

/** Formats offered in the app. `eml` needs Node's MIME composer (CLI only); `wxr` has no bridge format yet. */
const FORMATS = ['page', 'pdf', 'html', 'md', 'txt'] as const
type AppFormat = (typeof FORMATS)[number]

const LABELS: Record<AppFormat, {fr: string; en: string}> = {
  page: {fr: 'Page HTML autonome (.html)', en: 'Standalone HTML page (.html)'},
  pdf: {fr: 'PDF (.pdf)', en: 'PDF (.pdf)'},
  html: {fr: 'Fragment HTML pour un blog (.html)', en: 'HTML fragment for a blog (.html)'},
  md: {fr: 'Markdown nettoyé (.md)', en: 'Clean Markdown (.md)'},
  txt: {fr: 'Texte brut (.txt)', en: 'Plain text (.txt)'}
}

const BRIDGE_FORMAT: Record<Exclude<AppFormat, 'pdf'>, BridgeFormat> = {page: 'html', html: 'html', md: 'md', txt: 'txt'}

export async function openExportDialog(opts: {
  bridge: TemoinBridge
  view: EditorView
  backend: LintBackend
  format?: string
  suggestedBase: string
  openDoc: (id: string) => void
}) {
  const s = t()
  const lang = uiLang()
  const ex = await import('../../core/export/index')
  const text = opts.view.state.doc.toString()
  const result = (await opts.backend.lint(text)) ?? opts.backend.last?.result
  if (!result) return

  const body = h('div', 'export-dialog')
  const field = h('label', 'field')
  const select = h('select')
  select.dataset.testid = 'export-format'
  for (const f of FORMATS) {
    const o = h('option', '', LABELS[f][lang])
    o.value = f
    select.append(o)
  }
  if (opts.format && (FORMATS as readonly string[]).includes(opts.format)) select.value = opts.format
  field.append(h('span', '', s.exportFormat), select)
  const gateBox = h('div', 'gate')
  body.append(field, gateBox)

  let go: HTMLButtonElement | null = null
  let acknowledged = false
  const renderGate = () => {
    const f = select.value as AppFormat
    const g = ex.gate(result, f === 'pdf' ? 'page' : f)
    gateBox.replaceChildren()
    acknowledged = false
    if (g.open) {
      if (go) go.disabled = false
      return
    }
    gateBox.append(h('h3', '', s.exportGateTitle), h('p', '', s.exportGateIntro))
    const list = h('ul', 'gate-list')
    for (const m of g.blocking) {
      const b = h('button', '', `l.\u00A0${m.line}\u00A0— ${m.reason}`)
      b.type = 'button'
      b.dataset.testid = 'gate-jump'
      b.addEventListener('click', () => {
        ;(b.closest('dialog') as HTMLDialogElement).close()
        jumpTo(opts.view, m.place.start.offset, m.place.end.offset)
      })
      list.append(h('li', '', ''))
      list.lastElementChild!.append(b)
    }
    const ack = h('label', 'ack')
    const box = h('input')
    box.type = 'checkbox'
    box.dataset.testid = 'export-ack'
    box.addEventListener('change', () => {
      acknowledged = box.checked
      if (go) go.disabled = !acknowledged
    })
    ack.append(box, document.createTextNode(` ${s.exportAcknowledge}`))
    gateBox.append(list, ack)
    if (go) go.disabled = true
  }
  select.addEventListener('change', renderGate)

  const choice = modal<boolean>({
    title: s.exportTitle,
    body,
    testid: 'export',
    wide: true,
    cancelValue: false,
    buttons: [
      {label: s.cancel, value: false, testid: 'export-cancel'},
      {label: s.exportGo, value: true, primary: true, testid: 'export-go'}
    ],
    onOpen: (dialog) => {
      go = dialog.querySelector('[data-testid=export-go]')
      renderGate()
    }
  })
  if (!(await choice)) return
  const f = select.value as AppFormat
  const g = ex.gate(result, f === 'pdf' ? 'page' : f)
  if (!g.open && !acknowledged) return
  try {
    if (f === 'pdf') {
      const out = await ex.exportDraft(text, 'page')
      const r = await opts.bridge.exportPdf({html: String(out.content), suggestedName: ex.suggestedFileName(out.draft, 'pdf')})
      if (r.ok) toast(s.exportDone(r.path))
      else if (r.reason === 'error') toast(r.message, 'error')
      return
    }
    const out = await ex.exportDraft(text, f)
    const r = await opts.bridge.saveExport({format: BRIDGE_FORMAT[f], suggestedName: out.fileName, data: out.content})
    if (r.ok) toast(s.exportDone(r.path))
    else if (r.reason === 'error') toast(r.message, 'error')
  } catch (error) {
    toast(String((error as Error).message ?? error), 'error')
  }
}
