import {spawn} from 'node:child_process'
import {readdir, utimes, writeFile} from 'node:fs/promises'
import * as path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {AutosaveStore} from '../../src/main/autosave'
import {bundleForNode, tempDir} from './helpers'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({dir, cleanup} = await tempDir('temoin-autosave-'))
})
afterEach(async () => cleanup())

describe('AutosaveStore', () => {
  it('offers the drafts of an earlier session, newest first, with their timestamps', async () => {
    let clock = Date.parse('2026-03-01T10:00:00Z')
    const before = new AutosaveStore(dir, {sessionId: 'session-1', now: () => new Date(clock)})
    await before.save({draftId: 'a', content: 'Premier brouillon', path: null, title: 'Premier'})
    clock += 60_000
    await before.save({draftId: 'b', content: 'Lettre', path: '/home/aline/lettre.md', title: 'lettre.md'})
    // The current session does not see its own drafts as recoverable.
    expect(await before.recoverable()).toEqual([])
    const after = new AutosaveStore(dir, {sessionId: 'session-2'})
    const drafts = await after.recoverable()
    expect(drafts).toEqual([
      {draftId: 'b', path: '/home/aline/lettre.md', title: 'lettre.md', savedAt: '2026-03-01T10:01:00.000Z', content: 'Lettre'},
      {draftId: 'a', path: null, title: 'Premier', savedAt: '2026-03-01T10:00:00.000Z', content: 'Premier brouillon'}
    ])
    await after.discard('a')
    expect((await after.recoverable()).map((d) => d.draftId)).toEqual(['b'])
    expect((await readdir(dir)).sort()).toEqual(['b.json', 'b.md'])
  })

  it('keeps the last autosave received when saves overlap', async () => {
    const store = new AutosaveStore(dir, {sessionId: 'one'})
    await Promise.all(
      Array.from({length: 20}, (_, i) => store.save({draftId: 'x', content: `version ${i}`, path: null, title: 't'}))
    )
    const [draft] = await new AutosaveStore(dir, {sessionId: 'two'}).recoverable()
    expect(draft.content).toBe('version 19')
  })

  it('recovers a content file newer than its journal entry (crash between the two writes), dated by its mtime', async () => {
    const store = new AutosaveStore(dir, {sessionId: 'one', now: () => new Date('2026-03-01T10:00:00Z')})
    await store.save({draftId: 'c', content: 'ancienne', path: null, title: 'Titre'})
    await writeFile(path.join(dir, 'c.md'), 'plus récente')
    const mtime = new Date('2026-03-01T10:00:05Z')
    await utimes(path.join(dir, 'c.md'), mtime, mtime)
    const [draft] = await new AutosaveStore(dir, {sessionId: 'two'}).recoverable()
    expect(draft).toMatchObject({content: 'plus récente', title: 'Titre', savedAt: mtime.toISOString()})
  })

  it('recovers an orphan content file (no entry) and skips unreadable or empty ones without deleting them', async () => {
    await writeFile(path.join(dir, 'orphan.md'), '# Mes faits\n\nLe 2 mai…')
    await writeFile(path.join(dir, 'binaire.md'), Buffer.from([1, 0, 2]))
    await writeFile(path.join(dir, 'vide.md'), '  \n')
    await writeFile(path.join(dir, 'cassé.json'), '{')
    const drafts = await new AutosaveStore(dir).recoverable()
    expect(drafts.map((d) => [d.draftId, d.title])).toEqual([['orphan', 'Mes faits']])
    expect((await readdir(dir)).length).toBe(4)
  })

  it('rejects draft ids that could escape the folder', async () => {
    const store = new AutosaveStore(dir)
    await expect(store.save({draftId: '../evil', content: 'x', path: null, title: 't'})).rejects.toThrow(/invalid draft id/)
    await expect(store.discard('a/b')).rejects.toThrow(/invalid draft id/)
  })

  it('after a session is killed (SIGKILL) while autosaving, the next start offers a complete autosaved version', async () => {
    const child = await bundleForNode('test/main/fixtures/autosave-loop.ts', dir)
    const data = path.join(dir, 'data')
    for (let round = 0; round < 8; round++) {
      const proc = spawn(process.execPath, [child, data], {stdio: ['ignore', 'pipe', 'inherit']})
      let saved = -1
      await new Promise<void>((resolve) => {
        proc.stdout.on('data', (chunk: Buffer) => {
          const all = [...chunk.toString().matchAll(/saved (\d+)/g)]
          if (all.length) saved = Number(all[all.length - 1][1])
          if (saved >= 2 + round) resolve()
        })
      })
      const exited = new Promise((resolve) => proc.once('exit', resolve))
      proc.kill('SIGKILL')
      await exited
      const drafts = await new AutosaveStore(data).recoverable()
      expect(drafts).toHaveLength(1)
      const match = /FIN (\d+)\n$/.exec(drafts[0].content)
      expect(match, 'the recovered draft is complete').not.toBeNull()
      // At least the last acknowledged autosave (maybe one more that finished before the kill).
      expect(Number(match?.[1])).toBeGreaterThanOrEqual(saved)
      expect(drafts[0].content.startsWith('# Témoignage de Aline Exemple')).toBe(true)
    }
  }, 60_000)
})
