// End-to-end spelling in the web build (Debian's Chromium through playwright-core): type a
// misspelled word, see it underlined, apply a suggestion, add a word to the personal dictionary and
// see the underline go. Dictionaries are bundled into the worker: nothing is fetched.
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {e2eWebOut, launch, serve} from './harness.mjs'

let server: {url: string; close: () => Promise<void>}
let browser: {context: import('playwright-core').BrowserContext; close: () => Promise<void>}
let page: Page
const problems: string[] = []
const requests: string[] = []

async function docText(): Promise<string> {
  return page.locator('.cm-content').evaluate((el) => {
    const view = (el as any).cmTile?.root?.view
    if (!view) throw new Error('no EditorView on .cm-content')
    return view.state.doc.toString() as string
  })
}

async function setText(text: string) {
  await page.locator('.cm-content').click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  await page.keyboard.type(text, {delay: 5})
}

const underlined = () => page.locator('.cm-lintRange.cm-temoin-spell')
const underlinedTexts = async () => (await underlined().allInnerTexts()).map((t) => t.trim())

async function openSpellTooltip(word: string) {
  await underlined().filter({hasText: word}).first().hover()
  await page.locator('.cm-tooltip-lint', {hasText: word}).first().waitFor({timeout: 15_000})
}

beforeAll(async () => {
  // One build for the whole run, made by test/e2e/global-setup.ts before any e2e file starts.
  server = await serve(await e2eWebOut())
  browser = await launch({locale: 'fr-FR'})
  page = browser.context.pages()[0] ?? (await browser.context.newPage())
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  page.on('request', (r) => requests.push(r.url()))
  await page.goto(server.url)
  await page.locator('body[data-ready=true]').waitFor({timeout: 60_000})
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('spellcheck in the editor (web build)', () => {
  it('underlines a misspelled word, with suggestions as actions', async () => {
    await setText("L'agense a encaissé le chèque de Zorblaxine.")
    await expect.poll(underlinedTexts, {timeout: 30_000}).toEqual(["L'agense", 'Zorblaxine'])
    await openSpellTooltip("L'agense")
    const tip = page.locator('.cm-tooltip-lint', {hasText: "L'agense"}).first()
    expect(await tip.locator('.cm-diagnosticSource').first().innerText()).toBe('temoin:spell')
    expect(await tip.innerText()).toContain('absent du dictionnaire français')
    await tip.locator('.cm-diagnosticAction', {hasText: 'L’agence'}).first().click()
    await expect.poll(docText).toBe('L’agence a encaissé le chèque de Zorblaxine.')
    await expect.poll(underlinedTexts, {timeout: 30_000}).toEqual(['Zorblaxine'])
  })

  it('« Ajouter au dictionnaire » makes the underline go, here and in later text', async () => {
    await openSpellTooltip('Zorblaxine')
    await page.locator('.cm-tooltip-lint .cm-diagnosticAction', {hasText: 'Ajouter au dictionnaire'}).first().click()
    await expect.poll(underlinedTexts, {timeout: 30_000}).toEqual([])
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' Zorblaxine a menti, écrivait-il peut-être.', {delay: 5})
    await page.keyboard.type(' Une erreure.', {delay: 5})
    await expect.poll(underlinedTexts, {timeout: 30_000}).toEqual(['erreure'])
  })

  it('leaves the word being typed alone until the cursor leaves it', async () => {
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' Une autre fote', {delay: 5})
    // Long enough for several lint cycles (100 ms debounce): the word at the cursor stays plain.
    await page.waitForTimeout(600)
    expect(await underlinedTexts()).toEqual(['erreure'])
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('Home')
    await expect.poll(underlinedTexts, {timeout: 30_000}).toEqual(['erreure', 'fote'])
  })

  it('does not check code or URLs, and checks English paragraphs in English', async () => {
    await setText('Voir `agense_conf` et https://agense-exemple.fr/page.\n\nThe agency never sent the refund they promissed.')
    await expect.poll(underlinedTexts, {timeout: 30_000}).toEqual(['promissed'])
    await openSpellTooltip('promissed')
    expect(await page.locator('.cm-tooltip-lint', {hasText: 'promissed'}).first().innerText()).toContain('not in the English dictionary')
  })

  it('the actions’ labels follow the UI language switch', async () => {
    await expect.poll(underlinedTexts, {timeout: 30_000}).toEqual(['promissed'])
    const actions = async () => {
      // A fresh tooltip each time: move away until the previous one is gone, then hover again.
      await page.mouse.move(2, 2)
      await page.locator('.cm-tooltip-lint').first().waitFor({state: 'detached', timeout: 15_000})
      await openSpellTooltip('promissed')
      const tip = page.locator('.cm-tooltip-lint', {hasText: 'promissed'}).first()
      return tip.locator('.cm-diagnosticAction').allInnerTexts()
    }
    expect(await actions()).toContain('Ajouter au dictionnaire')
    await page.getByTestId('ui-lang').selectOption('en')
    await expect.poll(actions, {timeout: 30_000}).toContain('Add to dictionary')
    expect(await actions()).not.toContain('Ajouter au dictionnaire')
    await page.getByTestId('ui-lang').selectOption('fr')
    await expect.poll(actions, {timeout: 30_000}).toContain('Ajouter au dictionnaire')
  })

  it('sent nothing off the machine and logged no error', async () => {
    const origin = new URL(server.url).origin
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([])
    expect(problems).toEqual([])
  })
})
