// Starts the built main process (main/index.js next to this file, bundled from src/main/index.ts with
// `electron` resolved to fake-electron.mjs) under Node, plays one scenario and prints a JSON report.
// argv: <scenario>. The folder holds userData/, renderer/ and the main bundle.
import {readFile, writeFile} from 'node:fs/promises'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const scenario = process.argv[2]
const e = (globalThis.__electron = {
  userData: path.join(here, 'userData'),
  appPath: here,
  locales: ['fr-FR'],
  dialogAnswers: {messageBox: [], open: [], save: []}
})

if (scenario === 'launch') {
  // `temoin brouillon.md`: a draft named on the command line (an option and a non-draft are ignored).
  await writeFile(path.join(here, 'lancé.md'), 'Texte lancé depuis le système')
  process.argv.push('--enable-logging', 'photo.png', path.join(here, 'lancé.md'))
}

await import('./main/index.js')
// What the main module did synchronously, before app ready (privileged schemes must be registered here).
e.beforeReady = [...e.log]
e.ready.resolve()
const tick = () => new Promise((r) => setTimeout(r, 20))
for (let i = 0; i < 20 && e.windows.length === 0; i++) await tick()
const win = e.windows[0]
const trusted = {sender: win.webContents, senderFrame: {url: 'app://temoin/index.html', parent: null}}
const evil = {sender: win.webContents, senderFrame: {url: 'https://evil.example/', parent: null}}
const invoke = async (channel, payload, event = trusted) => {
  const fn = e.handlers.get(channel)
  if (!fn) throw new Error(`no handler for ${channel}`)
  try {
    return {ok: true, value: await fn(event, payload)}
  } catch (error) {
    return {ok: false, error: String(error && error.message)}
  }
}
const report = {}

if (scenario === 'startup') {
  report.webPreferences = win.options.webPreferences
  report.loaded = win.loaded
  report.log = e.log
  report.schemes = e.schemes
  report.beforeReady = e.beforeReady
  report.schemeCalls = e.schemeCalls
  report.channels = [...e.handlers.keys()].sort()
  report.menuLabels = e.menus.at(-1).map((m) => m.label)
  report.permissionRequest = await new Promise((r) => e.permissionRequest(win.webContents, 'media', r, {}))
  report.permissionCheck = e.permissionCheck(win.webContents, 'clipboard-read', 'app://temoin', {})
  report.spellChecker = e.spellChecker
  const nav = new e.FakeEvent()
  win.webContents.emit('will-navigate', nav, 'https://evil.example/')
  report.navigationPrevented = nav.defaultPrevented
  report.windowOpen = win.webContents.windowOpenHandler({url: 'http://evil.example/'})
  // A safe https link in target=_blank: no window, but the confirmed external path (declined here).
  e.dialogAnswers.messageBox.push(1)
  report.windowOpenHttps = win.webContents.windowOpenHandler({url: 'https://www.service-public.fr/'})
  await tick()
  report.externalPrompt = e.log.filter((l) => l.dialog === 'messageBox').map((l) => l.detail)
  report.openedAfterDecline = e.opened
  const res = await e.protocolHandlers.get('app')({url: 'app://temoin/index.html', method: 'GET'})
  report.protocol = {status: res.status, csp: res.headers.get('content-security-policy'), type: res.headers.get('content-type'), body: await res.text()}
  report.traversal = (await e.protocolHandlers.get('app')({url: 'app://temoin/%2e%2e/userData/settings.json', method: 'GET'})).status
  report.headers = await new Promise((r) => e.headersHook({responseHeaders: {}}, r))
}

if (scenario === 'ipc') {
  report.untrusted = await invoke('draft:autosave', {draftId: 'd1', content: 'x', path: null, title: 't'}, evil)
  report.subframe = await invoke('settings:get', undefined, {sender: win.webContents, senderFrame: {url: 'app://temoin/index.html', parent: {}}})
  report.invalid = await invoke('draft:autosave', {draftId: '../x', content: 'x', path: null, title: 't'})
  report.autosave = await invoke('draft:autosave', {draftId: 'd1', content: 'Brouillon non enregistré', path: null, title: 'Brouillon'})
  report.autosaveFiles = (await import('node:fs')).readdirSync(path.join(e.userData, 'autosave')).sort()
  report.settings = await invoke('settings:set', {language: 'en'})
  report.menuAfterLanguage = e.menus.at(-1).map((m) => m.label)
  report.settingsEvent = e.sent.filter((s) => s.channel === 'settings:changed').length
  report.templates = await invoke('template:list', {lang: 'fr'})
  report.template = await invoke('template:get', {id: 'withdrawal-letter', lang: 'fr'})
  // Open through the dialog, change on disk, focus → draft:watch.
  const file = path.join(here, 'lettre.md')
  await writeFile(file, 'version 1')
  e.dialogAnswers.open.push(file)
  report.open = await invoke('draft:open', {})
  await writeFile(file, 'version 2 écrite ailleurs')
  win.emit('focus')
  await tick()
  report.watch = e.sent.filter((s) => s.channel === 'draft:watch').map((s) => s.payload.path)
  report.arbitraryRead = await invoke('draft:open', {path: path.join(e.userData, 'settings.json')})
  // openExternal: invalid refused without dialog; valid after the user accepts.
  report.badUrl = await invoke('app:openExternal', {url: 'file:///etc/passwd'})
  e.dialogAnswers.messageBox.push(0)
  report.goodUrl = await invoke('app:openExternal', {url: 'https://www.legifrance.gouv.fr/'})
  report.opened = e.opened
}

if (scenario === 'close-discard' || scenario === 'close-save' || scenario === 'close-cancel') {
  await invoke('draft:autosave', {draftId: 'd9', content: 'texte', path: null, title: 'Lettre'})
  await invoke('app:dirty', {dirty: true, title: 'lettre.md', path: null, draftId: 'd9'})
  report.title = win.title
  e.dialogAnswers.messageBox.push({'close-discard': 1, 'close-save': 0, 'close-cancel': 2}[scenario])
  win.close()
  await tick()
  report.destroyedAfterPrompt = win.destroyed
  report.prompt = e.log.filter((l) => l.dialog === 'messageBoxSync')
  report.commands = e.sent.filter((s) => s.channel === 'menu:command').map((s) => s.payload)
  if (scenario === 'close-save') {
    report.confirm = await invoke('app:confirmClose', undefined)
    report.destroyedAfterConfirm = win.destroyed
  }
  const fs = await import('node:fs')
  report.autosaveLeft = fs.existsSync(path.join(e.userData, 'autosave', 'd9.md'))
}

if (scenario === 'export-docs') {
  const out = path.join(here, 'export.html')
  e.dialogAnswers.save.push(out)
  report.html = await invoke('export:save', {format: 'html', suggestedName: 'témoignage.html', data: '<p>Bonjour</p>'})
  report.htmlContent = await readFile(out, 'utf8')
  const pdf = path.join(here, 'export.pdf')
  e.dialogAnswers.save.push(pdf)
  report.pdf = await invoke('export:pdf', {html: '<p>Bonjour</p>', suggestedName: 'témoignage.pdf'})
  report.pdfContent = await readFile(pdf, 'utf8')
  report.pdfWindow = e.windows[1]?.options.webPreferences
  report.pdfWindowDestroyed = e.windows[1]?.destroyed
  report.pdfRequests = await Promise.all(
    ['https://tracker.example/pixel.png', 'file:///etc/passwd'].map((url) => new Promise((r) => e.beforeRequest({url}, r)))
  )
  e.dialogAnswers.save.push(null)
  report.cancelled = await invoke('export:save', {format: 'md', suggestedName: 'a.md', data: 'x'})
  report.doc = await invoke('docs:open', {ruleId: 'demo-rule', lang: 'fr'})
  report.missingDoc = await invoke('docs:open', {ruleId: 'absent', lang: 'en'})
}

if (scenario === 'export-eml') {
  // The renderer's message options (src/core/export emlMessage), MIME bytes built in main by nodemailer.
  const message = {
    from: 'Aline Exemple <aline@exemple.fr>',
    to: ['Rédaction Exemple <redaction@exemple-emission.fr>'],
    subject: 'Témoignage : l’agence Exemple-Pixel',
    date: '2026-03-12T09:30:00.000Z',
    text: 'Bonjour,\n\nVoici mon témoignage, daté et étayé.\n',
    html: '<!DOCTYPE html>\n<html lang="fr"><body><p>Voici mon témoignage, daté et étayé.</p></body></html>\n',
    headers: {'X-Unsent': '1'},
    textEncoding: 'quoted-printable'
  }
  const out = path.join(here, 'lettre.eml')
  e.dialogAnswers.save.push(out)
  report.eml = await invoke('export:save', {format: 'eml', suggestedName: 'lettre.eml', message, acknowledgment: 'Témoin — risques acceptés / acknowledged risks\nblackmail'})
  report.emlBytes = (await readFile(out)).toString('latin1')
  report.ack = await readFile(out + '.risques-acceptes.txt', 'utf8')
  report.dialogs = e.saveDialogs
  const before = e.dialogAnswers.save.length
  report.injected = await invoke('export:save', {format: 'eml', suggestedName: 'x.eml', message: {...message, subject: 'Objet\r\nBcc: espion@exemple.test'}})
  report.extraHeader = await invoke('export:save', {format: 'eml', suggestedName: 'x.eml', message: {...message, headers: {'X-Unsent': '1', Bcc: 'espion@exemple.test'}}})
  report.dialogAfterInvalid = e.dialogAnswers.save.length === before
  // A text export without acknowledgment writes no report file.
  const wxr = path.join(here, 'blog.wxr.xml')
  e.dialogAnswers.save.push(wxr)
  report.wxr = await invoke('export:save', {format: 'wxr', suggestedName: 'blog.wxr.xml', data: '<rss version="2.0"/>'})
  report.wxrAck = await readFile(wxr + '.risques-acceptes.txt', 'utf8').then(() => true, () => false)
}

if (scenario === 'launch') {
  const commands = () => e.sent.filter((s) => s.channel === 'menu:command').map((s) => ({window: e.windows.findIndex((w) => w.webContents.id === s.id), ...s.payload}))
  for (let i = 0; i < 20 && commands().length === 0; i++) await tick()
  report.atStart = commands()
  report.launchedOpen = await invoke('draft:open', {path: path.join(here, 'lancé.md')})
  report.notLaunched = await invoke('draft:open', {path: path.join(here, 'autre.md')})
  report.recentDocuments = e.log.filter((l) => l.addRecentDocument).map((l) => l.addRecentDocument)
  // A second launch with a file (forwarded by the single-instance lock), then macOS open-file.
  e.app.emit('second-instance', new e.FakeEvent(), ['/opt/Témoin/temoin', 'deuxième.md'], here)
  for (let i = 0; i < 20 && commands().length < 2; i++) await tick()
  const openFile = new e.FakeEvent()
  e.app.emit('open-file', openFile, path.join(here, 'troisième.markdown'))
  for (let i = 0; i < 20 && commands().length < 3; i++) await tick()
  report.later = commands().slice(1)
  report.openFilePrevented = openFile.defaultPrevented
  report.windows = e.windows.length
}

if (scenario === 'corrupt-settings') {
  const state = await invoke('settings:get', undefined)
  report.state = state
}

process.stdout.write('\n@@REPORT@@' + JSON.stringify(report))
process.exit(0)
