// End-to-end: the web build in Debian's Chromium through playwright-core. One build, one server,
// one browser profile for the whole file (keeps the run well under two minutes).
import fs from 'node:fs'
import path from 'node:path'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {e2eWebOut, launch, ROOT, serve} from './harness.mjs'

const ARTIFACTS = path.join(ROOT, 'test-results')

let server: {url: string; close: () => Promise<void>}
let browser: {context: BrowserContext; close: () => Promise<void>}
let page: Page
const problems: string[] = []
const requests: string[] = []

// CodeMirror keeps its view on the content element's tile (what EditorView.findFromDOM reads).
/** The document as CodeMirror holds it. */
async function docText(): Promise<string> {
  return page.locator('.cm-content').evaluate((el) => {
    const view = (el as any).cmTile?.root?.view
    if (!view) throw new Error('no EditorView on .cm-content')
    return view.state.doc.toString() as string
  })
}

async function selectionText(): Promise<string> {
  return page.locator('.cm-content').evaluate((el) => {
    const v = (el as any).cmTile.root.view
    return v.state.sliceDoc(v.state.selection.main.from, v.state.selection.main.to) as string
  })
}

async function status(): Promise<{errors: number; warnings: number; infos: number; version: number}> {
  const s = page.getByTestId('status-bar')
  return {
    errors: Number(await s.getAttribute('data-errors')),
    warnings: Number(await s.getAttribute('data-warnings')),
    infos: Number(await s.getAttribute('data-infos')),
    version: Number(await s.getAttribute('data-lint-version'))
  }
}

async function clearEditor() {
  await page.locator('.cm-content').click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
}

async function typeText(text: string) {
  await page.locator('.cm-content').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text, {delay: 5})
}

async function waitForLint(pred: (s: Awaited<ReturnType<typeof status>>) => boolean, what: string) {
  await expect.poll(async () => pred(await status()), {timeout: 10_000, message: what}).toBe(true)
}

async function openTooltip(rangeClass: string, hasText?: string) {
  const range = hasText ? page.locator(rangeClass, {hasText}).first() : page.locator(rangeClass).first()
  await range.hover()
  await page.locator('.cm-tooltip-lint').first().waitFor({timeout: 5000})
}

beforeAll(async () => {
  server = await serve(await e2eWebOut())
  browser = await launch({locale: 'fr-FR'})
  page = browser.context.pages()[0] ?? (await browser.context.newPage())
  page.on('console', (m) => {
    // No filter: the meta CSP has no frame-ancestors (header only), so Chromium logs no error for it.
    if (m.type() === 'error') problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  page.on('request', (r) => requests.push(r.url()))
  await page.goto(server.url)
  await page.locator('body[data-ready=true]').waitFor({timeout: 15_000})
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('editor (web build)', () => {
  it('starts in French with a strict CSP and no errors', async () => {
    await expect.poll(() => page.getByTestId('file-menu').innerText()).toContain('Fichier')
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("connect-src 'none'")
    expect(await page.getByTestId('ready').innerText()).toBe('Prêt à publier\u202F?')
  })

  it('flags « Ce sont des escrocs !!! » while typing', async () => {
    await typeText('Ce sont des escrocs !!!')
    await waitForLint((s) => s.errors >= 1 && s.infos >= 1, 'criminal-term error and emotion info')
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0)
    expect(await page.locator('.cm-lintRange-error').first().innerText()).toMatch(/escrocs/)
    // The side panel groups by risk with counts.
    const side = page.getByTestId('side-panel')
    await expect.poll(() => side.locator('[data-rule=criminal-term] .risk-count').innerText()).toBe('1')
    await expect.poll(() => side.locator('[data-rule=emotion]').count()).toBe(1)
    // Hover: reason, note and the bundled rule documentation.
    await openTooltip('.cm-lintRange-error')
    const tip = page.locator('.cm-tooltip-lint').first()
    expect(await tip.locator('.cm-temoin-reason').innerText()).toMatch(/escroc/i)
    expect((await tip.locator('.cm-temoin-note').innerText()).length).toBeGreaterThan(10)
    await tip.locator('.cm-temoin-doc').click()
    const doc = page.getByTestId('doc-panel')
    await expect.poll(() => doc.isVisible()).toBe(true)
    expect(await doc.getAttribute('data-rule')).toBe('criminal-term')
    // The Markdown renderer is a lazy chunk: the panel shows before its body is filled.
    await expect.poll(async () => (await doc.locator('.doc-body').innerText()).length).toBeGreaterThan(100)
    await doc.locator('.doc-close').click()
  })

  it('applies the opinion quick fix', async () => {
    await clearEditor()
    await typeText('Mon site est merdique.')
    await waitForLint((s) => s.warnings >= 1, 'fact-as-opinion warning')
    await openTooltip('.cm-lintRange-warning', 'merdique')
    const fix = page.locator('.cm-tooltip-lint .cm-diagnosticAction', {hasText: 'Je trouve mon site merdique'})
    await fix.first().click()
    await expect.poll(docText).toBe('Je trouve mon site merdique.')
    await waitForLint((s) => s.warnings === 0, 'no warning left after the fix')
  })

  it('deletes an insult with « Supprimer »', async () => {
    await clearEditor()
    await typeText('Je veux être remboursée, bande de connards.')
    await waitForLint((s) => s.errors >= 1, 'insult error')
    await openTooltip('.cm-lintRange-error', 'connards')
    await page.locator('.cm-tooltip-lint .cm-diagnosticAction', {hasText: 'Supprimer'}).first().click()
    await expect.poll(docText).not.toContain('connards')
    expect(await docText()).toMatch(/^Je veux être remboursée/)
    expect(await docText()).not.toMatch(/ {2}| [.,]|,[.]/)
    await waitForLint((s) => s.errors === 0, 'no error after the deletion')
  })

  it('F8 moves to the next diagnostic', async () => {
    await clearEditor()
    await typeText('Bonjour. Ce sont des escrocs.')
    await waitForLint((s) => s.errors >= 1, 'error')
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('F8')
    expect(await selectionText()).toMatch(/escrocs/)
    await page.keyboard.press('Shift+F8')
    expect(await selectionText()).toMatch(/escrocs/)
  })

  it('ignores a finding here with a justification', async () => {
    await clearEditor()
    await typeText('Ce sont des escrocs.')
    await waitForLint((s) => s.errors >= 1, 'error before ignore')
    await openTooltip('.cm-lintRange-error')
    await page.locator('.cm-tooltip-lint .cm-diagnosticAction', {hasText: 'Ignorer ici'}).first().click()
    const input = page.getByTestId('ignore-input')
    await input.waitFor()
    await input.fill('pièce n° 4')
    await page.getByTestId('ignore-ok').click()
    await expect.poll(docText).toBe('<!--temoin ignore criminal-term "pièce n° 4"-->\nCe sont des escrocs.')
    await waitForLint((s) => s.errors === 0, 'the ignored error is gone')
  })

  it('jumps from the side panel, and disables a rule for the document', async () => {
    await clearEditor()
    await typeText('---\nlang: fr\n---\n\nBonjour.\n\nCe sont des escrocs.')
    await waitForLint((s) => s.errors >= 1, 'error before disabling')
    const item = page.getByTestId('side-panel').locator('[data-rule=criminal-term] .diag-item', {hasText: 'escrocs'}).first()
    await item.waitFor()
    await page.keyboard.press('Control+Home')
    await item.click()
    await expect.poll(selectionText).toBe('escrocs')
    await openTooltip('.cm-lintRange-error')
    await page.locator('.cm-tooltip-lint .cm-diagnosticAction', {hasText: 'Désactiver la règle'}).first().click()
    await expect.poll(docText).toBe('---\nlang: fr\n---\n<!--temoin disable criminal-term-->\n\nBonjour.\n\nCe sont des escrocs.')
    await waitForLint((s) => s.errors === 0, 'the rule is off for the document')
  })

  it('creates a document from a template', async () => {
    await page.getByTestId('file-menu').locator('summary').click()
    await page.getByTestId('menu-template').click()
    const discard = page.getByTestId('discard-yes')
    const list = page.getByTestId('templates')
    await list.waitFor()
    const items = list.locator('.template-item')
    await expect.poll(() => items.count()).toBeGreaterThan(0)
    await items.first().click()
    if (await discard.isVisible().catch(() => false)) await discard.click()
    else await discard.click({timeout: 3000}).catch(() => {})
    await expect.poll(async () => (await docText()).length).toBeGreaterThan(200)
    expect(await docText()).not.toContain('escrocs')
    // A new document from a template is unsaved until « Enregistrer » (a download in the browser).
    expect(await page.getByTestId('doc-title').innerText()).toMatch(/•$/)
    const download = page.waitForEvent('download')
    await page.getByTestId('file-menu').locator('summary').click()
    await page.getByTestId('menu-save').click()
    const saved = await download
    expect(saved.suggestedFilename()).toMatch(/\.md$/)
    expect(fs.readFileSync(await saved.path(), 'utf8')).toBe(await docText())
    await expect.poll(() => page.getByTestId('doc-title').innerText()).not.toMatch(/•$/)
  })

  it('restores the autosaved draft after a reload', async () => {
    const text = await docText()
    await typeText('\n\nUn ajout propre à ce brouillon de Léa Martin.')
    const expected = await docText()
    expect(expected).not.toBe(text)
    // Autosave runs every few seconds and on blur.
    await page.evaluate(() => window.dispatchEvent(new Event('blur')))
    await expect.poll(() => page.getByTestId('status-bar').getAttribute('data-autosaved-at'), {timeout: 8000}).toBeTruthy()
    await page.reload()
    await page.getByTestId('restore').waitFor({timeout: 15_000})
    await page.getByTestId('restore-yes').click()
    await expect.poll(docText).toBe(expected)
    await page.locator('body[data-ready=true]').waitFor()
  })

  it('offers every export format; eml and PDF are marked desktop-only in the web build; a clean draft exports to WXR without acknowledgment', async () => {
    await clearEditor()
    await typeText('---\ntitle: Essai WXR\nauthor: Aline Exemple\n---\n\nLe 4 février 2026, j’ai signé un contrat avec l’agence.')
    await waitForLint((s) => s.errors === 0, 'no error before export')
    await page.getByTestId('file-menu').locator('summary').click()
    await page.getByTestId('menu-export').click()
    const dialog = page.getByTestId('export')
    await dialog.waitFor()
    const options = await dialog.getByTestId('export-format').locator('option').evaluateAll((os) =>
      os.map((o) => ({value: (o as HTMLOptionElement).value, disabled: (o as HTMLOptionElement).disabled}))
    )
    expect(options.map((o) => o.value)).toEqual(['html', 'page', 'pdf', 'wxr', 'eml', 'txt', 'md'])
    expect(options.filter((o) => o.disabled).map((o) => o.value)).toEqual(['pdf', 'eml'])
    expect(await dialog.getByTestId('export-desktop-only').textContent()).toMatch(/application de bureau/)
    await dialog.getByTestId('export-format').selectOption('wxr')
    expect(await dialog.getByTestId('export-ack').count()).toBe(0)
    const downloads: import('playwright-core').Download[] = []
    const onDownload = (d: import('playwright-core').Download) => downloads.push(d)
    page.on('download', onDownload)
    await dialog.getByTestId('export-go').click()
    await expect.poll(() => downloads.length, {timeout: 15_000}).toBe(1)
    await new Promise((r) => setTimeout(r, 500)) // no second (acknowledgment) download follows
    page.off('download', onDownload)
    expect(downloads.map((d) => d.suggestedFilename())).toEqual(['essai-wxr.wxr.xml'])
    const xml = fs.readFileSync(await downloads[0].path(), 'utf8')
    expect(xml).toMatch(/<rss[^>]+version="2\.0"/)
    expect(xml).toContain('Essai WXR')
  })

  it('gates the export on errors, with jump links and « J’ai compris les risques »', async () => {
    await clearEditor()
    await typeText('---\ntitle: Essai d’export\n---\n\nCe sont des escrocs.')
    await waitForLint((s) => s.errors >= 1, 'error before export')
    await page.getByTestId('file-menu').locator('summary').click()
    await page.getByTestId('menu-export').click()
    const dialog = page.getByTestId('export')
    await dialog.waitFor()
    await dialog.getByTestId('export-format').selectOption('md')
    expect(await dialog.getByTestId('gate-jump').count()).toBeGreaterThan(0)
    expect(await dialog.getByTestId('export-go').isDisabled()).toBe(true)
    await dialog.getByTestId('export-ack').check()
    // Two downloads: the acknowledgment report first, then the export itself.
    const downloads: import('playwright-core').Download[] = []
    const onDownload = (d: import('playwright-core').Download) => downloads.push(d)
    page.on('download', onDownload)
    await dialog.getByTestId('export-go').click()
    await expect.poll(() => downloads.length, {timeout: 15_000}).toBe(2)
    page.off('download', onDownload)
    const [ackFile, file] = downloads
    expect(file.suggestedFilename()).toBe('essai-d-export.export.md')
    const saved = fs.readFileSync(await file.path(), 'utf8')
    expect(saved).toContain('Ce sont des escrocs.')
    expect(ackFile.suggestedFilename()).toBe('essai-d-export.export.md.risques-acceptes.txt')
    const ack = fs.readFileSync(await ackFile.path(), 'utf8')
    expect(ack).toMatch(/^Témoin — risques acceptés/)
    expect(ack).toMatch(/criminal-term/)
    // A jump link closes the dialog and selects the passage.
    await page.getByTestId('file-menu').locator('summary').click()
    await page.getByTestId('menu-export').click()
    await page.getByTestId('export').getByTestId('gate-jump').first().click()
    await expect.poll(selectionText).toMatch(/escrocs/)
  })

  it('shows « Prêt à publier ? » with each item explained', async () => {
    await page.getByTestId('ready').click()
    const dialog = page.getByTestId('checklist')
    await dialog.waitFor()
    await expect.poll(() => dialog.locator('.checklist-item').count()).toBeGreaterThanOrEqual(5)
    expect(await dialog.locator('[data-item=no-errors]').getAttribute('data-status')).toBe('error')
    expect(await dialog.getByTestId('checklist-ready').getAttribute('data-ready')).toBe('false')
    await dialog.getByTestId('checklist-close').click()
  })

  it('detects an English text and lints it in English', async () => {
    await clearEditor()
    await typeText('They are crooks and their support team is useless.')
    await waitForLint((s) => s.errors >= 1, 'criminal term in English')
    await expect.poll(() => page.getByTestId('status-bar').locator('.st-lang').innerText()).toBe('Langue détectée\u202F: anglais')
    await expect.poll(() => page.locator('.cm-content').getAttribute('lang')).toBe('en')
  })

  it('switches the interface to English and back', async () => {
    await page.getByTestId('ui-lang').selectOption('en')
    await expect.poll(() => page.getByTestId('file-menu').locator('summary').innerText()).toBe('File')
    expect(await page.getByTestId('ready').innerText()).toBe('Ready to publish?')
    await page.getByTestId('ui-lang').selectOption('fr')
    await expect.poll(() => page.getByTestId('file-menu').locator('summary').innerText()).toBe('Fichier')
  })

  it('keeps a screenshot, sent nothing off the machine, logged no error', async () => {
    await clearEditor()
    await typeText('# Mon témoignage\n\nCe sont des escrocs !!! Mon site est merdique.\n\nIl paraît que la société aurait trompé d’autres clients.')
    await waitForLint((s) => s.errors >= 1 && s.warnings >= 1, 'diagnostics for the screenshot')
    await openTooltip('.cm-lintRange-warning', 'merdique')
    fs.mkdirSync(ARTIFACTS, {recursive: true})
    const file = path.join(ARTIFACTS, 'editor.png')
    await page.screenshot({path: file})
    expect(fs.statSync(file).size).toBeGreaterThan(10_000)
    const origin = new URL(server.url).origin
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([])
    expect(problems).toEqual([])
  })
})
