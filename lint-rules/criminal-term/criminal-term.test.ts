// Behaviour beyond the JSDoc fixtures: inflections, misspellings, homonyms and names, arrest
// context, cited judgments. Invented names and numbers only.
import {describe, expect, it} from 'vitest'
import {rules} from '../index.js'
import {lint} from '../../src/core/index.js'
import type {Lang, LintSettings} from '../../src/core/types.js'
import {agreement, inflect} from './term-context.js'

function only(id: string, lang: Lang): LintSettings {
  return {language: lang, equality: false, rules: Object.fromEntries(rules.map((r) => [r.id, r.id === id ? r.severity : 'off']))}
}

export function flagged(id: string, lang: Lang, text: string): string[] {
  return lint(text, only(id, lang))
    .messages.filter((m) => m.ruleId === id)
    .map((m) => m.actual ?? '')
}

const positives: Array<[Lang, string, string]> = [
  ['fr', 'Ces gens sont des ESCROCS.', 'ESCROCS'],
  ['fr', 'Une vraie bande de voleurs.', 'voleurs'],
  ["fr", "C'était du vol organisé.", "C'était du vol"],
  ['fr', 'Ils volent leurs clients depuis des années.', 'volent leurs clients'],
  ['fr', "On s'est fait arnaquer en beauté.", 'arnaquer'],
  ['fr', 'La société Pixelia escroque les commerçants.', 'escroque'],
  ['fr', 'Quelle escroquerie !', 'escroquerie'],
  ['fr', 'Des pratiques frauduleuses, à mon avis.', 'frauduleuses'],
  ['fr', "Ils m'ont extorqué 2 000 € de frais.", 'extorqué'],
  ['fr', "C'est du racket.", 'racket'],
  ['fr', 'Ils nous ont littéralement volés.', 'nous ont littéralement volés'],
  ['fr', 'Ce sont des truands en costume.', 'truands'],
  ['fr', 'Cette agence est une mafia.', 'mafia'],
  ['fr', 'Ils ont abusé de ma faiblesse le jour de la signature.', 'abusé de ma faiblesse'],
  ['fr', 'Je me suis fait escroquer par Webnova.', 'escroquer'],
  ['fr', 'Des charlatans du web.', 'charlatans'],
  ["fr", "Est-ce que ce ne serait pas de l'escroquerie ?", "de l'escroquerie"],
  ['fr', 'La voyoucratie commerciale continue.', 'voyoucratie'],
  ['fr', 'Je me sens volée.', 'me sens volée'],
  ['fr', 'Ils ont falsifié ma signature.', 'falsifié'],
  ['fr', "C'est un hold-up.", 'hold-up'],
  ['fr', '« Arnaqueuses », a écrit une autre cliente.', 'Arnaqueuses'],
  ['fr', 'Ils ne sont pas des menteurs, évidemment.', 'menteurs'],
  ['fr', 'Ce tarif est du vol.', 'est du vol'],
  ['fr', 'Ces frais sont du vol.', 'sont du vol'],
  ['fr', "Ce n'est rien d'autre que du vol.", "rien d'autre que du vol"],
  ['fr', 'Magouilles et entourloupes en tout genre.', 'Magouilles'],
  ['fr', 'Ils ont tout fait pour me voler.', 'pour me voler'],
  ['fr', 'Ils m’ont volé, purement et simplement.', 'm’ont volé'],
  ['fr', 'On se fait voler 189 € par mois.', 'se fait voler'],
  ['fr', "C'est pas du vol, ça ?", "C'est pas du vol"],
  ['en', 'What they do is theft.', 'is theft'],
  ['fr', 'franchement c du vol', 'c du vol'],
  ['fr', "La société de location est complice de l'agence.", 'complice'],
  ['en', 'The leasing firm is complicit.', 'complicit'],
  ['fr', 'Ce sont des escrots.', 'escrots'],
  ['fr', 'Une entreprise qui vole ses clients, ça s’appelle comment ?', 'vole ses clients'],
  ['en', 'What a scam.', 'scam'],
  ['en', 'They scammed me out of £3,000.', 'scammed'],
  ['en', 'These people are crooks.', 'crooks'],
  ['en', "It's daylight robbery.", 'daylight robbery'],
  ['en', 'The contract is fraudulent.', 'fraudulent'],
  ['en', "He's a con man.", 'con man'],
  ['en', 'They ripped me off.', 'ripped me off'],
  ['en', 'Total rip-off!', 'rip-off'],
  ['en', 'The salesman is a liar.', 'liar'],
  ['en', 'They swindled us.', 'swindled'],
  ['en', 'This is extortion.', 'extortion'],
  ['en', "They're running a racket.", 'racket'],
  ['en', 'They stole my money.', 'stole'],
  ['en', 'A bunch of fraudsters.', 'fraudsters'],
  ['en', 'They defrauded dozens of bakers.', 'defrauded'],
  ['en', 'They embezzled the deposit.', 'embezzled'],
  ['en', 'A scammy agency.', 'scammy'],
  ['en', 'They conned me.', 'conned'],
  ['en', 'THIEVES.', 'THIEVES']
]

const negatives: Array<[Lang, string]> = [
  ['fr', 'Mon vol Paris-Nice a été retardé de deux heures.'],
  ['fr', 'Je recevrai volontiers les clients lundi, le volume des clients a doublé.'],
  ['fr', 'Le commercial a volé la vedette au salon.'],
  ['fr', 'Le vol à voile est mon loisir du dimanche.'],
  ['fr', "C'est un vol direct pour Lyon."],
  ['fr', 'La plateforme antifraude de la banque m’a rappelé, puis le service anti-fraude.'],
  ['fr', "J'ai été victime d'une fraude à la carte bancaire sans rapport avec l'agence."],
  ['fr', "On m'a volé mon vélo au salon, ce qui n'a rien à voir."],
  ['fr', 'Au café, un bandit manchot clignotait.'],
  ['fr', 'Arnaud, mon comptable, a relu le contrat.'],
  ['fr', 'Le voleur de mon scooter a été interpellé hier.'],
  ['fr', 'Le contrat recèle des clauses que je conteste.'],
  ['fr', "Je conteste ces frais : la facture du 12 avril 2024 mentionne 1 200 € de « mise en ligne »."],
  ['fr', 'La cour d’appel de Rennes a condamné le gérant pour escroquerie le 2 février 2023.'],
  ['en', 'The Serious Fraud Office is a UK agency.'],
  ['en', 'I reported the call to Action Fraud.'],
  ['en', 'My phone was stolen last year.'],
  ['en', 'She stole the show at the fair.'],
  ['en', 'She wore a silk stole.'],
  ['en', 'I bought a new tennis racket.'],
  ['en', 'The neighbours made a racket all night.'],
  ['en', 'The picture frame hangs crooked.'],
  ['en', 'Identity fraud is on the rise, my bank says.'],
  ['en', 'The main risk is theft of the laptop.'],
  ['fr', 'Elle m’a lancé un regard complice en signant.'],
  ['fr', "J'ai aussi reçu un SMS d'arnaque au colis, sans rapport avec l'agence."],
  ['en', 'I also received a phishing scam email pretending to be my bank.'],
  ['fr', "L'abus de faiblesse est puni de trois ans d'emprisonnement par le Code de la consommation."],
  ['en', 'Fraud is punishable by up to ten years in prison.'],
  ["en", "Our bank's anti-fraud checks blocked the payment."],
  ['en', 'Pros and cons of leasing a website.'],
  ['en', 'The Crown Court convicted the director of fraud on 3 March 2021.'],
  ['fr', 'Le gérant a été condamné pour escroquerie (T. corr. Lyon, 4 juill. 2022, n° 22/01555).'],
  ['en', 'He was convicted of fraud (Crown Ct., 3 Mar. 2021, no. 20/01234).']
]

describe('criminal-term', () => {
  for (const [lang, text, actual] of positives) {
    it(`flags ${actual} in « ${text} »`, () => {
      expect(flagged('criminal-term', lang, text)).toContain(actual)
    })
  }
  for (const [lang, text] of negatives) {
    it(`does not flag « ${text} »`, () => {
      expect(flagged('criminal-term', lang, text)).toEqual([])
    })
  }

  it('suggests agreeing rewrites', () => {
    const result = lint('La commerciale, une vraie arnaqueuse, et ses collègues, des escrocs.', only('criminal-term', 'fr'))
    expect(result.messages.map((m) => m.expected?.[0])).toEqual([
      'professionnelle dont je conteste les pratiques',
      'professionnels dont je conteste les pratiques'
    ])
    const participle = lint('Je me sens arnaquée.', only('criminal-term', 'fr')).messages[0]
    expect(participle.expected).toEqual(['lésée'])
    const shout = lint('ARNAQUE !', only('criminal-term', 'fr')).messages[0]
    expect(shout.expected).toEqual(['PRATIQUE QUE JE CONTESTE'])
  })

  it('explains in the paragraph language with the legal basis', () => {
    const [fr] = lint('Ce sont des escrocs.', only('criminal-term', 'fr')).messages
    expect(fr.reason).toMatch(/^Évitez «\u00A0escrocs\u00A0»\u00A0:/)
    expect(fr.note).toMatch(/art\. 29/)
    const [en] = lint('They are crooks.', only('criminal-term', 'en')).messages
    expect(en.reason).toMatch(/^Avoid “crooks”:/)
    expect(en.note).toMatch(/Defamation Act 2013/)
    expect(en.fatal).toBe(true)
  })

  it('lowers the sureness when the offence names a complaint or a procedure', () => {
    const [message] = lint("J'ai porté plainte pour escroquerie le 2 avril 2024.", only('criminal-term', 'fr')).messages
    expect(message.actual).toBe('escroquerie')
    expect(lint("J'ai porté plainte pour escroquerie le 2 avril 2024.", {...only('criminal-term', 'fr'), sureness: 1}).messages).toEqual([])
    expect(lint('Ce sont des escrocs.', {...only('criminal-term', 'fr'), sureness: 2}).messages.length).toBe(1)
  })

  it('cites the offence in the note with French typography', () => {
    const [message] = lint("C'est une escroquerie.", only('criminal-term', 'fr')).messages
    expect(message.note).toMatch(/^«\u00A0Escroquerie\u00A0» désigne un délit précis \(Code pénal, art\. 313-1\)\u00A0:/)
    expect(message.note).not.toMatch(/ [:;!?»]/)
    const [en] = lint('They are thieves.', only('criminal-term', 'en')).messages
    expect(en.note).toMatch(/Theft Act 1968/)
  })

  it('reads agreement from the matched word', () => {
    expect(agreement('arnaqueuses')).toEqual({feminine: true, plural: true})
    expect(agreement('escroc')).toEqual({feminine: false, plural: false})
    expect(agreement('mafieux')).toEqual({feminine: false, plural: false})
    expect(inflect('lésé{e}{s}', 'arnakées')).toBe('lésées')
    expect(inflect('interlocut{eur|rice}{s}', 'menteuse')).toBe('interlocutrice')
  })
})
