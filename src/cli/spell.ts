// Node-side loading of the prepared dictionaries (resources/dict/<lang>.spell, built by
// scripts/build-spell.mjs) for `temoin lint --spell`. The checking itself is pure (src/core/spell).
import fs from 'node:fs/promises'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createSpeller, type PreparedSpeller} from '../core/spell/index.js'
import type {Lang} from '../core/types.js'

/**
 * Where the prepared dictionaries are: `$TEMOIN_DICT_DIR`, else `resources/dict` in the nearest
 * ancestor of this module (src/cli/ when run from source, dist/ when bundled).
 */
export function dictionaryDir(): string {
  const fromEnv = process.env.TEMOIN_DICT_DIR
  if (fromEnv) return fromEnv
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'resources', 'dict')
    if (existsSync(path.join(candidate, 'fr.spell'))) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  throw new Error('resources/dict/*.spell not found (run npm run build:spell)')
}

/** One speller per language, knowing `words` too (personal dictionary). ~3 ms for French. */
export async function loadSpellers(
  langs: readonly Lang[] = ['fr', 'en'],
  options: {words?: Iterable<string>; dir?: string} = {}
): Promise<Record<Lang, PreparedSpeller>> {
  const dir = options.dir ?? dictionaryDir()
  const words = options.words ? [...options.words] : undefined
  const entries = await Promise.all(
    langs.map(async (lang) => {
      const file = path.join(dir, `${lang}.spell`)
      const bytes = await fs.readFile(file)
      try {
        return [lang, createSpeller(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {words})] as const
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`)
      }
    })
  )
  return Object.fromEntries(entries) as Record<Lang, PreparedSpeller>
}
