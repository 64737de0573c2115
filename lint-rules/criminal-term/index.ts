/**
 * @module criminal-term
 * @summary-fr Termes qui imputent une infraction ou une malhonnêteté (arnaque, escroc, voleur, fraude…).
 * @summary-en Words that impute an offence or dishonesty (scam, fraudster, crook, thief…).
 *
 * ## Français
 *
 * **Ce qui est signalé.** Les mots qui imputent une infraction ou une malhonnêteté à quelqu'un :
 * arnaque, arnaquer, arnaqueur, escroc, escroquerie, escroquer, voleur, « c'est du vol », « ils
 * m'ont volé », voyou, mafia, mafieux, bandit, truand, fraude, fraudeur, frauduleux, filou,
 * charlatan, menteur, « abus de faiblesse », extorsion, racket, malversation, « faux et usage de
 * faux », magouille, « hold-up »… avec leurs formes dérivées, plurielles, féminines, conjuguées, en
 * capitales et les fautes courantes (« arnakée »). Le mot est signalé même sous une négation (« je ne
 * dis pas que ce sont des escrocs »), dans une question (« Est-ce une arnaque ? »), après « je
 * trouve que », entre guillemets ou dans des propos rapportés (« certains parleraient
 * d'escroquerie »).
 *
 * **Pourquoi.** Qualifier pénalement des faits revient au juge. Imputer une infraction à une
 * personne ou à une entreprise identifiable peut constituer une diffamation (loi du 29 juillet
 * 1881, art. 29 al. 1), y compris « sous forme dubitative » : la question, la négation et
 * l'opinion ne protègent pas.
 *
 * **Quoi écrire à la place.** Les faits datés et vérifiables (dates, montants, pièces), puis votre
 * appréciation présentée comme telle : « une pratique que je conteste », « ce que je considère
 * comme un manquement », « je me sens lésée ». Témoin informe et ne donne pas de conseil
 * juridique.
 *
 * **Ce qui n'est pas signalé.** Les autres sens (« mon vol pour Lyon », « vol de nuit ») ; un vol
 * sans rapport rapporté comme un fait (« le voleur de vélo a été arrêté par la police ») ; les noms
 * d'institutions et de textes (« Direction générale de la concurrence, de la consommation et de la
 * répression des fraudes », « loi … relative à la lutte contre la fraude », le « service fraude »
 * d'une banque) ; l'infraction décrite par la loi (« l'abus de faiblesse est puni de trois ans ») ;
 * une phrase qui cite un jugement (juridiction et date ou numéro : « le tribunal correctionnel de
 * Lyon l'a condamné pour escroquerie le 3 mai 2022 ») ; le titre d'un événement ou d'une publication
 * de prévention d'un organisme public, entre guillemets (« le webinaire « Démarchage : comment éviter
 * les arnaques » organisé par la CCI », une brochure de la gendarmerie) — il ne vise personne ; une
 * infraction hors de la liste (« abus de confiance », « faux et usage de faux ») nommée comme objet
 * d'une condamnation (« a été condamné pour abus de confiance ») : c'est l'affirmation de la
 * condamnation qui impute l'infraction, et la règle `presumption` la signale. Le titre choisi par
 * l'auteur (« mon article « Vitrinova, une arnaque ? » »), celui d'un collectif privé et les propos
 * d'un agent public rapportés entre guillemets restent signalés, de même que « condamnée pour
 * escroquerie » (terme de la liste). Une infraction subie par l'auteur et sans rapport (« victime d'une
 * escroquerie au faux conseiller, sans rapport avec l'agence », « mon atelier a été cambriolé ; les
 * voleurs n'ont jamais été retrouvés ») n'est pas signalée ; « victime d'une escroquerie de la part
 * de Vitrinova » l'est. Les domaines d'action publique (« la DDPP traite les fraudes », « la fraude à
 * la TVA ») non plus, ni l'auteur désigné par le mot (« je ne suis pas une voleuse », « le commercial
 * m'a traitée d'escroc ») — sauf contraste avec l'autre partie (« je ne suis pas un escroc,
 * contrairement à eux »). Nommer l'infraction d'une plainte ou d'une
 * procédure (« j'ai porté plainte pour escroquerie ») reste signalé, avec la sûreté la plus basse.
 *
 * ## English
 *
 * **Flagged.** Words that impute an offence or dishonesty: scam, scammer, fraud, fraudster,
 * fraudulent, crook, thief, "they stole", con artist, rip-off (merchants), liar, swindler,
 * racketeer, extortion, embezzlement, forgery… in every form, also under negation ("I'm not
 * saying they're fraudsters"), in questions ("Is this a scam?"), after "I think" and in reported
 * speech.
 *
 * **Why.** Characterising facts as an offence is for a court. Such words are hard to defend as
 * honest opinion or to prove true (Defamation Act 2013, ss. 2–3); in France, loi du 29 juillet
 * 1881, art. 29, punishes the imputation even in a dubitative form.
 *
 * **Instead.** Dated, checkable facts, then your view as a view: "a practice I dispute", "what I
 * consider a breach of contract". Témoin informs; it is not legal advice.
 *
 * **Not flagged.** Other senses ("stole the show", "a stolen bike", a "fur stole", a "tennis
 * racket"), an unrelated thief arrested by the police, names ("Fraud Act 2006", "Action Fraud",
 * "Serious Fraud Office", a bank's "fraud team"), the offence described by the law ("fraud is
 * punishable by…"), a sentence citing a judgment (court + date or number), the title of a public
 * body's prevention event or publication, quoted or in Title Case ("the council's workshop 'Spot the
 * Scam'", Trading Standards' leaflet "Doorstep fraudsters: what to do"), and an offence outside the
 * list named as the object of a conviction ("convicted of embezzlement": `presumption` reports the
 * claim). The writer's own title, a private group's title, an official's words quoted, and "convicted
 * of fraud" (a listed term) are still flagged. An unrelated offence the writer suffered ("the victim of
 * a bank impersonation scam, unrelated to the agency", "my van was broken into and the thieves were
 * never caught", "someone stole my bike") and an institution's proper name ("the National Fraud
 * Intelligence Bureau") are not; "the victim of a scam by Brightline" is. Nor is the writer as the
 * one labelled ("I'm not a thief", "the rep called me a scammer"), unless set against the other side
 * ("I am no liar, unlike them"). Naming the offence of a complaint ("I reported them
 * for fraud") is still flagged, at the lowest sureness.
 *
 * @example
 *   {"lang": "fr", "flags": ["arnaque"]}
 *   Est-ce une arnaque ?
 * @example
 *   {"lang": "fr", "flags": ["escrocs"]}
 *   Je ne dis pas que ce sont des escrocs, mais je vous laisse juges.
 * @example
 *   {"lang": "fr", "flags": ["c’est du vol"]}
 *   Franchement, 7 200 € pour cinq pages, c’est du vol.
 * @example
 *   {"lang": "fr", "flags": ["C'est du vol pur et simple"]}
 *   C'est du vol pur et simple.
 * @example
 *   {"lang": "fr", "flags": ["arnaqueurs"]}
 *   **Attention aux arnaqueurs** qui démarchent les fleuristes.
 * @example
 *   {"lang": "fr", "flags": ["arnakée"]}
 *   je me sens arnakée sur ce coup la
 * @example
 *   {"lang": "fr", "flags": ["ARNAQUENT"]}
 *   ILS ARNAQUENT LES ARTISANS.
 * @example
 *   {"lang": "fr", "flags": ["voleuses"]}
 *   Je trouve que ces deux commerciales sont des voleuses.
 * @example
 *   {"lang": "fr", "flags": ["m'ont volé"]}
 *   Selon moi, ils m'ont volé 4 000 €.
 * @example
 *   {"lang": "fr", "flags": ["escroquerie"]}
 *   Certains parleraient d’escroquerie ; moi, je dis juste : méfiez-vous.
 * @example
 *   {"lang": "fr", "flags": ["frauduleux", "abus de faiblesse"]}
 *   Ce montage frauduleux relève de l'abus de faiblesse.
 * @example
 *   {"lang": "fr", "flags": ["de l'extorsion"]}
 *   Réclamer 3 100 € de frais de résiliation, c'est de l'extorsion.
 * @example
 *   {"lang": "fr", "flags": ["mafieux", "charlatans"]}
 *   Un réseau mafieux de charlatans.
 * @example
 *   {"lang": "fr", "flags": ["menteuse"]}
 *   Mme Vidal, la commerciale, est une menteuse.
 * @example
 *   {"lang": "fr", "flags": ["voyous"]}
 *   « Ce sont des voyous », m'a dit mon voisin.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon vol pour Lyon a été annulé, et le vol de nuit aussi.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le voleur de vélo a été arrêté par la police le 3 mai.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'ai écrit à la Direction générale de la concurrence, de la consommation et de la répression des fraudes.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La loi n° 2018-898 du 23 octobre 2018 relative à la lutte contre la fraude ne s'applique pas ici.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le service fraude de ma banque m'a appelé pour vérifier le prélèvement.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le tribunal correctionnel de Lyon a condamné le gérant pour escroquerie le 3 mai 2022 (n° 22/01234).
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je conteste cette pratique : le contrat signé le 4 mars 2024 prévoit 48 mensualités de 189 €.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le vol de ma camionnette en 2022 n'a rien à voir avec cette affaire.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je me suis fait voler mon vélo devant l'agence, ce qui n'a rien à voir.
 * @example
 *   {"lang": "fr", "flags": []}
 *   L'abus de faiblesse est puni de trois ans d'emprisonnement.
 * @example
 *   {"lang": "en", "flags": ["scam"]}
 *   Is this a scam?
 * @example
 *   {"lang": "en", "flags": ["fraudsters"]}
 *   I'm not saying they're fraudsters, but draw your own conclusions.
 * @example
 *   {"lang": "en", "flags": ["rip-off merchants"]}
 *   The leasing firm are rip-off merchants.
 * @example
 *   {"lang": "en", "flags": ["scammers"]}
 *   I think they are scammers.
 * @example
 *   {"lang": "en", "flags": ["SCAM"]}
 *   **SCAM ALERT!!!**
 * @example
 *   {"lang": "en", "flags": ["con artist", "liar"]}
 *   That con artist is a liar.
 * @example
 *   {"lang": "en", "flags": ["stole"]}
 *   They stole £4,000 from my business.
 * @example
 *   {"lang": "en", "flags": ["crooks"]}
 *   My neighbour says they are crooks.
 * @example
 *   {"lang": "en", "flags": []}
 *   Her speech stole the show at the trade fair.
 * @example
 *   {"lang": "en", "flags": []}
 *   The bike thief who broke into my van was arrested by the police on 3 May.
 * @example
 *   {"lang": "en", "flags": []}
 *   A friend mentioned the Fraud Act 2006, but it does not apply to a French contract.
 * @example
 *   {"lang": "en", "flags": []}
 *   My bank's fraud team called to check the new direct debit.
 * @example
 *   {"lang": "en", "flags": []}
 *   The director was convicted of fraud by the Lyon Criminal Court on 12 January 2021 (case no. 20/01234).
 * @example
 *   {"lang": "en", "flags": []}
 *   I left my tennis racket and a crooked picture frame in the van, which was stolen.
 * @example
 *   {"lang": "fr", "flags": ["abusé de la faiblesse"]}
 *   Ils ont abusé de la faiblesse de mon père pour lui faire signer 60 mensualités.
 * @example
 *   {"lang": "fr", "flags": ["abusent de la vulnérabilité"]}
 *   Ces commerciaux abusent de la vulnérabilité des artisans isolés.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Il a abusé de ma patience au téléphone pendant une heure.
 * @example
 *   {"lang": "fr", "flags": ["arnac"]}
 *   Une arnac pure et simple, ce contrat.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'ai assisté le 14 mai à l'atelier « Faux sites, vraies arnaques » de la chambre de métiers.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La gendarmerie a diffusé une brochure intitulée « Démarchage : les escroqueries les plus courantes ».
 * @example
 *   {"lang": "fr", "flags": ["arnaque"]}
 *   Mon billet de blog « Bailexa, une arnaque ? » a été lu 3 000 fois.
 * @example
 *   {"lang": "fr", "flags": ["arnaqueurs"]}
 *   Une association de victimes a lancé la campagne « Stop aux arnaqueurs du web ».
 * @example
 *   {"lang": "fr", "flags": ["arnaque"]}
 *   « C’est une arnaque », m’a dit le conseiller de la CCI.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le gérant aurait été condamné pour abus de confiance, d'après un ancien salarié.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ils ont été reconnus coupables de faux et usage de faux.
 * @example
 *   {"lang": "fr", "flags": ["abus de confiance"]}
 *   Le gérant a commis un abus de confiance.
 * @example
 *   {"lang": "fr", "flags": ["escroquerie"]}
 *   La société a été condamnée pour escroquerie, paraît-il.
 * @example
 *   {"lang": "en", "flags": []}
 *   The council ran a workshop called "Spot the Scam" last Tuesday.
 * @example
 *   {"lang": "en", "flags": []}
 *   Trading Standards handed out a leaflet, “Doorstep fraudsters: what to do”.
 * @example
 *   {"lang": "en", "flags": []}
 *   The police launched the Stop Online Scammers Week in March.
 * @example
 *   {"lang": "en", "flags": ["scam"]}
 *   My video "Brightline is a scam" has 2,000 views.
 * @example
 *   {"lang": "en", "flags": ["Scammers"]}
 *   Our Stop The Scammers Group meets on Mondays.
 * @example
 *   {"lang": "en", "flags": []}
 *   He was convicted of embezzlement, according to a former colleague.
 * @example
 *   {"lang": "en", "flags": ["embezzled"]}
 *   He embezzled the deposits.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je ne suis pas une voleuse : j'ai payé chaque mensualité.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le commercial m'a traitée d'escroc au téléphone parce que j'ai suspendu le prélèvement.
 * @example
 *   {"lang": "fr", "flags": ["escroc"]}
 *   Je ne suis pas un escroc, contrairement à eux.
 * @example
 *   {"lang": "fr", "flags": ["escrocs"]}
 *   Ces escrocs me traitent de voleuse.
 * @example
 *   {"lang": "en", "flags": []}
 *   The rep called me a scammer on the phone.
 * @example
 *   {"lang": "en", "flags": ["liar"]}
 *   I am no liar, unlike them.
 * @example
 *   {"lang": "en", "flags": ["scammers"]}
 *   They called me, those scammers, at 8 a.m. on a Sunday.
 * @example
 *   {"lang": "fr", "flags": ["apparente à du vol"]}
 *   Franchement, ces frais de dossier, ça s'apparente à du vol.
 * @example
 *   {"lang": "fr", "flags": ["ça du vol"]}
 *   Mon comptable appelle ça du vol.
 * @example
 *   {"lang": "fr", "flags": ["frise le vol"]}
 *   Ce tarif frise le vol.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'ai pris un vol pour Nice le lendemain de la signature.
 * @example
 *   {"lang": "en", "flags": ["called it theft"]}
 *   My accountant called it theft.
 * @example
 *   {"lang": "en", "flags": ["amounts to theft"]}
 *   Charging for a site that was never delivered amounts to theft.
 * @example
 *   {"lang": "fr", "flags": []}
 *   L'an dernier, j'ai été victime d'une escroquerie au faux conseiller bancaire, sans rapport avec l'agence.
 * @example
 *   {"lang": "fr", "flags": ["escroquerie"]}
 *   J'ai été victime d'une escroquerie de la part de Vitrinova.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon atelier a été cambriolé en mars ; les voleurs n'ont jamais été retrouvés.
 * @example
 *   {"lang": "fr", "flags": ["voleurs"]}
 *   Ces voleurs de Bailexa n'ont rien à voir avec un vrai loueur.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La DDPP traite les fraudes, pas les litiges contractuels.
 * @example
 *   {"lang": "en", "flags": []}
 *   Last year I was the victim of a bank impersonation scam, unrelated to the agency.
 * @example
 *   {"lang": "en", "flags": ["scam"]}
 *   I was the victim of a scam by Brightline.
 * @example
 *   {"lang": "en", "flags": []}
 *   My van was broken into and the thieves were never caught.
 * @example
 *   {"lang": "en", "flags": []}
 *   Someone stole my bike outside their office, which has nothing to do with this.
 * @example
 *   {"lang": "en", "flags": ["stole"]}
 *   They stole £3,000 from me, nothing to do with a mistake.
 * @example
 *   {"lang": "en", "flags": []}
 *   The National Fraud Intelligence Bureau never replied to my letter.
 * @example
 *   {"lang": "en", "flags": []}
 *   I attended the council's "Beat the Fraudsters" workshop in May.
 */
import type {Lang} from '../../src/core/types.js'
import {compileLexicon, defineRule, guillemets, matchCase, quotes, type LexiconMatch, type RuleContext, type TextView} from '../support/index.js'
import {citationGroups, citesJudgment, unitText} from '../support/judgment.js'
import en from './lexicon.en.yml'
import fr from './lexicon.fr.yml'
import {cancelledByWindow, frenchTypography, inflect, paragraphSentences, wordSet, type ContextEntry} from './term-context.js'

const lexicons = {
  fr: compileLexicon(fr, 'criminal-term/lexicon.fr.yml'),
  en: compileLexicon(en, 'criminal-term/lexicon.en.yml')
}

// An arrest reported as a fact: the thief belongs to another story (« le voleur de vélo a été
// arrêté par la police »), not to the testimony's target.
const arrestCues = {
  fr: compileLexicon(
    [
      {
        id: 'arrest',
        match: [
          'été arrêté|arrêtée|arrêtés|arrêtées|interpellé|interpellée|interpellés|interpellées|appréhendé|appréhendée|appréhendés|appréhendées',
          'police|gendarmerie|gendarmes|policiers a|ont|avait|avaient arrêté|interpellé|appréhendé',
          'par la police|gendarmerie',
          // A theft the writer suffered: a burglary, a break-in, thieves never found.
          'cambriol*',
          'effraction',
          'fracturé|fracturée|fracturés|fracturées|fracture|fracturent|fracturait ma|mon|mes|notre|nos',
          'jamais été retrouvé|retrouvée|retrouvés|retrouvées|arrêté|arrêtés|identifié|identifiés|identifiées',
          'court|courent toujours'
        ]
      }
    ],
    'criminal-term/arrest-cues.fr'
  ),
  en: compileLexicon(
    [
      {
        id: 'arrest',
        match: [
          'was|were|been|got arrested|caught|charged|jailed',
          'police arrested|caught|charged',
          'by the police',
          'broken|broke into',
          'burgled',
          'burglary',
          'break-in',
          'never caught|found|identified|traced',
          'still at large'
        ]
      }
    ],
    'criminal-term/arrest-cues.en'
  )
}

// The writer says the offence is unrelated to the testimony (« sans rapport avec l'agence », "nothing
// to do with this"). With a victim frame right before a scam or fraud word
// (« j'ai été victime d'une escroquerie au faux conseiller, sans rapport avec l'agence », "I was the
// victim of a bank scam, unrelated to the agency"), the word names another story, not the target.
// Without the victim frame (« ce n'est pas une erreur, rien à voir : c'est une arnaque », « ces voleurs
// n'ont rien à voir avec un vrai loueur ») it still counts; thefts the writer suffered are told by
// the incident instead (arrest cues above: « cambriolé », « fracturé ma voiture », "never caught").
const unrelatedCues = {
  fr: compileLexicon(
    [{id: 'unrelated', match: ['sans rapport', 'sans aucun rapport', 'rien à voir', 'aucun rapport', 'aucun lien', 'sans lien', 'sans aucun lien', 'une autre histoire', 'une autre affaire']}],
    'criminal-term/unrelated-cues.fr'
  ),
  en: compileLexicon(
    [{id: 'unrelated', match: ['unrelated', 'nothing to do with', 'no connection', 'not connected', 'no link', 'a separate matter', 'a different story', 'another story']}],
    'criminal-term/unrelated-cues.en'
  )
}
const victimWords = wordSet(['victime', 'victimes', 'victim', 'victims', 'fell', 'targeted'])!
function victimFrame(view: TextView, match: LexiconMatch): boolean {
  for (let i = Math.max(0, match.from - 4); i < match.from; i++) if (victimWords.has(view.tokens[i])) return true
  return false
}

// The writer as the one labelled (« je ne suis pas une voleuse », « le commercial m'a traitée d'escroc »,
// « ils m'accusent de fraude », "the rep called me a scammer", "I'm not a thief"): no imputation to
// anyone else. A contrast with the other side keeps it (« je ne suis pas un escroc, contrairement à
// eux », "I am no liar, unlike them").
const selfCues = {
  fr: compileLexicon(
    [
      {
        id: 'self',
        match: [
          'je ne suis pas un|une|des', 'je ne suis ni un|une', 'je suis un|une', 'nous ne sommes pas des', "j'|j’ ai passé pour un|une",
          "m'|m’|me|nous traite|traitent|traitait|traitaient|traiter de|d'|d’",
          "m'|m’|nous a|ont|avait|avaient traité|traitée|traités|traitées de|d'|d’",
          "m'|m’|nous accuse|accusent|accusait|accusaient|accuser de|d'|d’",
          "m'|m’|nous a|ont|avait|avaient accusé|accusée|accusés|accusées de|d'|d’",
          'me|nous fait|font|faisait|faisaient passer pour un|une|des',
          'suis|sommes passé|passée|passés|passées pour un|une|des'
        ]
      },
      {id: 'contrast', match: ['contrairement', 'eux', 'pas comme', 'à la différence', 'moi je', 'eux si']}
    ],
    'criminal-term/self-cues.fr'
  ),
  en: compileLexicon(
    [
      {
        id: 'self',
        match: [
          "i'm not a|an", 'i am not a|an', "i'm no", 'i am no', 'we are not', "we're not",
          'called|call|calls me|us a|an', 'called|call|calls me|us', 'accused|accuse|accuses me|us of', 'labelled|labeled|branded me|us a|an',
          'treated me|us like a|an', 'made me|us look like a|an'
        ]
      },
      {id: 'contrast', match: ['unlike', 'them', "they're", 'they are', 'not like', 'whereas']}
    ],
    'criminal-term/self-cues.en'
  )
}
function selfLabel(cues: LexiconMatch[], view: TextView, match: LexiconMatch): boolean {
  let self = false
  for (const cue of cues) {
    if (cue.entry.id === 'contrast') return false
    if (cue.to <= match.from && match.from - cue.to <= 2 && !CLAUSE_BREAK.test(view.text.slice(cue.end, match.start))) self = true
  }
  return self
}
const CLAUSE_BREAK = /[,;:.!?]/

const NOTE = {
  fr: frenchTypography(
    "Qualifier pénalement des faits revient au juge. Imputer une infraction ou une malhonnêteté à une personne ou à une entreprise identifiable peut constituer une diffamation (loi du 29 juillet 1881, art. 29 al. 1), même sous forme dubitative, interrogative ou négative, ou en reprenant les propos d'autrui. Décrivez les faits datés et vérifiables, pièces à l'appui, et présentez votre appréciation comme une opinion. Témoin informe et ne donne pas de conseil juridique."
  ),
  en:
    'Characterising facts as an offence is for a court. Imputing an offence or dishonesty to an identifiable person or company can be defamatory (Defamation Act 2013, s. 1) and such a label is hard to prove true (s. 2) or to defend as honest opinion (s. 3); in France, loi du 29 juillet 1881, art. 29, punishes it even in a dubitative form. Describe dated, checkable facts and give your view as a view. Témoin informs; it is not legal advice.'
}

function reason(lang: Lang, actual: string, entry: ContextEntry, suggestion: string | undefined): string {
  const person = entry.kind === 'person'
  if (lang === 'fr') {
    const what = person
      ? "ce mot présente quelqu'un comme l'auteur d'une infraction ou comme malhonnête"
      : "ce terme impute une infraction ou une malhonnêteté, ce qu'il revient au juge de qualifier"
    const instead = suggestion
      ? `préférez les faits, puis une appréciation comme ${guillemets(suggestion)}`
      : 'décrivez plutôt les faits (dates, montants, pièces) et votre appréciation'
    return `Évitez ${guillemets(actual)}\u00A0: ${what}\u202F; ${instead}.`
  }
  const what = person
    ? 'it labels someone as an offender or as dishonest'
    : 'it imputes an offence or dishonesty, which is for a court to establish'
  const instead = suggestion
    ? `state the facts, then a view such as ${quotes(suggestion)}`
    : 'describe the facts instead (dates, amounts, documents) and give your view as a view'
  return `Avoid ${quotes(actual)}: ${what}; ${instead}.`
}

export const rule = defineRule(
  {
    id: 'criminal-term',
    severity: 'error',
    languages: ['fr', 'en'],
    title: {fr: 'Terme pénal', en: 'Criminal term'},
    summary: {
      fr: 'Termes qui imputent une infraction ou une malhonnêteté (arnaque, escroc, voleur, fraude…).',
      en: 'Words that impute an offence or dishonesty (scam, fraudster, crook, thief…).'
    }
  },
  (tree, ctx) => {
    const lang: Lang = ctx.lang === 'en' ? 'en' : 'fr'
    const lexicon = lexicons[lang]
    for (const sentences of paragraphSentences(tree)) {
      let texts: string[] | undefined
      let groups: number[] | undefined
      for (let s = 0; s < sentences.length; s++) {
        const view = sentences[s]
        const matches = lexicon.find(view)
        if (matches.length === 0) continue
        // Quoting the offence a court convicted someone of is not an imputation of one's own. The
        // citation may have been cut at abbreviation periods (« T. corr. Lyon, 4 juill. 2022 »).
        texts ??= sentences.map((v) => v.text)
        groups ??= citationGroups(texts)
        if (citesJudgment(unitText(texts, groups, s), lang)) continue
        check(view, matches, sentences[s + 1])
      }
    }

    function check(view: TextView, matches: LexiconMatch[], next: TextView | undefined) {
      let arrest: boolean | undefined
      let unrelated: boolean | undefined
      let selves: LexiconMatch[] | undefined
      let presented: boolean | undefined
      for (const match of matches) {
        const entry = match.entry as ContextEntry
        if (cancelledByWindow(view, match)) continue
        if (entry.kind === 'thing' && definesOffence(view, match)) continue
        if (entry.offList && convictedOf(view, match)) continue
        if (entry.unrelatedTheft) {
          arrest ??= arrestCues[lang].find(view).length > 0
          if (arrest) continue
        }
        if (entry.kind === 'thing' && victimFrame(view, match)) {
          unrelated ??= unrelatedCues[lang].find(view).length > 0
          if (unrelated) continue
        }
        if (lang === 'en' && institutionName(view, match)) continue
        selves ??= selfCues[lang].find(view)
        if (selves.length > 0 && selfLabel(selves, view, match)) continue
        if (inTitle(view, match, lang === 'en')) {
          presented ??= publicEvent(lang, view, next)
          if (presented) continue
        }
        report(ctx, view, match, lang, proceedings.has(view, match.from) ? 0 : undefined)
      }
    }
  }
)

// The offence named in general terms by the law (« l'abus de faiblesse est puni de trois ans »,
// "fraud is punishable by…"): information about the law, not an imputation.
const definitionWords = wordSet([
  'puni', 'punie', 'punis', 'punies', 'défini', 'définie', 'définis', 'définies', 'réprimé', 'réprimée', 'réprimés',
  'réprimées', 'sanctionné', 'sanctionnée', 'sanctionnés', 'sanctionnées', 'punishable', 'punished', 'defined'
])!
function definesOffence(view: TextView, match: LexiconMatch): boolean {
  for (let i = match.to; i < Math.min(view.tokens.length, match.to + 4); i++) if (definitionWords.has(view.tokens[i])) return true
  return false
}

// An offence outside the list of issue 2 and the corpus README (« abus de confiance », « faux et
// usage de faux », "embezzlement"), named as the object of a conviction or guilt claim (« a été
// condamné pour abus de confiance », "convicted of embezzlement"): the claim is what imputes the
// offence, and `presumption` reports it (or stays silent when a judgment is cited). Listed terms
// (« condamnée pour escroquerie », "convicted of fraud") are still reported here too.
const convictionWords = wordSet([
  'condamné', 'condamnée', 'condamnés', 'condamnées', 'condamnation', 'condamnations', 'coupable', 'coupables',
  'culpabilité', 'convicted', 'conviction', 'convictions', 'guilty', 'sentenced', 'jailed'
])!
function convictedOf(view: TextView, match: LexiconMatch): boolean {
  for (let i = Math.max(0, match.from - 4); i < match.from; i++) if (convictionWords.has(view.tokens[i])) return true
  return false
}

// The title of an event, a campaign or a publication by a public body (« le webinaire « Démarchage :
// comment éviter les arnaques » organisé par la CCI », "the council's 'Spot the Scam' workshop"):
// prevention, which names no one. A title is a quotation (« … », “…”, "…") or, in English, a run of
// capitalised words ("Stop The Scammers Week"); the sentence (or the next one, when the title's own
// « ? » ends the sentence) must name both the event or publication and a public body. A title by the
// writer (« mon article « Vitrinova, une arnaque ? » ») or by a private group is still reported, and
// so is speech quoted from an official (« « C'est une arnaque », m'a dit le conseiller de la CCI »).
const titleCues = {
  fr: compileLexicon(
    [
      {
        id: 'event',
        match: [
          'webinaire', 'webinaires', 'webinar', 'webinars', 'conférence', 'conférences', 'atelier', 'ateliers', 'réunion', 'réunions',
          'campagne', 'campagnes', 'semaine', 'journée', 'journées', 'mois', 'guide', 'guides', 'brochure', 'brochures', 'dépliant',
          'dépliants', 'plaquette', 'plaquettes', 'affiche', 'affiches', 'exposition', 'formation', 'formations', 'colloque', 'séminaire',
          'table ronde', 'fiche', 'fiches', 'opération', 'programme', 'forum', 'salon', 'émission', 'podcast', 'kit', 'livret', 'module',
          'session', 'permanence', 'matinale', 'petit-déjeuner', 'intitulé', 'intitulée', 'intitulés', 'intitulées', 'thème'
        ]
      },
      {
        id: 'body',
        match: [
          'CCI', 'CMA', 'chambre de commerce', 'chambre de métiers', 'chambre des métiers', 'DGCCRF', 'DDPP', 'DDETSPP', 'DGFiP',
          'préfecture', 'préfet', 'mairie', 'ville de', 'municipalité', 'commune', 'conseil régional', 'conseil départemental',
          'gendarmerie', 'gendarmerie nationale', 'police', 'police nationale', 'police municipale', 'commissariat',
          'Banque de France', 'ministère', 'gouvernement', 'service public', 'ACPR', 'CNIL', 'France Travail', 'URSSAF',
          'Bpifrance', 'cybermalveillance', 'Institut national de la consommation', 'médiateur de la consommation',
          'France Services', 'tribunal', 'parquet', 'procureur', 'conseil départemental de l\'accès au droit', 'CDAD',
          'intercommunalité', 'communauté de communes', 'agglomération', 'métropole'
        ]
      },
      // Written with their capitals only (« l'État », not « l'état du site »).
      {id: 'body-cased', match: ['État', 'Région', 'Département', 'AMF', 'INC']}
    ],
    'criminal-term/title-cues.fr'
  ),
  en: compileLexicon(
    [
      {
        id: 'event',
        match: [
          'webinar', 'webinars', 'talk', 'talks', 'workshop', 'workshops', 'seminar', 'seminars', 'conference', 'campaign', 'campaigns',
          'week', 'day', 'month', 'leaflet', 'leaflets', 'booklet', 'guide', 'guides', 'brochure', 'poster', 'posters', 'course',
          'event', 'events', 'session', 'sessions', 'briefing', 'exhibition', 'roadshow', 'programme', 'program', 'podcast',
          'entitled', 'titled', 'called', 'toolkit', 'fact sheet', 'factsheet', 'drop-in'
        ]
      },
      {
        id: 'body',
        match: [
          'council', 'borough', 'county council', 'city council', 'local authority', 'Trading Standards', 'Citizens Advice',
          'Action Fraud', 'police', 'constabulary', 'Financial Conduct Authority', 'government', 'ministry', 'HMRC', 'Ofcom',
          'Competition and Markets Authority', 'chamber of commerce', 'consumer protection agency', 'Federal Trade Commission',
          'attorney general', 'public library', 'town hall', 'city hall', "council's", "government's", "ministry's"
        ]
      },
      {id: 'body-cased', match: ['FCA', 'CMA', 'FTC', 'Met', 'DfE', 'Home Office', 'Department']}
    ],
    'criminal-term/title-cues.en'
  )
}

// Unclosed quotation marks before the match (a title's own « ? » may have ended the sentence).
// Only a bounded stretch before the match is read: a title is short, and a view's text may hold
// thousands of characters of indentation before the word.
const TITLE_REACH = 200
function inTitle(view: TextView, match: LexiconMatch, english: boolean): boolean {
  const before = view.text.slice(Math.max(0, match.start - TITLE_REACH), match.start)
  for (const [open, close] of TITLE_QUOTES) {
    const opened = before.lastIndexOf(open)
    if (opened !== -1 && before.lastIndexOf(close) < opened) return true
  }
  let straight = 0
  for (let i = before.indexOf('"'); i !== -1; i = before.indexOf('"', i + 1)) straight++
  if (straight % 2 === 1) return true
  if (!english) return false
  // "Stop The Scammers Week": the match inside a run of at least three capitalised words.
  const tokens = view.tokens
  let from = match.from
  let to = match.to
  while (from > 1 && capitalisedToken(tokens[from - 1])) from--
  while (to < tokens.length && capitalisedToken(tokens[to])) to++
  return to - from >= 3 && capitalisedToken(tokens[match.from])
}
const TITLE_QUOTES: Array<[string, string]> = [['«', '»'], ['“', '”']]
// Title case ("Scammers"), not capitals ("SCAM ALERT").
const TITLE_WORD = /^\p{Lu}\p{Ll}/u
const capitalisedToken = (token: {value: string}) => TITLE_WORD.test(token.value)
const LOWER_START = /^\p{Ll}/u

// An English institution's proper name: the match inside a run of Title Case words that holds an
// institution noun ("the National Fraud Intelligence Bureau", "the Fraud Ombudsman", "Scams Team").
// A private group's name ("Stop The Scammers Group") is not an institution.
const institutionNouns = wordSet([
  'bureau', 'office', 'agency', 'unit', 'squad', 'service', 'services', 'authority', 'ombudsman', 'team', 'department',
  'directorate', 'centre', 'center', 'commission', 'taskforce', 'division', 'board', 'helpline', 'hotline', 'prosecutor',
  'prosecutors', 'inspectorate', 'regulator', 'police', 'constabulary', 'tribunal', 'court'
])!
function institutionName(view: TextView, match: LexiconMatch): boolean {
  const tokens = view.tokens
  if (!capitalisedToken(tokens[match.from])) return false
  let from = match.from
  let to = match.to
  while (from > 1 && capitalisedToken(tokens[from - 1])) from--
  while (to < tokens.length && capitalisedToken(tokens[to])) to++
  if (to - from < 2) return false
  for (let i = from; i < to; i++) if (i !== match.from && institutionNouns.has(tokens[i])) return true
  return false
}

function publicEvent(lang: Lang, view: TextView, next: TextView | undefined): boolean {
  let event = false
  let body = false
  for (const v of next ? [view, next] : [view]) {
    for (const cue of titleCues[lang].find(v)) {
      if (cue.entry.id === 'event') event = true
      else if (cue.entry.id === 'body' || !LOWER_START.test(cue.actual)) body = true
    }
    if (event && body) return true
  }
  return false
}

// Naming the offence of a complaint or a procedure (« j'ai porté plainte pour escroquerie », "charged
// with fraud") still names it, but it reports a step rather than the writer's own label: sureness 0.
const proceedingWords = wordSet([
  'plainte', 'plaintes', 'signalement', 'signalé', 'examen', 'enquête', 'poursuivi', 'poursuivie', 'poursuivis',
  'poursuites', 'complaint', 'complaints', 'reported', 'charged', 'charges', 'investigation', 'investigated', 'prosecuted'
])!
const proceedings = {
  has(view: TextView, from: number): boolean {
    for (let i = Math.max(0, from - 4); i < from; i++) if (proceedingWords.has(view.tokens[i])) return true
    return false
  }
}

function report(ctx: RuleContext, view: TextView, match: LexiconMatch, lang: Lang, sureness?: 0 | 1 | 2) {
  const entry = match.entry as ContextEntry
  const templates = suggestionsFor(entry, match.actual)
  const expected = templates?.map((s) => matchCase(inflect(s, match.actual), match.actual))
  ctx.report({
    view,
    start: match.start,
    end: match.end,
    entry: entry.id,
    sureness: sureness ?? entry.sureness ?? 1,
    reason: reason(lang, match.actual, entry, templates?.[0] && inflect(templates[0], match.actual)),
    expected,
    // An entry's note names the offence and its article; the rule's note gives the general basis.
    note: entry.note ? `${lang === 'fr' ? frenchTypography(entry.note) : entry.note} ${NOTE[lang]}` : NOTE[lang]
  })
}

// Lexicons match on folded forms, so « arnaque » and « arnaqué » are one phrase: the accent (or an
// « -ée » ending) tells the participle, which takes the `participle` suggestions (« lésée »).
const participleEnding = /(?:é|ée|és|ées|ee|ees)$/u

function suggestionsFor(entry: ContextEntry, actual: string): string[] | undefined {
  const participle = entry.participle as string[] | undefined
  if (!participle) return entry.suggest
  return participleEnding.test(actual.toLowerCase()) ? participle : entry.kind === 'participle' ? undefined : entry.suggest
}

export default rule.plugin
