// The built main process started under Node with a recording stand-in for Electron's API
// (test/main/harness/fake-electron.mjs): checks the glue the unit tests cannot see — window options,
// security hooks, protocol handler, IPC registration and guards, menus, close prompt, focus check.
import {execFile} from 'node:child_process'
import {cp, mkdir, writeFile} from 'node:fs/promises'
import * as path from 'node:path'
import {promisify} from 'node:util'
import {build} from 'esbuild'
// @ts-expect-error plain ESM helper without types
import {esbuildYaml} from '../../scripts/yaml-plugin.mjs'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {INVOKE, RENDERER_CSP} from '../../src/preload/contract'
import {repoRoot, tempDir} from './helpers'

let dir: string
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({dir, cleanup} = await tempDir('temoin-harness-'))
  await mkdir(path.join(dir, 'node_modules/electron'), {recursive: true})
  await cp(path.join(repoRoot, 'test/main/harness/fake-electron.mjs'), path.join(dir, 'node_modules/electron/index.js'))
  await writeFile(path.join(dir, 'node_modules/electron/package.json'), JSON.stringify({name: 'electron', type: 'module', main: 'index.js'}))
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({type: 'module'}))
  await cp(path.join(repoRoot, 'test/main/harness/run.mjs'), path.join(dir, 'run.mjs'))
  await mkdir(path.join(dir, 'renderer'))
  await writeFile(path.join(dir, 'renderer/index.html'), '<!doctype html><title>Témoin</title>')
  await build({
    entryPoints: [path.join(repoRoot, 'src/main/index.ts')],
    outfile: path.join(dir, 'main/index.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['electron'],
    logLevel: 'silent',
    // The eml composer (src/cli/export.ts, loaded lazily) brings lexicons (*.yml) and CommonJS deps.
    plugins: [esbuildYaml()],
    banner: {js: "import {createRequire as __temoinRequire} from 'node:module'; const require = __temoinRequire(import.meta.url);"}
  })
})
afterEach(async () => cleanup())

async function scenario(name: string): Promise<Record<string, unknown>> {
  const {stdout} = await promisify(execFile)(process.execPath, [path.join(dir, 'run.mjs'), name], {cwd: dir, timeout: 30_000})
  return JSON.parse(stdout.slice(stdout.lastIndexOf('@@REPORT@@') + '@@REPORT@@'.length)) as Record<string, unknown>
}

describe('main process (built, under a recording Electron stand-in)', () => {
  it('starts a hardened window on app://, with security hooks, protocol CSP and every IPC channel', async () => {
    const r = await scenario('startup')
    expect(r.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick'
    })
    expect(String((r.webPreferences as {preload: string}).preload)).toMatch(/preload[\\/]index\.cjs$/)
    expect(r.loaded).toBe('app://temoin/index.html')
    expect(r.log).toContain('enableSandbox')
    // app:// is privileged before app ready, once: standard + secure (a secure context for module
    // Workers and IndexedDB), fetch API (module Workers and their imports are fetched), CORS, code cache.
    expect(r.schemes).toEqual([{scheme: 'app', privileges: {standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true}}])
    expect(r.schemeCalls).toBe(1)
    expect(r.beforeReady).toContain('registerSchemesAsPrivileged')
    expect(r.channels).toEqual(Object.values(INVOKE).sort())
    expect(r.menuLabels).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide'])
    expect(r.permissionRequest).toBe(false)
    expect(r.permissionCheck).toBe(false)
    expect(r.spellChecker).toBe(false)
    expect(r.navigationPrevented).toBe(true)
    expect(r.windowOpen).toEqual({action: 'deny'})
    expect(r.windowOpenHttps).toEqual({action: 'deny'})
    expect(r.externalPrompt).toEqual(['https://www.service-public.fr/'])
    expect(r.openedAfterDecline).toEqual([])
    expect(r.protocol).toEqual({status: 200, csp: RENDERER_CSP, type: 'text/html; charset=utf-8', body: '<!doctype html><title>Témoin</title>'})
    expect(r.traversal).toBe(404)
    expect(r.headers).toEqual({responseHeaders: {'Content-Security-Policy': [RENDERER_CSP]}})
  })

  it('guards IPC, autosaves, switches language, opens files only through dialogs, reports external changes on focus, confirms external links', async () => {
    const r = await scenario('ipc')
    expect(r.untrusted).toMatchObject({ok: false, error: expect.stringContaining('not the app')})
    expect(r.subframe).toMatchObject({ok: false})
    expect(r.invalid).toMatchObject({ok: false, error: expect.stringContaining('draftId')})
    expect(r.autosave).toMatchObject({ok: true, value: {ok: true}})
    expect(r.autosaveFiles).toEqual(['d1.json', 'd1.md'])
    expect(r.settings).toMatchObject({ok: true, value: {uiLanguage: 'en', settings: {language: 'en'}}})
    expect(r.menuAfterLanguage).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(r.settingsEvent).toBe(1)
    expect((r.templates as {value: unknown[]}).value).toHaveLength(5)
    expect(r.template).toMatchObject({ok: true, value: {id: 'withdrawal-letter', lang: 'fr'}})
    expect(r.open).toMatchObject({ok: true, value: {ok: true, file: {content: 'version 1'}}})
    expect(r.watch).toEqual([path.join(dir, 'lettre.md')])
    expect(r.arbitraryRead).toMatchObject({ok: true, value: {ok: false, code: 'not-allowed'}})
    expect(r.badUrl).toMatchObject({ok: true, value: {opened: false, reason: 'invalid-url'}})
    expect(r.goodUrl).toMatchObject({ok: true, value: {opened: true}})
    expect(r.opened).toEqual(['https://www.legifrance.gouv.fr/'])
  })

  it('close with unsaved changes: « Ne pas enregistrer » closes and drops the autosave', async () => {
    const r = await scenario('close-discard')
    expect(r.title).toBe('• lettre.md — Témoin')
    expect(r.prompt).toEqual([
      {dialog: 'messageBoxSync', buttons: ['Enregistrer', 'Ne pas enregistrer', 'Annuler'], message: 'Enregistrer les modifications de «\u202flettre.md\u202f» avant de fermer\u202f?'}
    ])
    expect(r.destroyedAfterPrompt).toBe(true)
    expect(r.autosaveLeft).toBe(false)
  })

  it('close with unsaved changes: « Enregistrer » asks the renderer to save, then closes on confirmation', async () => {
    const r = await scenario('close-save')
    expect(r.destroyedAfterPrompt).toBe(false)
    expect(r.commands).toEqual([{command: 'save-then-close'}])
    expect(r.destroyedAfterConfirm).toBe(true)
  })

  it('close with unsaved changes: « Annuler » keeps the window and the autosave', async () => {
    const r = await scenario('close-cancel')
    expect(r.destroyedAfterPrompt).toBe(false)
    expect(r.commands).toEqual([])
    expect(r.autosaveLeft).toBe(true)
  })

  it('exports through the save dialog (atomic write), prints PDFs in a locked-down hidden window, opens bundled rule docs', async () => {
    await mkdir(path.join(dir, 'lint-rules/demo-rule'), {recursive: true})
    await writeFile(path.join(dir, 'lint-rules/demo-rule/readme.md'), '# demo-rule\n')
    const r = await scenario('export-docs')
    expect(r.html).toMatchObject({ok: true, value: {ok: true, path: path.join(dir, 'export.html')}})
    expect(r.htmlContent).toBe('<p>Bonjour</p>')
    expect(r.pdf).toMatchObject({ok: true, value: {ok: true}})
    expect(r.pdfContent).toBe('%PDF-1.7 fake')
    expect(r.pdfWindow).toMatchObject({sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false})
    expect(r.pdfWindowDestroyed).toBe(true)
    expect(r.pdfRequests).toEqual([{cancel: true}, {cancel: true}])
    expect(r.cancelled).toEqual({ok: true, value: {ok: false, reason: 'cancelled'}})
    expect(r.doc).toEqual({ok: true, value: {ok: true, ruleId: 'demo-rule', markdown: '# demo-rule\n'}})
    expect(r.missingDoc).toMatchObject({ok: true, value: {ok: false}})
  })

  it('exports an e-mail: payload validated, MIME bytes by nodemailer in main, acknowledgment written beside it', async () => {
    const r = await scenario('export-eml')
    const out = path.join(dir, 'lettre.eml')
    expect(r.eml).toEqual({ok: true, value: {ok: true, path: out, acknowledgmentPath: `${out}.risques-acceptes.txt`}})
    expect(r.dialogs).toEqual([
      {defaultPath: 'lettre.eml', filters: [{name: 'Courriel', extensions: ['eml']}]},
      {defaultPath: 'blog.wxr.xml', filters: [{name: 'Import WordPress (WXR)', extensions: ['xml']}]}
    ])
    // Parsed back with a real MIME parser: headers, both parts, accents intact.
    const {simpleParser} = await import('mailparser')
    const mail = await simpleParser(Buffer.from(String(r.emlBytes), 'latin1'))
    expect(mail.subject).toBe('Témoignage : l’agence Exemple-Pixel')
    expect(mail.from?.value).toEqual([{address: 'aline@exemple.fr', name: 'Aline Exemple'}])
    expect((mail.to as {value: unknown}).value).toEqual([{address: 'redaction@exemple-emission.fr', name: 'Rédaction Exemple'}])
    expect(mail.date?.toISOString()).toBe('2026-03-12T09:30:00.000Z')
    expect(mail.headers.get('x-unsent')).toBe('1')
    expect(mail.text).toContain('Voici mon témoignage, daté et étayé.')
    expect(mail.html).toContain('<p>Voici mon témoignage, daté et étayé.</p>')
    expect(String(r.emlBytes)).toMatch(/Content-Type: multipart\/alternative/)
    expect(String(r.emlBytes)).not.toMatch(/[^\x00-\x7f]/) // 7-bit on the wire: headers and bodies encoded
    expect(r.ack).toBe(`Témoin — risques acceptés / acknowledged risks\nblackmail\n\nFichier enregistré / Saved file : ${out}\n`)
    // Header injection and extra headers are refused before any dialog or write.
    expect(r.injected).toMatchObject({ok: false, error: expect.stringContaining('$.message.subject')})
    expect(r.extraHeader).toMatchObject({ok: false, error: expect.stringContaining('$.message.headers.Bcc')})
    expect(r.dialogAfterInvalid).toBe(true)
    expect(r.wxr).toEqual({ok: true, value: {ok: true, path: path.join(dir, 'blog.wxr.xml')}})
    expect(r.wxrAck).toBe(false)
  })

  it('opens drafts handed over by the system: command line, a second launch, macOS open-file', async () => {
    const r = await scenario('launch')
    // At start, the first window opens the draft named on the command line (not the option, not the image).
    expect(r.atStart).toEqual([{window: 0, command: 'open-recent', path: path.join(dir, 'lancé.md')}])
    // That path is allowed for the renderer's open, and added to the system's recent documents…
    expect(r.launchedOpen).toMatchObject({ok: true, value: {ok: true, file: {content: 'Texte lancé depuis le système'}}})
    expect(r.recentDocuments).toEqual([path.join(dir, 'lancé.md')])
    // …but no other path is.
    expect(r.notLaunched).toMatchObject({ok: true, value: {ok: false, code: 'not-allowed'}})
    // Later files get windows of their own (the first one holds a document).
    expect(r.later).toEqual([
      {window: 1, command: 'open-recent', path: path.join(dir, 'deuxième.md')},
      {window: 2, command: 'open-recent', path: path.join(dir, 'troisième.markdown')}
    ])
    expect(r.openFilePrevented).toBe(true)
    expect(r.windows).toBe(3)
  })

  it('a corrupted settings file is reported to the renderer with its backup', async () => {
    await mkdir(path.join(dir, 'userData'), {recursive: true})
    await writeFile(path.join(dir, 'userData/settings.json'), '{"language": ')
    const r = await scenario('corrupt-settings')
    const state = (r.state as {value: {problem?: {message: string; backupPath: string}; settings: unknown}}).value
    expect(state.settings).toEqual({language: 'system', dictionary: [], recent: []})
    expect(state.problem?.backupPath).toMatch(/settings\.corrupt-.*\.json$/)
    expect(state.problem?.message).toMatch(/^Le fichier des préférences était illisible/)
  })
})
