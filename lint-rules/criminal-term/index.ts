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
 * Lyon l'a condamné pour escroquerie le 3 mai 2022 »). Nommer l'infraction d'une plainte ou d'une
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
 * punishable by…"), and a sentence citing a judgment (court + date or number). Naming the offence
 * of a complaint ("I reported them for fraud") is still flagged, at the lowest sureness.
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
          'par la police|gendarmerie'
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
          'by the police'
        ]
      }
    ],
    'criminal-term/arrest-cues.en'
  )
}

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
        check(view, matches)
      }
    }

    function check(view: TextView, matches: LexiconMatch[]) {
      let arrest: boolean | undefined
      for (const match of matches) {
        const entry = match.entry as ContextEntry
        if (cancelledByWindow(view, match)) continue
        if (entry.kind === 'thing' && definesOffence(view, match)) continue
        if (entry.unrelatedTheft) {
          arrest ??= arrestCues[lang].find(view).length > 0
          if (arrest) continue
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
