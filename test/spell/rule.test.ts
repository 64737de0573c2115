// The `spelling` rule on nlcst trees, the way the engine calls rules (runRule per chunk).
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {describe, expect, it} from 'vitest'
import {runRule} from '../../lint-rules/support/define-rule.js'
import {rule} from '../../lint-rules/spelling/index.js'
import {speller} from './helpers.js'

const spellers = {fr: speller('fr'), en: speller('en')}
function run(text: string, lang: 'fr' | 'en', opts: {frontmatter?: Record<string, unknown>; words?: string[]} = {}) {
  const tree = (lang === 'fr' ? new ParseLatin() : new ParseEnglish()).parse(text) as Root
  return runRule(rule, tree, {lang, options: {words: opts.words}, frontmatter: opts.frontmatter ?? {}, spellers})
}

describe('spelling rule', () => {
  it('is an info rule named spelling for both languages', () => {
    expect(rule.id).toBe('spelling')
    expect(rule.severity).toBe('info')
    expect(rule.languages).toEqual(['fr', 'en'])
  })

  it('French: flags the typo with position, actual, suggestions and a French reason', () => {
    const text = "L'agense a encaissé le chèque, écrivait-il."
    const findings = run(text, 'fr')
    expect(findings).toHaveLength(1)
    const [f] = findings
    expect(f.ruleId).toBe('spelling')
    expect(f.actual).toBe("L'agense")
    expect(text.slice(f.start, f.end)).toBe("L'agense")
    expect(f.expected).toContain('L’agence')
    expect(f.reason).toBe('«\u00a0L\'agense\u00a0» est absent du dictionnaire français\u00a0: une faute d’orthographe affaiblit un témoignage\u202f; écrivez plutôt «\u00a0L’agende\u00a0» ou «\u00a0L’acense\u00a0» ou «\u00a0L’agence\u00a0»')
  })

  it('French: elisions, hyphenated verbs and pronouns are not false alarms', () => {
    expect(run("L'agence écrivait-il, lisait-on ; peut-être qu'il viendra aujourd'hui.", 'fr')).toEqual([])
  })

  it('English: flags with an English reason', () => {
    const findings = run('They did not recieve the refund.', 'en')
    expect(findings.map((f) => f.actual)).toEqual(['recieve'])
    expect(findings[0].expected?.[0]).toBe('receive')
    expect(findings[0].reason).toBe('“recieve” is not in the English dictionary: a misspelling weakens a testimony; did you mean “receive” or “relieve”?')
  })

  it('a word known in the other language is not flagged (bilingual, like Chrome)', () => {
    expect(run('Le feedback de la boutique était vague.', 'fr')).toEqual([])
    expect(run('Voir le contrat et les factures.', 'en')).toEqual([]) // mis-detected short French paragraph
    expect(run('Le feedbakc était vague.', 'fr').map((f) => f.actual)).toEqual(['feedbakc'])
    // With one speller only, only that language counts.
    const tree = new ParseLatin().parse('Le feedback était vague.') as Root
    expect(runRule(rule, tree, {lang: 'fr', options: {}, frontmatter: {}, spellers: {fr: spellers.fr}}).map((f) => f.actual)).toEqual(['feedback'])
  })

  it('front-matter names and the personal dictionary are known words', () => {
    const text = 'Zorvanel et Glimbert ont signé avec Quintaport.'
    expect(run(text, 'fr').map((f) => f.actual)).toEqual(['Zorvanel', 'Glimbert', 'Quintaport'])
    expect(
      run(text, 'fr', {frontmatter: {agence: 'Agence Zorvanel', financeur: ['Glimbert Finance']}, words: ['Quintaport']}).map((f) => f.actual)
    ).toEqual([])
  })

  it('a word with no suggestion gets no quick fix (expected [] would mean delete)', () => {
    const [f] = run('Il a dit xqzwtpv hier.', 'fr')
    expect(f.actual).toBe('xqzwtpv')
    expect(f.expected).toBeUndefined()
    expect(f.reason).toContain('ajoutez le mot au dictionnaire')
  })

  it('does nothing without a speller for the language', () => {
    const tree = new ParseLatin().parse('Agense.') as Root
    expect(runRule(rule, tree, {lang: 'fr', options: {}, frontmatter: {}, spellers: {en: spellers.en}})).toEqual([])
  })
})

describe('spelling rule on pathological text', () => {
  it('stays fast: a 200 000-letter word, a long elision chain, many distinct unknown words', () => {
    const t0 = performance.now()
    const huge = run('Début ' + 'a'.repeat(200_000) + ' fin.', 'fr')
    expect(huge.map((f) => f.actual?.length)).toEqual([200_000])
    expect(huge[0].expected).toBeUndefined()
    expect(run("l'".repeat(5000) + 'agence', 'fr')).toHaveLength(1)
    let seed = 1
    const gibberish = Array.from({length: 1000}, () => {
      let w = ''
      for (let i = 0; i < 8; i++) w += 'bcdfghjklmnpqrstvwxz'[(seed = (seed * 48271) % 2147483647) % 20]
      return w
    }).join(' ')
    const findings = run(gibberish, 'fr')
    expect(findings.length).toBe(1000)
    expect(findings.filter((f) => f.expected !== undefined || f.reason.includes('écrivez plutôt')).length).toBeLessThanOrEqual(25)
    expect(performance.now() - t0).toBeLessThan(60_000)
  })
})
