import {readFile, writeFile} from 'node:fs/promises'
import * as path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {AutosaveStore} from '../../src/main/autosave'
import {DocumentService} from '../../src/main/documents'
import {SettingsStore} from '../../src/main/settings'
import type {RecentFile} from '../../src/preload/contract'
import {tempDir} from './helpers'

let dir: string
let cleanup: () => Promise<void>
let answers: {open: (string | null)[]; save: (string | null)[]}
let settings: SettingsStore
let autosave: AutosaveStore
let recentSeen: RecentFile[][]

function service(): DocumentService {
  return new DocumentService({
    settings,
    autosave,
    lang: () => 'fr',
    platform: 'linux',
    onRecentChanged: (r) => recentSeen.push(r),
    // The user's answers in the open/save dialogs, in order (null = cancelled).
    dialogs: {showOpen: async () => answers.open.shift() ?? null, showSave: async () => answers.save.shift() ?? null}
  })
}

beforeEach(async () => {
  ;({dir, cleanup} = await tempDir('temoin-docs-'))
  answers = {open: [], save: []}
  settings = new SettingsStore(path.join(dir, 'userData', 'settings.json'))
  await settings.load()
  autosave = new AutosaveStore(path.join(dir, 'userData', 'autosave'), {sessionId: 's1'})
  recentSeen = []
})
afterEach(async () => cleanup())

describe('DocumentService', () => {
  it('opens the file picked in the dialog, records it in the recent list and allows saving it', async () => {
    const file = path.join(dir, 'témoignage.md')
    await writeFile(file, '# Brouillon\n')
    answers.open.push(file)
    const docs = service()
    const opened = await docs.open({})
    expect(opened).toMatchObject({ok: true, file: {path: file, name: 'témoignage.md', format: 'md', content: '# Brouillon\n'}})
    expect(settings.settings.recent.map((r) => r.path)).toEqual([file])
    expect(recentSeen).toHaveLength(1)
    if (!opened.ok) throw new Error('not opened')
    const saved = await docs.save({path: file, content: '# Brouillon v2\n', expected: opened.file.stamp})
    expect(saved).toMatchObject({ok: true, path: file})
    expect(await readFile(file, 'utf8')).toBe('# Brouillon v2\n')
  })

  it('returns cancelled when the dialog is dismissed', async () => {
    expect(await service().open({})).toEqual({ok: false, reason: 'cancelled'})
    expect(await service().saveAs({content: 'x'})).toEqual({ok: false, reason: 'cancelled'})
  })

  it('refuses paths the user never picked (a compromised renderer cannot read or write arbitrary files)', async () => {
    const secret = path.join(dir, 'secret.md')
    await writeFile(secret, 'privé')
    const docs = service()
    const read = await docs.open({path: secret})
    expect(read).toMatchObject({ok: false, reason: 'error', code: 'not-allowed'})
    const write = await docs.save({path: secret, content: 'écrasé'})
    expect(write).toMatchObject({ok: false, code: 'not-allowed'})
    expect(await readFile(secret, 'utf8')).toBe('privé')
    expect(await docs.check({path: secret, expected: {mtimeMs: 0, size: 0, sha256: '0'.repeat(64)}})).toEqual({changed: false})
  })

  it('opens a recent file by path (next session), and refuses a binary file with a message naming it', async () => {
    const file = path.join(dir, 'lettre.txt')
    await writeFile(file, 'Madame, Monsieur,')
    answers.open.push(file)
    await service().open({})
    const nextSession = service()
    expect(await nextSession.open({path: file})).toMatchObject({ok: true})
    const binary = path.join(dir, 'image.md')
    await writeFile(binary, Buffer.from([0xff, 0xd8, 0x00, 0x10]))
    answers.open.push(binary)
    const refused = await nextSession.open({})
    expect(refused).toMatchObject({ok: false, code: 'binary'})
    if (!refused.ok && refused.reason === 'error') expect(refused.message).toMatch(/«\u202fimage\.md\u202f»/)
  })

  it('save as adds .md when the name has no draft extension, writes atomically and clears the draft’s autosave', async () => {
    await autosave.save({draftId: 'd1', content: 'non enregistré', path: null, title: 't'})
    answers.save.push(path.join(dir, 'nouveau'))
    const result = await service().saveAs({content: 'contenu', draftId: 'd1'})
    expect(result).toMatchObject({ok: true, path: path.join(dir, 'nouveau.md'), name: 'nouveau.md'})
    expect(await readFile(path.join(dir, 'nouveau.md'), 'utf8')).toBe('contenu')
    expect(await new AutosaveStore(path.join(dir, 'userData', 'autosave'), {sessionId: 's2'}).recoverable()).toEqual([])
  })

  it('reports a file changed by another program once on focus, and a conflict on save', async () => {
    const file = path.join(dir, 'partagé.md')
    await writeFile(file, 'version 1')
    answers.open.push(file)
    const docs = service()
    const opened = await docs.open({})
    if (!opened.ok) throw new Error('not opened')
    expect(await docs.checkCurrent()).toBeNull()
    await writeFile(file, 'version 2 écrite par un autre éditeur')
    const change = await docs.checkCurrent()
    expect(change?.path).toBe(file)
    expect(change?.current?.size).toBe(Buffer.byteLength('version 2 écrite par un autre éditeur'))
    expect(await docs.checkCurrent()).toBeNull() // not repeated on every focus
    const conflict = await docs.save({path: file, content: 'ma version', expected: opened.file.stamp})
    expect(conflict).toMatchObject({ok: false, reason: 'conflict', path: file})
    if (!conflict.ok && conflict.reason === 'conflict') expect(conflict.message).toContain('modifié par un autre programme')
    expect(await readFile(file, 'utf8')).toBe('version 2 écrite par un autre éditeur')
  })

  it('a recovered draft (no stamp) never overwrites the file on disk unasked; forcing does', async () => {
    const file = path.join(dir, 'récupéré.md')
    await writeFile(file, 'version sur le disque')
    answers.open.push(file)
    await service().open({}) // earlier session: the file is in the recent list
    const afterCrash = service()
    const unasked = await afterCrash.save({path: file, content: 'brouillon récupéré', draftId: 'd1'})
    expect(unasked).toMatchObject({ok: false, reason: 'conflict', path: file})
    expect(await readFile(file, 'utf8')).toBe('version sur le disque')
    expect(await afterCrash.save({path: file, content: 'brouillon récupéré', force: true})).toMatchObject({ok: true})
    expect(await readFile(file, 'utf8')).toBe('brouillon récupéré')
    // After that save, main knows the version: the next save without a stamp is not a conflict.
    expect(await afterCrash.save({path: file, content: 'suite'})).toMatchObject({ok: true})
  })

  it('a failed save (target is now a folder) reports why and keeps the recent list unchanged', async () => {
    const file = path.join(dir, 'devenu-dossier.md')
    await writeFile(file, 'x')
    answers.open.push(file)
    const docs = service()
    await docs.open({})
    const {rm, mkdir} = await import('node:fs/promises')
    await rm(file)
    await mkdir(file)
    const result = await docs.save({path: file, content: 'y'})
    expect(result).toMatchObject({ok: false, reason: 'error', code: 'not-a-file'})
  })
})
