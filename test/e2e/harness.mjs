// Shared by the e2e tests and `npm run bench:editor`: build the web renderer, serve it on a free port
// on 127.0.0.1, drive Debian's Chromium through playwright-core (never `playwright install`).
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium} from 'playwright-core'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const WEB_OUT = path.join(ROOT, 'out', 'web')

/** Each consumer builds into its own folder (the e2e build, the bench and the docs screenshots). */
export function outDir(name) {
  return process.env.TEMOIN_WEB_OUT || path.join(ROOT, 'out', name)
}

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)
  const found = candidates.find((p) => fs.existsSync(p))
  if (!found) throw new Error('Chromium not found: install Debian’s chromium (apt-get install -y chromium) or set CHROMIUM_PATH')
  return found
}

/** `vite build -c vite.web.config.ts` into `dir` (skipped when TEMOIN_WEB_OUT names a prebuilt folder). */
export function buildWeb(dir = WEB_OUT) {
  if (process.env.TEMOIN_WEB_OUT) return
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const r = spawnSync(process.execPath, [vite, 'build', '-c', 'vite.web.config.ts', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1'}
  })
  if (r.status !== 0) throw new Error(`web build failed:\n${r.stdout}\n${r.stderr}`)
}

/**
 * The web build made once for this vitest run by test/e2e/global-setup.ts (vitest inject). Call it
 * from a test file only.
 */
export async function e2eWebOut() {
  const {inject} = await import('vitest')
  const dir = inject('temoinWebOut')
  if (!dir) throw new Error('no web build: run the e2e files through vitest (globalSetup test/e2e/global-setup.ts)')
  return dir
}

export async function serve(dir = WEB_OUT) {
  const {startServer} = await import('../../scripts/web-server.mjs')
  const {server, url} = await startServer({root: dir, port: 0})
  return {url, close: () => new Promise((resolve) => server.close(() => resolve()))}
}

/** Chromium with a fresh profile (playwright passes the folder as --user-data-dir). */
export async function launch({locale = 'fr-FR'} = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'temoin-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale,
    viewport: {width: 1280, height: 800},
    acceptDownloads: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  })
  return {
    context,
    userDataDir,
    close: async () => {
      await context.close()
      fs.rmSync(userDataDir, {recursive: true, force: true})
    }
  }
}
