// Loads the prepared dictionaries once per test file (a few milliseconds each).
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createSpeller, type PreparedSpeller} from '../../src/core/spell/index.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const dictBytes = (lang: 'fr' | 'en') => new Uint8Array(fs.readFileSync(path.join(ROOT, 'resources', 'dict', `${lang}.spell`)))
export const sourceDir = (lang: 'fr' | 'en') => path.join(ROOT, 'node_modules', `dictionary-${lang}`)

const cache = new Map<string, PreparedSpeller>()
export function speller(lang: 'fr' | 'en'): PreparedSpeller {
  let s = cache.get(lang)
  if (!s) cache.set(lang, (s = createSpeller(dictBytes(lang))))
  return s
}
