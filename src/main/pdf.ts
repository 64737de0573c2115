// PDF export: print a self-contained HTML page in a hidden, sandboxed window with JavaScript off and
// an in-memory session that cancels every request except the page itself (no remote content).
import {randomBytes} from 'node:crypto'
import {rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import * as path from 'node:path'
import {pathToFileURL} from 'node:url'
import {BrowserWindow, session} from 'electron'

export async function htmlToPdf(html: string, pageSize: 'A4' | 'Letter' = 'A4'): Promise<Buffer> {
  const file = path.join(tmpdir(), `temoin-export-${randomBytes(8).toString('hex')}.html`)
  const pageUrl = pathToFileURL(file).href
  await writeFile(file, html, {encoding: 'utf8', mode: 0o600})
  // No "persist:" prefix: an in-memory session, dropped with the window.
  const ses = session.fromPartition(`temoin-pdf-${randomBytes(4).toString('hex')}`)
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({cancel: !(details.url === pageUrl || details.url.startsWith('data:'))})
  })
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      session: ses,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      javascript: false,
      spellcheck: false,
      // Middle-click would open links in a new window (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick'
    }
  })
  try {
    await win.loadURL(pageUrl)
    return await win.webContents.printToPDF({pageSize, printBackground: true, preferCSSPageSize: true})
  } finally {
    win.destroy()
    await rm(file, {force: true})
  }
}
