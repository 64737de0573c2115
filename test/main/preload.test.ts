// The preload, built as electron-vite builds it (one CommonJS file, `electron` external), run in a VM
// with a recording stand-in for Electron's contextBridge/ipcRenderer (Electron cannot run here).
// Checks the bridge shape and that every payload it sends passes main's validator for that channel.
import {build} from 'esbuild'
import * as path from 'node:path'
import {runInNewContext} from 'node:vm'
import {beforeAll, describe, expect, it} from 'vitest'
import {SCHEMAS} from '../../src/main/ipc-schemas'
import {EVENTS, INVOKE, type InvokeChannel, type TemoinBridge} from '../../src/preload/contract'
import {repoRoot} from './helpers'

interface Recorder {
  exposed: {key: string; api: unknown}[]
  invokes: {channel: string; args: unknown[]}[]
  listeners: Map<string, Set<(...args: unknown[]) => void>>
}

let code: string
beforeAll(async () => {
  const out = await build({
    entryPoints: [path.join(repoRoot, 'src/preload/index.ts')],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    logLevel: 'silent'
  })
  code = out.outputFiles[0].text
})

function loadPreload(): {rec: Recorder; bridge: TemoinBridge} {
  const rec: Recorder = {exposed: [], invokes: [], listeners: new Map()}
  const electron = {
    contextBridge: {exposeInMainWorld: (key: string, api: unknown) => rec.exposed.push({key, api})},
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        rec.invokes.push({channel, args})
        return Promise.resolve(undefined)
      },
      on: (channel: string, fn: (...args: unknown[]) => void) => {
        if (!rec.listeners.has(channel)) rec.listeners.set(channel, new Set())
        rec.listeners.get(channel)?.add(fn)
      },
      removeListener: (channel: string, fn: (...args: unknown[]) => void) => rec.listeners.get(channel)?.delete(fn)
    }
  }
  const module = {exports: {}}
  const sandboxRequire = (id: string): unknown => {
    if (id === 'electron') return electron
    throw new Error(`a sandboxed preload can only require electron, not ${id}`)
  }
  runInNewContext(code, {require: sandboxRequire, module, exports: module.exports, process: {platform: 'linux'}})
  expect(rec.exposed).toHaveLength(1)
  return {rec, bridge: rec.exposed[0].api as TemoinBridge}
}

const stamp = {mtimeMs: 1, size: 2, sha256: 'f'.repeat(64)}

describe('preload bridge', () => {
  it('exposes one object, window.temoin, with functions only (no ipcRenderer, no event objects)', () => {
    const {rec, bridge} = loadPreload()
    expect(rec.exposed[0].key).toBe('temoin')
    for (const [name, value] of Object.entries(bridge)) {
      if (name === 'platform') expect(value).toBe('linux')
      else expect(typeof value, name).toBe('function')
    }
    expect(Object.values(bridge)).not.toContain(undefined)
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipc|send|invoke/i)
  })

  it('each method invokes its channel with a payload main accepts; every channel is used', async () => {
    const {rec, bridge} = loadPreload()
    await bridge.openDraft()
    await bridge.openDraft({path: '/home/aline/t.md'})
    await bridge.saveDraft({path: '/home/aline/t.md', content: 'x', expected: stamp, draftId: 'd1'})
    await bridge.saveDraftAs({content: 'x', suggestedName: 'lettre.md'})
    await bridge.checkDraft({path: '/home/aline/t.md', expected: stamp})
    await bridge.recentDrafts()
    await bridge.autosaveDraft({draftId: 'd1', content: 'x', path: null, title: 'Titre'})
    await bridge.recoverDrafts()
    await bridge.discardRecovery({draftId: 'd1'})
    await bridge.getSettings()
    await bridge.setSettings({language: 'en', dictionary: ['Exempleweb']})
    await bridge.setDirty({dirty: true, title: 't', path: null, draftId: 'd1'})
    await bridge.confirmClose()
    await bridge.openExternal('https://www.legifrance.gouv.fr/')
    await bridge.openDocs({ruleId: 'criminal-term', lang: 'fr'})
    await bridge.saveExport({format: 'html', suggestedName: 'a.html', data: '<p>x</p>'})
    await bridge.exportPdf({html: '<p>x</p>', suggestedName: 'a.pdf'})
    await bridge.listTemplates()
    await bridge.listTemplates('fr')
    await bridge.getTemplate({id: 'blog-testimony', lang: 'fr'})
    for (const {channel, args} of rec.invokes) {
      expect(args.length, channel).toBeLessThanOrEqual(1)
      const validator = SCHEMAS[channel as InvokeChannel]
      expect(validator, channel).toBeDefined()
      expect(() => validator(args[0]), channel).not.toThrow()
    }
    expect(new Set(rec.invokes.map((i) => i.channel))).toEqual(new Set(Object.values(INVOKE)))
  })

  it('event subscriptions pass only the payload and can be removed', () => {
    const {rec, bridge} = loadPreload()
    const seen: unknown[] = []
    const off = bridge.onMenuCommand((c) => seen.push(c))
    bridge.onFileChanged((e) => seen.push(e))
    bridge.onSettingsChanged((s) => seen.push(s))
    expect([...rec.listeners.keys()].sort()).toEqual(Object.values(EVENTS).sort())
    const fakeEvent = {sender: 'ipcRenderer-secret'}
    for (const fn of rec.listeners.get(EVENTS.menuCommand) ?? []) fn(fakeEvent, {command: 'save'})
    expect(seen).toEqual([{command: 'save'}])
    off()
    expect(rec.listeners.get(EVENTS.menuCommand)?.size).toBe(0)
  })
})
