// Public API of the exports, shared by the CLI (src/cli/export.ts) and the app (editor dialog,
// main process). Pure: text in, string/bytes out; the e-mail MIME composer is injected.
import {prepareDraft, type PrepareOptions, type PreparedDraft} from './document.js'
import {renderEml, type EmlComposer} from './eml.js'
import {renderHtmlFragment, renderPage} from './html.js'
import {renderMarkdown} from './markdown.js'
import {slugify} from './meta.js'
import {renderText} from './text.js'
import {renderWxr} from './wxr.js'

export const EXPORT_FORMATS = ['html', 'page', 'wxr', 'eml', 'txt', 'md'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value)
}

/** File extension per format (`pdf` is the app's printToPDF of `page`). */
export const FORMAT_EXTENSIONS: Record<ExportFormat | 'pdf', string> = {
  html: '.html',
  page: '.html',
  wxr: '.xml',
  eml: '.eml',
  txt: '.txt',
  md: '.md',
  pdf: '.pdf'
}

export const FORMAT_MEDIA_TYPES: Record<ExportFormat | 'pdf', string> = {
  html: 'text/html; charset=utf-8',
  page: 'text/html; charset=utf-8',
  wxr: 'application/rss+xml; charset=utf-8',
  eml: 'message/rfc822',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf'
}

export interface ExportOptions extends PrepareOptions {
  /** Required for `eml` (e.g. nodemailer's MailComposer, see eml.ts). */
  composer?: EmlComposer
  /** `wxr`: wp:base_site_url. */
  siteUrl?: string
}

export interface ExportOutput {
  format: ExportFormat
  /** UTF-8 text for every format but `eml`, which is bytes. */
  content: string | Uint8Array
  draft: PreparedDraft
  /** A safe default file name (`mon-titre.html`, `mon-titre.pdf`…). */
  fileName: string
}

/** Suffix + extension per format, so every format of one draft gets its own file (and `md` never
 * replaces the draft): `temoignage.fragment.html`, `temoignage.html`, `temoignage.wxr.xml`… */
const OUTPUT_SUFFIXES: Record<ExportFormat | 'pdf', string> = {
  html: '.fragment.html',
  page: '.html',
  wxr: '.wxr.xml',
  eml: '.eml',
  txt: '.txt',
  md: '.export.md',
  pdf: '.pdf'
}

/** `temoignage` + `wxr` → `temoignage.wxr.xml`. */
export function defaultOutputName(base: string, format: ExportFormat | 'pdf'): string {
  return `${base}${OUTPUT_SUFFIXES[format]}`
}

/** A file name from the title: `Mon témoignage` + `pdf` → `mon-temoignage.pdf` (for save dialogs). */
export function suggestedFileName(draft: Pick<PreparedDraft, 'meta'>, format: ExportFormat | 'pdf'): string {
  return defaultOutputName(slugify(draft.meta.title ?? 'temoignage'), format)
}

/** Renders one format from an already prepared draft (the app prepares once, renders several). */
export async function renderFormat(draft: PreparedDraft, format: ExportFormat, options: ExportOptions = {}): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return renderHtmlFragment(draft)
    case 'page':
      return renderPage(draft)
    case 'wxr':
      return renderWxr(draft, {now: options.now, siteUrl: options.siteUrl})
    case 'txt':
      return renderText(draft)
    case 'md':
      return renderMarkdown(draft)
    case 'eml':
      if (!options.composer) throw new Error('eml export needs a MIME composer (see src/core/export/eml.ts)')
      return renderEml(draft, options.composer, {now: options.now})
  }
}

/**
 * Exports a draft (front matter + Markdown). Throws ExportInputError (bad header values or
 * addresses). Does not lint: callers run the gate first (see gate.ts).
 */
export async function exportDraft(text: string, format: ExportFormat, options: ExportOptions = {}): Promise<ExportOutput> {
  const draft = prepareDraft(text, options)
  const content = await renderFormat(draft, format, options)
  return {format, content, draft, fileName: suggestedFileName(draft, format)}
}

export {prepareDraft, type PreparedDraft, type PrepareOptions} from './document.js'
export {ExportInputError, resolveMeta, splitFrontMatter, FRONT_MATTER_KEYS, type ExportMeta, type MetaOverrides} from './meta.js'
export {PAGE_CSP, PAGE_PRINT_OPTIONS, PAGE_STYLESHEET} from './html.js'
export {emlMessage, type EmlComposer, type EmlMessage} from './eml.js'
export {gate, acknowledgmentReport, type GateResult} from './gate.js'
export {renderReviewReport, prescriptionEnd, type ReviewReportInput} from './report.js'
