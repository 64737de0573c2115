// Export dialog: the gate (error-level diagnostics listed with jump links, « J'ai compris les
// risques » to go on), then the export engineer's pure functions (src/core/export/), saved through
// the bridge.
import type {EditorView} from '@codemirror/view'
import type {ExportFormat, TemoinBridge} from '../../preload/contract'
import type {LintBackend} from '../editor/lint-client'
import {t, uiLang} from '../i18n'
import {h, modal, toast} from './dialogs'
import {jumpTo} from './side-panel'

export async function openExportDialog(opts: {
  bridge: TemoinBridge
  view: EditorView
  backend: LintBackend
  format?: string
  suggestedBase: string
  /** The draft's name for the acknowledgment report (« témoignage.md »). */
  draftName?: string
  openDoc: (id: string) => void
}) {
  const s = t()
  const lang = uiLang()
  // The export code (unified, rehype, sanitiser…) is loaded with the dialog, not at startup.
  const plan = await import('./export-plan')
  const text = opts.view.state.doc.toString()
  const result = (await opts.backend.lint(text)) ?? opts.backend.last?.result
  if (!result) return
  const platform = opts.bridge.platform

  const body = h('div', 'export-dialog')
  const field = h('label', 'field')
  const select = h('select')
  select.dataset.testid = 'export-format'
  for (const f of plan.APP_EXPORT_FORMATS) {
    const available = plan.isAvailable(f, platform)
    const o = h('option', '', available ? plan.FORMAT_LABELS[f][lang] : `${plan.FORMAT_LABELS[f][lang]} — ${s.exportDesktopOnly}`)
    o.value = f
    o.disabled = !available
    select.append(o)
  }
  const initial = plan.APP_EXPORT_FORMATS.find((f) => f === opts.format && plan.isAvailable(f, platform))
  select.value = initial ?? 'page'
  field.append(h('span', '', s.exportFormat), select)
  body.append(field)
  if (platform === 'web') {
    const note = h('p', 'export-note', plan.desktopOnlyNote(lang))
    note.dataset.testid = 'export-desktop-only'
    body.append(note)
  }
  const gateBox = h('div', 'gate')
  body.append(gateBox)

  let go: HTMLButtonElement | null = null
  let acknowledged = false
  const renderGate = () => {
    const g = plan.gateFor(result, select.value as ExportFormat)
    gateBox.replaceChildren()
    // Another format has its own gate (eml adds blackmail): the acknowledgment is asked again.
    acknowledged = false
    if (g.open) {
      if (go) go.disabled = false
      return
    }
    gateBox.append(h('h3', '', s.exportGateTitle), h('p', '', s.exportGateIntro))
    if (g.blackmail.length > 0 && select.value === 'eml') {
      const warn = h('p', 'gate-blackmail', s.exportBlackmail)
      warn.dataset.testid = 'gate-blackmail'
      gateBox.append(warn)
    }
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
  try {
    const p = await plan.planExport({
      text,
      result,
      format: select.value as ExportFormat,
      acknowledged,
      platform,
      draftName: opts.draftName ?? `${opts.suggestedBase}.md`
    })
    // Closed gate without the acknowledgment (e.g. Enter pressed): nothing is exported.
    if (p.kind === 'blocked' || p.kind === 'unavailable') return
    const r = p.kind === 'pdf' ? await opts.bridge.exportPdf(p.request) : await opts.bridge.saveExport(p.request)
    if (r.ok) toast(r.acknowledgmentPath ? s.exportDoneAck(r.path, r.acknowledgmentPath) : s.exportDone(r.path))
    else if (r.reason === 'error') toast(r.message, 'error')
  } catch (error) {
    toast(String((error as Error).message ?? error), 'error')
  }
}
