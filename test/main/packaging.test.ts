// Packaging configuration: electron-builder.yml passes electron-builder's own schema validation, the
// icons it points to exist and are well-formed, and the npm scripts wire electron-vite/electron-builder.
import {readFile, stat} from 'node:fs/promises'
import {createRequire} from 'node:module'
import * as path from 'node:path'
import {inflateSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {repoRoot} from './helpers'

const require = createRequire(import.meta.url)

function pngInfo(buf: Buffer): {width: number; height: number; colorType: number} {
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  expect(buf.toString('ascii', 12, 16)).toBe('IHDR')
  return {width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), colorType: buf[25]}
}

describe('electron-builder configuration', () => {
  it('is valid for electron-builder 26 and has the product identity and targets', async () => {
    const config = parse(await readFile(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>
    const {validateConfiguration} = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (c: unknown, logger: unknown) => Promise<void>
    }
    const {DebugLogger} = require('builder-util/out/DebugLogger') as {DebugLogger: new (enabled: boolean) => unknown}
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    expect(config.appId).toBe('fr.temoin.app')
    expect(config.productName).toBe('Témoin')
    expect(config).toMatchObject({
      linux: {target: ['AppImage', 'deb']},
      win: {target: ['nsis']},
      mac: {target: ['dmg']},
      electronFuses: {runAsNode: false, onlyLoadAppFromAsar: true, enableNodeOptionsEnvironmentVariable: false},
      // Markdown drafts open with the app (src/main/launch.ts), without taking over the default app.
      fileAssociations: [{ext: ['md', 'markdown'], mimeType: 'text/markdown', role: 'Editor', rank: 'Alternate'}]
    })
  })

  it('a wrong key is rejected by the same validation (the check is real)', async () => {
    const {validateConfiguration} = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (c: unknown, logger: unknown) => Promise<void>
    }
    const {DebugLogger} = require('builder-util/out/DebugLogger') as {DebugLogger: new (enabled: boolean) => unknown}
    await expect(validateConfiguration({appId: 'x', linux: {targets: ['deb']}}, new DebugLogger(false))).rejects.toThrow()
  })

  it('icons exist: a 512×512 RGBA icon.png, the Linux set, icon.ico and icon.icns', async () => {
    const icon = await readFile(path.join(repoRoot, 'resources/icon.png'))
    expect(pngInfo(icon)).toEqual({width: 512, height: 512, colorType: 6})
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const png = await readFile(path.join(repoRoot, `resources/icons/${size}x${size}.png`))
      expect(pngInfo(png)).toMatchObject({width: size, height: size})
    }
    const ico = await readFile(path.join(repoRoot, 'resources/icon.ico'))
    expect(ico.readUInt16LE(2)).toBe(1)
    expect(ico.readUInt16LE(4)).toBe(6)
    const icns = await readFile(path.join(repoRoot, 'resources/icon.icns'))
    expect(icns.toString('ascii', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    expect(icns.includes(Buffer.from('ic10'))).toBe(true) // 1024 px (512@2x), required by recent macOS
  })

  it('the icon is not blank: opaque navy corners inset, transparent outer corner', async () => {
    const buf = await readFile(path.join(repoRoot, 'resources/icon.png'))
    // Decode the IDAT stream (filter type 0 rows, as written by resources/make-icons.mjs).
    let offset = 8
    const idat: Buffer[] = []
    while (offset < buf.length) {
      const len = buf.readUInt32BE(offset)
      const type = buf.toString('ascii', offset + 4, offset + 8)
      if (type === 'IDAT') idat.push(buf.subarray(offset + 8, offset + 8 + len))
      offset += 12 + len
    }
    const raw = inflateSync(Buffer.concat(idat))
    const px = (x: number, y: number) => raw.subarray(y * (512 * 4 + 1) + 1 + x * 4, y * (512 * 4 + 1) + 1 + x * 4 + 4)
    expect(px(0, 0)[3]).toBe(0)
    expect([...px(256, 480)]).toEqual([31, 58, 95, 255])
    expect([...px(256, 150)]).toEqual([255, 255, 255, 255])
  })

  it('npm scripts: start (electron-vite), build, dist (build + electron-builder)', async () => {
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {scripts: Record<string, string>; main: string}
    expect(pkg.scripts.start).toMatch(/electron-vite (dev|preview)/)
    expect(pkg.scripts.build).toBe('electron-vite build')
    expect(pkg.scripts.dist).toMatch(/electron-vite build && electron-builder/)
    expect(pkg.main).toBe('./out/main/index.js')
    expect((await stat(path.join(repoRoot, 'electron.vite.config.ts'))).isFile()).toBe(true)
  })
})
