// Unicode character classes for the hot loops (tokenising, counting words) without a regular
// expression match per word: a match allocates an array, and the engine tokenises every paragraph
// on every keystroke. Each BMP code point is classified once (by the same \p{…} classes the
// regular expressions used) and remembered in a table; astral code points are classified each time.
const LETTER = 1
const MARK = 2
const NUMBER = 4
const KNOWN = 8
const table = new Uint8Array(0x10000)
const letter = /\p{L}/u
const mark = /\p{M}/u
const number = /\p{N}/u

function classify(cp: number): number {
  const char = String.fromCodePoint(cp)
  return (letter.test(char) ? LETTER : 0) | (mark.test(char) ? MARK : 0) | (number.test(char) ? NUMBER : 0)
}

function classOf(cp: number): number {
  if (cp >= 0x10000) return classify(cp)
  let value = table[cp]
  if (value === 0) {
    // A lone surrogate is no letter (the `u` regular expressions see it as one code point).
    value = KNOWN | (cp >= 0xd800 && cp <= 0xdfff ? 0 : classify(cp))
    table[cp] = value
  }
  return value
}

/** \p{L} */
export function isLetter(cp: number): boolean {
  return (classOf(cp) & LETTER) !== 0
}

/** [\p{L}\p{M}\p{N}] */
export function isWordPart(cp: number): boolean {
  return (classOf(cp) & (LETTER | MARK | NUMBER)) !== 0
}

/** [\p{L}\p{N}] */
export function isLetterOrNumber(cp: number): boolean {
  return (classOf(cp) & (LETTER | NUMBER)) !== 0
}

/** The code point at `i` (a lone surrogate is returned as is, like String#codePointAt). */
export function codePointAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1)
    if (next >= 0xdc00 && next <= 0xdfff) return (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000
  }
  return code
}

/**
 * Number of matches of /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu in `text` (the word count), without
 * building the matches.
 */
export function countWords(text: string): number {
  let count = 0
  let i = 0
  const length = text.length
  while (i < length) {
    let cp = codePointAt(text, i)
    if (!isLetterOrNumber(cp)) {
      i += cp > 0xffff ? 2 : 1
      continue
    }
    count++
    // Consume the word: runs of letters/digits joined by ' ’ or -.
    for (;;) {
      while (i < length && isLetterOrNumber((cp = codePointAt(text, i)))) i += cp > 0xffff ? 2 : 1
      const joiner = text.charCodeAt(i)
      if (i + 1 < length && (joiner === 0x27 || joiner === 0x2019 || joiner === 0x2d) && isLetterOrNumber(codePointAt(text, i + 1))) {
        i++
        continue
      }
      break
    }
  }
  return count
}
