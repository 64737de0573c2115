// Opinion markers (lint-rules/support/opinion.ts), tested on real parses.
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {describe, expect, it} from 'vitest'
import {hasOpinionMarker, opinionCovers, opinionMarkers} from '../support/opinion.js'
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

  it.each([
    ['Je pensais qu’ils étaient sérieux, mais leur devis est mensonger.', 'fr'],
    ['Je croyais leur offre honnête.', 'fr'],
    ['J’ai cru à leurs promesses.', 'fr'],
    ['I thought they were professionals.', 'en'],
    ['I believed their promises.', 'en'],
    ['Je pense à résilier.', 'fr']
  ] as const)('past belief or literal verb, no marker: %s', (text, lang) => expect(marked(text, lang)).toBe(false))

  it.each([
    ['J’ai toujours pensé que leur devis était mensonger.', 'fr'],
    ['I have always thought the lease was one-sided.', 'en'],
    ['Ce forfait me semble abusif.', 'fr'],
    ['Si vous voulez mon avis, le forfait est abusif.', 'fr'],
    ['Mon ressenti : le forfait est abusif.', 'fr'],
    ['If you ask me, the lease is one-sided.', 'en'],
    ['My view: the lease is one-sided.', 'en'],
    ['Mon avis sur Vitrinova : une agence malhonnête.', 'fr'],
    ['Perso, le forfait est abusif.', 'fr'],
    ['In my experience, the lease is one-sided.', 'en'],
    ['I’m inclined to think the lease is one-sided.', 'en'],
    ['I get the impression the lease is one-sided.', 'en'],
    ['J’ai tendance à penser que le forfait est abusif.', 'fr'],
    ['Je serais tentée de dire que le forfait est abusif.', 'fr']
  ] as const)('marker: %s', (text, lang) => expect(marked(text, lang)).toBe(true))

  it('« mon avis » is a marker only as a label', () => {
    expect(marked('Je retire mon avis Google demain.', 'fr')).toBe(false)
  })

  // The judgement's token index in the view, then whether a marker covers it.
  const covers = (text: string, lang: 'fr' | 'en', word: string) => {
    const [view] = views(text, lang)
    const index = view.tokens.findIndex((t) => t.value === word)
    expect(index).toBeGreaterThan(-1)
    return opinionCovers(view, lang, index)
  }
  it('covers its own clause, not beyond a colon or a semicolon', () => {
    expect(covers('Le devis est, à mon avis, mensonger.', 'fr', 'mensonger')).toBe(true)
    expect(covers('Leur devis est mensonger, je trouve.', 'fr', 'mensonger')).toBe(true)
    expect(covers('À mon avis : le devis est mensonger.', 'fr', 'mensonger')).toBe(true)
    expect(covers('À mon avis le logo est daté ; le devis est mensonger.', 'fr', 'mensonger')).toBe(false)
    expect(covers('Je ne trouve pas les mots : leur devis est mensonger.', 'fr', 'mensonger')).toBe(false)
    expect(covers('Je trouve leur devis mensonger.', 'fr', 'mensonger')).toBe(true)
    expect(covers('Je trouve que, franchement, leur devis est mensonger.', 'fr', 'mensonger')).toBe(true)
    expect(covers('I found the invoice, and the fee is extortionate.', 'en', 'extortionate')).toBe(false)
    expect(covers('I find the fee extortionate.', 'en', 'extortionate')).toBe(true)
    expect(covers('The fee is extortionate, I believe.', 'en', 'extortionate')).toBe(true)
  })

  it('locates the marker', () => {
    const [view] = views('Leur travail est bâclé, à mon avis.', 'fr')
    const [marker] = opinionMarkers(view, 'fr')
    expect(view.text.slice(marker.start, marker.end)).toBe('à mon avis')
  })
})
