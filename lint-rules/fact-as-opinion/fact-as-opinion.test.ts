import {describe, expect, it} from 'vitest'
import rule from './index.js'
import {rule as faoRule} from './index.js'
import {corpusSuite, fixtureSuite, frameSuite, linter} from './harness.js'
import {createEngine} from '../../src/core/engine.js'
import fr from './lexicon.fr.yml'
import en from './lexicon.en.yml'

void rule
const lint = linter(faoRule)

fixtureSuite(faoRule, new URL('./index.ts', import.meta.url), (m) => expect(m.expected?.length).toBeGreaterThanOrEqual(1))

describe('fact-as-opinion rewrites', () => {
  const cases: Array<[string, 'fr' | 'en', string[]]> = [
    ['Mon site est merdique.', 'fr', ['Je trouve mon site merdique', 'À mon avis, mon site est merdique']],
    ['Cette agence est malhonnête.', 'fr', ['Je trouve cette agence malhonnête', 'À mon avis, cette agence est malhonnête']],
    ['Le contrat est illégal.', 'fr', ['J’estime que le contrat est illégal', 'À mon avis, le contrat est illégal']],
    ['Ils sont nuls.', 'fr', ['Je les trouve nuls', 'À mon avis, ils sont nuls']],
    ['Franchement, c’est nul.', 'fr', ['je trouve ça nul', 'à mon avis, c’est nul']],
    ['Ils ne sont pas honnêtes.', 'fr', ['Je trouve qu’ils ne sont pas honnêtes', 'À mon avis, ils ne sont pas honnêtes']],
    ['Pixelia est incompétente.', 'fr', ['Je trouve Pixelia incompétente', 'À mon avis, Pixelia est incompétente']],
    ['Their support is useless.', 'en', ['I find their support useless', 'In my opinion, their support is useless']],
    ['The contract is illegal.', 'en', ['I believe the contract is illegal', 'In my opinion, the contract is illegal']],
    ["They're useless.", 'en', ['I find them useless', "In my opinion, they're useless"]],
    ['- Le site : nul', 'fr', ['Je trouve le site nul', 'À mon avis, le site est nul']],
    ['Leur travail est **nul**.', 'fr', ['nul, à mon avis']],
    ['Mon site ? Une catastrophe.', 'fr', ['Je trouve que mon site est une catastrophe', 'À mon avis, mon site est une catastrophe']],
    ['Je sais que leur contrat est illégal.', 'fr', ['J’estime que leur contrat est illégal', 'À mon avis, leur contrat est illégal']],
    ['Webomax est une entreprise malhonnête.', 'fr', ['Je trouve que Webomax est une entreprise malhonnête', 'À mon avis, Webomax est une entreprise malhonnête']],
    ['Ils m’ont fait signer un contrat illégal.', 'fr', ['un contrat que j’estime illégal']],
    ['Ils m’ont livré un site bâclé.', 'fr', ['un site que je trouve bâclé']],
    ['Leur site est lent et leur hotline inexistante.', 'fr', ['leur hotline, à mon avis, inexistante']],
    ['They made me sign an unlawful contract.', 'en', ['a contract I consider unlawful']],
    ['The agency sent a misleading brochure.', 'en', ['a brochure I consider misleading']],
    ['Their hotline? Useless.', 'en', ['I think their hotline is useless', 'In my opinion, their hotline is useless']],
    ['Ils m’ont livré une vitrine qui est inutilisable.', 'fr', ['une vitrine que je trouve inutilisable', 'une vitrine qui, à mon avis, est inutilisable']],
    ['They debited 250 euros twice, which is unlawful.', 'en', ['which I consider unlawful', 'which, in my opinion, is unlawful']],
    ['Le forfait, lui, est abusif.', 'fr', ['J’estime que le forfait, lui, est abusif', 'À mon avis, le forfait, lui, est abusif']],
    ['Leur incompétence est totale.', 'fr', ['À mon avis, leur incompétence est totale']],
    ['Face à leur incompétence, j’ai résilié.', 'fr', ['ce que je considère comme leur incompétence']],
    ['Ils ont bâclé la refonte.', 'fr', ['Je trouve qu’ils ont bâclé la refonte', 'À mon avis, ils ont bâclé la refonte']]
  ]
  it.each(cases)('%s', (text, lang, expected) => {
    const [message] = lint(text, lang)
    expect(message?.expected).toEqual(expected)
  })
})

describe('fact-as-opinion verdict lines', () => {
  const engine = createEngine({rules: [faoRule]})
  const sure = (text: string, lang: 'fr' | 'en') =>
    engine.createLinter({language: lang, sureness: 1}).lint(text).messages.filter((m) => m.ruleId === 'fact-as-opinion').map((m) => m.actual)
  it('counts headings, list items and labelled verdicts normally', () => {
    expect(sure('## Verdict : prestation médiocre, contrat trompeur', 'fr')).toEqual(['prestation médiocre', 'contrat trompeur'])
    expect(sure('- Prestation médiocre', 'fr')).toEqual(['Prestation médiocre'])
    expect(sure('## Verdict: shoddy work, misleading contract', 'en')).toEqual(['shoddy work', 'misleading contract'])
  })
  it('keeps a verbless verdict inside running prose at the lowest sureness', () => {
    expect(sure('Prestation médiocre. Je ne recommande pas.', 'fr')).toEqual([])
    expect(lint('Prestation médiocre. Je ne recommande pas.', 'fr').map((m) => m.actual)).toEqual(['Prestation médiocre'])
  })
})

frameSuite(faoRule, {fr, en})
corpusSuite(faoRule)
