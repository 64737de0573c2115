/**
 * @module presumption
 * @summary-fr Présenter quelqu'un comme coupable ou condamné sans citer de jugement.
 * @summary-en Calling someone guilty or convicted without citing a judgment.
 *
 * ## Français
 *
 * **Ce qui est signalé.** Présenter une personne ou une entreprise comme coupable ou condamnée
 * sans citer la décision : « la société est coupable de pratiques trompeuses », « reconnus
 * coupables », « le gérant a déjà été condamné », « déjà condamnée à plusieurs reprises »,
 * « Condamnée en 2021 », « Coupables ! », « un repris de justice », « il a un casier judiciaire »,
 * « connu de la justice », « a écopé de six mois avec sursis », « a pris du sursis », « un lourd
 * passé judiciaire », « épinglé par la justice », « ont déjà été jugés pour escroquerie », « la justice
 * les a sanctionnés », « se sont fait condamner », « un récidiviste », « ce sont des
 * criminels ». Une condamnation annoncée est aussi signalée (« il sera forcément
 * condamné ») : elle présente la culpabilité comme acquise avant tout jugement. La question
 * (« l'agence a-t-elle déjà été condamnée ? ») et la négation rhétorique (« je ne dis pas qu'ils
 * sont coupables ») sont signalées comme l'affirmation, de même que « leur culpabilité ne fait aucun
 * doute ». Une juridiction seule ne suffit pas (« condamnés à Nanterre », « condamné par le tribunal
 * correctionnel de Rennes ») : il faut aussi la date ou le numéro.
 *
 * **Pourquoi.** Présenter publiquement une personne comme coupable avant toute condamnation porte
 * atteinte à la présomption d'innocence (art. 9-1 du Code civil ; art. 6 § 2 CEDH) ; affirmer une
 * condamnation sans la sourcer peut en outre être diffamatoire (loi du 29 juillet 1881, art. 29).
 * Un forum, « internet », « la justice » en général, « je crois » ou « de source sûre » ne sont
 * pas des références.
 *
 * **Quoi écrire à la place.** Citez la décision : juridiction, date et numéro (« le tribunal de
 * commerce de Lyon a condamné la société le 3 mai 2022, jugement n° 2022F00418 »), dans la phrase
 * ou la suivante ; sinon décrivez les faits qui vous concernent et, le cas échéant, la procédure en
 * cours (« j'ai déposé plainte le 2 avril 2024 »). Témoin informe et ne donne pas de conseil
 * juridique.
 *
 * **Ce qui n'est pas signalé.** « Je me sens coupable », « je suis coupable de ne pas avoir lu
 * le contrat », « j'ai été coupable de négligence » (soi-même) ; un coupable figuré, quand la phrase
 * désigne comme coupable l'auteur ou une chose (« le vrai coupable, c'est mon manque de vigilance »,
 * « la seule coupable, c'est moi », « le coupable, c'est le système de location ») — mais « le vrai
 * coupable, c'est le gérant » est signalé ; « coupable ou pas, il doit me rembourser » ; « la porte a été condamnée » ; « je suis condamné à attendre » ; un
 * risque ou une demande (« le vendeur peut être condamné à une amende », « je demande que la
 * société soit condamnée », « faire condamner l'agence ») ; « il n'a jamais été condamné » ; une
 * condamnation citée avec sa juridiction et sa date ou son numéro.
 *
 * ## English
 *
 * **Flagged.** Calling someone guilty or convicted without citing the judgment: "is guilty of",
 * "found guilty", "was convicted", "already convicted", "a criminal record", "they are
 * criminals", "has form for this", "done for fraud", "sent down", "got a suspended sentence", and a predicted conviction ("he will be convicted").
 *
 * **Why.** It presumes guilt before any judgment (presumption of innocence, art. 6(2) ECHR; in
 * France art. 9-1 Code civil) and, if it cannot be proved, it is defamatory (Defamation Act 2013,
 * ss. 1–2).
 *
 * **Instead.** Cite the decision (court, date, case number), or describe the facts that concern you
 * and any pending complaint. Témoin informs; it is not legal advice.
 *
 * **Not flagged.** "I feel guilty", "a guilty pleasure", "not guilty", "guilty or not", a figurative
 * culprit (the writer or a thing: "the guilty party, if any, is my own naivety"; but "the guilty
 * party is their director" is flagged), a legal risk ("they could be convicted"), "if convicted", a
 * conviction cited with its court and date or number (a court alone is not enough: "found guilty at
 * Bristol Crown Court" is flagged).
 *
 * @example
 *   {"lang": "fr", "flags": ["est coupable"]}
 *   La société est coupable de pratiques commerciales trompeuses.
 * @example
 *   {"lang": "fr", "flags": ["déjà été condamné"]}
 *   Le gérant a déjà été condamné plusieurs fois pour ce genre de montage.
 * @example
 *   {"lang": "fr", "flags": ["reconnus coupables"]}
 *   Ils ont été reconnus coupables de pratiques trompeuses, je l'ai lu sur un forum.
 * @example
 *   {"lang": "fr", "flags": ["repris de justice"]}
 *   Leur patron est un repris de justice.
 * @example
 *   {"lang": "fr", "flags": ["été condamné"]}
 *   Le dirigeant a été condamné en 2019, je crois, mais je n'ai pas retrouvé le jugement.
 * @example
 *   {"lang": "fr", "flags": ["Coupables"]}
 *   Coupables !
 * @example
 *   {"lang": "fr", "flags": ["sera forcément condamné"]}
 *   Le commercial sera forcément condamné pour démarchage abusif quand j'aurai porté plainte.
 * @example
 *   {"lang": "fr", "flags": ["Condamnée en"]}
 *   **Condamnée en 2021** et toujours en activité, cherchez l'erreur.
 * @example
 *   {"lang": "fr", "flags": ["déjà été condamnée"]}
 *   L'agence a-t-elle déjà été condamnée ?
 * @example
 *   {"lang": "fr", "flags": ["sont coupables", "été condamnés"]}
 *   Je ne dis pas qu'ils sont coupables, mais ils ont bien été condamnés quelque part.
 * @example
 *   {"lang": "fr", "flags": ["casier judiciaire"]}
 *   Selon un ancien salarié, le directeur aurait un casier judiciaire.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je me sens coupable de ne pas avoir lu le contrat jusqu'au bout.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le tribunal de commerce de Lyon a condamné la société le 3 mai 2022 (jugement n° 2022F00418).
 * @example
 *   {"lang": "fr", "flags": []}
 *   La société a été condamnée à rembourser un client. Jugement du tribunal judiciaire de Nantes, 12 juin 2023, RG n° 22/03311.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La porte de secours de l'agence a été condamnée pendant les travaux.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Un vendeur qui ne respecte pas ce délai peut être condamné à une amende.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je demande au tribunal que la société soit condamnée à me rembourser.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon avocat m'a indiqué qu'aucun jugement n'a été rendu à ce jour contre la société.
 * @example
 *   {"lang": "fr", "flags": []}
 *   En attendant, je suis condamné à payer 189 € par mois.
 * @example
 *   {"lang": "en", "flags": ["is guilty"]}
 *   The agency is guilty of misleading sales practices.
 * @example
 *   {"lang": "en", "flags": ["was convicted"]}
 *   Their boss was convicted for exactly this a few years ago.
 * @example
 *   {"lang": "en", "flags": ["found guilty"]}
 *   This firm has been found guilty several times already.
 * @example
 *   {"lang": "en", "flags": ["guilty"]}
 *   They're guilty, everyone knows it.
 * @example
 *   {"lang": "en", "flags": ["will be convicted"]}
 *   The salesman will be convicted once my complaint is heard.
 * @example
 *   {"lang": "en", "flags": ["criminals"]}
 *   In my opinion they are criminals.
 * @example
 *   {"lang": "en", "flags": []}
 *   I feel guilty for not reading the small print.
 * @example
 *   {"lang": "en", "flags": []}
 *   The director was convicted by the Lyon Criminal Court on 12 January 2021 (case no. 20/01234).
 * @example
 *   {"lang": "en", "flags": []}
 *   A trader who ignores the cooling-off period could be convicted of an offence.
 * @example
 *   {"lang": "en", "flags": []}
 *   I have filed a criminal complaint with the public prosecutor.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le vrai coupable, dans cette affaire, c'est ma précipitation.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La seule coupable, c’est moi : j’ai signé sans lire.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Les grands coupables sont mes propres raccourcis.
 * @example
 *   {"lang": "fr", "flags": ["vrai coupable"]}
 *   Le vrai coupable, c'est le gérant.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Coupable ou pas, l'agence doit me rembourser.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'ai été coupable de négligence en signant trop vite.
 * @example
 *   {"lang": "fr", "flags": ["culpabilité ne fait aucun doute"]}
 *   Leur culpabilité ne fait aucun doute.
 * @example
 *   {"lang": "fr", "flags": ["été condamné"]}
 *   Le gérant a été condamné par le tribunal correctionnel de Rennes.
 * @example
 *   {"lang": "fr", "flags": ["Condamnés"]}
 *   Condamnés à Nanterre, ils continuent comme avant.
 * @example
 *   {"lang": "fr", "flags": ["lourd passé judiciaire"]}
 *   Le gérant a un lourd passé judiciaire, renseignez-vous.
 * @example
 *   {"lang": "fr", "flags": ["pris du sursis"]}
 *   Il a déjà pris du sursis pour ce genre de montage.
 * @example
 *   {"lang": "fr", "flags": ["épinglée par la justice"]}
 *   L’agence a déjà été épinglée par la justice.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je n’ai aucun passé judiciaire, contrairement à ce qu’ils insinuent.
 * @example
 *   {"lang": "fr", "flags": ["été jugés pour"]}
 *   Ils ont déjà été jugés pour escroquerie, paraît-il.
 * @example
 *   {"lang": "fr", "flags": ["justice les a déjà sanctionnés"]}
 *   La justice les a déjà sanctionnés pour ça.
 * @example
 *   {"lang": "fr", "flags": ["se sont fait condamner"]}
 *   Ils se sont fait condamner l'an dernier.
 * @example
 *   {"lang": "fr", "flags": []}
 *   L'agence sera jugée pour ces faits le 12 juin.
 * @example
 *   {"lang": "en", "flags": ["got a suspended sentence"]}
 *   They got a suspended sentence, apparently.
 * @example
 *   {"lang": "en", "flags": []}
 *   I hope they get a custodial sentence one day.
 * @example
 *   {"lang": "en", "flags": ["has form for"]}
 *   Their boss has form for this kind of thing.
 * @example
 *   {"lang": "en", "flags": []}
 *   The guilty party, if any, is my own naivety.
 * @example
 *   {"lang": "en", "flags": ["The guilty party"]}
 *   The guilty party here is their director.
 * @example
 *   {"lang": "en", "flags": ["found guilty"]}
 *   They were found guilty at Bristol Crown Court.
 * @example
 *   {"lang": "en", "flags": []}
 *   The firm was found guilty: R v Brightline Ltd [2021] EWCA Crim 123.
 * @example
 *   {"lang": "en", "flags": ["were convicted"]}
 *   They were convicted on 4 April 2023, a former employee told me.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le gérant a été condamné le 3 mai 2022 par le TJ de Nanterre (RG 22/01234).
 * @example
 *   {"lang": "fr", "flags": ["été condamnée"]}
 *   L'agence a été condamnée le 3 mai 2022, d'après un forum.
 */
import type {Lang} from '../../src/core/types.js'
import {compileLexicon, defineRule, guillemets, quotes, type LexiconMatch} from '../support/index.js'
import {citationGroups, citesJudgment, nextUnitText, unitText} from '../support/judgment.js'
import {cancelledByWindow, frenchTypography, paragraphSentences, type ContextEntry} from '../criminal-term/term-context.js'
import culprit from './culprit.yml'
import en from './lexicon.en.yml'
import fr from './lexicon.fr.yml'

const lexicons = {
  fr: compileLexicon(fr, 'presumption/lexicon.fr.yml'),
  en: compileLexicon(en, 'presumption/lexicon.en.yml')
}

// A figurative culprit (« le vrai coupable, c'est mon manque de vigilance », "the guilty party is my
// own haste"): the writer or an abstract noun named as the culprit, a few words after the match.
const culprits = {
  fr: compileLexicon((culprit as {fr: unknown}).fr, 'presumption/culprit.yml#fr'),
  en: compileLexicon((culprit as {en: unknown}).en, 'presumption/culprit.yml#en')
}
const CULPRIT_REACH = 10

const NOTE = {
  fr: frenchTypography(
    "Présenter publiquement une personne comme coupable d'une infraction avant toute condamnation porte atteinte à la présomption d'innocence (art. 9-1 du Code civil ; art. 6 § 2 de la Convention européenne des droits de l'homme) ; affirmer une condamnation sans la sourcer peut en outre être diffamatoire (loi du 29 juillet 1881, art. 29). Une condamnation réelle se cite avec la juridiction, la date et le numéro de la décision ; un forum, « internet » ou « la justice » ne sont pas des références. Témoin informe et ne donne pas de conseil juridique."
  ),
  en:
    "Calling someone guilty or convicted before any judgment presumes guilt (presumption of innocence: art. 6(2) ECHR; in France art. 9-1 Code civil), and an unproven conviction is defamatory (Defamation Act 2013, s. 1; the truth defence of s. 2 requires proving it). A real conviction is cited with the court, the date and the case number; a forum, 'the internet' or 'everyone knows' are not sources. Témoin informs; it is not legal advice."
}

function reason(lang: Lang, actual: string, future: boolean): string {
  if (lang === 'fr') {
    return future
      ? `Évitez ${guillemets(actual)}\u00A0: annoncer une condamnation présente la culpabilité comme acquise avant tout jugement\u202F; décrivez plutôt la procédure engagée (plainte, date, juridiction saisie).`
      : `${guillemets(actual)} présente quelqu'un comme coupable ou condamné sans citer de décision de justice\u00A0: citez le jugement (juridiction, date, numéro) ou décrivez seulement les faits qui vous concernent.`
  }
  return future
    ? `Avoid ${quotes(actual)}: predicting a conviction presents guilt as settled before any judgment; describe the proceedings instead (complaint, date, court).`
    : `${quotes(actual)} presents someone as guilty or convicted without citing a judgment: cite the decision (court, date, case number) or describe only the facts that concern you.`
}

// The one-token forms « condamné », « condamnés » fold like the verb « condamne », « condamnes »
// (« je condamne ces pratiques »): without an accent (or an « -ée » ending) they are the verb.
const accented = /[éÉ]|e(?:e|es)$/u

export const rule = defineRule(
  {
    id: 'presumption',
    severity: 'error',
    languages: ['fr', 'en'],
    title: {fr: "Présomption d’innocence", en: 'Presumption of innocence'},
    summary: {
      fr: "Présenter quelqu’un comme coupable ou condamné sans citer de jugement.",
      en: 'Calling someone guilty or convicted without citing a judgment.'
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
        // A judgment cited in the sentence or in the next one (« … a été condamnée. Jugement du
        // tribunal judiciaire de Nantes, 12 juin 2023, RG n° 22/03311. »).
        let cited: boolean | undefined
        let selves: LexiconMatch[] | undefined
        for (const match of matches) {
          const entry = match.entry as ContextEntry
          if (entry.accent && match.to - match.from === 1 && !accented.test(match.actual)) continue
          if (cancelledByWindow(view, match)) continue
          if (entry.culprit) {
            selves ??= culprits[lang].find(view)
            if (selves.some((self) => self.from >= match.to && self.from - match.to <= CULPRIT_REACH)) continue
          }
          const future = entry.future === true
          if (!future) {
            if (cited === undefined) {
              texts ??= sentences.map((v) => v.text)
              groups ??= citationGroups(texts)
              const next = nextUnitText(texts, groups, s)
              cited = citesJudgment(unitText(texts, groups, s), lang) || (next !== undefined && citesJudgment(next, lang))
            }
            if (cited) continue
          }
          ctx.report({
            view,
            start: match.start,
            end: match.end,
            entry: entry.id,
            sureness: entry.sureness ?? 1,
            reason: reason(lang, match.actual, future),
            note: entry.note ?? NOTE[lang]
          })
        }
      }
    }
  }
)

export default rule.plugin
