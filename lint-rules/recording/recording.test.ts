import {describe, expect, it} from 'vitest'
import {lexiconMisses, linterFor, readFixtures} from '../personal-data/test-helpers.js'
import fr from './lexicon.fr.yml'
import en from './lexicon.en.yml'
import {rule} from './index.js'

const lint = linterFor(rule)

describe('recording fixtures (standalone engine)', () => {
  for (const fixture of readFixtures('recording')) {
    it(`${fixture.lang}: ${fixture.input.slice(0, 70)}`, () => {
      expect(lint(fixture.input, fixture.lang).map((m) => m.actual)).toEqual(fixture.flags)
    })
  }
})

describe('recording beyond the fixtures', () => {
  const positives: Array<[string, 'fr' | 'en']> = [
    ["Voici la conversation téléphonique que j'ai captée en douce avec la conseillère.", 'fr'],
    ["Je posterai bientôt sur YouTube l'enregistrement secret de notre rendez-vous.", 'fr'],
    ["J'avais mis mon téléphone en enregistrement sous le comptoir, il n'a rien vu ; je partage l'audio ici.", 'fr'],
    ["j'ai enregistré sans rien dire a personne, je met le lien en commentaire", 'fr'],
    ["Écoutez ce que dit leur juriste (il ne sait pas qu'il a été enregistré) :", 'fr'],
    ["Les photos de la réunion, prises discrètement, sont dans l'album.", 'fr'],
    ['Je peux vous envoyer l’enregistrement que j’ai fait à leur insu.', 'fr'],
    ["Here's the audio I recorded behind his back.", 'en'],
    ['I filmed the whole pitch without their knowledge and uploaded it.', 'en'],
    ['The secret recording will be on my blog tomorrow.', 'en'],
    ['J’AI TOUT ENREGISTRÉ À SON INSU.', 'fr'],
    ['On l’a filmé en cachette pendant la signature et la vidéo tourne sur Facebook.', 'fr'],
    ['Voici l’enregistrement (fait à son insu, bien sûr).', 'fr'],
    ['WE SECRETLY RECORDED THE WHOLE MEETING.', 'en'],
    ['Here is the clip, filmed without her knowledge.', 'en']
  ]
  for (const [text, lang] of positives) {
    it(`flags: ${text}`, () => expect(lint(text, lang).length).toBe(1))
  }
  const negatives: Array<[string, 'fr' | 'en']> = [
    ['J’ai conservé tous les SMS et e-mails échangés avec l’agence.', 'fr'],
    ["J'ai fait des captures d'écran de mon propre site pour montrer les pages vides.", 'fr'],
    ['Le prélèvement a été fait à mon insu, sans aucun courrier.', 'fr'],
    ["Ils ont enregistré ma commande sans son accord, d'après ma comptable.", 'fr'],
    ['Il ne savait pas que le site était hors ligne depuis un mois.', 'fr'],
    ['Je n’ai pas utilisé de caméra cachée : tout a été filmé avec leur accord.', 'fr'],
    ['Diffuser une vidéo filmée à l’insu de quelqu’un est interdit.', 'fr'],
    ['Hidden fees appear in the video I made of my own invoices.', 'en'],
    ['They recorded me without my knowledge during the sales call.', 'en'],
    ['I never recorded anything secretly; I kept notes instead.', 'en'],
    ["Est-il légal d'enregistrer un appel à l'insu de son interlocuteur ?", 'fr'],
    ["J'ai demandé s'ils enregistraient l'appel ; ils ont dit oui.", 'fr'],
    ["Je n'ai pas filmé la réunion, faute d'accord du commercial.", 'fr'],
    ["Is it legal to record a call without the other person's consent?", 'en'],
    ['They told me the call was being recorded, and I agreed.', 'en']
  ]
  for (const [text, lang] of negatives) {
    it(`does not flag: ${text}`, () => expect(lint(text, lang).map((m) => m.actual)).toEqual([]))
  }
})

describe('recording lexicons', () => {
  it('find every phrase they list (French)', () => expect(lexiconMisses(fr, 'lexicon.fr.yml')).toEqual([]))
  it('find every phrase they list (English)', () => expect(lexiconMisses(en, 'lexicon.en.yml')).toEqual([]))
})

describe('recording: captures of a video call', () => {
  it('flags a screenshot of the video call taken without consent', () => {
    expect(lint("Voici une capture d'écran de notre visio, prise sans qu'il le sache.", 'fr').length).toBe(1)
  })
  it('does not flag screenshots of my own site', () => {
    expect(lint("J'ai fait des captures d'écran de mon site sans rien dire à l'agence.", 'fr')).toEqual([])
  })
})
