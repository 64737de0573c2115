// The hand-written scanners give exactly what the regular expressions they replace give, on any
// text (letters of every script, combining marks, digits, apostrophes, hyphens, astral characters
// and lone surrogates).
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {countWords} from './chars.js'
import {tokenize} from './text.js'

const tokenExpression = /[\p{L}\p{M}\p{N}]+(?:['’ʼ](?=\p{L}))?/gu
const wordExpression = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

const pieces = fc.oneof(
  fc.constantFrom('a', 'É', 'ß', 'œ', 'е', 'ж', 'ا', '中', '1', '٣', '²', 'e\u0301', '\u0301', "'", '’', 'ʼ', '-', ' ', '\u00A0', '.', '«', '𝐀', '𝟙', '😀', '\uD800', '\uDC00', '_', '\t', '\n'),
  fc.string({unit: 'binary', maxLength: 3})
)
const texts = fc.array(pieces, {maxLength: 40}).map((parts) => parts.join(''))

describe('character scanners', () => {
  it('tokenize finds the regular expression’s tokens, at the same places', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const expected = [...text.matchAll(tokenExpression)].map((m) => [m[0], m.index, m.index + m[0].length])
        expect(tokenize(text).map((t) => [t.value, t.start, t.end]), JSON.stringify(text)).toEqual(expected)
      }),
      {numRuns: 5000}
    )
  })

  it('countWords counts the regular expression’s words', () => {
    expect(countWords('Le 3 mars, l’agence Web-Exemple m’a appelé.')).toBe(7)
    fc.assert(
      fc.property(texts, (text) => {
        expect(countWords(text), JSON.stringify(text)).toBe([...text.matchAll(wordExpression)].length)
      }),
      {numRuns: 5000}
    )
  })
})
