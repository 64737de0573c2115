import {describe, expect, it} from 'vitest'
import {lexiconMisses, linterFor, readFixtures} from '../personal-data/test-helpers.js'
import fr from './lexicon.fr.yml'
import en from './lexicon.en.yml'
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
    ['Cancel the contract. Otherwise, the local newspaper gets the whole story.', 'en'],
    ['Mes commentaires sur Facebook disparaîtront le jour où je serai remboursée.', 'fr'],
    ['Vous annulez les loyers restants, et je ne parle pas de vous à la télé.', 'fr'],
    ['Contre 1 500 euros, je renonce à publier mon témoignage.', 'fr'],
    ["Je suis prête à effacer mon billet de blog à condition d'être indemnisée.", 'fr'],
    ['Remboursez-moi, sinon je balance tout aux journalistes.', 'fr'],
    ["Faute d'accord amiable avant lundi, mon récit sera publié sur mon blog.", 'fr'],
    ['Mon silence a un prix : 5 000 €.', 'fr'],
    ['Dès que vous aurez annulé le contrat, je retirerai ma vidéo.', 'fr'],
    ['En échange, je retirerai mon témoignage. Il vous suffit de me rembourser.', 'fr'],
    ['Unless I get my money back, the story goes to the local paper.', 'en'],
    ['Once I get refunded, the review comes down.', 'en'],
    ['For a full refund, I’ll take the video down.', 'en'],
    ['Nous retirerons nos avis dès que vous nous aurez remboursés.', 'fr'],
    ['ELLE SUPPRIMERA SON ARTICLE SI VOUS LA REMBOURSEZ.', 'fr'],
    ['je retirais mon avis si vous me rembourssez', 'fr'],
    ['_Si vous annulez le contrat, je supprime ma vidéo._', 'fr'],
    ["> « Remboursez-moi ou j'appelle RTL », leur ai-je écrit.", 'fr'],
    ['Et si vous me remboursiez ? Je retirerais alors mon témoignage.', 'fr'],
    ['- Si vous annulez les mensualités, je retire mes avis.', 'fr'],
    ["Je leur ai écrit que je retirerais mon avis s'ils me remboursaient.", 'fr'],
    ["I told them I'd remove my review if they refunded me.", 'en'],
    ["UNLESS YOU REFUND ME, I'M GOING TO THE PRESS.", 'en'],
    ["Par exemple, suggérer que l'on n'ira pas voir les médias en échange de l'équivalent de 20 mensualités.", 'fr'],
    ['« Retrait du témoignage en échange de l’annulation totale des contrats et d’une indemnité forfaitaire. »', 'fr']
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
    ["If you don't refund me, I will press charges.", 'en'],
    ['Si le tribunal annule le contrat, je publierai le jugement sur mon blog.', 'fr'],
    ['Sans geste de votre part, je saisirai le médiateur de la consommation.', 'fr'],
    ['Je ne retirerai pas mon avis, même si vous me remboursez.', 'fr'],
    ['Que vous annuliez ou non le contrat, mon témoignage restera en ligne.', 'fr'],
    ["J'ai retiré mon avis quand l'agence a reconnu son erreur, puis j'ai obtenu le remboursement.", 'fr'],
    ['Si vous voulez savoir comment obtenir la résiliation, lisez mon article.', 'fr'],
    ['I asked for a refund and posted my review on Trustpilot the same day.', 'en'],
    ['When the court cancelled the contract, the local paper reported it.', 'en'],
    ['I removed my review once they admitted the mistake and refunded me.', 'en'],
    ["Ils m'ont demandé de retirer mon avis en échange d'un geste commercial.", 'fr'],
    ["Je n'ai jamais demandé d'argent contre le retrait de mon avis.", 'fr'],
    ['**Important :** si vous êtes dans mon cas, demandez la résiliation et publiez votre témoignage.', 'fr'],
    ["Vous ne m'avez pas remboursé. Alors je publie mon témoignage, comme annoncé.", 'fr'],
    ['They asked me to take my review down in exchange for a discount.', 'en'],
    ['If you are in the same situation, ask for a refund and post your story.', 'en'],
    ["Je témoigne contre l'agence qui a refusé de me rembourser les frais.", 'fr'],
    ['I am writing this review against the agency that refused my refund.', 'en']
  ]
  for (const [text, lang] of negatives) {
    it(`does not flag: ${text}`, () => expect(lint(text, lang).map((m) => m.actual)).toEqual([]))
  }
})

describe('blackmail lexicons', () => {
  it('find every phrase they list (French)', () => expect(lexiconMisses(fr, 'lexicon.fr.yml')).toEqual([]))
  it('find every phrase they list (English)', () => expect(lexiconMisses(en, 'lexicon.en.yml')).toEqual([]))
})
