import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {beforeAll, describe, expect, it} from 'vitest'
import {createSpeller, decodeBase64, Dawg} from '../../src/core/spell/index.js'
import {dictBytes, ROOT, sourceDir, speller} from './helpers.js'

const require = createRequire(import.meta.url)
type NSpell = {correct(w: string): boolean; suggest(w: string): string[]; data: Record<string, unknown>}
const NSpellCtor = require('nspell') as new (aff: Buffer, dic: Buffer) => NSpell

describe('French verdicts', () => {
  const fr = speller('fr')
  it.each(['agence', 'témoignage', "l'agence", 'l’agence', "qu'il", "aujourd'hui", 'peut-être', 'Paris', 'PARIS', 'Témoignage', 'écrivait', 'remboursé'])(
    'accepts %s',
    (w) => expect(fr.correct(w)).toBe(true)
  )
  it.each(['agense', 'apeller', 'parmis', 'malgrés', 'témoignnage', 'xqzwtp', 'Agense'])('rejects %s', (w) => expect(fr.correct(w)).toBe(false))

  it('normalises input like the affix file says (ICONV: typographic apostrophe, decomposed accents, ligatures)', () => {
    expect(fr.correct('e\u0301crivait')).toBe(true) // é decomposed
    expect(fr.correct('ofﬁce')).toBe(fr.correct('office'))
  })

  it('knows extra words (personal dictionary, names) with nspell case rules, and forgets them on remove', () => {
    const s = createSpeller(dictBytes('fr'), {words: ['Zorvanel']})
    expect(s.correct('Zorvanel')).toBe(true)
    expect(s.correct('ZORVANEL')).toBe(true)
    expect(s.correct('zorvanel')).toBe(false) // like nspell: a capitalised word is not known in lower case
    expect(speller('fr').correct('Zorvanel')).toBe(false) // other instances unaffected
    s.add('glouberie')
    expect(s.correct('Glouberie')).toBe(true)
    s.remove('glouberie')
    expect(s.correct('glouberie')).toBe(false)
  })
})

describe('suggestions', () => {
  it('French: the intended word comes back', () => {
    const fr = speller('fr')
    expect(fr.suggest('agense')).toContain('agence')
    expect(fr.suggest('apeller')).toContain('appeler')
    expect(fr.suggest('remboursment')[0]).toBe('remboursement')
    expect(fr.suggest('agence')).toEqual([]) // correct words get none
  })
  it('English: the intended word first', () => {
    const en = speller('en')
    expect(en.suggest('recieve')[0]).toBe('receive')
    expect(en.suggest('seperate')).toContain('separate')
  })
  it('uses the output conversion (French apostrophe ’)', () => {
    // Input is normalised with ICONV (’ → '), output with OCONV (' → ’), whichever the user typed.
    for (const typed of ["l'agense", 'l’agense']) {
      const list = speller('fr').suggest(typed)
      expect(list).toContain('l’agence')
      expect(list.every((s) => !s.includes("'"))).toBe(true)
    }
  })
  it('suggests personal words too, as nspell does after add()', () => {
    const s = createSpeller(dictBytes('fr'), {words: ['Zorvanel']})
    expect(s.suggest('Zorvannel')).toContain('Zorvanel')
  })
})

describe('same answers as plain nspell (English: cheap to build in a test)', () => {
  let plain: NSpell
  beforeAll(() => {
    plain = new NSpellCtor(fs.readFileSync(path.join(sourceDir('en'), 'index.aff')), fs.readFileSync(path.join(sourceDir('en'), 'index.dic')))
  })

  it('the automaton holds exactly nspell’s forms', () => {
    const dawg = new Dawg(dictBytes('en'))
    const ours = [...dawg.words()]
    const theirs = Object.keys(plain.data).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    expect(ours.length).toBe(dawg.header.words)
    expect(ours).toEqual(theirs)
  })

  it('verdicts agree on forms, case variants, typos, ordinals', () => {
    const en = speller('en')
    const forms = Object.keys(plain.data)
    let seed = 42
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
    const words: string[] = ['1st', '11th', '12nd', '21st', 'x11thy', "can't", 'don’t', 'NASA', 'nasa', 'Nasa']
    for (let i = 0; i < 5000; i++) {
      const w = forms[Math.floor(rand() * forms.length)]
      const k = Math.floor(rand() * w.length)
      words.push(w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), w.slice(0, k) + w.slice(k + 1), w.slice(0, k) + 'e' + w.slice(k))
    }
    const differences = words.filter((w) => plain.correct(w) !== en.correct(w))
    expect(differences).toEqual([])
  })

  it('suggestions are identical lists', () => {
    const en = speller('en')
    // Includes distance-2 searches (names, prefix pruning) and ordinals (compound rules).
    for (const typo of ['recieve', 'definately', 'teh', 'wierd', 'Accomodate', 'THIER', 'alot', 'occured', 'zxqv', 'Zorvanel', 'Brandwick', '11st', '2th', 'x1tth'])
      expect(en.suggest(typo), typo).toEqual(plain.suggest(typo))
  })
})

describe('prepared files', () => {
  it('match the installed dictionaries and nspell (else: npm run build:spell)', async () => {
    // @ts-expect-error plain ESM build script without types
    const build = await import('../../scripts/build-spell.mjs')
    for (const lang of ['fr', 'en'] as const) {
      const header = new Dawg(dictBytes(lang)).header
      expect(header.source.hash, lang).toBe(build.sourceHash(lang).hash)
      expect(header.lang).toBe(lang)
    }
  })

  it('stay under the 5 MB per-file hint', () => {
    for (const lang of ['fr', 'en']) expect(fs.statSync(path.join(ROOT, 'resources', 'dict', `${lang}.spell`)).size).toBeLessThan(5e6)
  })

  it('load from base64 / data URLs (the renderer bundle) to the same speller', () => {
    const bytes = dictBytes('en')
    const b64 = Buffer.from(bytes).toString('base64')
    expect(Buffer.compare(decodeBase64(b64), bytes)).toBe(0)
    const fromUrl = createSpeller(decodeBase64(`data:application/octet-stream;base64,${b64}`))
    expect(fromUrl.correct('receive')).toBe(true)
    expect(fromUrl.suggest('recieve')).toEqual(speller('en').suggest('recieve'))
  })

  it('load from unaligned bytes', () => {
    const bytes = dictBytes('en')
    const shifted = new Uint8Array(bytes.length + 1).subarray(1)
    shifted.set(bytes)
    expect(createSpeller(shifted).correct('receive')).toBe(true)
  })

  it('reject garbage with a clear error', () => {
    expect(() => createSpeller(new TextEncoder().encode('not a dictionary at all'))).toThrow(/prepared dictionary/)
  })
})
