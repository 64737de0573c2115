// The engine's fast path builds exactly the tree remark-parse (+ remark-gfm) builds, for the
// chunks it accepts (plain paragraphs, headings, simple lists, bold, italics, links), and declines
// everything else.
import fc from 'fast-check'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {fastParse, isFastPath, parseMarkdown} from '../src/core/markdown.js'

const remark = unified().use(remarkParse).use(remarkGfm)
const alphabet = [...'abcdeéèàçù ÉAZ0123456789.,;:!?«»’\'"()-/%€$°\n\t*_[]<>#|&@\\~`=+']

// Pieces of inline content: words, punctuation, and the syntax the fast path reads or must decline.
const inlinePiece = fc.oneof(
  {weight: 14, arbitrary: fc.constantFrom('mot', 'Été', 'x', '2023', ' ', ' ', ', ', '.', ' !', '« ', ' »', '’', "'", '(', ')', ':', '-', '#', '1.', '3)', '^', '!')},
  {weight: 4, arbitrary: fc.constantFrom('**gras**', '*it*', '**deux mots**', 'a**b**c', '*a*b*c*', '**x**y', '(**x**)', '[lien](https://ex.fr/p?q=1)', '[Les CGV](/cgv)', '[a b](#ancre)', '[x](mailto:a@b.fr)')},
  {weight: 1, arbitrary: fc.constantFrom('**', '*', '***', '[', ']', '](', '[a]', '[a][b]', '![i](x.png)', '[a](b c)', '[a](<b>)', '[a](b(c))', '[^1]', '[ ]', '[x]', '_', '__a__', '`c`', '~~b~~', '<b>', '&amp;', '\\*', 'www.a.fr', 'https://a.fr', 'a@b.fr', '|', '\t', '  ', '\n')}
)
const inline = fc.array(inlinePiece, {minLength: 1, maxLength: 10}).map((parts) => parts.join(''))
const oddPrefix = fc.constantFrom('####### ', '#', '* ', '+ ', '> ', '    ', ' ', '=', '---', '- [ ] ', '1234567890. ', '2) ', '-  ')
// A chunk of one kind (paragraph, heading, bullet or ordered list), with now and then a line of
// another kind or an odd prefix.
const chunk = fc
  .tuple(
    fc.constantFrom('paragraph', 'heading', 'bullet', 'ordered'),
    fc.array(fc.tuple(fc.nat(19), fc.nat(9), oddPrefix, inline), {minLength: 1, maxLength: 4}),
    fc.boolean()
  )
  .map(([kind, lines, newline]) => {
    const text = lines
      .map(([odd, n, prefix, content]) => {
        if (odd === 0) return prefix + content
        if (kind === 'heading') return '#'.repeat(1 + (n % 6)) + ' ' + content
        if (kind === 'bullet') return '- ' + content
        if (kind === 'ordered') return String(n) + (odd === 1 ? ')' : '.') + ' ' + content
        return content
      })
      .join('\n')
    return text.replace(/\n{2,}/g, '\n') + (newline ? '\n' : '')
  })

describe('markdown fast path', () => {
  it('is taken for plain prose and gives remark-parse’s tree', () => {
    const text = 'Le 3 mars 2023, l’agence m’a appelé.\nJe trouve : « non » ! Vraiment ?\n'
    expect(isFastPath(text)).toBe(true)
    expect(parseMarkdown(text)).toEqual(remark.parse(text))
  })

  it('is taken for headings, simple lists, bold, italics and links, with remark-parse’s tree', () => {
    for (const text of [
      '## Les faits',
      '- Le 3 mars : **signature** du contrat.\n- Le 4 mars : *livraison* annoncée.\n',
      '1. Voir [les CGV](https://exemple.fr/cgv).\n2. Puis la facture.',
      'Selon moi, la **présentation** du contrat manquait de clarté, voir [les CGV](https://exemple.fr/cgv).\n',
      '**Important** : le contrat dure *quarante-huit* mois.\nSuite du paragraphe.'
    ]) {
      expect(isFastPath(text), text).toBe(true)
      expect(parseMarkdown(text), text).toEqual(remark.parse(text))
    }
  })

  it('is not taken for other Markdown syntax', () => {
    for (const text of ['> cité', '* item', '+ item', '- [ ] tâche', 'voir https://exemple.fr', 'a@b.fr', 'ligne  \nsuite', '    code', 'Titre\n===', 'a | b', '## Titre ##', '## Titre\nsuite', '- a\nsuite', '1. a\n2) b', 'un ***gras***', 'un * seul', '![image](a.png)', '[réf]', '[a](b "titre")', '`code`', '~~barré~~', 'a_b_', 'Voici :\n- a']) {
      expect(isFastPath(text), text).toBe(false)
      // Whatever the path, the tree is remark's.
      expect(parseMarkdown(text), text).toEqual(remark.parse(text))
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

  it('agrees with remark-parse on generated Markdown chunks, and takes the fast path for many of them', () => {
    let fast = 0
    let runs = 0
    fc.assert(
      fc.property(chunk, (text) => {
        runs++
        const tree = fastParse(text)
        if (tree === undefined) return
        fast++
        expect(tree, JSON.stringify(text)).toEqual(remark.parse(text))
      }),
      {numRuns: Number(process.env.FAST_RUNS ?? 6000)}
    )
    // The generator is built so that a real share of its chunks is in the fast subset: if the
    // fast path stopped accepting them, this property would test nothing.
    expect(fast / runs).toBeGreaterThan(0.1)
  })
})
