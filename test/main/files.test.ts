import {spawn, execFile} from 'node:child_process'
import {chmod, mkdir, readdir, readFile, stat, symlink, utimes, writeFile} from 'node:fs/promises'
import * as path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  atomicWrite,
  currentStamp,
  DraftFileError,
  hasChanged,
  readDraft,
  removeStaleTemporaries,
  saveDraftFile
} from '../../src/main/files'
import {fileErrorMessage, windowTitle} from '../../src/main/messages'
import {bundleForNode, tempDir} from './helpers'
import {versionBytes} from './fixtures/versions'

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({dir, cleanup} = await tempDir())
})
afterAll(async () => cleanup())

async function refusal(promise: Promise<unknown>): Promise<DraftFileError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(DraftFileError)
  return error as DraftFileError
}

describe('readDraft', () => {
  it('opens .md and .txt UTF-8 files, dropping a BOM, with a stamp', async () => {
    const md = path.join(dir, 'témoignage.md')
    await writeFile(md, '\ufeff# Mon témoignage\n\nLe 3 mars, j’ai signé.\n')
    const draft = await readDraft(md)
    expect(draft.content).toBe('# Mon témoignage\n\nLe 3 mars, j’ai signé.\n')
    expect(draft.format).toBe('md')
    expect(draft.stamp.size).toBe((await stat(md)).size)
    expect(draft.stamp.sha256).toMatch(/^[0-9a-f]{64}$/)
    const txt = path.join(dir, 'notes.txt')
    await writeFile(txt, 'notes')
    expect((await readDraft(txt)).format).toBe('txt')
  })

  it('refuses binary files (NUL bytes) and names the file in the message', async () => {
    const file = path.join(dir, 'photo.md')
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]))
    const error = await refusal(readDraft(file))
    expect(error.code).toBe('binary')
    expect(fileErrorMessage('fr', error.code, file, 'open')).toContain('photo.md')
    expect(fileErrorMessage('en', error.code, file, 'open')).toContain('photo.md')
  })

  it('refuses invalid UTF-8 (e.g. a Latin-1 file)', async () => {
    const file = path.join(dir, 'latin1.txt')
    await writeFile(file, Buffer.from('Le contrat a été signé', 'latin1'))
    expect((await refusal(readDraft(file))).code).toBe('invalid-utf8')
  })

  it('refuses files over the size limit without reading them as text', async () => {
    const file = path.join(dir, 'big.md')
    await writeFile(file, Buffer.alloc(2048, 'a'))
    expect((await refusal(readDraft(file, 1024))).code).toBe('too-large')
    expect(await readDraft(file, 2048)).toMatchObject({format: 'md'})
    expect(fileErrorMessage('fr', 'too-large', file, 'open')).toMatch(/big\.md.*5\u202fMo/)
  })

  it('refuses other extensions, folders and missing files', async () => {
    const exe = path.join(dir, 'setup.exe')
    await writeFile(exe, 'MZ')
    expect((await refusal(readDraft(exe))).code).toBe('unsupported-type')
    const folder = path.join(dir, 'dossier.md')
    await mkdir(folder)
    expect(['not-a-file', 'io']).toContain((await refusal(readDraft(folder))).code)
    expect((await refusal(readDraft(path.join(dir, 'absent.md')))).code).toBe('not-found')
  })
})

describe('special files', () => {
  it.runIf(process.platform !== 'win32')('refuses a FIFO named .md without blocking on it', async () => {
    const fifo = path.join(dir, 'tube.md')
    await promisify(execFile)('mkfifo', [fifo])
    expect((await refusal(readDraft(fifo))).code).toBe('not-a-file')
  })
})

describe('atomic save', () => {
  it('writes the new content, keeps the permission bits, leaves no temporary file', async () => {
    const sub = path.join(dir, 'atomic')
    await mkdir(sub)
    const file = path.join(sub, 'lettre.md')
    await writeFile(file, 'ancienne version')
    await chmod(file, 0o640)
    const result = await saveDraftFile(file, 'nouvelle version')
    expect(result.ok).toBe(true)
    expect(await readFile(file, 'utf8')).toBe('nouvelle version')
    expect((await stat(file)).mode & 0o777).toBe(0o640)
    expect(await readdir(sub)).toEqual(['lettre.md'])
  })

  it('writes through a symlink to its target instead of replacing the link', async () => {
    const target = path.join(dir, 'cible.md')
    const link = path.join(dir, 'lien.md')
    await writeFile(target, 'v1')
    await symlink(target, link)
    await atomicWrite(link, 'v2')
    expect(await readFile(target, 'utf8')).toBe('v2')
    expect((await readFile(link, 'utf8'))).toBe('v2')
  })

  it('refuses to save content over the limit and leaves the old file intact', async () => {
    const file = path.join(dir, 'limite.md')
    await writeFile(file, 'ancien')
    const error = await refusal(saveDraftFile(file, 'x'.repeat(100), {maxBytes: 50}))
    expect(error.code).toBe('too-large')
    expect(await readFile(file, 'utf8')).toBe('ancien')
  })

  it('a save that fails while writing (file size limit, EFBIG) reports an error and leaves the old file intact', async () => {
    const sub = path.join(dir, 'efbig')
    await mkdir(sub)
    const file = path.join(sub, 'brouillon.md')
    const old = versionBytes('O', 2000)
    await writeFile(file, old)
    const child = await bundleForNode('test/main/fixtures/save-once.ts', dir)
    // ulimit -f counts 512-byte blocks on Linux/dash: 64 KiB maximum file size for the child.
    const {stdout} = await promisify(execFile)('sh', ['-c', `ulimit -f 128; exec "${process.execPath}" "${child}" "${file}" 1000000`])
    const outcome = JSON.parse(stdout) as {ok: boolean; code?: string}
    expect(outcome).toMatchObject({ok: false, code: 'io'})
    expect(Buffer.compare(await readFile(file), old)).toBe(0)
    expect(await readdir(sub)).toEqual(['brouillon.md'])
    expect(fileErrorMessage('fr', 'io', file, 'save')).toContain('L’ancienne version du fichier est intacte')
  })
})

describe('stale temporaries', () => {
  it('removes only old temporaries of the saved file, left by killed saves', async () => {
    const sub = path.join(dir, 'stale')
    await mkdir(sub)
    const file = path.join(sub, 'note.md')
    await writeFile(file, 'x')
    const old = path.join(sub, '.note.md.0123456789ab.tmp')
    const fresh = path.join(sub, '.note.md.ba9876543210.tmp')
    const other = path.join(sub, '.autre.md.0123456789ab.tmp')
    for (const f of [old, fresh, other]) await writeFile(f, 'partiel')
    const past = new Date(Date.now() - 60 * 60 * 1000)
    await utimes(old, past, past)
    await utimes(other, past, past)
    expect(await removeStaleTemporaries(file)).toEqual([old])
    await atomicWrite(file, 'y')
    expect((await readdir(sub)).sort()).toEqual(['.autre.md.0123456789ab.tmp', '.note.md.ba9876543210.tmp', 'note.md'])
  })
})

describe('window title', () => {
  it('shows the dirty marker, the title or « Sans titre », and leaves macOS to setDocumentEdited', () => {
    expect(windowTitle({dirty: true, title: 'lettre.md', path: '/x/lettre.md', draftId: 'a'}, 'fr', 'linux')).toBe('• lettre.md — Témoin')
    expect(windowTitle({dirty: false, title: 'lettre.md', path: null, draftId: null}, 'fr', 'win32')).toBe('lettre.md — Témoin')
    expect(windowTitle({dirty: true, title: ' ', path: null, draftId: null}, 'en', 'linux')).toBe('• Untitled — Témoin')
    expect(windowTitle({dirty: true, title: '', path: null, draftId: null}, 'fr', 'darwin')).toBe('Sans titre — Témoin')
  })
})

describe('change detection', () => {
  it('detects a change by another program, ignores a touch with the same bytes, detects deletion', async () => {
    const file = path.join(dir, 'surveille.md')
    await writeFile(file, 'version lue')
    const {stamp} = await readDraft(file)
    expect(await hasChanged(file, stamp)).toEqual({changed: false})
    // Same bytes, new mtime: not a change.
    await utimes(file, new Date(), new Date(Date.now() + 5000))
    expect(await hasChanged(file, stamp)).toEqual({changed: false})
    // Same size, different bytes, and an mtime moved on.
    await writeFile(file, 'version LUE')
    await utimes(file, new Date(), new Date(Date.now() + 10000))
    const changed = await hasChanged(file, stamp)
    expect(changed.changed).toBe(true)
    if (changed.changed) expect(changed.current?.sha256).toBe((await currentStamp(file))?.sha256)
    const {rm} = await import('node:fs/promises')
    await rm(file)
    expect(await hasChanged(file, stamp)).toEqual({changed: true, current: null})
  })

  it('save with the stamp of the opened version refuses to overwrite an external change unless forced', async () => {
    const file = path.join(dir, 'conflit.md')
    await writeFile(file, 'ouvert dans Témoin')
    const {stamp} = await readDraft(file)
    await writeFile(file, 'modifié par un autre éditeur, plus long')
    const refused = await saveDraftFile(file, 'ma version', {expected: stamp})
    expect(refused).toMatchObject({ok: false, conflict: true})
    expect(await readFile(file, 'utf8')).toBe('modifié par un autre éditeur, plus long')
    const forced = await saveDraftFile(file, 'ma version', {expected: stamp, force: true})
    expect(forced.ok).toBe(true)
    expect(await readFile(file, 'utf8')).toBe('ma version')
    // The returned stamp is the new reference: a second save is not a conflict.
    if (forced.ok) expect((await saveDraftFile(file, 'ma version 2', {expected: forced.stamp})).ok).toBe(true)
  })
})

describe('a process killed (SIGKILL) in the middle of large saves', () => {
  it('always leaves exactly one complete version, never a mix, a truncation or an empty file', async () => {
    const sub = path.join(dir, 'kill')
    await mkdir(sub)
    const file = path.join(sub, 'gros-brouillon.md')
    const size = 3 * 1024 * 1024
    const a = versionBytes('A', size)
    const b = versionBytes('B', size + 4096)
    await writeFile(file, a)
    const child = await bundleForNode('test/main/fixtures/save-loop.ts', dir)
    const rounds = 30
    const seen = {A: 0, B: 0}
    for (let round = 0; round < rounds; round++) {
      const proc = spawn(process.execPath, [child, file, String(size)], {stdio: ['ignore', 'pipe', 'inherit']})
      await new Promise<void>((resolve, reject) => {
        proc.once('error', reject)
        proc.stdout.once('data', () => resolve())
      })
      // Kill at a random moment while saves are running (each save of ~3 MB takes some ms).
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 120)))
      const exited = new Promise((resolve) => proc.once('exit', resolve))
      proc.kill('SIGKILL')
      expect(await exited).toBe(null)
      const bytes = await readFile(file)
      const isA = Buffer.compare(bytes, a) === 0
      const isB = Buffer.compare(bytes, b) === 0
      expect(isA || isB, `round ${round}: ${bytes.length} bytes, neither version`).toBe(true)
      if (isA) seen.A++
      else seen.B++
    }
    // Both versions were observed: the kills really happened during the save loop.
    expect(seen.A + seen.B).toBe(rounds)
    expect(seen.B).toBeGreaterThan(0)
    // Only leftover temporaries from killed saves may remain next to the file, hidden and suffixed .tmp.
    for (const name of await readdir(sub)) expect(name === 'gros-brouillon.md' || /^\.gros-brouillon\.md\.[0-9a-f]+\.tmp$/.test(name)).toBe(true)
  }, 120_000)
})
