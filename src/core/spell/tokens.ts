// Which words of a prose text are spell-checked, and French/English tolerance for forms a
// Hunspell-style dictionary does not list whole (Hunspell itself splits on hyphens with `BREAK`,
// which nspell does not implement). Shared by the `spelling` rule and the editor worker. Pure.
import type {Speller} from './speller.js'

export interface SpellToken {
  word: string
  /** Index of the first character in the text. */
  start: number
  /** Index after the last character. */
  end: number
}

// Letters (with marks), joined by in-word apostrophes or hyphens (« aujourd'hui », « peut-être »).
const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’ʼ\-‑][\p{L}\p{M}\p{N}_]+)*/gu
// Spans that are not prose even inside a paragraph: URLs, e-mail addresses, file or domain names.
// Decided per whitespace-delimited run with anchored, linear tests: unanchored URL/e-mail regexes
// over the whole text go quadratic on long letter runs (a 200 000-letter "word").
const RUN = /[^\s«»"“”()<>[\]{}]+/gu
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\/|^(?:mailto|tel|urn|data):|^www\./i
const EMAIL = /^[^@]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u
const DOTTED = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.[a-z]{2,4}(?:\/\S*)?$/iu // example.fr/page, index.js
const TRAILING = ".,;:!?'’"

function isNonProseRun(run: string): boolean {
  if (run.includes('://') || SCHEME.test(run)) return true
  let end = run.length
  while (end > 0 && TRAILING.includes(run.charAt(end - 1))) end-- // a loop: /[…]+$/ is quadratic on "!!!…"
  const bare = run.slice(0, end)
  if (bare.includes('@')) return EMAIL.test(bare) || bare.startsWith('@')
  return bare.includes('.') && DOTTED.test(bare)
}

const HAS_DIGIT = /[\p{N}_]/u
const HAS_LOWER = /\p{Ll}/u
const OBJECT_REPLACEMENT = '\uFFFC' // inline code placeholder in the engine's prose views

/** The words to check in a prose text, with their positions. */
export function spellableWords(text: string): SpellToken[] {
  const skipped: Array<[number, number]> = []
  RUN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = RUN.exec(text))) {
    if (isNonProseRun(m[0])) skipped.push([m.index, m.index + m[0].length])
  }
  const out: SpellToken[] = []
  let s = 0
  WORD.lastIndex = 0
  while ((m = WORD.exec(text))) {
    const start = m.index
    const end = start + m[0].length
    while (s < skipped.length && skipped[s][1] <= start) s++
    if (s < skipped.length && skipped[s][0] < end) continue
    const word = m[0]
    if (word.length < 2) continue // single letters: « a », « y », initials
    if (HAS_DIGIT.test(word)) continue // 10h30, 3e, 1er, snake_case
    if (!HAS_LOWER.test(word)) continue // acronyms and shouted words (the `emotion` rule's business)
    const before = text.charAt(start - 1)
    if (before === '@' || before === '#' || before === OBJECT_REPLACEMENT) continue
    if (text.charAt(end) === OBJECT_REPLACEMENT) continue
    out.push({word, start, end})
  }
  return out
}

const FR_ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)['’ʼ](.+)$/iu
// Pronouns that follow a verb with a hyphen (« écrivait-il », « lisait-on », « dis-moi »,
// « va-t-en »), and « -ci »/« -là » (« celui-ci »).
const FR_ENCLITICS = new Set(['je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ce', 'le', 'la', 'les', 'lui', 'leur', 'moi', 'toi', 'y', 'en', 'ci', 'là'])
const EN_POSSESSIVE = /^(.+?)(?:['’ʼ]s|s['’ʼ])$/iu

/** Case-insensitive match against an extra-words set, like nspell's `form` (exact, Sentence, lower). */
function inExtra(word: string, extra?: ReadonlySet<string>): boolean {
  if (!extra || extra.size === 0) return false
  if (extra.has(word)) return true
  const lower = word.toLowerCase()
  if (word.toUpperCase() === word && extra.has(word.charAt(0) + word.slice(1).toLowerCase())) return true
  return lower !== word && extra.has(lower)
}

/**
 * Whether `word` (a token from `spellableWords`) is acceptable: known to the speller, or an elided /
 * hyphenated / possessive form whose parts are. `extra` holds per-document words (front matter).
 */
export function isKnownToken(speller: Speller, word: string, lang: 'fr' | 'en', extra?: ReadonlySet<string>, depth = 0): boolean {
  if (inExtra(word, extra) || speller.correct(word)) return true
  if (depth > 2) return false // « l'l'l'… »: no real word nests elisions or possessives deeper
  if (lang === 'fr') {
    const elided = FR_ELISION.exec(word)
    if (elided && isKnownToken(speller, elided[1], lang, extra, depth + 1)) return true
  } else {
    const possessive = EN_POSSESSIVE.exec(word)
    if (possessive && isKnownToken(speller, possessive[1], lang, extra, depth + 1)) return true
  }
  const parts = word.split(/[-‑]/)
  if (parts.length < 2) return false
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (!part) return false
    if (lang === 'fr' && i > 0) {
      const lower = part.toLowerCase()
      if (FR_ENCLITICS.has(lower)) continue
      // Euphonic « t » only between a verb and a pronoun: « a-t-il », « va-t-on ».
      if (lower === 't' && i < parts.length - 1 && FR_ENCLITICS.has(parts[i + 1].toLowerCase())) continue
    }
    if (!(inExtra(part, extra) || speller.correct(part) || (lang === 'fr' && FR_ELISION.test(part) && isKnownToken(speller, part, lang, extra, depth + 1)))) return false
  }
  return true
}
