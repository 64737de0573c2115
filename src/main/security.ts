// Electron security baseline (electron/electron docs/tutorial/security.md): app:// protocol instead of
// file://, CSP header, permissions denied, navigation and new windows denied, no webview, external
// links only through the confirmed openExternal path.
import {readFile} from 'node:fs/promises'
import {app, dialog, protocol, shell, type BrowserWindow, type Session, type WebContents} from 'electron'
import {RENDERER_CSP, type OpenExternalResult, type UiLang} from '../preload/contract'
import {APP_SCHEME, mimeType, resolveAppFile} from './app-protocol'
import {STRINGS} from './messages'
import {safeExternalUrl} from './url'

/** Must run before `app.whenReady()`: app:// behaves like https (standard, secure, fetch for workers). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {scheme: APP_SCHEME, privileges: {standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true}}
  ])
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer'
}

/** Serves the built renderer from `root` on app://temoin/, with the CSP header. */
export function handleAppProtocol(ses: Session, root: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(root, request.url)
    if (!file || request.method !== 'GET') return new Response('Not found', {status: 404})
    try {
      const body = await readFile(file)
      return new Response(body, {status: 200, headers: {'Content-Type': mimeType(file), ...SECURITY_HEADERS}})
    } catch {
      return new Response('Not found', {status: 404})
    }
  })
}

/** Permissions denied, CSP added to every response, no spell-checker dictionary download. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  // No display-media handler: with none, getDisplayMedia() is refused (and 'display-capture' is denied above).
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({responseHeaders: {...details.responseHeaders, 'Content-Security-Policy': [RENDERER_CSP]}})
  })
  // Chromium's spell checker would download Hunspell dictionaries; Témoin ships its own (offline).
  ses.setSpellCheckerEnabled(false)
}

/** Asks the user, then opens a parsed https:/mailto: URL in the system browser or mail program. */
export async function confirmAndOpenExternal(
  raw: string,
  lang: UiLang,
  parent: BrowserWindow | null
): Promise<OpenExternalResult> {
  const url = safeExternalUrl(raw)
  if (!url) return {opened: false, reason: 'invalid-url'}
  const s = STRINGS[lang]
  const options = {
    type: 'question' as const,
    buttons: [s.externalOpen, s.externalCancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: s.externalTitle,
    message: s.externalMessage,
    detail: url
  }
  const {response} = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options)
  if (response !== 0) return {opened: false, reason: 'declined'}
  await shell.openExternal(url)
  return {opened: true}
}

/**
 * For every web contents the app creates: no navigation away from the loaded page, no new windows
 * (a link with target=_blank goes through the confirmed openExternal path), no <webview>.
 */
export function lockDownWebContents(lang: () => UiLang, windowFor: (contents: WebContents) => BrowserWindow | null): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      event.preventDefault()
    })
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame) event.preventDefault()
    })
    contents.on('will-redirect', (event) => {
      event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => {
      event.preventDefault()
    })
    contents.setWindowOpenHandler(({url}) => {
      if (safeExternalUrl(url)) void confirmAndOpenExternal(url, lang(), windowFor(contents))
      return {action: 'deny'}
    })
  })
}
