// `TemoinBridge` for the web build (`npm run web`): drafts, settings and recent files in IndexedDB,
// files opened through <input type=file> and saved through a download. Nothing leaves the machine.
import {
  MAX_DRAFT_BYTES,
  type AutosaveRequest,
  type CheckRequest,
  type DirtyState,
  type DocsRequest,
  type DraftFile,
  type ExportResult,
  type ExportSaveRequest,
  type FileError,
  type FileStamp,
  type OpenRequest,
  type OpenResult,
  type RecentFile,
  type RecoverableDraft,
  type SaveAsRequest,
  type SaveRequest,
  type SaveResult,
  type Settings,
  type SettingsPatch,
  type SettingsState,
  type TemoinBridge,
  type TemplateDoc,
  type TemplateGetRequest,
  type TemplateSummary,
  type UiLang
} from '../../preload/contract'
import {systemLang} from '../i18n'

/** As the desktop app and the CLI name it: `<export>.risques-acceptes.txt`. */
export const ACKNOWLEDGMENT_SUFFIX = '.risques-acceptes.txt'
import {ruleDocMarkdown} from '../ui/rule-docs'

const DB_NAME = 'temoin'
const STORES = ['drafts', 'files', 'kv'] as const
type Store = (typeof STORES)[number]

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1)
    req.onupgradeneeded = () => {
      for (const s of STORES) if (!req.result.objectStoreNames.contains(s)) req.result.createObjectStore(s)
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

let dbPromise: Promise<IDBDatabase> | null = null
function db() {
  dbPromise ??= openDb()
  return dbPromise
}

async function tx<T>(store: Store, mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const d = await db()
  return new Promise<T>((resolve, reject) => {
    const t = d.transaction(store, mode)
    const req = f(t.objectStore(store))
    // Resolve on commit, so a reload right after an autosave still finds it.
    t.oncomplete = () => resolve(req.result)
    t.onerror = () => reject(t.error)
    t.onabort = () => reject(t.error)
  })
}

const get = <T>(store: Store, key: string) => tx<T | undefined>(store, 'readonly', (s) => s.get(key))
const put = (store: Store, key: string, value: unknown) => tx(store, 'readwrite', (s) => s.put(value, key))
const del = (store: Store, key: string) => tx(store, 'readwrite', (s) => s.delete(key))
const all = <T>(store: Store) => tx<T[]>(store, 'readonly', (s) => s.getAll())

async function sha256(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text)
  if (!crypto.subtle) return String(bytes.length)
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

async function stampOf(text: string): Promise<FileStamp> {
  return {mtimeMs: Date.now(), size: new TextEncoder().encode(text).length, sha256: await sha256(text)}
}

function uid(): string {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`
}

function fileError(code: FileError['code'], name: string, lang: UiLang): FileError {
  const fr: Record<string, string> = {
    binary: `« ${name} » n’est pas un fichier texte (contenu binaire) : il n’a pas été ouvert.`,
    'invalid-utf8': `« ${name} » n’est pas encodé en UTF-8 : il n’a pas été ouvert.`,
    'too-large': `« ${name} » dépasse ${MAX_DRAFT_BYTES / 1024 / 1024} Mo : il n’a pas été ouvert.`,
    'unsupported-type': `« ${name} » n’est pas un fichier .md ou .txt.`,
    'not-found': `« ${name} » est introuvable.`,
    io: `« ${name} » n’a pas pu être lu.`
  }
  const en: Record<string, string> = {
    binary: `“${name}” is not a text file (binary content): it was not opened.`,
    'invalid-utf8': `“${name}” is not UTF-8 encoded: it was not opened.`,
    'too-large': `“${name}” is larger than ${MAX_DRAFT_BYTES / 1024 / 1024} MB: it was not opened.`,
    'unsupported-type': `“${name}” is not a .md or .txt file.`,
    'not-found': `“${name}” cannot be found.`,
    io: `“${name}” could not be read.`
  }
  const msg = (lang === 'fr' ? fr : en)[code] ?? (lang === 'fr' ? fr.io : en.io)
  // French typography: narrow no-break spaces before « : » and inside « ».
  return {ok: false, reason: 'error', code, message: lang === 'fr' ? frenchSpaces(msg) : msg}
}

function frenchSpaces(s: string): string {
  return s.replace(/« /g, '«\u202F').replace(/ »/g, '\u202F»').replace(/ ([:;!?])/g, '\u202F$1')
}

/** Decode a picked file the way the desktop app does: size, binary and UTF-8 checks first. */
export function decodeDraftBytes(name: string, bytes: Uint8Array, lang: UiLang): {ok: true; text: string} | FileError {
  if (!/\.(md|markdown|txt)$/i.test(name)) return fileError('unsupported-type', name, lang)
  if (bytes.length > MAX_DRAFT_BYTES) return fileError('too-large', name, lang)
  if (bytes.includes(0)) return fileError('binary', name, lang)
  try {
    let text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    return {ok: true, text}
  } catch {
    return fileError('invalid-utf8', name, lang)
  }
}

function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.md,.markdown,.txt,text/markdown,text/plain'
    input.className = 'visually-hidden'
    input.dataset.testid = 'file-input'
    document.body.append(input)
    const done = (f: File | null) => {
      input.remove()
      resolve(f)
    }
    input.addEventListener('change', () => done(input.files?.[0] ?? null), {once: true})
    input.addEventListener('cancel', () => done(null), {once: true})
    input.click()
  })
}

/** Save through a download (the browser asks where, or uses the downloads folder). */
export function download(name: string, data: string | Uint8Array, type: string): void {
  const blob = new Blob([data as BlobPart], {type})
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.className = 'visually-hidden'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

interface StoredFile {
  path: string
  name: string
  format: 'md' | 'txt'
  content: string
  stamp: FileStamp
}

const DEFAULT_SETTINGS: Settings = {language: 'system', dictionary: [], recent: []}

async function loadSettings(): Promise<Settings> {
  return {...DEFAULT_SETTINGS, ...((await get<Settings>('kv', 'settings')) ?? {})}
}

function settingsState(settings: Settings): SettingsState {
  const uiLanguage = settings.language === 'system' ? systemLang(navigator.languages) : settings.language
  return {settings, uiLanguage}
}

async function remember(file: StoredFile) {
  await put('files', file.path, file)
  const s = await loadSettings()
  const recent: RecentFile[] = [
    {path: file.path, name: file.name, at: new Date().toISOString()},
    ...s.recent.filter((r) => r.path !== file.path)
  ].slice(0, 10)
  await put('kv', 'settings', {...s, recent})
}

// The templates are the main engineer's pure module (src/core/templates/), loaded on first use.
const templates = () => import('../../core/templates/index')

export function createBrowserBridge(): TemoinBridge {
  let dirty = false
  let settingsListeners = new Set<(s: SettingsState) => void>()
  window.addEventListener('beforeunload', (e) => {
    if (dirty) e.preventDefault()
  })
  const lang = async () => settingsState(await loadSettings()).uiLanguage

  const bridge: TemoinBridge = {
    platform: 'web',

    async openDraft(req?: OpenRequest): Promise<OpenResult> {
      const l = await lang()
      if (req?.path) {
        const f = await get<StoredFile>('files', req.path)
        if (!f) return fileError('not-found', req.path, l)
        await remember(f)
        return {ok: true, file: {...f}}
      }
      const picked = await pickFile()
      if (!picked) return {ok: false, reason: 'cancelled'}
      if (picked.size > MAX_DRAFT_BYTES) return fileError('too-large', picked.name, l)
      const decoded = decodeDraftBytes(picked.name, new Uint8Array(await picked.arrayBuffer()), l)
      if (!decoded.ok) return decoded
      const file: StoredFile = {
        path: `web:${uid()}`,
        name: picked.name,
        format: /\.txt$/i.test(picked.name) ? 'txt' : 'md',
        content: decoded.text,
        stamp: await stampOf(decoded.text)
      }
      await remember(file)
      return {ok: true, file: file as DraftFile}
    },

    async saveDraft(req: SaveRequest): Promise<SaveResult> {
      const prev = await get<StoredFile>('files', req.path)
      if (!prev) return bridge.saveDraftAs({content: req.content, draftId: req.draftId})
      if (req.expected && !req.force && prev.stamp.sha256 !== req.expected.sha256) {
        const l = await lang()
        return {
          ok: false,
          reason: 'conflict',
          path: req.path,
          current: prev.stamp,
          message: l === 'fr' ? `«\u202F${prev.name}\u202F» a changé depuis son ouverture.` : `“${prev.name}” changed since it was opened.`
        }
      }
      const file: StoredFile = {...prev, content: req.content, stamp: await stampOf(req.content)}
      download(file.name, req.content, file.format === 'txt' ? 'text/plain' : 'text/markdown')
      await remember(file)
      if (req.draftId) await del('drafts', req.draftId)
      return {ok: true, path: file.path, name: file.name, stamp: file.stamp}
    },

    async saveDraftAs(req: SaveAsRequest): Promise<SaveResult> {
      let name = (req.suggestedName || 'temoignage.md').replace(/[\\/:*?"<>|]/g, '-')
      if (!/\.(md|markdown|txt)$/i.test(name)) name += '.md'
      const file: StoredFile = {
        path: `web:${uid()}`,
        name,
        format: /\.txt$/i.test(name) ? 'txt' : 'md',
        content: req.content,
        stamp: await stampOf(req.content)
      }
      download(name, req.content, file.format === 'txt' ? 'text/plain' : 'text/markdown')
      await remember(file)
      if (req.draftId) await del('drafts', req.draftId)
      return {ok: true, path: file.path, name, stamp: file.stamp}
    },

    async checkDraft(req: CheckRequest) {
      const f = await get<StoredFile>('files', req.path)
      if (!f) return {changed: true, current: null}
      return f.stamp.sha256 === req.expected.sha256 ? {changed: false} : {changed: true, current: f.stamp}
    },

    async recentDrafts() {
      return (await loadSettings()).recent
    },

    async autosaveDraft(req: AutosaveRequest) {
      try {
        const savedAt = new Date().toISOString()
        await put('drafts', req.draftId, {...req, savedAt} satisfies RecoverableDraft)
        return {ok: true, savedAt}
      } catch (error) {
        return {ok: false, message: String(error)}
      }
    },

    async recoverDrafts() {
      const drafts = await all<RecoverableDraft>('drafts')
      return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
    },

    async discardRecovery(req) {
      await del('drafts', req.draftId)
    },

    onFileChanged() {
      // A browser cannot watch the user's files.
      return () => {}
    },

    async getSettings() {
      return settingsState(await loadSettings())
    },

    async setSettings(patch: SettingsPatch) {
      const s = {...(await loadSettings()), ...patch}
      await put('kv', 'settings', s)
      const state = settingsState(s)
      for (const f of settingsListeners) f(state)
      return state
    },

    onSettingsChanged(listener) {
      settingsListeners.add(listener)
      return () => settingsListeners.delete(listener)
    },

    async setDirty(state: DirtyState) {
      dirty = state.dirty
      document.title = `${state.dirty ? '• ' : ''}${state.title} — Témoin`
    },

    async confirmClose() {
      dirty = false
    },

    async openExternal(url: string) {
      let parsed: URL
      try {
        parsed = new URL(url)
      } catch {
        return {opened: false, reason: 'invalid-url'}
      }
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'mailto:') return {opened: false, reason: 'invalid-url'}
      const l = await lang()
      const ok = window.confirm(l === 'fr' ? `Ouvrir ce lien hors de Témoin\u202F?\n${parsed.href}` : `Open this link outside Témoin?\n${parsed.href}`)
      if (!ok) return {opened: false, reason: 'declined'}
      window.open(parsed.href, '_blank', 'noopener,noreferrer')
      return {opened: true}
    },

    async openDocs(req: DocsRequest) {
      const markdown = ruleDocMarkdown(req.ruleId)
      return markdown ? {ok: true, ruleId: req.ruleId, markdown} : {ok: false, message: 'not found'}
    },

    async saveExport(req: ExportSaveRequest): Promise<ExportResult> {
      const l = await lang()
      if (req.format === 'eml') {
        // nodemailer's MIME composer is Node-only: the dialog does not offer eml here.
        return {
          ok: false,
          reason: 'error',
          code: 'io',
          path: req.suggestedName,
          message:
            l === 'fr'
              ? 'L’export en courriel (.eml) n’est disponible que dans l’application de bureau.'
              : 'E-mail (.eml) export is only available in the desktop app.'
        }
      }
      const types: Record<string, string> = {
        md: 'text/markdown',
        txt: 'text/plain',
        html: 'text/html',
        page: 'text/html',
        wxr: 'application/rss+xml'
      }
      let acknowledgmentPath: string | undefined
      if (req.acknowledgment !== undefined) {
        // A second download, first (as the desktop app writes it first): the report of the risks accepted.
        acknowledgmentPath = `${req.suggestedName}${ACKNOWLEDGMENT_SUFFIX}`
        download(acknowledgmentPath, req.acknowledgment, 'text/plain')
      }
      download(req.suggestedName, req.data, types[req.format] ?? 'application/octet-stream')
      return {ok: true, path: req.suggestedName, ...(acknowledgmentPath ? {acknowledgmentPath} : {})}
    },

    async exportPdf(req) {
      const l = await lang()
      return {
        ok: false,
        reason: 'error',
        code: 'io',
        path: req.suggestedName,
        message:
          l === 'fr'
            ? 'L’export PDF n’est disponible que dans l’application de bureau. Exportez en HTML puis imprimez-le en PDF.'
            : 'PDF export is only available in the desktop app. Export to HTML, then print it to PDF.'
      }
    },

    async listTemplates(l?: UiLang): Promise<TemplateSummary[]> {
      return (await templates()).listTemplates(l)
    },

    async getTemplate(req: TemplateGetRequest): Promise<TemplateDoc | null> {
      const doc = (await templates()).getTemplate(req.id, req.lang)
      return doc ? {id: doc.id, lang: doc.lang, kind: doc.kind, title: doc.title, description: doc.description, fileName: doc.fileName, content: doc.content} : null
    },

    onMenuCommand() {
      // No native menu in a browser: the in-page toolbar calls the same handlers.
      return () => {}
    }
  }
  return bridge
}
