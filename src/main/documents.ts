// The document a window edits, as main sees it: which paths the renderer may read or write (only
// those the user picked in a dialog, or in the recent list), the stamp of the version on disk, and
// the open/save/save-as/check operations with their user-facing results. Plain module: dialogs and
// settings are passed in, so it runs under Node in tests.
import * as path from 'node:path'
import {
  MAX_DRAFT_BYTES,
  type CheckRequest,
  type CheckResult,
  type FileChangedEvent,
  type FileError,
  type FileStamp,
  type OpenRequest,
  type OpenResult,
  type RecentFile,
  type SaveAsRequest,
  type SaveRequest,
  type SaveResult,
  type UiLang
} from '../preload/contract'
import type {AutosaveStore} from './autosave'
import {currentStamp, DraftFileError, draftFormat, hasChanged, readDraft, saveDraftFile, toDraftError} from './files'
import {conflictMessage, fileErrorMessage} from './messages'
import {addRecent, isRecent} from './recent'
import type {SettingsStore} from './settings'

export interface DocumentDialogs {
  /** The open dialog (.md, .txt). Resolves to an absolute path, or null when cancelled. */
  showOpen(lang: UiLang): Promise<string | null>
  /** The save dialog. Resolves to an absolute path, or null when cancelled. */
  showSave(lang: UiLang, suggestedName: string): Promise<string | null>
}

export interface DocumentServiceOptions {
  settings: SettingsStore
  autosave: AutosaveStore
  dialogs: DocumentDialogs
  lang: () => UiLang
  onRecentChanged?: (recent: RecentFile[]) => void
  now?: () => Date
  platform?: NodeJS.Platform
}

export class DocumentService {
  private readonly granted = new Set<string>()
  private current: {path: string; stamp: FileStamp} | null = null
  private lastNotified: string | null = null

  constructor(private readonly options: DocumentServiceOptions) {}

  /** The file the window has open (for the title and focus checks). */
  get currentPath(): string | null {
    return this.current?.path ?? null
  }

  private key(file: string): string {
    const platform = this.options.platform ?? process.platform
    return platform === 'linux' ? file : file.toLowerCase()
  }

  /** May the renderer name this path? Only after a dialog, or if it is in the recent list. */
  isAllowed(file: string): boolean {
    if (!path.isAbsolute(file)) return false
    return this.granted.has(this.key(file)) || isRecent(this.options.settings.settings.recent, file, this.options.platform)
  }

  /**
   * A file the user handed to the app through the system (command line, « Ouvrir avec », a
   * double-click): as good as picked in the open dialog.
   */
  allowLaunchFile(file: string): void {
    if (path.isAbsolute(file)) this.grant(file)
  }

  private grant(file: string): void {
    this.granted.add(this.key(file))
  }

  private fail(error: unknown, file: string, action: 'open' | 'save'): FileError {
    const e = error instanceof DraftFileError ? error : toDraftError(error, file)
    return {ok: false, reason: 'error', code: e.code, path: file, message: fileErrorMessage(this.options.lang(), e.code, file, action, MAX_DRAFT_BYTES)}
  }

  private async remember(file: string, stamp: FileStamp): Promise<void> {
    this.grant(file)
    this.current = {path: file, stamp}
    this.lastNotified = null
    const recent = addRecent(this.options.settings.settings.recent, file, this.options.now?.() ?? new Date(), this.options.platform)
    try {
      await this.options.settings.update({recent})
    } catch {
      // The recent list is a convenience: failing to persist it must not fail the open/save.
    }
    this.options.onRecentChanged?.(recent)
  }

  async open(req: OpenRequest): Promise<OpenResult> {
    let file = req.path
    if (file === undefined) {
      const picked = await this.options.dialogs.showOpen(this.options.lang())
      if (!picked) return {ok: false, reason: 'cancelled'}
      file = picked
      this.grant(file)
    } else if (!this.isAllowed(file)) {
      return this.fail(new DraftFileError('not-allowed', file), file, 'open')
    }
    try {
      const draft = await readDraft(file)
      await this.remember(file, draft.stamp)
      return {ok: true, file: {path: file, name: path.basename(file), format: draft.format, content: draft.content, stamp: draft.stamp}}
    } catch (error) {
      return this.fail(error, file, 'open')
    }
  }

  private async write(file: string, req: {content: string; expected?: FileStamp | null; force?: boolean; draftId?: string}): Promise<SaveResult> {
    try {
      const outcome = await saveDraftFile(file, req.content, {expected: req.expected, force: req.force})
      if (!outcome.ok)
        return {ok: false, reason: 'conflict', path: file, current: outcome.current, message: conflictMessage(this.options.lang(), file, outcome.current === null)}
      await this.remember(file, outcome.stamp)
      if (req.draftId) await this.options.autosave.discard(req.draftId).catch(() => undefined)
      return {ok: true, path: file, name: path.basename(file), stamp: outcome.stamp}
    } catch (error) {
      return this.fail(error, file, 'save')
    }
  }

  async save(req: SaveRequest): Promise<SaveResult> {
    if (!this.isAllowed(req.path)) return this.fail(new DraftFileError('not-allowed', req.path), req.path, 'save')
    // Without the stamp of the version the user edited (e.g. a draft recovered after a crash), fall
    // back to the one main saw; if there is none, an existing file is never overwritten unasked.
    const expected = req.expected ?? (this.current?.path === req.path ? this.current.stamp : undefined)
    if (!expected && !req.force) {
      let existing: FileStamp | null = null
      try {
        existing = await currentStamp(req.path)
      } catch (error) {
        return this.fail(error, req.path, 'save')
      }
      if (existing)
        return {ok: false, reason: 'conflict', path: req.path, current: existing, message: conflictMessage(this.options.lang(), req.path, false)}
    }
    return this.write(req.path, {...req, expected})
  }

  async saveAs(req: SaveAsRequest): Promise<SaveResult> {
    const lang = this.options.lang()
    const suggested = req.suggestedName ?? (lang === 'fr' ? 'brouillon.md' : 'draft.md')
    let file = await this.options.dialogs.showSave(lang, suggested)
    if (!file) return {ok: false, reason: 'cancelled'}
    if (!draftFormat(file)) file += '.md'
    this.grant(file)
    // The user chose this file in the dialog (and confirmed overwriting it there): no conflict check.
    return this.write(file, {content: req.content, draftId: req.draftId, force: true})
  }

  async check(req: CheckRequest): Promise<CheckResult> {
    if (!this.isAllowed(req.path)) return {changed: false}
    try {
      return await hasChanged(req.path, req.expected)
    } catch {
      return {changed: true, current: null}
    }
  }

  /**
   * On window focus: has the open file changed on disk since it was opened or saved? Returns an
   * event once per new version (not on every focus), or null.
   */
  async checkCurrent(): Promise<FileChangedEvent | null> {
    if (!this.current) return null
    const {path: file, stamp} = this.current
    let result: CheckResult
    try {
      result = await hasChanged(file, stamp)
    } catch {
      return null
    }
    if (!result.changed) return null
    const key = result.current ? result.current.sha256 : 'deleted'
    if (key === this.lastNotified) return null
    this.lastNotified = key
    return {path: file, current: result.current}
  }

  /** A new, unsaved document replaces the current one (menu « Nouveau », template, recovery). */
  forget(): void {
    this.current = null
    this.lastNotified = null
  }
}
