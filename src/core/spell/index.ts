// Spelling for Témoin (issue 5): nspell-compatible checkers loaded from prepared dictionaries
// (scripts/build-spell.mjs → resources/dict/<lang>.spell). Pure: dictionary bytes come in as
// arguments; the CLI (src/cli/spell.ts) reads them from disk, the editor worker
// (src/renderer/spell/) gets them bundled by Vite.
import {PreparedSpeller, type Speller, type SpellerOptions} from './speller.js'

export {PreparedSpeller, casing, type Speller, type SpellerOptions} from './speller.js'
export {Dawg, type SpellHeader} from './dawg.js'
export {decodeBase64} from './base64.js'
export {isKnownToken, spellableWords, type SpellToken} from './tokens.js'

/** A speller for prepared dictionary bytes, knowing `options.words` too (personal dictionary…). */
export function createSpeller(bytes: Uint8Array, options?: SpellerOptions): PreparedSpeller {
  return new PreparedSpeller(bytes, options)
}

export type {Speller as SpellChecker}
