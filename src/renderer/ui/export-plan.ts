// What the export dialog does, as pure functions (tested under Node in test/renderer/export-plan.test.ts):
// which formats this platform offers, the gate for the chosen format, and the bridge request built
// with src/core/export — including the acknowledgment report once « J’ai compris les risques » is
// ticked. The dialog (export-dialog.ts) only draws this.
import type {ExportFormat, ExportPdfRequest, ExportSaveRequest, TemoinBridge, TextExportFormat, UiLang} from '../../preload/contract'
import {acknowledgmentReport, emlMessage, exportDraft, gate, prepareDraft, suggestedFileName, type GateResult} from '../../core/export/index'
import type {LintResult} from '../../core/types'

/** In the dialog's order. */
export const APP_EXPORT_FORMATS = ['html', 'page', 'pdf', 'wxr', 'eml', 'txt', 'md'] as const satisfies readonly ExportFormat[]

export const FORMAT_LABELS: Record<ExportFormat, {fr: string; en: string}> = {
  html: {fr: 'Fragment HTML pour un blog (.html)', en: 'HTML fragment for a blog (.html)'},
  page: {fr: 'Page HTML autonome (.html)', en: 'Standalone HTML page (.html)'},
  pdf: {fr: 'PDF (.pdf)', en: 'PDF (.pdf)'},
  wxr: {fr: 'Import WordPress (.wxr.xml)', en: 'WordPress import (.wxr.xml)'},
  eml: {fr: 'Brouillon de courriel (.eml)', en: 'Draft e-mail (.eml)'},
  txt: {fr: 'Texte brut (.txt)', en: 'Plain text (.txt)'},
  md: {fr: 'Markdown nettoyé (.md)', en: 'Clean Markdown (.md)'}
}

/**
 * Formats that need the desktop app: `eml` (nodemailer's MIME composer runs in Node, in main) and
 * `pdf` (Electron's printToPDF). The web build shows them disabled, with the reason.
 */
export const DESKTOP_ONLY: ReadonlySet<ExportFormat> = new Set<ExportFormat>(['eml', 'pdf'])

export function isAvailable(format: ExportFormat, platform: TemoinBridge['platform']): boolean {
  return platform !== 'web' || !DESKTOP_ONLY.has(format)
}

/** The gate of src/core/export for an app format (`pdf` is the `page` format printed). */
export function gateFor(result: LintResult, format: ExportFormat): GateResult {
  return gate(result, format === 'pdf' ? 'page' : format)
}

export type ExportPlan =
  | {kind: 'blocked'; gate: GateResult}
  | {kind: 'save'; request: ExportSaveRequest}
  | {kind: 'pdf'; request: ExportPdfRequest}
  | {kind: 'unavailable'; format: ExportFormat}

/**
 * Builds the bridge request for one export. Nothing is exported while the gate is closed and not
 * acknowledged (for `eml`, the gate also holds every `blackmail` message, even an ignored one).
 * Throws ExportInputError (src/core/export) on bad header values or addresses.
 */
export async function planExport(input: {
  text: string
  result: LintResult
  format: ExportFormat
  acknowledged: boolean
  platform: TemoinBridge['platform']
  /** Shown in the acknowledgment report, e.g. « témoignage.md ». */
  draftName: string
  now?: Date
}): Promise<ExportPlan> {
  const {text, result, format} = input
  if (!isAvailable(format, input.platform)) return {kind: 'unavailable', format}
  const g = gateFor(result, format)
  if (!g.open && !input.acknowledged) return {kind: 'blocked', gate: g}
  // English drafts are signed in English (« le 12 mars » / "12 March"), as the CLI does.
  const options = {defaultLang: result.language === 'en' ? ('en' as const) : ('fr' as const), ...(input.now ? {now: input.now} : {})}
  const report = (output: string): string | undefined =>
    g.open
      ? undefined
      : acknowledgmentReport({draft: input.draftName, output, format: format === 'pdf' ? 'page' : format, when: input.now ?? new Date(), gate: g})
  if (format === 'eml') {
    const draft = prepareDraft(text, options)
    const message = emlMessage(draft, {now: input.now})
    const suggestedName = suggestedFileName(draft, 'eml')
    const acknowledgment = report(suggestedName)
    return {
      kind: 'save',
      request: {
        format: 'eml',
        suggestedName,
        message: {
          ...(message.from ? {from: message.from} : {}),
          ...(message.to ? {to: message.to} : {}),
          subject: message.subject,
          date: message.date.toISOString(),
          text: message.text,
          html: message.html,
          headers: {'X-Unsent': '1'},
          textEncoding: message.textEncoding
        },
        ...(acknowledgment ? {acknowledgment} : {})
      }
    }
  }
  if (format === 'pdf') {
    const out = await exportDraft(text, 'page', options)
    const suggestedName = suggestedFileName(out.draft, 'pdf')
    const acknowledgment = report(suggestedName)
    return {kind: 'pdf', request: {html: String(out.content), suggestedName, ...(acknowledgment ? {acknowledgment} : {})}}
  }
  const out = await exportDraft(text, format satisfies TextExportFormat, options)
  const acknowledgment = report(out.fileName)
  return {
    kind: 'save',
    request: {format, suggestedName: out.fileName, data: String(out.content), ...(acknowledgment ? {acknowledgment} : {})}
  }
}

/** The note under the format list in the web build. */
export function desktopOnlyNote(lang: UiLang): string {
  return lang === 'fr'
    ? 'Le courriel (.eml) et le PDF ne sont disponibles que dans l’application de bureau\u202F: le courriel y est composé par une bibliothèque MIME qui ne fonctionne pas dans un navigateur.'
    : 'E-mail (.eml) and PDF are only available in the desktop app: the e-mail is built there by a MIME library that does not run in a browser.'
}
