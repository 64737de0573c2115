import {describe, expect, it} from 'vitest'
import {linterFor, readFixtures} from '../personal-data/test-helpers.js'
import {rule} from './index.js'

const lint = linterFor(rule)

describe('blackmail fixtures (standalone engine)', () => {
  for (const fixture of readFixtures('blackmail')) {
    it(`${fixture.lang}: ${fixture.input.slice(0, 70)}`, () => {
      expect(lint(fixture.input, fixture.lang).map((m) => m.actual)).toEqual(fixture.flags)
    })
  }
})

describe('blackmail beyond the fixtures', () => {
  const positives: Array<[string, 'fr' | 'en']> = [
    ["Je n'irai pas voir les médias en échange de 20 mensualités.", 'fr'],
    ['Tant que je ne suis pas remboursée, ce billet reste en ligne.', 'fr'],
    ['Pas de remboursement = article publié.', 'fr'],
    ['Mon avis négatif sera retiré dès réception de votre attestation de résiliation.', 'fr'],
    ['Si vous baissez la mensualité à 50 €, j’oublie la presse.', 'fr'],
    ["JE RETIRERAI MON AVIS SI VOUS ME REMBOURSEZ.", 'fr'],
    ['je veux bien enlever mon avis mais seulement si vous arretez les prelevements', 'fr'],
    ['Vous me remboursez et je supprime la vidéo.', 'fr'],
    ['La vidéo sera publiée si rien ne bouge.', 'fr'],
    ['Je garderai le silence moyennant une indemnité de 3 000 €.', 'fr'],
    ["If you don't cancel the contract, I'll post the recording online.", 'en'],
    ['My one-star review stays up until I get a full refund.', 'en'],
    ["I'll delete my post as soon as you cancel the contract.", 'en'],
    ['Pay me back and the video disappears.', 'en'],
    ['Cancel the contract. Otherwise, the local newspaper gets the whole story.', 'en']
  ]
  for (const [text, lang] of positives) {
    it(`flags: ${text}`, () => expect(lint(text, lang).length).toBe(1))
  }
  const negatives: Array<[string, 'fr' | 'en']> = [
    ['Je vous mets en demeure de me rembourser sous huit jours.', 'fr'],
    ["J'ai retiré mon avis après avoir été remboursé, comme convenu avec le médiateur.", 'fr'],
    ['Si vous avez des questions sur mon article, écrivez-moi ; je demande toujours le remboursement.', 'fr'],
    ["Je ne sais pas si vous allez me rembourser, mais j'attends votre réponse.", 'fr'],
    ['Si vous m’aviez remboursé en mars, je n’aurais jamais publié cet article.', 'fr'],
    ['Je publie mon témoignage. Je demande par ailleurs le remboursement des frais.', 'fr'],
    ['Je retirerai ma plainte si vous me remboursez.', 'fr'],
    ['Conformément à l’article L. 221-18, si vous ne me remboursez pas, je saisirai le juge.', 'fr'],
    ['When I asked for a refund, they deleted my review.', 'en'],
    ['If you have questions about the refund, call me; my review is already online.', 'en'],
    ["If you don't refund me, I will press charges.", 'en']
  ]
  for (const [text, lang] of negatives) {
    it(`does not flag: ${text}`, () => expect(lint(text, lang).map((m) => m.actual)).toEqual([]))
  }
})
