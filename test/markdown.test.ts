// The engine's fast path for plain paragraphs builds exactly the tree remark-parse builds.
import fc from 'fast-check'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {isPlainParagraph, parseMarkdown} from '../src/core/markdown.js'

const remark = unified().use(remarkParse).use(remarkGfm)
const alphabet = [...'abcdeéèàçù ÉAZ0123456789.,;:!?«»’\'"()-/%€$°\n\t*_[]<>#|&@\\~`=+']

describe('markdown fast path', () => {
  it('is taken for plain prose and gives remark-parse’s tree', () => {
    const text = 'Le 3 mars 2023, l’agence m’a appelé.\nJe trouve : « non » ! Vraiment ?\n'
    expect(isPlainParagraph(text)).toBe(true)
    expect(parseMarkdown(text)).toEqual(remark.parse(text))
  })

  it('is not taken for Markdown syntax', () => {
    for (const text of ['# Titre', '- item', '1. item', '> cité', 'un **gras**', 'voir https://exemple.fr', 'a@b.fr', 'ligne  \nsuite', '    code', 'Titre\n===', 'a | b']) {
      expect(isPlainParagraph(text), text).toBe(false)
    }
  })

  it('agrees with remark-parse on random chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), {minLength: 1, maxLength: 80}), (chars) => {
        const text = chars.join('').replace(/\n{2,}/g, '\n')
        if (!text.trim()) return
        expect(parseMarkdown(text)).toEqual(remark.parse(text))
      }),
      {numRuns: 3000}
    )
  })
})
