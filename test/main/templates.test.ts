import {describe, expect, it} from 'vitest'
import type {Rule} from '../../lint-rules/support/define-rule'
import {lint, parseFrontmatter} from '../../src/core/index'
import {createEngine} from '../../src/core/engine'
import {getTemplate, listTemplates} from '../../src/core/templates/index'

// Every rule folder present in the tree, whether or not the generated registry lists it yet.
const ruleModules = import.meta.glob<{rule?: Rule}>('../../lint-rules/*/index.ts', {eager: true})
const allRules = Object.values(ruleModules)
  .map((m) => m.rule)
  .filter((r): r is Rule => r !== undefined)
const fullEngine = createEngine({rules: allRules})

const all = listTemplates()

describe('templates', () => {
  it('lists the five templates in French first, then English, with the same ids', () => {
    const fr = listTemplates('fr').map((t) => t.id)
    expect(fr).toEqual(['blog-testimony', 'programme-email', 'withdrawal-letter', 'documents-request-letter', 'termination-letter'])
    expect(listTemplates('en').map((t) => t.id)).toEqual(fr)
    expect(all.map((t) => t.lang)).toEqual([...fr.map(() => 'fr'), ...fr.map(() => 'en')])
    expect(getTemplate('nope', 'fr')).toBeNull()
  })

  it.each(all.map((t) => [t.lang, t.id] as const))('%s %s passes Témoin’s own lint with no error', (lang, id) => {
    const doc = getTemplate(id, lang)
    expect(doc).not.toBeNull()
    const result = lint(doc?.content ?? '')
    const errors = result.messages.filter((m) => m.severity === 'error')
    expect(errors.map((m) => `${m.ruleId}: ${m.actual ?? ''} (${m.line})`)).toEqual([])
  })

  it.each(all.map((t) => [t.lang, t.id] as const))('%s %s: no error and no warning from any rule folder in the tree', (lang, id) => {
    const result = fullEngine.createLinter().lint(getTemplate(id, lang)?.content ?? '')
    const problems = result.messages.filter((m) => m.severity !== 'info')
    expect(problems.map((m) => `${m.severity} ${m.ruleId}: ${m.actual ?? ''} (${m.line}) ${m.reason}`)).toEqual([])
  })

  it('the rule folders used above do flag a defamatory sentence (the lint check is live)', () => {
    const ids = allRules.map((r) => r.id)
    if (!ids.includes('criminal-term')) throw new Error(`criminal-term rule missing: ${ids.join(', ')}`)
    const result = fullEngine.createLinter().lint('Ce sont des escrocs.')
    expect(result.messages.map((m) => m.ruleId)).toContain('criminal-term')
  })

  it.each(all.map((t) => [t.lang, t.id] as const))('%s %s says once that it is information, not legal advice, and cites its basis', (lang, id) => {
    const doc = getTemplate(id, lang)
    if (!doc) throw new Error('missing')
    const disclaimer = lang === 'fr' ? /Information, pas un conseil juridique/g : /Information, not legal advice/g
    expect(doc.content.match(disclaimer)).toHaveLength(1)
    expect(doc.basis.length).toBeGreaterThan(0)
    // Each basis' article number (or decision) appears in the text.
    for (const basis of doc.basis) {
      const ref = /(?:L\.\s)?\d{3,4}(?:-\d+)?|Cass\.[^(]+|29 juillet 1881|Defamation Act 2013|clause|Clause/.exec(basis)
      expect(ref, basis).not.toBeNull()
      const needle = (ref?.[0] ?? '').trim().replace(/\s/g, '\\s').replace(/\./g, '\\.')
      expect(new RegExp(needle, 'i').test(doc.content), `${basis} cited in ${id}`).toBe(true)
    }
  })

  it('uses current law only: never the guide’s 7 days or L. 121-21 / L. 121-25', () => {
    for (const t of all) {
      const content = getTemplate(t.id, t.lang)?.content ?? ''
      expect(content).not.toMatch(/7\s(jours|days)|L\.\s121-2[15]/)
    }
    const withdrawal = getTemplate('withdrawal-letter', 'fr')?.content ?? ''
    expect(withdrawal).toMatch(/14\u00a0jours/)
    expect(withdrawal).toMatch(/L\.\u00a0221-18/)
    expect(withdrawal).toMatch(/L\.\u00a0221-3/)
    expect(withdrawal).toMatch(/5 salariés au plus|\[nombre, 5 au plus\]/)
  })

  it('invents no address: placeholders only, no e-mail address or URL', () => {
    for (const t of all) {
      const content = getTemplate(t.id, t.lang)?.content ?? ''
      expect(content, t.id).not.toMatch(/[\w.-]+@[\w-]+\.\w+|https?:\/\//)
    }
    expect(getTemplate('programme-email', 'fr')?.content).toContain('[adresse de l’émission]')
  })

  it('French templates follow French typography (U+202F before ; : ! ? and inside « »)', () => {
    for (const t of listTemplates('fr')) {
      const doc = getTemplate(t.id, 'fr')
      const body = (doc?.content ?? '').slice(parseFrontmatter(doc?.content ?? '').end)
      expect(body, t.id).not.toMatch(/ [;:!?](\s|$)/)
      expect(body, t.id).not.toMatch(/« | »/)
      expect(doc?.title).not.toMatch(/ [;:!?]/)
    }
  })

  it('the blog testimony has the required sections and front matter', () => {
    const doc = getTemplate('blog-testimony', 'fr')
    const {data, error} = parseFrontmatter(doc?.content ?? '')
    expect(error).toBeUndefined()
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['titre', 'auteur', 'date', 'agence', 'financeur']))
    const headings = (doc?.content ?? '').split('\n').filter((l) => l.startsWith('## '))
    expect(headings).toEqual(['## Contexte', '## Les faits, datés, avec pièces', '## Ce que j’ai fait', '## Mon avis', '## Ce que je demande'])
  })

  it('returns copies: callers cannot alter the data', () => {
    const doc = getTemplate('blog-testimony', 'fr')
    if (doc) doc.content = 'modifié'
    expect(getTemplate('blog-testimony', 'fr')?.content).not.toBe('modifié')
  })
})
