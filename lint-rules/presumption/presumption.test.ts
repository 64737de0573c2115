// Behaviour beyond the JSDoc fixtures: the forms of guilt and conviction, what counts as a cited
// judgment (lint-rules/support/judgment.ts), and the senses that are not a conviction.
import {describe, expect, it} from 'vitest'
import {rules} from '../index.js'
import {lint} from '../../src/core/index.js'
import type {Lang, LintSettings} from '../../src/core/types.js'
import {citesJudgment} from '../support/judgment.js'

function only(id: string, lang: Lang): LintSettings {
  return {language: lang, equality: false, rules: Object.fromEntries(rules.map((r) => [r.id, r.id === id ? r.severity : 'off']))}
}
const flagged = (lang: Lang, text: string) =>
  lint(text, only('presumption', lang)).messages.filter((m) => m.ruleId === 'presumption').map((m) => m.actual)

const positives: Array<[Lang, string]> = [
  ['fr', 'Ils sont coupables, tout le monde le sait.'],
  ['fr', 'Cette agence est coupable de vente forcée.'],
  ['fr', 'Le gérant, déjà condamné, vit à Villeurbanne.'],
  ['fr', 'Tout le monde sait qu’ils ont été condamnés par la justice.'],
  ['fr', "L'agence a été reconnue coupable par la justice, je le sais de source sûre."],
  ['fr', 'Le dirigeant est un délinquant en col blanc.'],
  ['fr', 'Le patron sort de prison.'],
  ['fr', 'Ce sont des criminels.'],
  ['fr', 'Leur gérant va être condamné, c’est certain.'],
  ['fr', 'Le tribunal les condamnera, ils seront condamnés le 3 juin 2025.'],
  ['fr', 'La société a fait l’objet de plusieurs condamnations.'],
  ['fr', 'CONDAMNÉS EN 2020.'],
  ['fr', 'Le gérant est bien connu de la justice.'],
  ['fr', 'Il a écopé de six mois de prison avec sursis.'],
  ['fr', 'Leur directeur est un récidiviste.'],
  ['en', 'The owner has been to prison for this.'],
  ['en', 'They were convicted in 2019, I believe, though I couldn’t find the ruling.'],
  ['en', 'The leasing company has been convicted of fraud.'],
  ['en', 'The boss, already convicted for this, still runs the firm.'],
  ['en', 'He has a criminal record.'],
  ['en', 'He served time for this.'],
  ['fr', 'Selon un forum, le gérant a été condamné (T. corr.'],
  ['en', "You were found guilty before."]
]

const negatives: Array<[Lang, string]> = [
  ['fr', 'Je me sens vraiment coupable de ne pas avoir lu les conditions générales.'],
  ['fr', 'Je suis coupable de ne pas avoir demandé de devis comparatif.'],
  ['fr', 'La salle de réunion a été condamnée pour travaux.'],
  ['fr', 'Mon site est condamné à disparaître faute de mises à jour.'],
  ['fr', 'Le commercial risque d’être condamné s’il a menti.'],
  ['fr', 'Je condamne fermement ces méthodes de vente.'],
  ['fr', 'Je vais faire condamner la société pour démarchage abusif.'],
  ['fr', 'Il n’a jamais été condamné, à ma connaissance.'],
  ['fr', 'Ils ne sont pas coupables de tout, mais le contrat pose problème.'],
  ['fr', 'Le conseil de prud’hommes de Lyon a condamné la société le 4 juillet 2022.'],
  ['fr', 'Le gérant a été condamné (T. corr. Lyon, 4 juill. 2022, n° 22/01555).'],
  ['fr', 'Je demande la condamnation de la société à me rembourser.'],
  ['fr', 'Un casier judiciaire vierge est exigé pour ce poste.'],
  ['fr', 'La cour criminelle siège à Lyon.'],
  ['fr', 'Je plaide coupable : je n’ai pas lu les conditions générales.'],
  ['fr', 'Sans réponse, le client sera condamné à attendre des mois.'],
  ['fr', "J'ai été condamnée à payer les loyers restants, faute d'avoir contesté à temps."],
  ['en', 'I was convicted of nothing, I was sued.'],
  ['fr', 'Le démarchage abusif peut être puni de prison ferme ? Non, d’une amende.'],
  ['fr', 'Selon le T. com. de Lyon, la société a été condamnée le 3 mai 2022.'],
  ['fr', 'Cass. crim., 12 janv. 2022, n° 20-12.345 : le gérant a été condamné.'],
  ['en', 'I feel guilty for not reading the small print.'],
  ['en', "I'm guilty of signing too fast."],
  ['en', 'The company was found not guilty.'],
  ['en', 'If convicted, they could face a fine.'],
  ['en', 'I said it with conviction.'],
  ['en', 'Their guilty pleasure is cold calling.'],
  ['en', 'I asked a criminal lawyer about the complaint.'],
  ['en', 'The director was convicted of fraud by the Crown Court on 3 March 2021.']
]

describe('presumption', () => {
  for (const [lang, text] of positives) {
    it(`flags « ${text} »`, () => expect(flagged(lang, text).length).toBeGreaterThan(0))
  }
  for (const [lang, text] of negatives) {
    it(`does not flag « ${text} »`, () => expect(flagged(lang, text)).toEqual([]))
  }

  it('accepts a judgment cited in the next sentence, not two sentences later', () => {
    expect(flagged('fr', 'La société a été condamnée. Jugement du tribunal judiciaire de Nantes, 12 juin 2023.')).toEqual([])
    expect(flagged('fr', 'La société a été condamnée. Elle continue ses ventes. Jugement du tribunal judiciaire de Nantes, 12 juin 2023.')).toEqual([
      'été condamnée'
    ])
  })

  it('never excuses a predicted conviction with a court and a date', () => {
    expect(flagged('fr', 'Le tribunal de commerce de Lyon le condamnera forcément : il sera condamné le 3 mai 2025.')).toEqual([
      'sera condamné'
    ])
  })

  it('explains in French with « » and the legal basis', () => {
    const [message] = lint('Ils sont coupables.', only('presumption', 'fr')).messages
    expect(message.reason).toMatch(/^«\u00A0sont coupables\u00A0» présente/)
    expect(message.note).toMatch(/9-1/)
    expect(message.note).not.toMatch(/ [:;!?»]/)
    expect(message.fatal).toBe(true)
  })
})

describe('citesJudgment', () => {
  const cases: Array<[Lang, string, boolean]> = [
    ['fr', 'Le tribunal de commerce de Lyon a condamné la société le 3 mai 2022 (jugement n° 2022F00418).', true],
    ['fr', 'CA Paris, 16 nov. 2023, RG 21/04562.', true],
    ['fr', 'Cass. com., 12 janv. 2022, n° 20-12.345.', true],
    ['fr', 'Le jugement n° 22/01234 a condamné le gérant.', true],
    ['fr', 'Le dirigeant a été condamné en 2019, je crois, mais je n’ai pas retrouvé le jugement.', false],
    ['fr', 'Je l’ai lu sur un forum et sur internet.', false],
    ['fr', 'Il a été reconnu coupable par la justice.', false],
    ['fr', 'Sans réponse sous 15 jours, je saisirai le tribunal de commerce.', false],
    ['fr', 'La loi n° 2018-898 du 23 octobre 2018 ne s’applique pas.', false],
    ['fr', 'Leur CA a doublé en 2022.', false],
    ['fr', 'Le délai est court, le 3 mai tout était fini.', false],
    ['en', 'The director was convicted by the Lyon Criminal Court on 12 January 2021 (case no. 20/01234).', true],
    ['en', 'The High Court ruled against them on March 3, 2020.', true],
    // A neutral citation names the court (EWHC: the High Court), the year and the number.
    ['en', 'See [2021] EWHC 123 (Ch).', true],
    ['en', 'See [2021] and page 123 of the report.', false],
    ['en', 'He was convicted, the court said in 2019.', false],
    ['en', 'I will take the matter to the commercial court.', false]
  ]
  for (const [lang, text, expected] of cases) {
    it(`${expected ? 'cites' : 'does not cite'}: ${text}`, () => expect(citesJudgment(text, lang)).toBe(expected))
  }
})
