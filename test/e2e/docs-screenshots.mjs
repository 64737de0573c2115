// Regenerates the screenshots of docs/editor.md (docs/img/*.png) from the web build:
//   node test/e2e/docs-screenshots.mjs        (TEMOIN_WEB_OUT=folder to reuse a build)
// Invented people and companies only.
import fs from 'node:fs'
import path from 'node:path'
import {buildWeb, launch, outDir, ROOT, serve} from './harness.mjs'

const IMG = path.join(ROOT, 'docs', 'img')
const DRAFT = `---
title: Mon site vitrine et le contrat de location
auteur: Léa Martin
lang: fr
---

# Mon site vitrine et le contrat de location

## Les faits

Le 3 mars 2023, un commercial de l’Agence Pixelbleu est venu dans ma boutique. J’ai signé un contrat de location financière de 48 mois avec Finaloc Exemple.

Ce sont des escrocs !!! Mon site est merdique.

Il paraît que la société aurait trompé d’autres commerçants du quartier.

## Ce que je demande

La résiliation du contrat. Vous pouvez me joindre au 06 12 34 56 78.
`

const dir = outDir('web-docs')
buildWeb(dir)
const server = await serve(dir)
const browser = await launch()
try {
  fs.mkdirSync(IMG, {recursive: true})
  const page = browser.context.pages()[0] ?? (await browser.context.newPage())
  await page.goto(server.url)
  await page.locator('body[data-ready=true]').waitFor()
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('file-menu').locator('summary').click()
  await page.getByTestId('menu-open').click()
  await (await chooser).setFiles({name: 'temoignage.md', mimeType: 'text/markdown', buffer: Buffer.from(DRAFT)})
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=status-bar]')?.getAttribute('data-errors')) >= 1)
  await page.waitForTimeout(600)
  await page.locator('.cm-lintRange-warning', {hasText: 'merdique'}).first().hover()
  await page.locator('.cm-tooltip-lint').waitFor()
  await page.screenshot({path: path.join(IMG, 'editor.png')})

  await page.mouse.move(5, 700)
  await page.getByTestId('side-panel').locator('.risk-doc').first().click()
  await page.getByTestId('doc-panel').locator('.doc-body p').first().waitFor()
  await page.screenshot({path: path.join(IMG, 'rule-doc.png')})
  await page.getByTestId('doc-panel').locator('.doc-close').click()

  await page.getByTestId('ready').click()
  await page.getByTestId('checklist').locator('.checklist-item').first().waitFor()
  await page.screenshot({path: path.join(IMG, 'checklist.png')})
  await page.getByTestId('checklist-close').click()

  await page.getByTestId('file-menu').locator('summary').click()
  await page.getByTestId('menu-export').click()
  await page.getByTestId('export').getByTestId('gate-jump').first().waitFor()
  await page.screenshot({path: path.join(IMG, 'export-gate.png')})
  console.log(`screenshots written to ${IMG}`)
} finally {
  await browser.close()
  await server.close()
}
