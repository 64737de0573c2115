import {describe, expect, it} from 'vitest'
import {isKnownToken, spellableWords} from '../../src/core/spell/index.js'
import {speller} from './helpers.js'

const words = (text: string) => spellableWords(text).map((t) => t.word)

describe('spellableWords', () => {
  it('keeps elisions and hyphenated words whole, with exact positions', () => {
    const text = "L'agence écrivait-il, peut-être qu’il lisait-on."
    const tokens = spellableWords(text)
    expect(tokens.map((t) => t.word)).toEqual(["L'agence", 'écrivait-il', 'peut-être', 'qu’il', 'lisait-on'])
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word)
  })

  it('skips URLs, e-mail addresses, file and domain names', () => {
    expect(words('Voir https://exemple-agence.fr/contrat-signé?x=1 et www.agence-zorvanel.fr.')).toEqual(['Voir', 'et'])
    expect(words('Écrivez à jean.dupontel@courriel-exemple.fr ou lisez notes.txt, exemple.com.')).toEqual(['Écrivez', 'ou', 'lisez'])
  })

  it('skips numbers with letters, single letters, acronyms, mentions and inline-code placeholders', () => {
    expect(words('Le 3e rendez-vous à 10h30 avec la DGCCRF et @zorvanel a y ￼￼￼ fonctionX￼')).toEqual(['Le', 'rendez-vous', 'avec', 'la', 'et'])
  })
})

describe('isKnownToken', () => {
  const fr = speller('fr')
  const en = speller('en')

  it.each(["l'agence", 'L’agence', "qu'il", 'écrivait-il', 'lisait-on', 'peut-être', 'a-t-il', 'va-t-on', 'dis-moi', 'celui-ci', 'Écrivait-Il', "jusqu'alors", 'rendez-vous'])(
    'French: %s is not a false alarm',
    (w) => expect(isKnownToken(fr, w, 'fr')).toBe(true)
  )

  it.each(["l'agense", 'écrivais-ill', 'peut-étre', 'lisait-onn', 'agense-il', 'a-t-agense'])('French: %s is still flagged', (w) =>
    expect(isKnownToken(fr, w, 'fr')).toBe(false)
  )

  it('English: possessives and hyphenated compounds of known words', () => {
    expect(isKnownToken(en, "agency's", 'en')).toBe(true)
    expect(isKnownToken(en, 'well-known', 'en')).toBe(true)
    expect(isKnownToken(en, 'recieve-only', 'en')).toBe(false)
  })

  it('extra words (front matter names, personal dictionary), with elision and case', () => {
    const extra = new Set(['Zorvanel', 'Glimbert'])
    expect(isKnownToken(fr, 'Zorvanel', 'fr')).toBe(false)
    expect(isKnownToken(fr, 'Zorvanel', 'fr', extra)).toBe(true)
    expect(isKnownToken(fr, "d'Zorvanel", 'fr', extra)).toBe(true)
    expect(isKnownToken(fr, 'ZORVANEL', 'fr', extra)).toBe(true)
    expect(isKnownToken(fr, 'Glimbert-Zorvanel', 'fr', extra)).toBe(true)
    expect(isKnownToken(en, "Zorvanel's", 'en', extra)).toBe(true)
  })
})
