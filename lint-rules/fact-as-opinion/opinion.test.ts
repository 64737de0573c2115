// Opinion markers (lint-rules/support/opinion.ts), tested on real parses.
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {describe, expect, it} from 'vitest'
import {hasOpinionMarker, opinionMarkers} from '../support/opinion.js'
import {sentenceViews} from '../support/view.js'

function views(text: string, lang: 'fr' | 'en') {
  const tree = (lang === 'fr' ? new ParseLatin() : new ParseEnglish()).parse(text)
  return sentenceViews(tree as never)
}
const marked = (text: string, lang: 'fr' | 'en') => views(text, lang).some((v) => hasOpinionMarker(v, lang))

describe('opinion markers', () => {
  it.each([
    'Je trouve mon site merdique.',
    'Je trouve que leur service client manque de réactivité.',
    'je les trouve malhonnêtes',
    'Je ne les trouve pas sérieux.',
    'Selon moi, le contrat est illégal.',
    'À mon avis, leur travail est bâclé.',
    'A mon sens, le référencement promis n’a pas été réalisé.',
    'J’estime que le prix est disproportionné.',
    "J'ai toujours trouvé leur travail bâclé.",
    'Il me semble que la clause est abusive.',
    "J'ai le sentiment que l'agence a surtout cherché à me faire signer vite.",
    "J’ai l’impression qu’ils se moquent de moi.",
    'Personnellement, je ne recommande pas cette agence.',
    'De mon point de vue, le site est raté.',
    'Je considère que le contrat est déséquilibré.',
    'Je pense que leur offre est trompeuse.',
    'Pour moi, ce site ne vaut rien.',
    'Le contrat est déséquilibré, à mes yeux.',
    'Leur travail est nul, je trouve.'
  ])('fr marker: %s', (text) => expect(marked(text, 'fr')).toBe(true))

  it.each([
    'Mon site est merdique.',
    'Cette agence est malhonnête.',
    'Le commercial a signé pour moi sans me demander.',
    "Je supprime mon avis Google si vous annulez.",
    'Le commercial pense surtout à sa commission.'
  ])('fr no marker: %s', (text) => expect(marked(text, 'fr')).toBe(false))

  it.each([
    'I think their support is useless.',
    "I don't think the contract is fair.",
    "I'd say the site is poor value.",
    'In my opinion, the contract terms are unfair.',
    'I feel the website is poor value for money.',
    'To me, the design looks outdated.',
    'Personally, I would not sign with them.',
    'It seems to me that the clause is abusive.',
    'IMO the SEO is worthless.',
    "I’ve always believed they were careless."
  ])('en marker: %s', (text) => expect(marked(text, 'en')).toBe(true))

  it.each(['Their support is useless.', 'Please send it to me by Friday.', 'As I said on the phone, the site is offline.'])(
    'en no marker: %s',
    (text) => expect(marked(text, 'en')).toBe(false)
  )

  it('locates the marker', () => {
    const [view] = views('Leur travail est bâclé, à mon avis.', 'fr')
    const [marker] = opinionMarkers(view, 'fr')
    expect(view.text.slice(marker.start, marker.end)).toBe('à mon avis')
  })
})
