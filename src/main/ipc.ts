// Every renderer → main message: one ipcMain.handle per contract channel, each through guard()
// (sender frame = the app's own top frame; payload validated by its schema from ipc-schemas.ts).
import {BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent} from 'electron'
import {
  INVOKE,
  type EmlMessagePayload,
  type ExportFormat,
  type ExportResult,
  type InvokeChannel,
  type SettingsState,
  type UiLang
} from '../preload/contract'
import {getTemplate, listTemplates} from '../core/templates/index'
import type {AutosaveStore} from './autosave'
import {readRuleDoc} from './docs'
import {atomicWrite, toDraftError} from './files'
import {guard} from './ipc-guard'
import {SCHEMAS} from './ipc-schemas'
import {fileErrorMessage} from './messages'
import {htmlToPdf} from './pdf'
import {confirmAndOpenExternal} from './security'
import type {SettingsStore} from './settings'
import type {Validator} from './validate'
import {updateEditorState, type EditorWindow} from './window'

export interface IpcContext {
  allowedOrigins: () => readonly string[]
  lang: () => UiLang
  settings: SettingsStore
  settingsState: () => SettingsState
  setSettings: (patch: {language?: 'system' | 'fr' | 'en'; dictionary?: string[]}) => Promise<SettingsState>
  autosave: AutosaveStore
  editorFor: (event: IpcMainInvokeEvent) => EditorWindow | null
  docRoots: readonly string[]
  onCloseConfirmed: (editor: EditorWindow) => void
}

type PayloadOf<C extends InvokeChannel> = (typeof SCHEMAS)[C] extends Validator<infer T> ? T : never

const EXPORT_FILTERS: Record<ExportFormat, {fr: string; en: string; extensions: string[]}> = {
  html: {fr: 'Fragment HTML', en: 'HTML fragment', extensions: ['html']},
  page: {fr: 'Page web', en: 'Web page', extensions: ['html']},
  pdf: {fr: 'PDF', en: 'PDF', extensions: ['pdf']},
  wxr: {fr: 'Import WordPress (WXR)', en: 'WordPress import (WXR)', extensions: ['xml']},
  eml: {fr: 'Courriel', en: 'E-mail', extensions: ['eml']},
  txt: {fr: 'Texte', en: 'Text', extensions: ['txt']},
  md: {fr: 'Markdown', en: 'Markdown', extensions: ['md']}
}

/** Suffix of the acknowledgment report saved beside an export forced past the gate (as the CLI does). */
export const ACKNOWLEDGMENT_SUFFIX = '.risques-acceptes.txt'

/**
 * The e-mail's RFC 5322 bytes, by nodemailer's MailComposer: the CLI's composer (src/cli/export.ts),
 * reused. Loaded on first use: that module also holds the CLI's lint and config code, which main
 * does not need at startup (it lands in a separate chunk).
 */
export async function composeEml(message: EmlMessagePayload): Promise<Uint8Array> {
  const date = new Date(message.date)
  if (Number.isNaN(date.getTime())) throw new Error('invalid payload at $.message.date: expected an ISO 8601 date')
  const {nodemailerComposer} = await import('../cli/mail-composer')
  return nodemailerComposer({...message, ...(message.to ? {to: [...message.to]} : {}), headers: {...message.headers}, date})
}

export function registerIpc(ctx: IpcContext): void {
  function handle<C extends InvokeChannel>(
    channel: C,
    fn: (payload: PayloadOf<C>, event: IpcMainInvokeEvent) => unknown
  ): void {
    const validator = SCHEMAS[channel] as Validator<PayloadOf<C>>
    ipcMain.handle(channel, guard<IpcMainInvokeEvent, PayloadOf<C>, unknown>(ctx.allowedOrigins, validator, fn))
  }
  const editor = (event: IpcMainInvokeEvent): EditorWindow => {
    const e = ctx.editorFor(event)
    if (!e) throw new Error('IPC refused: no editor window for this sender')
    return e
  }
  const parentOf = (event: IpcMainInvokeEvent): BrowserWindow | null => BrowserWindow.fromWebContents(event.sender)

  handle(INVOKE.draftOpen, (req, event) => editor(event).docs.open(req))
  handle(INVOKE.draftSave, (req, event) => editor(event).docs.save(req))
  handle(INVOKE.draftSaveAs, (req, event) => editor(event).docs.saveAs(req))
  handle(INVOKE.draftCheck, (req, event) => editor(event).docs.check(req))
  handle(INVOKE.draftRecent, () => ctx.settings.settings.recent)
  handle(INVOKE.draftAutosave, async (req) => {
    try {
      const {savedAt} = await ctx.autosave.save(req)
      return {ok: true, savedAt}
    } catch (error) {
      return {ok: false, message: error instanceof Error ? error.message : String(error)}
    }
  })
  handle(INVOKE.draftRecover, () => ctx.autosave.recoverable())
  handle(INVOKE.draftDiscardRecovery, async (req) => {
    await ctx.autosave.discard(req.draftId)
  })

  handle(INVOKE.settingsGet, () => ctx.settingsState())
  handle(INVOKE.settingsSet, (patch) => ctx.setSettings(patch))

  handle(INVOKE.appSetDirty, (state, event) => {
    updateEditorState(editor(event), state, ctx.lang())
  })
  handle(INVOKE.appConfirmClose, (_none, event) => {
    const e = editor(event)
    // Honoured only after the user chose « Enregistrer » in the close prompt.
    if (!e.awaitingSaveThenClose) return
    e.awaitingSaveThenClose = false
    e.closeApproved = true
    ctx.onCloseConfirmed(e)
  })
  handle(INVOKE.appOpenExternal, (req, event) => confirmAndOpenExternal(req.url, ctx.lang(), parentOf(event)))
  handle(INVOKE.docsOpen, (req) => readRuleDoc(ctx.docRoots, req.ruleId, req.lang))

  async function saveThroughDialog(
    event: IpcMainInvokeEvent,
    format: ExportFormat,
    suggestedName: string,
    data: string | Uint8Array,
    acknowledgment?: string
  ): Promise<ExportResult> {
    const lang = ctx.lang()
    const filter = EXPORT_FILTERS[format]
    const parent = parentOf(event)
    const options = {
      defaultPath: suggestedName,
      filters: [{name: filter[lang], extensions: filter.extensions}],
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const]
    }
    const {canceled, filePath} = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
    if (canceled || !filePath) return {ok: false, reason: 'cancelled'}
    let target = filePath
    try {
      let acknowledgmentPath: string | undefined
      if (acknowledgment !== undefined) {
        // Written first: an export forced past the gate never exists without its acknowledgment.
        acknowledgmentPath = `${filePath}${ACKNOWLEDGMENT_SUFFIX}`
        target = acknowledgmentPath
        await atomicWrite(acknowledgmentPath, `${acknowledgment.replace(/\n*$/, '')}\n\nFichier enregistré / Saved file : ${filePath}\n`)
        target = filePath
      }
      await atomicWrite(filePath, data)
      return {ok: true, path: filePath, ...(acknowledgmentPath ? {acknowledgmentPath} : {})}
    } catch (error) {
      const e = toDraftError(error, target)
      return {ok: false, reason: 'error', code: e.code, path: target, message: fileErrorMessage(lang, e.code, target, 'save')}
    }
  }
  handle(INVOKE.exportSave, async (req, event) =>
    // The MIME bytes are built before the dialog: a message nodemailer refuses fails without asking.
    req.format === 'eml'
      ? saveThroughDialog(event, 'eml', req.suggestedName, await composeEml(req.message), req.acknowledgment)
      : saveThroughDialog(event, req.format, req.suggestedName, req.data, req.acknowledgment)
  )
  handle(INVOKE.exportPdf, async (req, event) => {
    const pdf = await htmlToPdf(req.html, req.pageSize ?? 'A4')
    return saveThroughDialog(event, 'pdf', req.suggestedName, pdf, req.acknowledgment)
  })

  handle(INVOKE.templateList, (req) => listTemplates(req.lang))
  handle(INVOKE.templateGet, (req) => getTemplate(req.id, req.lang))
}
