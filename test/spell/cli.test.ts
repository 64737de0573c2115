// Node-side loading for `temoin lint --spell`.
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {dictionaryDir, loadSpellers} from '../../src/cli/spell.js'
import {ROOT} from './helpers.js'

describe('loadSpellers', () => {
  it('finds resources/dict from the module and loads both languages quickly', async () => {
    expect(dictionaryDir()).toBe(path.join(ROOT, 'resources', 'dict'))
    const t0 = performance.now()
    const spellers = await loadSpellers(['fr', 'en'])
    const ms = performance.now() - t0
    expect(spellers.fr.correct('témoignage')).toBe(true)
    expect(spellers.en.correct('testimony')).toBe(true)
    expect(spellers.fr.correct('testimony')).toBe(false)
    expect(ms).toBeLessThan(1000) // ~10 ms on an idle machine; generous for a loaded CI box
  })

  it('accepts personal words', async () => {
    const {fr} = await loadSpellers(['fr'], {words: ['Zorvanel']})
    expect(fr.correct('Zorvanel')).toBe(true)
  })

  it('fails with the file name when the dictionaries are missing', async () => {
    await expect(loadSpellers(['fr'], {dir: os.tmpdir()})).rejects.toThrow(/fr\.spell/)
  })
})
