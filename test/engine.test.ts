// Engine mechanics with a small test rule (the real rules have their own fixtures): chunking,
// languages, control comments, allowed phrases, settings problems, incremental = full.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {compileLexicon, defineRule, sentenceViews} from '../lint-rules/support/index.js'
import {createEngine} from '../src/core/engine.js'

const lexicon = compileLexicon(
  [
    {id: 'arnaque', match: ['arnaqu*', 'arnak*'], suggest: ['pratique contestée']},
    {id: 'scam', match: ['scam*']}
  ],
  'test'
)
const testRule = defineRule(
  {id: 'criminal-term', severity: 'error', languages: ['fr', 'en'], title: {fr: 't', en: 't'}, summary: {fr: 's', en: 's'}},
  (tree, ctx) => {
    for (const view of sentenceViews(tree)) {
      for (const m of lexicon.find(view)) ctx.report({view, start: m.start, end: m.end, reason: `terme ${m.actual}`, entry: m.entry.id, expected: m.entry.suggest, note: 'n'})
    }
  }
)
const engine = createEngine({rules: [testRule]})
const lint = (text: string, settings = {}) => engine.createLinter(settings).lint(text)

describe('engine', () => {
  it('locates findings through Markdown markup', () => {
    const text = '# Titre\n\nAttention aux **arnaqueurs** du quartier.\n'
    const [message] = lint(text).messages
    expect(message.actual).toBe('arnaqueurs')
    expect(text.slice(message.place.start.offset, message.place.end.offset)).toBe('arnaqueurs')
    expect(message).toMatchObject({line: 3, column: 17, endLine: 3, endColumn: 27, fatal: true, severity: 'error', source: 'temoin', ruleId: 'criminal-term'})
  })

  it('reads each table cell as a paragraph of its own, in document order', () => {
    const text = 'Intro.\n\n| Date | Fait |\n| --- | --- |\n| 3 mars | Une arnaque, selon moi |\n| arn | aque |\nAprès le tableau, une arnaque.\n'
    const messages = lint(text).messages
    // Cells are not glued together (« arn » + « aque » is not a word), and places are exact.
    expect(messages.map((m) => [m.line, m.column, text.slice(m.place.start.offset, m.place.end.offset)])).toEqual([
      [5, 16, 'arnaque'],
      [7, 23, 'arnaque']
    ])
  })

  it('skips code, URLs, front matter and HTML comments', () => {
    const text = '---\ntitre: arnaque\n---\n\n`arnaque` et https://arnaque.example.com\n\n```\narnaque\n```\n\n<!-- arnaque -->\n'
    const result = lint(text)
    expect(result.messages).toEqual([])
    expect(result.frontmatter).toEqual({titre: 'arnaque'})
  })

  it('applies ignore to the next block only, and keeps the justification', () => {
    const text = '<!--temoin ignore criminal-term "pièce 4 : jugement du 3 mai 2022"-->\nUne arnaque.\n\nUne autre arnaque.\n'
    const result = lint(text)
    expect(result.messages.map((m) => m.line)).toEqual([4])
    expect(result.ignored).toHaveLength(1)
    expect(result.ignored[0].justification).toBe('pièce 4 : jugement du 3 mai 2022')
    expect(result.controls[0]).toMatchObject({keyword: 'ignore', ruleIds: ['criminal-term']})
  })

  it('applies ignore after a blank line to the next chunk', () => {
    const result = lint('<!--temoin ignore-->\n\nUne arnaque.\n\nUne autre arnaque.')
    expect(result.messages.map((m) => m.line)).toEqual([5])
  })

  it('disables and enables over a range', () => {
    const text = 'Arnaque un.\n\n<!--temoin disable criminal-term-->\n\nArnaque deux.\n\n<!--temoin enable criminal-term-->\n\nArnaque trois.'
    expect(lint(text).messages.map((m) => m.line)).toEqual([1, 9])
    expect(lint(text).ignored.map((i) => i.message.line)).toEqual([5])
  })

  it('reports unknown rule ids in comments and settings instead of accepting them', () => {
    const result = lint('<!--temoin ignore criminel-term-->\nUne arnaque.', {rules: {'criminal-trem': 'off'}})
    const reasons = result.configMessages.map((m) => m.reason).join('\n')
    expect(reasons).toContain('« criminel-term »')
    expect(reasons).toContain('« criminal-trem »')
    // the misspelt id does not silence anything
    expect(result.messages).toHaveLength(1)
  })

  it('honours severities, options and allowed phrases', () => {
    expect(lint('Une arnaque.', {rules: {'criminal-term': 'off'}}).messages).toEqual([])
    expect(lint('Une arnaque.', {rules: {'criminal-term': 'warn'}}).messages[0]).toMatchObject({severity: 'warning', fatal: false})
    expect(lint('Une arnaque.', {rules: {'criminal-term': ['error', {ignore: ['arnaque']}]}}).messages).toEqual([])
    const allowed = lint('Le titre « Arnaque au site » est celui du jugement. Une arnaque.', {allow: ['Arnaque au site']})
    expect(allowed.messages).toHaveLength(1)
    expect(allowed.ignored[0].by).toBe('allow')
  })

  it('detects the language per paragraph, unless forced', () => {
    const text =
      'Je vous écris au sujet du contrat de location que nous avons signé le 3 mars avec votre société.\n\n' +
      'I am writing about the leasing contract that we signed on the third of March with your company.'
    const result = lint(text)
    expect(result.messages).toEqual([])
    const paragraphs = lint(text + '\n\nIt was a scam, une arnaque.').messages
    expect(paragraphs.map((m) => m.actual)).toEqual(['scam', 'arnaque'])
    expect(lint('---\nlang: en\n---\nUne arnaque.').language).toBe('en')
  })

  it('never throws and keeps positions inside the text', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 300}), (text) => {
        const result = lint(text)
        for (const m of [...result.messages, ...result.configMessages]) {
          expect(m.place.start.offset).toBeGreaterThanOrEqual(0)
          expect(m.place.end.offset).toBeLessThanOrEqual(text.length)
          expect(m.place.start.offset).toBeLessThanOrEqual(m.place.end.offset)
        }
      }),
      {numRuns: 300}
    )
  })

  it('gives the same result incrementally as a full lint, re-processing only changed chunks', () => {
    const base = Array.from({length: 40}, (_, i) => `Paragraphe ${i} : il parle d’une arnaque n° ${i}.`).join('\n\n')
    const linter = engine.createLinter()
    linter.lint(base)
    const edited = base.replace('Paragraphe 17', 'Paragraphe 17 bis')
    const incremental = linter.lint(edited)
    expect(linter.lastMisses).toBe(1)
    expect(incremental).toEqual(lint(edited))
    fc.assert(
      fc.property(fc.integer({min: 0, max: base.length}), fc.string({maxLength: 5}), fc.integer({min: 0, max: 4}), (at, insert, remove) => {
        const text = base.slice(0, at) + insert + base.slice(at + remove)
        expect(linter.lint(text)).toEqual(lint(text))
      }),
      {numRuns: 100}
    )
  })
})
