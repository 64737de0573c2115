// src/core/to-nlcst.ts (our port of mdast-util-to-nlcst's `toNlcst`) gives exactly the installed
// mdast-util-to-nlcst's trees: same nodes, values and positions (line, column, offset), the same
// sharing of point objects, and the same calls to the parser (tokenize, sentence, paragraph and
// root plugins), on the corpora and on generated Markdown, for ParseLatin and ParseEnglish.
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import type {Nodes as MdastNodes, Root as MdastRoot, TableCell} from 'mdast'
import {toNlcst as originalToNlcst} from 'mdast-util-to-nlcst'
import type {Root as NlcstRoot} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {splitChunks} from '../src/core/chunks.js'
import {parseFrontmatter} from '../src/core/frontmatter.js'
import {parseMarkdown} from '../src/core/markdown.js'
import {toNlcst, type Options, type ParserInstance} from '../src/core/to-nlcst.js'

// What src/core/engine.ts passes (a copy: engine.ts does not export them).
const engineOptions: Options = {
  ignore: ['code', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference', 'temoinUrl', 'footnoteDefinition'],
  source: ['inlineCode']
}
// The engine's options, the defaults (images' alt text, html…), and other lists.
const optionSets: Array<Options | undefined> = [engineOptions, undefined, {ignore: ['emphasis', 'link'], source: ['html', 'code', 'strong']}]

type Lang = 'fr' | 'en'
const makeParser = (lang: Lang) => (lang === 'fr' ? new ParseLatin() : new ParseEnglish()) as unknown as ParserInstance

/** A parser whose tokenize and plugins log what they are given (snapshots), to compare the calls. */
function recordingParser(lang: Lang, log: unknown[]): ParserInstance {
  const parser = makeParser(lang)
  const tokenize = parser.tokenize.bind(parser)
  parser.tokenize = (value) => {
    log.push(['tokenize', value])
    return tokenize(value)
  }
  const spy =
    (kind: string) =>
    (node: unknown): undefined => {
      log.push(kind + JSON.stringify(node))
    }
  parser.tokenizeSentencePlugins = [spy('sentence<'), ...parser.tokenizeSentencePlugins, spy('sentence>')]
  parser.tokenizeParagraphPlugins = [spy('paragraph<'), ...parser.tokenizeParagraphPlugins, spy('paragraph>')]
  parser.tokenizeRootPlugins = [spy('root<'), ...parser.tokenizeRootPlugins, spy('root>')]
  return parser
}

/** The pattern of shared point objects: each `position.start`/`end` numbered by first appearance. */
function sharing(tree: NlcstRoot): number[] {
  const ids = new Map<object, number>()
  const out: number[] = []
  const visit = (node: {position?: {start: object; end: object}; children?: unknown[]}) => {
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        if (!ids.has(point)) ids.set(point, ids.size)
        out.push(ids.get(point) as number)
      }
    }
    for (const child of node.children ?? []) visit(child as typeof node)
  }
  visit(tree as never)
  return out
}

/** Mirrors engine.ts: bare URLs in links become `temoinUrl` (ignored), and table cells are listed. */
function prepare(mdast: MdastRoot): TableCell[] {
  const cells: TableCell[] = []
  const stack: MdastNodes[] = [mdast]
  while (stack.length > 0) {
    const node = stack.pop() as MdastNodes
    if (node.type === 'link' && node.children.length === 1 && node.children[0].type === 'text' && node.children[0].value === node.url) {
      ;(node as unknown as {type: string}).type = 'temoinUrl'
    }
    if (node.type === 'tableCell') cells.push(node)
    if ('children' in node) stack.push(...(node.children as MdastNodes[]))
  }
  return cells
}

interface Stats {
  trees: number
  words: number
  positioned: number
}

/** Converts `tree` with both implementations, with fresh recording parsers, and compares everything. */
function compare(tree: MdastNodes, text: string, lang: Lang, options: Options | undefined, stats?: Stats, label = text): void {
  const oursLog: unknown[] = []
  const theirsLog: unknown[] = []
  const ours = toNlcst(tree, new VFile({value: text}), recordingParser(lang, oursLog), options)
  const theirs = originalToNlcst(tree as never, new VFile({value: text}), recordingParser(lang, theirsLog) as never, options as never) as NlcstRoot
  expect(ours, label).toStrictEqual(theirs)
  expect(sharing(ours), label).toEqual(sharing(theirs))
  expect(oursLog, label).toStrictEqual(theirsLog)
  if (stats) {
    stats.trees++
    const count = (node: {type: string; position?: unknown; children?: unknown[]}) => {
      if (node.type === 'WordNode') stats.words++
      if (node.position) stats.positioned++
      for (const child of node.children ?? []) count(child as typeof node)
    }
    count(ours as never)
  }
}

/** Everything the engine converts for one chunk text, plus the whole document, in every option set. */
function compareDocument(text: string, lang: Lang, stats?: Stats, options_ = optionSets): void {
  const targets: Array<[string, MdastRoot]> = [[text, parseMarkdown(text)]]
  const chunks = splitChunks(text)
  if (chunks.length > 1 || chunks[0]?.text !== text) for (const chunk of chunks) targets.push([chunk.text, parseMarkdown(chunk.text)])
  for (const [source, mdast] of targets) {
    const cells = prepare(mdast)
    for (const options of options_) {
      compare(mdast, source, lang, options, stats)
      // Table cells are converted one by one, as withTableCells does.
      for (const cell of cells) {
        const root = {type: 'root', children: [{type: 'paragraph', children: cell.children, position: cell.position}], position: cell.position} as MdastRoot
        compare(root, source, lang, options, stats, `cell of ${source}`)
      }
    }
  }
}

// --- Corpora -----------------------------------------------------------------------------------

interface Item {
  lang: Lang
  text: string
}

function readItems(file: string): Item[] {
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Item)
}

const corpusFiles = [
  path.join(__dirname, 'corpus', 'probe.jsonl'),
  path.join(__dirname, 'corpus', 'heldout.jsonl'),
  process.env.TEMOIN_CORPUS ?? path.resolve(__dirname, '../../shared/corpus/dev.jsonl')
]

describe('toNlcst port', () => {
  it('reads the three corpora', () => {
    for (const file of corpusFiles) expect(readItems(file).length, file).toBeGreaterThan(100)
  })

  it('gives the original’s trees on every corpus item, and on the items joined into documents', () => {
    const stats: Stats = {trees: 0, words: 0, positioned: 0}
    for (const file of corpusFiles) {
      const items = readItems(file)
      for (const item of items) compareDocument(item.text, item.lang, stats)
      for (const lang of ['fr', 'en'] as const) {
        const texts = items.filter((item) => item.lang === lang).map((item) => item.text)
        // Groups of items as paragraphs, as lines of one paragraph, and with other line endings.
        for (let i = 0; i < texts.length; i += 12) {
          const group = texts.slice(i, i + 12)
          const options = [engineOptions, undefined]
          compareDocument(group.join('\n\n'), lang, stats, options)
          compareDocument(group.join('\n'), lang, stats, options)
          compareDocument(group.join('\r\n\r\n'), lang, stats, options)
          compareDocument(group.join('\r'), lang, stats, options)
        }
      }
    }
    // The comparison is only worth something if the trees hold positioned words.
    expect(stats.trees).toBeGreaterThan(3000)
    expect(stats.words).toBeGreaterThan(50_000)
    expect(stats.positioned).toBeGreaterThan(stats.words)
  })

  it('gives the original’s trees on the Markdown fixtures (front matter cut off as the engine does)', () => {
    const dir = path.join(__dirname, 'fixtures', 'export')
    const files = fs.readdirSync(dir).filter((name) => name.endsWith('.md'))
    expect(files.length).toBeGreaterThan(0)
    for (const name of files) {
      const whole = fs.readFileSync(path.join(dir, name), 'utf8')
      const body = whole.slice(parseFrontmatter(whole).end)
      compareDocument(body, 'fr')
      compareDocument(body, 'en')
    }
  })

  it('takes a parser class as the original does', () => {
    const text = 'Le **contrat** est signé. Voir [les CGV](/cgv) !\n\n- un\n- deux'
    const mdast = parseMarkdown(text)
    for (const Parser of [ParseLatin, ParseEnglish]) {
      const ours = toNlcst(mdast, new VFile({value: text}), Parser as never, engineOptions)
      const theirs = originalToNlcst(mdast as never, new VFile({value: text}), Parser as never, engineOptions as never)
      expect(ours).toStrictEqual(theirs)
      expect(toString(ours)).toContain('contrat')
    }
  })

  it('throws the original’s errors on invalid input', () => {
    const file = new VFile({value: 'a'})
    const parser = makeParser('fr')
    const noPosition = {type: 'root', children: []} as MdastRoot
    for (const [tree, f, p] of [
      [undefined, file, parser],
      [noPosition, file, parser],
      [parseMarkdown('a'), {}, parser],
      [parseMarkdown('a'), file, undefined]
    ] as const) {
      let expected: unknown
      try {
        originalToNlcst(tree as never, f as never, p as never)
      } catch (error) {
        expected = error
      }
      expect(expected).toBeInstanceOf(Error)
      expect(() => toNlcst(tree as never, f as never, p as never)).toThrow((expected as Error).message)
    }
  })

  it('keeps positions past the end of the file undefined, and offsets at its end, as vfile-location does', () => {
    // The mdast claims more text than the file holds (as for a tree of another text).
    const mdast = parseMarkdown('Un texte plus long que le fichier.\nDeuxième ligne.')
    for (const value of ['Un texte court.', 'Un texte\r\nplus long que le', '']) {
      for (const options of [...optionSets, {}]) compare(mdast, value, 'fr', options)
    }
  })

  it('would catch a mismatch', () => {
    const text = 'Le contrat est signé.\nLa facture suit !\n\n## Titre\n\n- un *point*'
    const mdast = parseMarkdown(text)
    const theirs = originalToNlcst(mdast as never, new VFile({value: text}), makeParser('fr') as never, engineOptions as never) as NlcstRoot
    const mutate = (change: (tree: NlcstRoot) => void) => {
      const ours = toNlcst(mdast, new VFile({value: text}), makeParser('fr'), engineOptions)
      expect(ours).toStrictEqual(theirs)
      change(ours)
      expect(() => expect(ours).toStrictEqual(theirs)).toThrow()
    }
    const firstWord = (tree: NlcstRoot) => (tree.children[0] as any).children[0].children[0]
    mutate((tree) => firstWord(tree).position.end.column++)
    mutate((tree) => firstWord(tree).position.start.offset++)
    mutate((tree) => (firstWord(tree).position.end.line = 2))
    mutate((tree) => (firstWord(tree).children[0].value = 'la'))
    mutate((tree) => delete firstWord(tree).position)
    // Sharing: a copied point is equal but not the same object.
    const ours = toNlcst(mdast, new VFile({value: text}), makeParser('fr'), engineOptions)
    const paragraph = ours.children[0] as any
    expect(sharing(ours)).toEqual(sharing(theirs))
    paragraph.position.start = {...paragraph.position.start}
    expect(ours).toStrictEqual(theirs)
    expect(sharing(ours)).not.toEqual(sharing(theirs))
  })

  // --- Generated Markdown --------------------------------------------------------------------

  const word = fc.constantFrom('Le', 'contrat', 'été', 'signé', 'escrocs', 'the', 'salesmen', 'chairman', 'l’agence', "don't", 'M.', 'Dr.', '2023', '06 00 00 00 00', 'e-mail', 'état-civil', '🙂', 'ﬁn', 'x')
  const punctuation = fc.constantFrom('.', ',', ' !', ' ?', '?!', '…', '...', ' :', ' ;', '« ', ' »', '"', '(', ')', '-', ' – ', '/', '’', '\u00a0', '\u202f!')
  const syntax = fc.constantFrom(
    '**gras**',
    '*italique*',
    '_souligné_',
    '***les deux***',
    '**deux *mots***',
    '~~barré~~',
    '[lien](https://exemple.fr/a)',
    '[lien **gras** ici](/cgv "Titre")',
    '[https://exemple.fr](https://exemple.fr)',
    '![alt du texte](image.png)',
    '![](vide.png)',
    '![alt *em* fin](a.png "t")',
    '![réf][img]',
    '[réf][ref]',
    '[ref]',
    '`code`',
    '``co`de``',
    '<span>html</span>',
    '<b>',
    '<!-- commentaire -->',
    '  \n',
    '\\\n',
    '\n',
    'https://exemple.fr/x',
    'www.exemple.fr',
    'a@exemple.fr',
    '[^1]',
    '&amp;',
    '&nbsp;',
    '\\*',
    '\t'
  )
  const inline = fc
    .array(fc.oneof({weight: 6, arbitrary: word}, {weight: 4, arbitrary: fc.constant(' ')}, {weight: 3, arbitrary: punctuation}, {weight: 3, arbitrary: syntax}), {minLength: 1, maxLength: 14})
    .map((parts) => parts.join(''))
  const cellText = inline.map((text) => text.replace(/[|\r\n\\]/g, ' '))
  const block = fc.oneof(
    {weight: 6, arbitrary: inline},
    {weight: 2, arbitrary: fc.tuple(fc.integer({min: 1, max: 6}), inline).map(([n, text]) => '#'.repeat(n) + ' ' + text.replace(/\n/g, ' '))},
    {weight: 1, arbitrary: fc.tuple(inline, fc.constantFrom('===', '---')).map(([text, line]) => text.replace(/\n/g, ' ') + '\n' + line)},
    {weight: 2, arbitrary: fc.array(inline, {minLength: 1, maxLength: 4}).map((items) => items.map((item) => '- ' + item.replace(/\n/g, ' ')).join('\n'))},
    {weight: 2, arbitrary: fc.array(inline, {minLength: 1, maxLength: 4}).map((items) => items.map((item, i) => `${i + 1}. ${item}`).join('\n'))},
    {weight: 1, arbitrary: fc.tuple(inline, inline).map(([a, b]) => `- ${a.replace(/\n/g, ' ')}\n  - ${b.replace(/\n/g, ' ')}\n\n  suite\n- [ ] tâche`)},
    {weight: 1, arbitrary: fc.array(inline, {minLength: 1, maxLength: 3}).map((lines) => lines.map((line) => '> ' + line.replace(/\n/g, '\n> ')).join('\n'))},
    {weight: 1, arbitrary: inline.map((text) => '```js\n' + text.replace(/`/g, '') + '\n```')},
    {weight: 1, arbitrary: inline.map((text) => '    ' + text.replace(/\n/g, ' '))},
    {weight: 1, arbitrary: inline.map((text) => '<div>\n' + text.replace(/\n/g, ' ') + '\n</div>')},
    {weight: 1, arbitrary: fc.constantFrom('<!-- temoin-disable insult -->', '---', '***', '[ref]: https://exemple.fr "Titre"', '[img]: img.png')},
    {weight: 1, arbitrary: inline.map((text) => '[^1]: ' + text.replace(/\n/g, ' '))},
    {
      weight: 2,
      arbitrary: fc
        .array(fc.tuple(cellText, cellText), {minLength: 1, maxLength: 3})
        .map((rows) => '| ' + rows[0][0] + ' | ' + rows[0][1] + ' |\n| --- | :-: |\n' + rows.slice(1).map(([a, b]) => `| ${a} | ${b} |`).join('\n'))
    }
  )
  const documentText = fc
    .tuple(fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n')), {minLength: 1, maxLength: 6}), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
    .map(([blocks, eol, trailing]) => {
      const text = blocks.map(([b, sep], i) => (i === 0 ? b : sep + b)).join('') + (trailing ? '\n' : '')
      return eol === '\n' ? text : text.replace(/\n/g, eol)
    })

  for (const lang of ['fr', 'en'] as const) {
    it(`gives the original’s trees on generated Markdown (${lang === 'fr' ? 'ParseLatin' : 'ParseEnglish'})`, () => {
      const stats: Stats = {trees: 0, words: 0, positioned: 0}
      const seen = {table: 0, image: 0, inlineCode: 0, break: 0, html: 0, heading: 0, list: 0}
      fc.assert(
        fc.property(documentText, (text) => {
          const walk = (node: MdastNodes) => {
            if (node.type in seen) seen[node.type as keyof typeof seen]++
            if ('children' in node) for (const child of node.children) walk(child as MdastNodes)
          }
          walk(parseMarkdown(text))
          compareDocument(text, lang, stats)
        }),
        {numRuns: Number(process.env.TO_NLCST_RUNS ?? 400)}
      )
      // The generator must actually produce the constructs it is meant to test.
      for (const [type, count] of Object.entries(seen)) expect(count, type).toBeGreaterThan(10)
      expect(stats.words).toBeGreaterThan(10_000)
    })
  }
})
