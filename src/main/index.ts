// Main process entry: thin glue between Electron and the plain modules of this folder.
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {app, BrowserWindow, dialog, Menu, session, type WebContents} from 'electron'
import {EVENTS, type LanguageSetting, type MenuCommand, type SettingsPatch, type SettingsState, type UiLang} from '../preload/contract'
import {listTemplates} from '../core/templates/index'
import {APP_INDEX_URL, APP_ORIGIN} from './app-protocol'
import {AutosaveStore} from './autosave'
import {draftFilesFromArgv, isDraftName, LaunchQueue} from './launch'
import {DocumentService} from './documents'
import {registerIpc} from './ipc'
import {buildMenuTemplate} from './menu'
import {settingsCorruptMessage, systemUiLang} from './messages'
import {handleAppProtocol, hardenSession, lockDownWebContents, registerAppScheme} from './security'
import {SettingsStore, type LoadedSettings} from './settings'
import {createEditorWindow, updateEditorState, type EditorWindow} from './window'

const here = path.dirname(fileURLToPath(import.meta.url))
const rendererRoot = path.join(here, '../renderer')
const preloadPath = path.join(here, '../preload/index.cjs')
/** electron-vite dev server (development only); packaged builds load app://temoin/. */
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined

registerAppScheme()
app.enableSandbox()
// Windows groups the taskbar entry and the installer's shortcut by this id (= electron-builder appId).
if (process.platform === 'win32') app.setAppUserModelId('fr.temoin.app')

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // Drafts handed over by the system; macOS sends `open-file` before `ready`.
  const launch = new LaunchQueue()
  launch.add(draftFilesFromArgv(process.argv, process.cwd()))
  app.on('open-file', (event, file) => {
    event.preventDefault()
    if (isDraftName(file)) launch.add([file])
  })

  let settings: SettingsStore
  let loaded: LoadedSettings
  let autosave: AutosaveStore
  const editors = new Map<number, EditorWindow>() // by webContents id
  let quitting = false

  const uiLang = (): UiLang => {
    const setting = settings?.settings.language ?? 'system'
    return setting === 'system' ? systemUiLang(app.getPreferredSystemLanguages()) : setting
  }
  const settingsState = (): SettingsState => ({
    settings: settings.settings,
    uiLanguage: uiLang(),
    ...(loaded.problem
      ? {problem: {message: settingsCorruptMessage(uiLang(), loaded.problem.backupPath, loaded.problem.reason), backupPath: loaded.problem.backupPath}}
      : {})
  })
  const broadcast = (channel: string, payload: unknown): void => {
    for (const e of editors.values()) if (!e.win.isDestroyed()) e.win.webContents.send(channel, payload)
  }
  const send = (command: MenuCommand): void => {
    const focused = BrowserWindow.getFocusedWindow() ?? [...editors.values()][0]?.win
    if (focused) focused.webContents.send(EVENTS.menuCommand, command)
    else if (command.command !== 'about') void openWindow().then((e) => e.win.webContents.once('did-finish-load', () => e.win.webContents.send(EVENTS.menuCommand, command)))
  }

  const refreshMenu = (): void => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          lang: uiLang(),
          languageSetting: settings.settings.language,
          platform: process.platform,
          recent: settings.settings.recent,
          templates: listTemplates(),
          devTools: !app.isPackaged,
          send,
          setLanguage: (language) => void setSettings({language}),
          clearRecent: () => {
            app.clearRecentDocuments()
            void settings.update({recent: []}).then(refreshMenu)
          }
        })
      )
    )
  }

  const setSettings = async (patch: SettingsPatch & {language?: LanguageSetting}): Promise<SettingsState> => {
    await settings.update(patch)
    loaded = {settings: settings.settings}
    refreshMenu()
    for (const e of editors.values()) updateEditorState(e, e.state, uiLang())
    const state = settingsState()
    broadcast(EVENTS.settingsChanged, state)
    return state
  }

  const openWindow = async (): Promise<EditorWindow> => {
    const docs = new DocumentService({
      settings,
      autosave,
      lang: uiLang,
      onRecentChanged: (recent) => {
        refreshMenu()
        // The system's own list (macOS Dock and File menu, Windows jump list; nothing on Linux).
        if (recent[0]) app.addRecentDocument(recent[0].path)
      },
      dialogs: {
        showOpen: async (lang) => {
          const parent = BrowserWindow.getFocusedWindow()
          const options = {
            properties: ['openFile' as const],
            filters: [
              {name: lang === 'fr' ? 'Textes (Markdown, texte brut)' : 'Text (Markdown, plain text)', extensions: ['md', 'markdown', 'txt']}
            ]
          }
          const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
          return result.canceled ? null : (result.filePaths[0] ?? null)
        },
        showSave: async (lang, suggestedName) => {
          const parent = BrowserWindow.getFocusedWindow()
          const options = {
            defaultPath: suggestedName,
            filters: [
              {name: 'Markdown', extensions: ['md']},
              {name: lang === 'fr' ? 'Texte brut' : 'Plain text', extensions: ['txt']}
            ],
            properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const]
          }
          const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
          return result.canceled ? null : (result.filePath ?? null)
        }
      }
    })
    const editor = createEditorWindow({
      preload: preloadPath,
      url: devServerUrl ?? APP_INDEX_URL,
      icon: app.isPackaged ? undefined : path.join(app.getAppPath(), 'resources/icon.png'),
      lang: uiLang,
      docs,
      autosave,
      devTools: !app.isPackaged,
      onQuitCancelled: () => {
        quitting = false
      }
    })
    const id = editor.win.webContents.id
    editors.set(id, editor)
    editor.win.on('closed', () => {
      editors.delete(id)
    })
    return editor
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = draftFilesFromArgv(argv, workingDirectory)
    if (files.length > 0) return launch.add(files)
    const first = [...editors.values()][0]?.win
    if (first) {
      if (first.isMinimized()) first.restore()
      first.focus()
    }
  })

  /**
   * Opens a draft handed over by the system: in a window with nothing in it (no file, no unsaved
   * change), else in a new window. The renderer opens it as a recent file (same checks, same errors
   * naming the file), after the path is allowed for that window only.
   */
  const openLaunchFile = async (file: string): Promise<void> => {
    let editor = [...editors.values()].find((e) => !e.win.isDestroyed() && !e.state.dirty && e.state.path === null && !e.launching)
    if (!editor) {
      editor = await openWindow()
      editor.launching = true
      await new Promise<void>((resolve) => editor!.win.webContents.once('did-finish-load', () => resolve()))
    }
    editor.launching = true
    editor.docs.allowLaunchFile(file)
    if (editor.win.isMinimized()) editor.win.restore()
    editor.win.focus()
    editor.win.webContents.send(EVENTS.menuCommand, {command: 'open-recent', path: file} satisfies MenuCommand)
  }

  app.on('before-quit', () => {
    quitting = true
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit()
  })

  lockDownWebContents(uiLang, (contents: WebContents) => BrowserWindow.fromWebContents(contents))

  void app.whenReady().then(async () => {
    const userData = app.getPath('userData')
    settings = new SettingsStore(path.join(userData, 'settings.json'))
    try {
      loaded = await settings.load()
    } catch (error) {
      loaded = {settings: settings.settings}
      dialog.showErrorBox('Témoin', `${path.join(userData, 'settings.json')}: ${String(error)}`)
    }
    autosave = new AutosaveStore(path.join(userData, 'autosave'))

    hardenSession(session.defaultSession)
    handleAppProtocol(session.defaultSession, rendererRoot)

    const origins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]
    registerIpc({
      allowedOrigins: () => origins,
      lang: uiLang,
      settings,
      settingsState,
      setSettings,
      autosave,
      editorFor: (event) => editors.get(event.sender.id) ?? null,
      // Packaged: resources/docs/rules (electron-builder extraResources); development: the source tree.
      docRoots: [
        ...(typeof process.resourcesPath === 'string' ? [path.join(process.resourcesPath, 'docs/rules')] : []),
        path.join(app.getAppPath(), 'lint-rules')
      ],
      onCloseConfirmed: (editor) => {
        if (!editor.win.isDestroyed()) editor.win.close()
        if (quitting) app.quit()
      }
    })

    refreshMenu()
    const first = await openWindow()
    first.win.webContents.once('did-finish-load', () => launch.start((file) => void openLaunchFile(file)))

    app.on('activate', () => {
      if (editors.size === 0) void openWindow()
    })
  })
}
