import {EditorState, type ChangeSpec} from '@codemirror/state'
import {describe, expect, it} from 'vitest'
import {
  blockStart,
  cleanJustification,
  countWords,
  disableRuleChange,
  frontmatterEnd,
  ignoreHereChange,
  replacementChange
} from '../../src/renderer/editor/control-comments'

const apply = (doc: string, f: (s: EditorState) => ChangeSpec) => {
  const state = EditorState.create({doc})
  return state.update({changes: f(state)}).state.doc.toString()
}

describe('control comments', () => {
  it('finds the end of the front matter', () => {
    const s = EditorState.create({doc: '---\nauteur: Léa Martin\n---\nTexte'})
    expect(s.doc.sliceString(frontmatterEnd(s.doc))).toBe('Texte')
    expect(frontmatterEnd(EditorState.create({doc: 'Texte\n---\n'}).doc)).toBe(0)
    // An unclosed block is not front matter.
    expect(frontmatterEnd(EditorState.create({doc: '---\nlang: fr\nTexte'}).doc)).toBe(0)
  })

  it('inserts « Ignorer ici » before the paragraph, with the justification quoted', () => {
    const doc = '# Titre\n\nPremière ligne du paragraphe\nCe sont des escrocs !\n\nAutre paragraphe.'
    const pos = doc.indexOf('escrocs')
    const out = apply(doc, (s) => ignoreHereChange(s, pos, 'criminal-term', 'pièce n° 4'))
    expect(out).toBe(
      '# Titre\n\n<!--temoin ignore criminal-term "pièce n° 4"-->\nPremière ligne du paragraphe\nCe sont des escrocs !\n\nAutre paragraphe.'
    )
  })

  it('omits an empty justification and never breaks the comment', () => {
    expect(apply('Escrocs.', (s) => ignoreHereChange(s, 2, 'insult', ''))).toBe('<!--temoin ignore insult-->\nEscrocs.')
    expect(cleanJustification('il a dit "non" --> fin\nsuite')).toBe('il a dit ”non” –› fin suite')
  })

  it('treats a heading as its own block and stops at the front matter', () => {
    const doc = '---\nlang: fr\n---\nLes escrocs de la rue.'
    const s = EditorState.create({doc})
    expect(blockStart(s.doc, doc.indexOf('escrocs'))).toBe(doc.indexOf('Les'))
    const h = 'Intro\n## Des escrocs\nSuite'
    expect(blockStart(EditorState.create({doc: h}).doc, h.indexOf('escrocs'))).toBe(h.indexOf('##'))
  })

  it('disables a rule at the top, after the front matter, once', () => {
    const doc = '---\nauteur: Léa Martin\n---\nTexte.'
    const once = apply(doc, (s) => disableRuleChange(s, 'emotion'))
    expect(once).toBe('---\nauteur: Léa Martin\n---\n<!--temoin disable emotion-->\n\nTexte.')
    expect(apply(once, (s) => disableRuleChange(s, 'emotion'))).toBe(once)
    expect(apply('Texte.', (s) => disableRuleChange(s, 'insult'))).toBe('<!--temoin disable insult-->\n\nTexte.')
  })

  it('replaces, and deletes with one adjacent space', () => {
    const doc = 'Mon site est merdique.'
    expect(apply(doc, (s) => replacementChange(s, 0, doc.length, 'Je trouve mon site merdique.'))).toBe(
      'Je trouve mon site merdique.'
    )
    const d2 = 'Ce sont des escrocs\u202F!!!'
    expect(apply(d2, (s) => replacementChange(s, d2.indexOf('!!!'), d2.length, ''))).toBe('Ce sont des escrocs')
    const d4 = 'Je veux être remboursée, bande de connards.'
    const at = d4.indexOf('bande')
    expect(apply(d4, (s) => replacementChange(s, at, d4.length - 1, ''))).toBe('Je veux être remboursée.')
    const d3 = 'Une agence vraiment nulle.'
    expect(apply(d3, (s) => replacementChange(s, d3.indexOf('vraiment'), d3.indexOf('vraiment') + 8, ''))).toBe(
      'Une agence nulle.'
    )
  })

  it('counts words with elisions and hyphens as one', () => {
    const s = EditorState.create({doc: "L'agence a-t-elle répondu ? Non.\n<!--temoin ignore insult-->\n\n12 mois"})
    expect(countWords(s.doc)).toBe(6)
    expect(countWords(EditorState.create({doc: '---\nauteur: Léa Martin\n---\nDeux mots'}).doc)).toBe(2)
  })
})

describe('front matter highlighting', () => {
  it('parses the front matter as one block, not a setext heading', async () => {
    const {ensureSyntaxTree} = await import('@codemirror/language')
    const {baseExtensions} = await import('../../src/renderer/editor/extension-sets')
    const doc = '---\nauteur: Léa Martin\nlang: fr\n---\n\n# Titre\n\nTexte.'
    const state = EditorState.create({doc, extensions: baseExtensions()})
    const names: string[] = []
    // Parse the whole document whatever the machine's load (the initial parse has a time budget).
    ensureSyntaxTree(state, state.doc.length, 10_000)!.iterate({enter: (n) => void names.push(n.name)})
    expect(names).toContain('FrontMatter')
    expect(names).not.toContain('SetextHeading2')
    expect(names).toContain('ATXHeading1')
  })
})
