import {readdir, readFile, writeFile} from 'node:fs/promises'
import * as path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {addRecent, isRecent, MAX_RECENT, removeRecent} from '../../src/main/recent'
import {DEFAULT_SETTINGS, SettingsStore} from '../../src/main/settings'
import {settingsCorruptMessage, systemUiLang} from '../../src/main/messages'
import {tempDir} from './helpers'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({dir, cleanup} = await tempDir('temoin-settings-'))
})
afterEach(async () => cleanup())

describe('SettingsStore', () => {
  it('uses defaults when there is no file, then persists changes atomically', async () => {
    const file = path.join(dir, 'settings.json')
    const store = new SettingsStore(file)
    expect(await store.load()).toEqual({settings: DEFAULT_SETTINGS})
    await store.update({language: 'en', dictionary: ['Exempleweb', ' Exempleweb ', 'LOA', 'deux mots', '']})
    const reloaded = new SettingsStore(file)
    expect((await reloaded.load()).settings).toEqual({language: 'en', dictionary: ['Exempleweb', 'LOA'], recent: []})
    expect(await readdir(dir)).toEqual(['settings.json'])
  })

  it('backs up and reports a corrupted file instead of silently resetting it', async () => {
    const file = path.join(dir, 'settings.json')
    const broken = '{"language": "fr", "dictionary": ["Exempleweb"'
    await writeFile(file, broken)
    const store = new SettingsStore(file)
    const loaded = await store.load(new Date('2026-03-01T10:00:00Z'))
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS)
    expect(loaded.problem?.reason).toMatch(/^JSON/)
    expect(loaded.problem?.backupPath).toBe(path.join(dir, 'settings.corrupt-2026-03-01T10-00-00-000Z.json'))
    expect(await readFile(loaded.problem?.backupPath ?? '', 'utf8')).toBe(broken)
    // The original is not rewritten until the user changes something.
    expect(await readFile(file, 'utf8')).toBe(broken)
    const message = settingsCorruptMessage('fr', loaded.problem?.backupPath ?? '', loaded.problem?.reason ?? '')
    expect(message).toContain('settings.corrupt-')
    expect(message).toContain('(contenu JSON invalide)')
    expect(settingsCorruptMessage('en', '/x/settings.corrupt.json', 'invalid fields: language')).toContain('(invalid values: language)')
  })

  it('keeps the valid fields of a file with invalid ones, and reports it', async () => {
    const file = path.join(dir, 'settings.json')
    await writeFile(file, JSON.stringify({language: 'de', dictionary: ['Exempleweb'], recent: [{path: 'relatif.md', name: 1}]}))
    const loaded = await new SettingsStore(file).load()
    expect(loaded.settings).toEqual({language: 'system', dictionary: ['Exempleweb'], recent: []})
    expect(loaded.problem?.reason).toBe('invalid fields: language, recent')
  })

  it('a file that is valid JSON but not an object is reported too', async () => {
    const file = path.join(dir, 'settings.json')
    await writeFile(file, '[1,2]')
    expect((await new SettingsStore(file).load()).problem?.reason).toBe('invalid fields: not an object')
  })
})

describe('recent files', () => {
  it('keeps the most recent first, without duplicates, bounded', () => {
    let list = addRecent([], '/docs/a.md', new Date('2026-01-01T00:00:00Z'), 'linux')
    list = addRecent(list, '/docs/b.md', new Date('2026-01-02T00:00:00Z'), 'linux')
    list = addRecent(list, '/docs/a.md', new Date('2026-01-03T00:00:00Z'), 'linux')
    expect(list).toEqual([
      {path: '/docs/a.md', name: 'a.md', at: '2026-01-03T00:00:00.000Z'},
      {path: '/docs/b.md', name: 'b.md', at: '2026-01-02T00:00:00.000Z'}
    ])
    for (let i = 0; i < 20; i++) list = addRecent(list, `/docs/${i}.md`, new Date(), 'linux')
    expect(list).toHaveLength(MAX_RECENT)
    expect(isRecent(list, '/docs/19.md', 'linux')).toBe(true)
    expect(isRecent(list, '/DOCS/19.md', 'linux')).toBe(false)
    expect(isRecent(list, '/DOCS/19.md', 'win32')).toBe(true)
    expect(removeRecent(list, '/docs/19.md', 'linux')).toHaveLength(MAX_RECENT - 1)
  })
})

describe('system language', () => {
  it('follows the first French or English preferred language', () => {
    expect(systemUiLang(['fr-FR', 'en-US'])).toBe('fr')
    expect(systemUiLang(['fr_CA'])).toBe('fr')
    expect(systemUiLang(['de-DE', 'en-GB', 'fr'])).toBe('en')
    expect(systemUiLang(['en-US'])).toBe('en')
  })
})
