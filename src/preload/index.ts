// The only bridge between the sandboxed renderer and main: one method per message, and never
// ipcRenderer itself (electron/electron docs/tutorial/context-isolation.md).
import {contextBridge, ipcRenderer, type IpcRendererEvent} from 'electron'
import {
  EVENTS,
  INVOKE,
  type EventChannel,
  type FileChangedEvent,
  type MenuCommand,
  type SettingsState,
  type TemoinBridge,
  type Unsubscribe
} from './contract'

function subscribe<T>(channel: EventChannel, listener: (payload: T) => void): Unsubscribe {
  // Wrap so the renderer never receives the IpcRendererEvent (it holds `sender`).
  const wrapped = (_event: IpcRendererEvent, payload: T): void => listener(payload)
  ipcRenderer.on(channel, wrapped)
  return () => {
    ipcRenderer.removeListener(channel, wrapped)
  }
}

const platform: TemoinBridge['platform'] =
  process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux'

const bridge: TemoinBridge = {
  platform,
  openDraft: (req) => ipcRenderer.invoke(INVOKE.draftOpen, req ?? {}),
  saveDraft: (req) => ipcRenderer.invoke(INVOKE.draftSave, req),
  saveDraftAs: (req) => ipcRenderer.invoke(INVOKE.draftSaveAs, req),
  checkDraft: (req) => ipcRenderer.invoke(INVOKE.draftCheck, req),
  recentDrafts: () => ipcRenderer.invoke(INVOKE.draftRecent),
  autosaveDraft: (req) => ipcRenderer.invoke(INVOKE.draftAutosave, req),
  recoverDrafts: () => ipcRenderer.invoke(INVOKE.draftRecover),
  discardRecovery: (req) => ipcRenderer.invoke(INVOKE.draftDiscardRecovery, req),
  onFileChanged: (listener) => subscribe<FileChangedEvent>(EVENTS.draftWatch, listener),

  getSettings: () => ipcRenderer.invoke(INVOKE.settingsGet),
  setSettings: (patch) => ipcRenderer.invoke(INVOKE.settingsSet, patch),
  onSettingsChanged: (listener) => subscribe<SettingsState>(EVENTS.settingsChanged, listener),

  setDirty: (state) => ipcRenderer.invoke(INVOKE.appSetDirty, state),
  confirmClose: () => ipcRenderer.invoke(INVOKE.appConfirmClose),
  openExternal: (url) => ipcRenderer.invoke(INVOKE.appOpenExternal, {url}),
  openDocs: (req) => ipcRenderer.invoke(INVOKE.docsOpen, req),

  saveExport: (req) => ipcRenderer.invoke(INVOKE.exportSave, req),
  exportPdf: (req) => ipcRenderer.invoke(INVOKE.exportPdf, req),

  listTemplates: (lang) => ipcRenderer.invoke(INVOKE.templateList, lang === undefined ? {} : {lang}),
  getTemplate: (req) => ipcRenderer.invoke(INVOKE.templateGet, req),

  onMenuCommand: (listener) => subscribe<MenuCommand>(EVENTS.menuCommand, listener)
}

contextBridge.exposeInMainWorld('temoin', bridge)
