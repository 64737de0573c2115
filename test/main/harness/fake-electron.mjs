// A recording stand-in for the parts of Electron's main-process API that src/main uses, so the built
// main process can be started under plain Node (Electron's binary cannot be downloaded here). State
// and scripted answers live on globalThis.__electron, read by the harness.
import {EventEmitter} from 'node:events'

const state = (globalThis.__electron ??= {})
state.log ??= []
state.handlers = new Map()
state.windows = []
state.dialogAnswers ??= {messageBox: [], open: [], save: []}
state.sent = []
state.opened = []
state.menus = []
state.protocolHandlers = new Map()
state.permissionRequest = null
state.permissionCheck = null
state.headersHook = null
state.schemes = []
state.quitCalls = 0

class FakeEvent {
  constructor() {
    this.defaultPrevented = false
  }
  preventDefault() {
    this.defaultPrevented = true
  }
}
state.FakeEvent = FakeEvent

let nextId = 1
class WebContents extends EventEmitter {
  constructor(win) {
    super()
    this.id = nextId++
    this.win = win
    this.windowOpenHandler = null
    this.mainFrame = {url: 'app://temoin/index.html', parent: null}
  }
  send(channel, payload) {
    state.sent.push({id: this.id, channel, payload})
  }
  setWindowOpenHandler(fn) {
    this.windowOpenHandler = fn
  }
  async printToPDF() {
    return Buffer.from('%PDF-1.7 fake')
  }
}

export const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  enableSandbox: () => state.log.push('enableSandbox'),
  requestSingleInstanceLock: () => true,
  getPath: (name) => {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`)
    return state.userData
  },
  getAppPath: () => state.appPath,
  getPreferredSystemLanguages: () => state.locales ?? ['fr-FR'],
  quit: () => {
    state.quitCalls++
  },
  whenReady: () => state.ready.promise,
  addRecentDocument: (file) => state.log.push({addRecentDocument: file}),
  clearRecentDocuments: () => state.log.push('clearRecentDocuments')
})
state.app = app
{
  let resolve
  const promise = new Promise((r) => (resolve = r))
  state.isReady = false
  state.ready = {
    promise,
    resolve: () => {
      state.isReady = true
      resolve()
    }
  }
}

// Electron (docs/api/protocol.md): registerSchemesAsPrivileged "can only be used before the ready
// event of the app module gets emitted and can be called only once". The stand-in enforces both.
state.schemeCalls = 0
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => {
    state.schemeCalls++
    if (state.isReady) throw new Error('registerSchemesAsPrivileged called after app ready')
    if (state.schemeCalls > 1) throw new Error('registerSchemesAsPrivileged called more than once')
    state.schemes.push(...schemes)
    state.log.push('registerSchemesAsPrivileged')
  }
}

const defaultSession = {
  setPermissionRequestHandler: (fn) => (state.permissionRequest = fn),
  setPermissionCheckHandler: (fn) => (state.permissionCheck = fn),
  setDevicePermissionHandler: (fn) => (state.devicePermission = fn),
  setSpellCheckerEnabled: (on) => (state.spellChecker = on),
  webRequest: {
    onHeadersReceived: (fn) => (state.headersHook = fn),
    onBeforeRequest: (fn) => (state.beforeRequest = fn)
  },
  protocol: {handle: (scheme, fn) => state.protocolHandlers.set(scheme, fn)}
}
export const session = {defaultSession, fromPartition: () => defaultSession}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    this.options = options
    this.webContents = new WebContents(this)
    this.title = options.title ?? ''
    this.destroyed = false
    this.loaded = null
    state.windows.push(this)
    app.emit('web-contents-created', new FakeEvent(), this.webContents)
  }
  static getFocusedWindow() {
    return state.windows.find((w) => !w.destroyed) ?? null
  }
  static fromWebContents(contents) {
    return state.windows.find((w) => w.webContents === contents) ?? null
  }
  loadURL(url) {
    this.loaded = url
    // Like Electron, the page finishes loading later (after the caller's synchronous code).
    setTimeout(() => this.webContents.emit('did-finish-load'), 0)
    return Promise.resolve()
  }
  setTitle(t) {
    this.title = t
  }
  getTitle() {
    return this.title
  }
  setDocumentEdited(v) {
    this.documentEdited = v
  }
  setRepresentedFilename() {}
  isDestroyed() {
    return this.destroyed
  }
  isMinimized() {
    return false
  }
  show() {}
  focus() {}
  restore() {}
  destroy() {
    this.destroyed = true
    this.emit('closed')
  }
  close() {
    const event = new FakeEvent()
    this.emit('close', event)
    if (!event.defaultPrevented) this.destroy()
  }
}

export const ipcMain = {
  handle: (channel, fn) => {
    if (state.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    state.handlers.set(channel, fn)
  }
}

export const Menu = {
  buildFromTemplate: (template) => ({template}),
  setApplicationMenu: (menu) => state.menus.push(menu.template)
}

function answer(kind) {
  const queue = state.dialogAnswers[kind]
  if (queue.length === 0) throw new Error(`unexpected ${kind} dialog`)
  return queue.shift()
}
export const dialog = {
  showMessageBoxSync: (_win, options) => {
    state.log.push({dialog: 'messageBoxSync', buttons: options.buttons, message: options.message})
    return answer('messageBox')
  },
  showMessageBox: async (winOrOptions, maybeOptions) => {
    const options = maybeOptions ?? winOrOptions
    state.log.push({dialog: 'messageBox', buttons: options.buttons, detail: options.detail})
    return {response: answer('messageBox')}
  },
  showOpenDialog: async () => {
    const p = answer('open')
    return p ? {canceled: false, filePaths: [p]} : {canceled: true, filePaths: []}
  },
  showSaveDialog: async (...args) => {
    const options = args[args.length - 1]
    ;(state.saveDialogs ??= []).push({defaultPath: options.defaultPath, filters: options.filters})
    const p = answer('save')
    return p ? {canceled: false, filePath: p} : {canceled: true, filePath: ''}
  },
  showErrorBox: (title, content) => state.log.push({errorBox: content})
}

export const shell = {
  openExternal: async (url) => {
    state.opened.push(url)
  }
}

export default {app, protocol, session, BrowserWindow, ipcMain, Menu, dialog, shell}
