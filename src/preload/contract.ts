// The contract between the Electron main process and the renderer (and the renderer's browser
// implementation for `npm run web`). Types and channel names only: no runtime dependency, so both
// sides (and the web build) can `import type` / import the constants.
//
// Channels follow `domain:action` (electron/electron docs/tutorial/ipc.md). Renderer → main messages
// use ipcRenderer.invoke / ipcMain.handle; main → renderer events use webContents.send.
// The bridge is exposed as `window.temoin` by a single contextBridge.exposeInMainWorld call, with
// one method per message; ipcRenderer itself is never exposed.

/** Renderer → main request channels (invoke/handle). */
export const INVOKE = {
  draftOpen: 'draft:open',
  draftSave: 'draft:save',
  draftSaveAs: 'draft:saveAs',
  draftRecent: 'draft:recent',
  draftAutosave: 'draft:autosave',
  draftRecover: 'draft:recover',
  draftDiscardRecovery: 'draft:discardRecovery',
  draftCheck: 'draft:check',
  settingsGet: 'settings:get',
  settingsSet: 'settings:set',
  appSetDirty: 'app:dirty',
  appConfirmClose: 'app:confirmClose',
  appOpenExternal: 'app:openExternal',
  docsOpen: 'docs:open',
  exportSave: 'export:save',
  exportPdf: 'export:pdf',
  templateList: 'template:list',
  templateGet: 'template:get'
} as const
export type InvokeChannel = (typeof INVOKE)[keyof typeof INVOKE]

/** Main → renderer event channels (webContents.send / ipcRenderer.on). */
export const EVENTS = {
  /** The open file changed on disk (checked on window focus). Payload: FileChangedEvent. */
  draftWatch: 'draft:watch',
  /** The settings changed (e.g. language switched from the menu). Payload: SettingsState. */
  settingsChanged: 'settings:changed',
  /** A menu item or accelerator was used. Payload: MenuCommand. */
  menuCommand: 'menu:command'
} as const
export type EventChannel = (typeof EVENTS)[keyof typeof EVENTS]

/**
 * Content-Security-Policy of the renderer, as sent in the response header of the app's own pages
 * (main's app:// protocol handler and session hook). Offline by design: `connect-src 'none'`.
 * No 'unsafe-inline' / 'unsafe-eval': scripts and workers are files from the bundle ('self');
 * CodeMirror's styles go through constructable stylesheets (not blocked by style-src in Chromium);
 * set inline styles through the CSSOM (`el.style.x = …`), never with a `style="…"` attribute.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "worker-src 'self' blob:",
  "child-src 'none'",
  "frame-src 'none'",
  "media-src 'none'",
  "manifest-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/**
 * The same policy for the `<meta http-equiv="Content-Security-Policy">` of src/renderer/index.html
 * (verbatim): without `frame-ancestors`, which a meta tag cannot carry (Chromium logs an error and
 * ignores it; CSP3 §6.1.2). It stays in the header (RENDERER_CSP).
 */
export const RENDERER_META_CSP = RENDERER_CSP.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors '))
  .join('; ')

/** Largest file Témoin opens or saves as a draft (bytes). Larger files are refused, never opened. */
export const MAX_DRAFT_BYTES = 5 * 1024 * 1024

export type UiLang = 'fr' | 'en'
export type Unsubscribe = () => void

/** What identifies a version of a file on disk (change detection). */
export interface FileStamp {
  mtimeMs: number
  size: number
  /** sha256 of the bytes, hex. */
  sha256: string
}

export interface DraftFile {
  /** Absolute path (desktop) or an opaque id (web). */
  path: string
  /** Base name for display, e.g. « témoignage.md ». */
  name: string
  format: 'md' | 'txt'
  content: string
  stamp: FileStamp
}

/** Why a file was not opened or saved. `message` is user-facing, in the UI language, names the file. */
export type FileErrorCode =
  | 'binary' // contains NUL bytes
  | 'invalid-utf8'
  | 'too-large' // > MAX_DRAFT_BYTES
  | 'not-found'
  | 'not-a-file'
  | 'unsupported-type' // not .md / .markdown / .txt
  | 'permission'
  | 'io'
  | 'not-allowed' // path not obtained from a dialog / the recent list
export interface FileError {
  ok: false
  reason: 'error'
  code: FileErrorCode
  path?: string
  message: string
}
export interface Cancelled {
  ok: false
  reason: 'cancelled'
}

/** `draft:open`. Without `path`: shows the open dialog. With `path`: must be a recent file. */
export interface OpenRequest {
  path?: string
}
export type OpenResult = {ok: true; file: DraftFile} | Cancelled | FileError

/**
 * `draft:save`: overwrite a file opened or saved before (atomic). `expected` is the stamp the
 * renderer last saw; when the file changed on disk since, the result is a `conflict` and nothing is
 * written, unless `force` (after the user chose to overwrite). `draftId` (if any) has its autosave
 * removed once the save succeeded.
 */
export interface SaveRequest {
  path: string
  content: string
  expected?: FileStamp | null
  force?: boolean
  draftId?: string
}
export interface SaveConflict {
  ok: false
  reason: 'conflict'
  path: string
  /** null when the file was deleted. */
  current: FileStamp | null
  message: string
}
export type SaveResult = {ok: true; path: string; name: string; stamp: FileStamp} | Cancelled | FileError | SaveConflict

/** `draft:saveAs`: shows the save dialog (.md default, .txt allowed), then saves atomically. */
export interface SaveAsRequest {
  content: string
  /** Suggested base name, e.g. « témoignage.md ». */
  suggestedName?: string
  draftId?: string
}

/** `draft:check`: compare the file on disk with the stamp the renderer has (e.g. before a save). */
export interface CheckRequest {
  path: string
  expected: FileStamp
}
export type CheckResult = {changed: false} | {changed: true; current: FileStamp | null}

/** `draft:watch` event: the file the window has open changed on disk (null = deleted). */
export interface FileChangedEvent {
  path: string
  current: FileStamp | null
}

export interface RecentFile {
  path: string
  name: string
  /** ISO 8601 date of the last open/save. */
  at: string
}

/**
 * `draft:autosave`: unsaved work, sent every few seconds while dirty and on blur. `draftId` is chosen
 * by the renderer (e.g. crypto.randomUUID()) and stays the same for one document.
 */
export interface AutosaveRequest {
  draftId: string
  content: string
  /** The file the draft belongs to, or null for a new document. */
  path: string | null
  /** Display title (first heading, or file name). */
  title: string
}
export type AutosaveResult = {ok: true; savedAt: string} | {ok: false; message: string}

/** `draft:recover`: drafts autosaved by an earlier session that ended without saving them. */
export interface RecoverableDraft {
  draftId: string
  path: string | null
  title: string
  /** ISO 8601 */
  savedAt: string
  content: string
}
export interface DiscardRecoveryRequest {
  draftId: string
}

export type LanguageSetting = 'system' | 'fr' | 'en'
export interface Settings {
  language: LanguageSetting
  /** Personal dictionary (spelling). */
  dictionary: string[]
  recent: RecentFile[]
}
/** What the renderer may change (recent files are maintained by main). */
export interface SettingsPatch {
  language?: LanguageSetting
  dictionary?: string[]
}
export interface SettingsState {
  settings: Settings
  /** The language in use: the setting, or the system language when 'system'. */
  uiLanguage: UiLang
  /** Set when the settings file was unreadable: it was backed up (not deleted) and defaults are used. */
  problem?: {message: string; backupPath: string}
}

/** `app:dirty`: the renderer reports the document state; main shows it in the title and on close. */
export interface DirtyState {
  dirty: boolean
  /** Document title for the window title, e.g. « témoignage.md ». */
  title: string
  path: string | null
  draftId: string | null
}

export type OpenExternalResult = {opened: true} | {opened: false; reason: 'invalid-url' | 'declined'}

/** `docs:open`: a rule's bundled documentation (Markdown) to show inside the app. */
export interface DocsRequest {
  ruleId: string
  lang: UiLang
}
export type DocsResult = {ok: true; ruleId: string; markdown: string} | {ok: false; message: string}

/**
 * The app's export formats (src/core/export's formats plus `pdf`, Electron's printToPDF of `page`):
 * `html` fragment for a blog, standalone `page`, `pdf`, WordPress `wxr`, `eml` draft e-mail (desktop
 * only: the MIME bytes are built in main by nodemailer), `txt`, `md`.
 */
export type ExportFormat = 'html' | 'page' | 'pdf' | 'wxr' | 'eml' | 'txt' | 'md'
/** Formats whose export is UTF-8 text built in the renderer. */
export type TextExportFormat = Exclude<ExportFormat, 'pdf' | 'eml'>

/**
 * The e-mail's options as built by the renderer with src/core/export's pure `emlMessage()` (nodemailer
 * mail options); main validates them and builds the RFC 5322 bytes. `date` is ISO 8601.
 */
export interface EmlMessagePayload {
  from?: string
  to?: string[]
  subject: string
  date: string
  text: string
  html: string
  headers: {'X-Unsent': '1'}
  textEncoding: 'quoted-printable'
}

/**
 * `export:save`: save an export through a save dialog (atomic write). `acknowledgment`: the text of
 * src/core/export's `acknowledgmentReport()` when the author went past the gate with « J’ai compris
 * les risques »; main writes it first, atomically, as `<chosen file>.risques-acceptes.txt`.
 */
export type ExportSaveRequest =
  | {format: TextExportFormat; suggestedName: string; data: string; acknowledgment?: string}
  | {format: 'eml'; suggestedName: string; message: EmlMessagePayload; acknowledgment?: string}
/** `export:pdf`: print a self-contained HTML page (no remote resources, no scripts) to PDF. */
export interface ExportPdfRequest {
  html: string
  suggestedName: string
  pageSize?: 'A4' | 'Letter'
  acknowledgment?: string
}
/** `acknowledgmentPath`: where the acknowledgment report was saved (desktop: a path; web: a file name). */
export type ExportResult = {ok: true; path: string; acknowledgmentPath?: string} | Cancelled | FileError

export type TemplateKind = 'testimony' | 'email' | 'letter'
export interface TemplateSummary {
  id: string
  lang: UiLang
  kind: TemplateKind
  title: string
  description: string
}
export interface TemplateDoc extends TemplateSummary {
  /** File name suggested on first save. */
  fileName: string
  /** Markdown content (with front matter for the testimony). */
  content: string
}
export interface TemplateGetRequest {
  id: string
  lang: UiLang
}

/** Menu commands sent main → renderer on `menu:command`. */
export type MenuCommand =
  | {command: 'new'}
  | {command: 'new-from-template'; templateId: string; lang: UiLang}
  | {command: 'open'}
  | {command: 'open-recent'; path: string}
  | {command: 'save'}
  | {command: 'save-as'}
  /** The user chose « Enregistrer » in the close prompt: save, then call confirmClose() on success. */
  | {command: 'save-then-close'}
  /** Opens the export dialog, with `format` preselected when given. */
  | {command: 'export'; format?: ExportFormat}
  | {command: 'find'}
  | {command: 'toggle-diagnostics'}
  | {command: 'ready-to-publish'}
  | {command: 'recover'}
  | {command: 'about'}

/** `window.temoin` — one method per message. */
export interface TemoinBridge {
  readonly platform: 'darwin' | 'win32' | 'linux' | 'web'

  openDraft(req?: OpenRequest): Promise<OpenResult>
  saveDraft(req: SaveRequest): Promise<SaveResult>
  saveDraftAs(req: SaveAsRequest): Promise<SaveResult>
  checkDraft(req: CheckRequest): Promise<CheckResult>
  recentDrafts(): Promise<RecentFile[]>
  autosaveDraft(req: AutosaveRequest): Promise<AutosaveResult>
  recoverDrafts(): Promise<RecoverableDraft[]>
  discardRecovery(req: DiscardRecoveryRequest): Promise<void>
  onFileChanged(listener: (event: FileChangedEvent) => void): Unsubscribe

  getSettings(): Promise<SettingsState>
  setSettings(patch: SettingsPatch): Promise<SettingsState>
  onSettingsChanged(listener: (state: SettingsState) => void): Unsubscribe

  setDirty(state: DirtyState): Promise<void>
  /** After a `save-then-close` command succeeded: close the window now. */
  confirmClose(): Promise<void>
  /** https: and mailto: only, after a confirmation dialog in main. */
  openExternal(url: string): Promise<OpenExternalResult>
  openDocs(req: DocsRequest): Promise<DocsResult>

  saveExport(req: ExportSaveRequest): Promise<ExportResult>
  exportPdf(req: ExportPdfRequest): Promise<ExportResult>

  listTemplates(lang?: UiLang): Promise<TemplateSummary[]>
  getTemplate(req: TemplateGetRequest): Promise<TemplateDoc | null>

  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe
}

declare global {
  interface Window {
    temoin: TemoinBridge
  }
}
