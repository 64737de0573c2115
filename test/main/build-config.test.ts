// The desktop build's renderer worker must not get the DOM build of decode-named-character-reference
// (micromark's entity decoder): the lint Worker has no `document`, and that build calls
// document.createElement at module load. electron.vite.config.ts shares workerSafeResolve() with
// vite.web.config.ts. Checked on the configs themselves (a full `npm run build` takes ~20 s).
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import * as path from 'node:path'
import type {Plugin} from 'vite'
import {describe, expect, it} from 'vitest'
import electronConfig from '../../electron.vite.config'
import webConfig from '../../vite.web.config'
import {repoRoot} from './helpers'

const PKG = 'decode-named-character-reference'

type PluginsFactory = () => Plugin[] | Promise<Plugin[]>

async function resolveThrough(plugins: Plugin[], source: string): Promise<string | null> {
  for (const p of plugins) {
    const hook = p.resolveId
    const fn = typeof hook === 'function' ? hook : hook?.handler
    if (!fn) continue
    const r = await (fn as (this: unknown, s: string, i?: string, o?: unknown) => unknown).call({}, source, undefined, {isEntry: false})
    if (typeof r === 'string') return r
    if (r && typeof r === 'object' && 'id' in r) return String((r as {id: string}).id)
  }
  return null
}

describe('renderer worker bundles resolve DOM-free builds', () => {
  const pkgDir = path.dirname(createRequire(import.meta.url).resolve(PKG))
  const exportsMap = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).exports as Record<string, string>

  it('the package’s browser build really uses the DOM (so the check below can fail)', () => {
    const browserBuild = readFileSync(path.join(pkgDir, exportsMap.browser), 'utf8')
    expect(browserBuild).toMatch(/document\.createElement/)
    expect(readFileSync(path.join(pkgDir, exportsMap.worker), 'utf8')).not.toMatch(/document\./)
  })

  for (const [name, workerPlugins] of [
    ['electron.vite.config.ts renderer.worker.plugins', (electronConfig as {renderer: {worker: {plugins: PluginsFactory}}}).renderer.worker.plugins],
    ['vite.web.config.ts worker.plugins', (webConfig as {worker: {plugins: PluginsFactory}}).worker.plugins]
  ] as const) {
    it(`${name}: ${PKG} resolves to the DOM-free file`, async () => {
      const plugins = await workerPlugins()
      expect(plugins.map((p) => p.name)).toContain('temoin-worker-safe-resolve')
      const resolved = await resolveThrough(plugins, PKG)
      expect(resolved).not.toBeNull()
      expect(path.relative(pkgDir, resolved!)).toBe(path.normalize(exportsMap.worker))
      expect(readFileSync(resolved!, 'utf8')).not.toMatch(/document\.createElement/)
    })
  }

  it('electron-vite builds the renderer from the same folder as the web build', () => {
    const renderer = (electronConfig as {renderer: {root: string}}).renderer
    expect(path.relative(repoRoot, renderer.root)).toBe(path.normalize('src/renderer'))
  })
})
