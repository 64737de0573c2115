// Behaviour beyond the JSDoc fixtures. The development corpus has no `insinuation` label, so these
// positives and hard negatives are the rule's measure. Invented names only.
import {describe, expect, it} from 'vitest'
import {rules} from '../index.js'
import {lint} from '../../src/core/index.js'
import type {Lang, LintSettings} from '../../src/core/types.js'

function only(id: string, lang: Lang): LintSettings {
  return {language: lang, equality: false, rules: Object.fromEntries(rules.map((r) => [r.id, r.id === id ? r.severity : 'off']))}
}
const flagged = (lang: Lang, text: string) =>
  lint(text, only('insinuation', lang)).messages.filter((m) => m.ruleId === 'insinuation').map((m) => m.actual)

const positives: Array<[Lang, string, string]> = [
  ['fr', 'Il se murmure que le gérant a des dettes.', 'Il se murmure que'],
  ['fr', "D'après certains, l'agence a changé de nom pour échapper à ses créanciers.", "D'après certains"],
  ['fr', 'Comme par hasard, le site est tombé en panne juste après la signature.', 'Comme par hasard'],
  ['fr', 'Ils auraient menti sur la durée du contrat.', 'auraient menti'],
  ['fr', 'La société serait poursuivie pour pratiques trompeuses.', 'serait poursuivie'],
  ['fr', 'Je n’accuse personne, mais le calendrier parle de lui-même.', 'Je n’accuse personne'],
  ['fr', 'Il n’y a pas de fumée sans feu.', 'Il n’y a pas de fumée sans feu'],
  ['fr', 'Le loueur aurait sans doute dissimulé les frais.', 'aurait sans doute dissimulé'],
  ['fr', 'Vous auriez antidaté le bon de commande.', 'auriez antidaté'],
  ['fr', 'Le directeur se serait enrichi sur notre dos.', 'se serait enrichi'],
  ['fr', 'Paraît-il que le commercial touche 30 % du contrat.', 'Paraît-il'],
  ['fr', 'Je ne dis pas que c’est voulu. Mais avouez que c’est curieux.', 'Je ne dis pas que'],
  ['fr', 'La rumeur court dans tout le quartier.', 'La rumeur court'],
  ['fr', 'Le gérant aurait été condamné à deux reprises.', 'aurait été condamné'],
  ['en', 'It is said that the boss runs three other firms.', 'It is said that'],
  ['en', 'They might have backdated the order form.', 'might have backdated'],
  ['en', 'Go figure.', 'Go figure'],
  ['en', 'Some say the company knew all along.', 'Some say'],
  ['en', 'The director is said to have closed two firms.', 'is said to have'],
  ['en', "I'm not accusing anyone, yet the dates speak for themselves.", "I'm not accusing anyone"],
  ['fr', "Je n'affirme pas qu'ils ont menti, mais les dates parlent d'elles-mêmes.", "Je n'affirme pas qu'"],
  ['fr', 'Selon une source anonyme, le loueur connaît le problème.', 'Selon une source anonyme'],
  ['en', 'They could have deliberately misled us.', 'could have deliberately misled'],
  ['en', 'They may have deliberately hidden the cancellation clause.', 'may have deliberately hidden'],
  ['fr', 'Certains clients disent avoir été menacés.', 'Certains clients disent'],
  ['fr', 'Le commercial pourrait avoir antidaté le contrat.', 'pourrait avoir antidaté'],
  ['fr', 'La société semble avoir dissimulé les frais.', 'semble avoir dissimulé'],
  ['en', 'The firm appears to have backdated the order.', 'appears to have backdated']
]

const negatives: Array<[Lang, string]> = [
  ['fr', 'On dit souvent que le délai de rétractation est de 7 jours : il est de 14 jours (art. L. 221-18).'],
  ['fr', 'Il paraît évident que le contrat doit être relu.'],
  ['fr', 'Selon le contrat, la durée est de 48 mois.'],
  ['fr', 'Le site serait livré en mai selon le bon de commande.'],
  ['fr', 'Sans ce courrier, j’aurais payé 48 mensualités.'],
  ['fr', 'Le commercial aurait dû me remettre le bordereau de rétractation.'],
  ['fr', 'Je ne dis pas que tout est à jeter : la maquette est correcte.'],
  ['fr', 'Le tribunal a rendu son jugement le 3 mai 2022.'],
  ['fr', 'J’ai demandé à mon avocat ce qu’il en pensait.'],
  ['fr', 'Ce contrat pourrait tromper un client pressé.'],
  ['fr', 'Le site semble avoir été mis en ligne le 3 mai.'],
  ['en', 'They would have been happy to help, they said.'],
  ["en", "I'm not saying this to complain; I want a fix."],
  ['en', 'According to the contract, the term is 48 months.'],
  ['en', 'I may have misread clause 4, so I asked my lawyer.'],
  ['en', 'The salesman told me on 3 May that the site would be online in June.']
]

describe('insinuation', () => {
  for (const [lang, text, actual] of positives) {
    it(`flags ${actual} in « ${text} »`, () => expect(flagged(lang, text)).toContain(actual))
  }
  for (const [lang, text] of negatives) {
    it(`does not flag « ${text} »`, () => expect(flagged(lang, text)).toEqual([]))
  }

  it('is a warning that explains in the paragraph language', () => {
    const [fr] = lint('Il paraît que le gérant a déjà fermé deux sociétés.', only('insinuation', 'fr')).messages
    expect(fr.fatal).toBe(false)
    expect(fr.reason).toMatch(/^«\u00A0Il paraît que\u00A0» rapporte une rumeur\u00A0:/)
    expect(fr.note).toMatch(/forme dubitative/)
    expect(fr.note).not.toMatch(/ [:;!?»]/)
    const [en] = lint('Rumour has it that they lost a case.', only('insinuation', 'en')).messages
    expect(en.reason).toMatch(/^“Rumour has it” repeats a rumour/)
  })

  it('offers to delete a hint, and nothing for a conditional accusation', () => {
    const [hint] = lint('Même adresse, même gérant : je vous laisse juge.', only('insinuation', 'fr')).messages
    expect(hint.expected).toEqual([])
    const [conditional] = lint('Ils auraient falsifié ma signature.', only('insinuation', 'fr')).messages
    expect(conditional.expected).toBeUndefined()
  })
})
