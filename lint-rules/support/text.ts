// Text helpers shared by every rule: tokenising, folding, case matching.
// Pure and fast: they run on every keystroke in the editor.
import {codePointAt, isLetter, isWordPart} from './chars.js'

export interface Token {
  /** The token as written (an elided article keeps its apostrophe: « l' »). */
  value: string
  /** Lowercased, apostrophes normalised to U+0027. */
  lower: string
  /** `lower` without diacritics, œ → oe, æ → ae: what lexicons match on. */
  fold: string
  /** The first three characters of `fold` ('' when shorter): the lexicons' prefix-index key. */
  fold3: string
  /** Index of the first character in the view's text. */
  start: number
  /** Index after the last character in the view's text. */
  end: number
  /**
   * Lexicon-key ids of `fold` and `fold3` (-1: no lexicon indexes it), valid for the key generation
   * `keysAt` (see `tokenKeys`). Lexicons look tokens up by these numbers instead of hashing strings.
   */
  id: number
  id3: number
  keysAt: number
}

// The words and three-letter prefixes that lexicons index by their first token, each with a number.
// Lexicons compiled later (tests, options) add keys: a new generation, and tokens made earlier
// refresh their ids when a lexicon reads them.
const lexiconKeys = new Map<string, number>()
export const keyState = {generation: 0}

/** The id of a lexicon key, registered if new. */
export function lexiconKeyId(key: string): number {
  let id = lexiconKeys.get(key)
  if (id === undefined) {
    id = lexiconKeys.size
    lexiconKeys.set(key, id)
    keyState.generation++
  }
  return id
}

/** Brings a token's key ids up to date (after lexicons registered new keys). */
export function refreshKeys(token: Token): void {
  token.id = lexiconKeys.get(token.fold) ?? -1
  token.id3 = token.fold3 ? (lexiconKeys.get(token.fold3) ?? -1) : -1
  token.keysAt = keyState.generation
}

// Tokens: a run of letters/digits, plus a trailing apostrophe when a letter follows (French elision:
// « l'agence » → « l' » + « agence »). Hyphens separate tokens (« est-ce » → « est » + « ce »).
const nonAscii = /[^\u0000-\u007F]/
const marks = /\p{M}/gu

// Words repeat: folding is memoised (bounded, cleared when full).
const folded = new Map<string, string>()

/** Lowercase, strip diacritics, normalise apostrophes and ligatures. */
export function fold(value: string): string {
  let lower = value.toLowerCase()
  if (!nonAscii.test(lower)) return lower
  const known = folded.get(lower)
  if (known !== undefined) return known
  if (folded.size > 50_000) folded.clear()
  const result = foldSlow(lower)
  folded.set(lower, result)
  return result
}

function foldSlow(lower: string): string {
  lower = lower.replace(/[’ʼ]/g, "'").replace(/œ/g, 'oe').replace(/æ/g, 'ae')
  return lower.normalize('NFD').replace(marks, '')
}

// Words repeat: each distinct spelling's lowercase, folded and prefix forms (and key ids) are
// computed once (bounded, cleared when full).
interface WordForms {
  lower: string
  fold: string
  fold3: string
  id: number
  id3: number
  keysAt: number
}
const wordForms = new Map<string, WordForms>()
const apostrophes = /[’ʼ]/g

function formsOf(value: string): WordForms {
  let forms = wordForms.get(value)
  if (forms === undefined) {
    if (wordForms.size > 50_000) wordForms.clear()
    const lower = value.toLowerCase().replace(apostrophes, "'")
    const folded = fold(lower)
    const fold3 = folded.length >= 3 ? folded.slice(0, 3) : ''
    forms = {lower, fold: folded, fold3, id: -1, id3: -1, keysAt: -1}
    wordForms.set(value, forms)
  }
  if (forms.keysAt !== keyState.generation) {
    forms.id = lexiconKeys.get(forms.fold) ?? -1
    forms.id3 = forms.fold3 ? (lexiconKeys.get(forms.fold3) ?? -1) : -1
    forms.keysAt = keyState.generation
  }
  return forms
}

export function tokenize(text: string): Token[] {
  // What /[\p{L}\p{M}\p{N}]+(?:['’ʼ](?=\p{L}))?/gu matches, scanned by hand (no match array per word).
  const tokens: Token[] = []
  const length = text.length
  let i = 0
  while (i < length) {
    let cp = codePointAt(text, i)
    if (!isWordPart(cp)) {
      i += cp > 0xffff ? 2 : 1
      continue
    }
    const start = i
    while (i < length && isWordPart((cp = codePointAt(text, i)))) i += cp > 0xffff ? 2 : 1
    if (i + 1 < length) {
      const next = text.charCodeAt(i)
      if ((next === 0x27 || next === 0x2019 || next === 0x2bc) && isLetter(codePointAt(text, i + 1))) i++
    }
    const value = text.slice(start, i)
    const forms = formsOf(value)
    tokens.push({
      value,
      lower: forms.lower,
      fold: forms.fold,
      fold3: forms.fold3,
      start,
      end: i,
      id: forms.id,
      id3: forms.id3,
      keysAt: forms.keysAt
    })
  }
  return tokens
}

/** Gives `replacement` the capitalisation of `actual` (Capitalised, UPPER or as is). */
export function matchCase(replacement: string, actual: string): string {
  if (!replacement || !actual) return replacement
  const letters = actual.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase()
  }
  const first = actual.charAt(0)
  if (first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement
}

/** French typography: narrow no-break space before ; ! ? and no-break space inside « ». */
export const NNBSP = '\u202F'
export const NBSP = '\u00A0'

/** Quotes a phrase the French way: « phrase ». */
export function guillemets(value: string): string {
  return `«${NBSP}${value}${NBSP}»`
}

/** Quotes a phrase the English way: “phrase”. */
export function quotes(value: string): string {
  return `“${value}”`
}
