// The editor window: hardened webPreferences, title with the dirty marker, the unsaved-changes prompt
// on close (Enregistrer / Ne pas enregistrer / Annuler), and the changed-on-disk check on focus.
import {BrowserWindow, dialog} from 'electron'
import {EVENTS, type DirtyState, type MenuCommand, type UiLang} from '../preload/contract'
import type {AutosaveStore} from './autosave'
import type {DocumentService} from './documents'
import {STRINGS, windowTitle} from './messages'

export interface EditorWindow {
  win: BrowserWindow
  docs: DocumentService
  state: DirtyState
  /** The user chose « Enregistrer » on close; the renderer confirms with app:confirmClose once saved. */
  awaitingSaveThenClose: boolean
  closeApproved: boolean
  /** A draft handed over by the system is being opened in it (do not give it a second one). */
  launching?: boolean
}


export function createEditorWindow(options: {
  preload: string
  url: string
  icon?: string
  lang: () => UiLang
  docs: DocumentService
  autosave: AutosaveStore
  devTools: boolean
  onQuitCancelled: () => void
}): EditorWindow {
  const win = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Témoin',
    ...(options.icon ? {icon: options.icon} : {}),
    webPreferences: {
      preload: options.preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // Middle-click would open links in a new window (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools
    }
  })
  const editor: EditorWindow = {
    win,
    docs: options.docs,
    state: {dirty: false, title: '', path: null, draftId: null},
    awaitingSaveThenClose: false,
    closeApproved: false
  }
  const refreshTitle = (): void => {
    win.setTitle(windowTitle(editor.state, options.lang()))
    if (process.platform === 'darwin') {
      win.setDocumentEdited(editor.state.dirty)
      win.setRepresentedFilename(editor.state.path ?? '')
    }
  }
  refreshTitle()
  win.once('ready-to-show', () => win.show())
  // The page sets <title>; keep ours (it carries the dirty marker).
  win.on('page-title-updated', (event) => event.preventDefault())

  win.on('focus', () => {
    void options.docs.checkCurrent().then((change) => {
      if (change && !win.isDestroyed()) win.webContents.send(EVENTS.draftWatch, change)
    })
  })

  win.on('close', (event) => {
    if (editor.closeApproved || !editor.state.dirty) return
    event.preventDefault()
    const s = STRINGS[options.lang()]
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: [s.closeSave, s.closeDiscard, s.closeCancel],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
      title: s.closeTitle,
      message: s.closeMessage(editor.state.title.trim() || s.untitled),
      detail: s.closeDetail
    })
    if (choice === 0) {
      editor.awaitingSaveThenClose = true
      const command: MenuCommand = {command: 'save-then-close'}
      win.webContents.send(EVENTS.menuCommand, command)
      // A quit in progress resumes after the save, from app:confirmClose.
    } else if (choice === 1) {
      editor.closeApproved = true
      const draftId = editor.state.draftId
      const close = (): void => {
        if (!win.isDestroyed()) win.close()
      }
      // « Ne pas enregistrer »: the autosaved copy is dropped too, so it is not offered at next start.
      if (draftId) void options.autosave.discard(draftId).then(close, close)
      else close()
    } else {
      options.onQuitCancelled()
    }
  })

  void win.loadURL(options.url)
  return editor
}

export function updateEditorState(editor: EditorWindow, state: DirtyState, lang: UiLang): void {
  editor.state = state
  if (state.path === null) editor.docs.forget()
  editor.win.setTitle(windowTitle(state, lang))
  if (process.platform === 'darwin') {
    editor.win.setDocumentEdited(state.dirty)
    editor.win.setRepresentedFilename(state.path ?? '')
  }
}
