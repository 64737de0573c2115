/**
 * @module recording
 * @summary-fr Publication ou offre d'un enregistrement fait sans le consentement de la personne.
 * @summary-en Publishing or offering a recording made without the person's consent.
 *
 * ## Ce qui est signalé
 *
 * Une phrase qui publie, propose ou annonce un enregistrement (audio, vidéo, photos d'un
 * rendez-vous, capture d'une visio) fait **sans le consentement** de la personne enregistrée :
 *
 * - soit une expression qui le dit à elle seule : « caméra cachée », « enregistrement clandestin »,
 *   « enregistrement secret », « micro caché », "hidden camera", "secret recording" ;
 * - soit un indice de clandestinité (« à son insu », « sans qu'il le sache », « sans le prévenir »,
 *   « en cachette », « en douce », « il ne savait pas », « dans ma poche », « sous le comptoir » ;
 *   « personne ne savait que j'enregistrais », « je n'ai prévenu personne que je filmais », "nobody
 *   knew I was recording", "I didn't tell anyone I was filming" suffisent à eux seuls, de même que
 *   « en réalité j'enregistrais », « en fait je filmais », "actually I was recording" ;
 *   la personne trompée sur ce qui se passait (« il croyait que je prenais des notes », « elle pensait
 *   parler en privé », « il ne se doutait pas que je filmais », « sans se méfier » ; "he thought I was
 *   taking notes", "she had no clue", "little did he know"), qui ne l'a jamais su ou jamais accepté
 *   (« la commerciale ignorait que la conversation était enregistrée », « il n'a jamais donné son
 *   accord », « sans qu'il ait donné son accord », « sans demander l'avis de personne » ; "he still
 *   doesn't know I recorded him", "without his OK", "nobody gave consent") ou un enregistrement masqué par une
 *   autre activité (« je faisais semblant de lire », « mine de rien », "pretending to", "in my jacket
 *   pocket") valent indice de clandestinité — ces deux derniers avec un vrai mot d'enregistrement, pas
 *   des photos ou des captures d'écran (« il croyait que je ne lirais pas le contrat ; j'en ai pris
 *   des photos » n'est pas signalé) ;
 *   "without his knowledge", "secretly", "behind his back", "he had no idea") **et** un
 *   enregistrement dans la même phrase (enregistré, filmé, vidéo, audio, capture, dictaphone,
 *   photos ; recorded, filmed, taped, footage…) ;
 * - soit, juste après le mot d'enregistrement (huit mots au plus, sans point ni point-virgule entre
 *   eux), une absence d'annonce, y compris au passif : « a été enregistrée sans que personne ne soit
 *   averti », « sans que le commercial soit au courant », « filmé sans l'annoncer », « sans
 *   avertissement » ; "was recorded without anyone being told", "taped without warning", "without
 *   letting him know". Loin de l'enregistrement (« le contrat a été modifié sans avertissement ; j'ai
 *   les photos »), ces tournures ne comptent pas.
 *
 * ## Pourquoi
 *
 * Capter, enregistrer ou transmettre sans son consentement les paroles qu'une personne prononce à
 * titre privé ou confidentiel, ou son image dans un lieu privé, est puni d'un an d'emprisonnement
 * et de 45 000 € d'amende (C. pén., art. 226-1) ; conserver, porter à la connaissance du public ou
 * d'un tiers, ou utiliser un tel enregistrement est puni des mêmes peines (art. 226-2). Des propos
 * purement professionnels ont été jugés non privés (Cass. crim., 14 févr. 2006), mais c'est au juge
 * d'en décider au cas par cas. Depuis Cass. ass. plén., 22 déc. 2023, n° 20-20.648, une preuve
 * obtenue de façon déloyale n'est plus écartée d'office devant le juge civil, qui la met en balance
 * avec les droits en cause : **la publier reste une infraction**. (Le guide d'origine affirme qu'un
 * tel enregistrement est « nul et inexploitable » : c'est inexact depuis 2023, et ce n'est pas la
 * question — le risque est la diffusion.)
 *
 * ## Que faire à la place
 *
 * Ne pas publier ni proposer l'enregistrement (ni aux médias, ni en lien). Raconter les faits avec
 * vos mots, datés, et confier l'enregistrement à votre avocat, qui appréciera s'il peut servir de
 * preuve.
 *
 * ## Ce qui n'est pas signalé
 *
 * Un appel enregistré par l'entreprise après l'avoir annoncé, un enregistrement fait avec l'accord
 * explicite de la personne, les e-mails, SMS et courriers conservés, les captures d'écran de votre
 * propre site, « enregistrer un PDF », « enregistrer le nom de domaine » ; un enregistrement dont
 * vous êtes la personne filmée (« ils m'ont filmé à mon insu ») ; une phrase qui dit qu'aucun
 * enregistrement n'a été fait, ou que vous le réservez à votre avocat ou au juge ; les « frais
 * cachés » ; « j'ai été enregistré sans être prévenu ».
 *
 * ---
 *
 * **What is flagged:** a sentence that publishes, offers or announces a recording (audio, video,
 * photos of a meeting, capture of a video call) made without consent: "hidden camera", "secret
 * recording", "actually I was recording", or a covert cue ("without his knowledge", "secretly",
 * "behind his back", "he had no idea", "in my pocket"; the person misled: "he thought I was taking
 * notes", "she had no clue", "little did he know"; a pretence: "pretending to check my e-mails")
 * with a recording word in the same sentence, or a missing announcement
 * right after the recording word, passive included ("was recorded without anyone being told",
 * "taped without warning", "filmed without letting him know"); far from it ("the fees rose without
 * warning; I have photos of the letters") it does not count. "I was recorded without being told" is
 * the writer as the one recorded: not flagged.
 *
 * **Why:** French Criminal Code arts. 226-1 and 226-2: recording private words or a person's image in
 * a private place without consent, and publishing or using such a recording, carry one year's
 * imprisonment and a €45,000 fine. Purely professional talk was held not private (Cass. crim., 14 Feb.
 * 2006), a case-by-case call. Since Cass. ass. plén., 22 Dec. 2023, no. 20-20.648, unfairly obtained
 * evidence is no longer automatically excluded in civil cases, but publishing it remains an offence.
 *
 * **Instead:** do not publish or offer the recording; describe what happened in your own words and
 * give the recording to your lawyer.
 *
 * **Not flagged:** a call recorded by the company after announcing it, a recording made with explicit
 * consent, kept e-mails, texts and letters, screenshots of your own site, "recorded the number",
 * being recorded yourself, saying no recording was made or that it goes to your lawyer or the court,
 * "hidden fees".
 *
 * @example
 *   {"lang": "fr", "flags": ["enregistré l'appel du commercial à son insu"]}
 *   J'ai enregistré l'appel du commercial à son insu ; le fichier est en lien.
 * @example
 *   {"lang": "fr", "flags": ["caméra cachée"]}
 *   Ma vidéo en caméra cachée de son passage au salon sera en ligne lundi.
 * @example
 *   {"lang": "fr", "flags": ["tournée sans qu'elle le sache"]}
 *   Je diffuserai la vidéo tournée sans qu'elle le sache pendant la signature.
 * @example
 *   {"lang": "fr", "flags": ["Il ne savait pas que j'enregistrais"]}
 *   Il ne savait pas que j'enregistrais : écoutez à partir de 4:10.
 * @example
 *   {"lang": "fr", "flags": ["enregistrement clandestin"]}
 *   Je tiens à la disposition des journalistes l'enregistrement clandestin de l'appel du 9 mai.
 * @example
 *   {"lang": "fr", "flags": ["dictaphone allumé dans ma poche"]}
 *   J'avais laissé mon dictaphone allumé dans ma poche pendant le rendez-vous ; l'audio est ici.
 * @example
 *   {"lang": "fr", "flags": ["Capture de la visio, prise en douce"]}
 *   **Capture de la visio, prise en douce** : regardez son expression.
 * @example
 *   {"lang": "fr", "flags": ["FILMÉE EN CACHETTE"]}
 *   LA VIDÉO FILMÉE EN CACHETTE EST SUR MA CHAÎNE.
 * @example
 *   {"lang": "fr", "flags": []}
 *   L'appel a été enregistré par leur service client, comme annoncé au début ; j'en ai demandé une copie.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'ai enregistré la conversation avec l'accord explicite de la conseillère.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'ai enregistré le devis au format PDF et conservé tous les SMS.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le commercial a filmé ma vitrine à mon insu pour sa présentation.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je n'ai jamais enregistré nos échanges, tout est dans mes notes datées.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Dans ma vidéo, j'explique les frais cachés du contrat de location.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'ai un enregistrement fait à son insu, que j'ai remis à mon avocat sans le diffuser.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Il a glissé une clause de reconduction à mon insu, sans rien dire.
 * @example
 *   {"lang": "en", "flags": ["recorded the call without telling him"]}
 *   I recorded the call without telling him and the audio is below.
 * @example
 *   {"lang": "en", "flags": ["Hidden camera"]}
 *   Hidden camera footage of the sales pitch coming soon.
 * @example
 *   {"lang": "en", "flags": ["She had no idea I was recording"]}
 *   She had no idea I was recording; listen from 2:15.
 * @example
 *   {"lang": "en", "flags": ["secretly taped"]}
 *   I secretly taped the meeting and will send the file to any journalist.
 * @example
 *   {"lang": "en", "flags": []}
 *   The call was recorded by their customer service, as announced at the start.
 * @example
 *   {"lang": "en", "flags": []}
 *   I saved the quote as a PDF and recorded the contract number in my notebook.
 * @example
 *   {"lang": "en", "flags": []}
 *   I recorded the call with the adviser's explicit consent.
 * @example
 *   {"lang": "en", "flags": []}
 *   They filmed me without my consent at the trade fair.
 * @example
 *   {"lang": "fr", "flags": ["enregistrée sans que personne ne soit averti"]}
 *   La réunion a été enregistrée sans que personne ne soit averti, et je mets l'audio en ligne demain.
 * @example
 *   {"lang": "fr", "flags": ["enregistré sans que le commercial soit au courant"]}
 *   L'appel a été enregistré sans que le commercial soit au courant ; je le transmets à France 3.
 * @example
 *   {"lang": "fr", "flags": ["enregistré sans qu'aucun d'eux ne soit informé"]}
 *   Le rendez-vous a été enregistré sans qu'aucun d'eux ne soit informé, je propose l'audio aux journalistes.
 * @example
 *   {"lang": "fr", "flags": ["filmé la visite sans l'annoncer"]}
 *   J'ai filmé la visite sans l'annoncer, la vidéo est en ligne.
 * @example
 *   {"lang": "fr", "flags": ["enregistré sans avertissement"]}
 *   L'échange a été enregistré sans avertissement ; voici le fichier.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'ai été enregistré sans être prévenu, et je trouve ça choquant.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le contrat a été modifié sans que personne ne soit prévenu, comme le montre la vidéo de la signature que l'agence m'a envoyée.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Les prélèvements ont commencé sans avertissement ; j'ai les photos des relevés.
 * @example
 *   {"lang": "en", "flags": ["recorded without anyone being told"]}
 *   The meeting was recorded without anyone being told, and I'm posting the audio tonight.
 * @example
 *   {"lang": "en", "flags": ["taped without warning"]}
 *   The call was taped without warning; the clip is on my YouTube channel.
 * @example
 *   {"lang": "en", "flags": ["filmed without anybody being informed"]}
 *   The sales pitch was filmed without anybody being informed; I'm sending the video to the BBC.
 * @example
 *   {"lang": "en", "flags": ["taped the meeting without letting him know"]}
 *   I taped the meeting without letting him know and uploaded it.
 * @example
 *   {"lang": "en", "flags": []}
 *   I was recorded without being told, which shocked me.
 * @example
 *   {"lang": "en", "flags": []}
 *   The contract was changed without anyone being told, as the recording of their own hotline shows.
 * @example
 *   {"lang": "en", "flags": []}
 *   They raised the fees without warning; I have screenshots of the invoices and photos of the letters.
 * @example
 *   {"lang": "fr", "flags": ["filmée sans qu'il en soit informé"]}
 *   La visite du commercial a été filmée sans qu'il en soit informé ; la vidéo est sur YouTube.
 * @example
 *   {"lang": "fr", "flags": ["enregistrée sans que le vendeur s'en doute"]}
 *   Leur démonstration a été enregistrée sans que le vendeur s'en doute, l'audio est disponible sur demande.
 * @example
 *   {"lang": "fr", "flags": ["ENREGISTRÉE SANS QUE PERSONNE NE SOIT AVERTI"]}
 *   LA RÉUNION A ÉTÉ ENREGISTRÉE SANS QUE PERSONNE NE SOIT AVERTI.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le rendez-vous a été déplacé sans que personne ne soit prévenu ; j'ai la vidéo de la réunion suivante, filmée avec l'accord de tous.
 * @example
 *   {"lang": "en", "flags": ["taped without anyone's knowledge"]}
 *   The whole meeting was taped without anyone's knowledge, and I'm offering it to the press.
 * @example
 *   {"lang": "en", "flags": ["recorded the call without informing the"]}
 *   I recorded the call without informing the adviser; the audio is below.
 * @example
 *   {"lang": "en", "flags": ["filmed without the salesman ever being told"]}
 *   The demo was filmed without the salesman ever being told; the video is on YouTube.
 * @example
 *   {"lang": "en", "flags": []}
 *   The meeting was rescheduled without anyone being told; I have the video of the next one, filmed with everyone's consent.
 * @example
 *   {"lang": "fr", "flags": ["Personne ne savait que j'enregistrais"]}
 *   Personne ne savait que j'enregistrais, et l'extrait est maintenant sur YouTube.
 * @example
 *   {"lang": "fr", "flags": ["n'ai prévenu personne que je filmais"]}
 *   Je n'ai prévenu personne que je filmais ; la vidéo est en ligne.
 * @example
 *   {"lang": "fr", "flags": ["enregistré sans consentement"]}
 *   L'entretien a été enregistré sans consentement, je le diffuse ce soir.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Personne ne savait que le contrat durait 48 mois ; j'ai la vidéo de la signature, filmée par l'agence.
 * @example
 *   {"lang": "en", "flags": ["Nobody knew I was recording"]}
 *   Nobody knew I was recording, and the clip is now on YouTube.
 * @example
 *   {"lang": "en", "flags": ["didn't tell anyone I was filming"]}
 *   I didn't tell anyone I was filming; the video is online.
 * @example
 *   {"lang": "en", "flags": ["recorded without disclosure"]}
 *   The meeting was recorded without disclosure to the attendees, and I posted it.
 * @example
 *   {"lang": "en", "flags": []}
 *   Nobody knew the contract lasted four years; I have the agency's own promotional video.
 * @example
 *   {"lang": "fr", "flags": ["en réalité j'enregistrais"]}
 *   Il croyait que je prenais des notes, en réalité j'enregistrais tout ; l'audio est sur ma page.
 * @example
 *   {"lang": "fr", "flags": ["pensait parler en privé : j’enregistrais"]}
 *   Elle pensait parler en privé : j’enregistrais, et l’extrait tourne sur TikTok.
 * @example
 *   {"lang": "fr", "flags": ["ne se doutait pas que je filmais"]}
 *   Le démarcheur ne se doutait pas que je filmais ; la vidéo est sur Facebook.
 * @example
 *   {"lang": "fr", "flags": ["faisais semblant de lire le contrat pendant que mon téléphone enregistrait"]}
 *   Je faisais semblant de lire le contrat pendant que mon téléphone enregistrait ; écoutez la suite.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Elle croyait que je prenais des notes ; j’ai ensuite demandé une copie du contrat par écrit.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mine de rien, la vidéo de présentation de l’agence dure douze minutes.
 * @example
 *   {"lang": "en", "flags": ["but actually I was recording"]}
 *   He thought I was taking notes, but actually I was recording the whole thing; the clip is online.
 * @example
 *   {"lang": "en", "flags": ["Little did he know I was filming"]}
 *   Little did he know I was filming; the video is up.
 * @example
 *   {"lang": "en", "flags": ["filmed the rep without asking"]}
 *   I filmed the rep without asking and the footage is on Facebook.
 * @example
 *   {"lang": "en", "flags": ["recording in my jacket pocket"]}
 *   I kept my phone recording in my jacket pocket during the visit, and here is the audio.
 * @example
 *   {"lang": "en", "flags": []}
 *   She had no clue what the contract meant, and neither did I.
 * @example
 *   {"lang": "en", "flags": []}
 *   I pretended to be interested and signed anyway.
 * @example
 *   {"lang": "fr", "flags": ["ignorait que la conversation était enregistrée"]}
 *   La commerciale ignorait que la conversation était enregistrée, je vous la mets en lien.
 * @example
 *   {"lang": "fr", "flags": ["enregistré la conversation sans qu'il ait donné son accord"]}
 *   J'ai enregistré la conversation sans qu'il ait donné son accord ; je la publie.
 * @example
 *   {"lang": "fr", "flags": ["filmé la réunion sans demander l'avis"]}
 *   J'ai filmé la réunion sans demander l'avis de personne, et je l'ai mise sur YouTube.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Elle ignorait que le contrat durait 48 mois ; j'ai les photos des relevés.
 * @example
 *   {"lang": "en", "flags": ["still doesn't know I recorded"]}
 *   He still doesn't know I recorded him; the clip is on TikTok.
 * @example
 *   {"lang": "en", "flags": ["recorded our Zoom call without his OK"]}
 *   I recorded our Zoom call without his OK and uploaded it.
 * @example
 *   {"lang": "en", "flags": ["Nobody gave consent, but I filmed"]}
 *   Nobody gave consent, but I filmed the demo anyway and shared it.
 * @example
 *   {"lang": "en", "flags": []}
 *   They were unaware that the contract ran for four years; I have photos of the letters.
 * @example
 *   {"lang": "en", "flags": []}
 *   I didn't know I was being recorded, and it upset me.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Il croyait que je ne lirais pas le contrat ; j'en ai pris des photos le soir même.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mine de rien, j'ai gardé toutes les photos de mon ancien site.
 * @example
 *   {"lang": "fr", "flags": ["photos du rendez-vous prises à son insu"]}
 *   Je publie les photos du rendez-vous prises à son insu.
 * @example
 *   {"lang": "en", "flags": []}
 *   I pretended to be happy with the site, but I kept screenshots of my own pages.
 * @example
 *   {"lang": "fr", "flags": ["filmé sans rien demander"]}
 *   J'ai filmé sans rien demander, la vidéo est en ligne.
 * @example
 *   {"lang": "fr", "flags": ["enregistrement de notre appel, qu'il n'a jamais autorisé"]}
 *   Je publie l'enregistrement de notre appel, qu'il n'a jamais autorisé.
 * @example
 *   {"lang": "fr", "flags": ["enregistrement, fait sans qu'il soit au courant"]}
 *   L'enregistrement, fait sans qu'il soit au courant, est disponible.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ils ont modifié le contrat sans rien demander ; j'ai les photos des pages.
 */
import {compileLexicon, defineRule, guillemets, NBSP, NNBSP, quotes, type Lexicon} from '../support/index.js'
import {bySentence, sharedParagraphViews, sharedSentenceRanges} from '../personal-data/sentences.js'
import fr from './lexicon.fr.yml'
import en from './lexicon.en.yml'

type Lang = 'fr' | 'en'
type Cue = 'covert-recording' | 'covert' | 'recording' | 'consent' | 'victim' | 'negation' | 'lawful' | 'neutral'
const CUES = new Set<string>(['covert-recording', 'covert', 'recording', 'consent', 'victim', 'negation', 'lawful', 'neutral'])
const CANCEL = new Set<string>(['consent', 'victim', 'negation', 'lawful'])

function compile(data: unknown, file: string): Lexicon {
  const lexicon = compileLexicon(data, file)
  for (const entry of lexicon.entries) {
    if (typeof entry.cue !== 'string' || !CUES.has(entry.cue)) throw new Error(`${file}: entry ${entry.id}: unknown cue ${String(entry.cue)}`)
  }
  return lexicon
}

const lexicons: Record<Lang, Lexicon> = {
  fr: compile(fr, 'recording/lexicon.fr.yml'),
  en: compile(en, 'recording/lexicon.en.yml')
}

const NOTE = {
  fr:
    `C. pén., art. 226-1${NBSP}: capter, enregistrer ou transmettre sans leur consentement les paroles prononcées à titre ` +
    `privé ou confidentiel, ou l'image d'une personne dans un lieu privé, est puni d'un an d'emprisonnement et de ` +
    `45${NNBSP}000${NBSP}€ d'amende${NNBSP}; l'art. 226-2 punit des mêmes peines le fait de conserver, de porter à la ` +
    `connaissance du public ou d'un tiers ou d'utiliser un tel enregistrement. Des propos purement professionnels ont ` +
    `été jugés non privés (Cass. crim., 14${NBSP}févr. 2006), mais le juge en décide au cas par cas. Depuis Cass. ass. ` +
    `plén., 22${NBSP}déc. 2023, n°${NBSP}20-20.648, une preuve déloyale n'est plus écartée d'office devant le juge civil${NNBSP}; ` +
    `la publier reste une infraction. Témoin informe et ne donne pas de conseil juridique.`,
  en:
    `French Criminal Code art. 226-1: recording or transmitting, without consent, words spoken in private or in ` +
    `confidence, or a person's image in a private place, carries one year's imprisonment and a €45,000 fine; art. ` +
    `226-2 punishes alike keeping, disclosing to the public or a third party, or using such a recording. Purely ` +
    `professional talk was held not private (Cass. crim., 14 Feb. 2006), a case-by-case call for the judge. Since ` +
    `Cass. ass. plén., 22 Dec. 2023, no. 20-20.648, unfairly obtained evidence is no longer automatically excluded ` +
    `in civil cases; publishing it remains an offence. Témoin gives information, not legal advice.`
}

// A quoted excerpt may span a « : » or « ; » typed with a plain space (« pensait parler en privé :
// j'enregistrais »): the message sets it with the no-break space of French typography.
const PLAIN_SPACE_COLON = / :/g
const PLAIN_SPACE_PUNCTUATION = / ([;!?])/g
const frenchSpacing = (text: string) => text.replace(PLAIN_SPACE_COLON, `${NBSP}:`).replace(PLAIN_SPACE_PUNCTUATION, `${NNBSP}$1`)

function reason(lang: Lang, actual: string): string {
  if (lang === 'fr') {
    return (
      `Ce passage évoque un enregistrement fait sans le consentement de la personne (${guillemets(frenchSpacing(actual))})${NBSP}: ` +
      `le publier, le diffuser ou le proposer est un délit, même si ce qu'il montre est vrai. Ne le publiez pas et ne ` +
      `le proposez pas aux médias${NNBSP}; racontez les faits avec vos mots, datés, et confiez l'enregistrement à votre avocat.`
    )
  }
  return (
    `This mentions a recording made without the person's consent (${quotes(actual)}): publishing, sharing or offering ` +
    `it is an offence in France, even if what it shows is true. Do not publish or offer it; describe what happened in ` +
    `your own words, with dates, and give the recording to your lawyer.`
  )
}

export const rule = defineRule(
  {
    id: 'recording',
    severity: 'warning',
    languages: ['fr', 'en'],
    title: {fr: 'Enregistrement clandestin', en: 'Covert recording'},
    summary: {
      fr: 'Publication ou offre d’un enregistrement fait à l’insu de la personne (C. pén., art. 226-1 et 226-2).',
      en: 'Publishing or offering a recording made without the person’s consent (C. pén. arts. 226-1, 226-2).'
    }
  },
  (tree, ctx) => {
    const lang: Lang = ctx.lang === 'en' ? 'en' : 'fr'
    for (const view of sharedParagraphViews(tree)) {
      const matches = lexicons[lang].find(view).filter((m) => m.entry.cue !== 'neutral')
      if (!matches.some((m) => m.entry.cue === 'covert' || m.entry.cue === 'covert-recording')) continue
      for (const inside of bySentence(matches, sharedSentenceRanges(view))) {
        if (inside.some((m) => CANCEL.has(m.entry.cue as Cue))) continue
        const direct = inside.find((m) => m.entry.cue === 'covert-recording')
        let start: number | undefined
        let end = 0
        let sureness: 0 | 1 | 2 = 2
        if (direct) {
          start = direct.start
          end = direct.end
        } else {
          const all = inside.filter((m) => m.entry.cue === 'recording')
          if (all.length === 0) continue
          // A `strict` cue (a misled person, a pretence) needs a real recording word, not photos or screenshots.
          let strong: typeof all | undefined
          const recordingsFor = (c: (typeof all)[number]) => (c.entry.strict ? (strong ??= all.filter((m) => !m.entry.weak)) : all)
          // The first covert cue and its recording word: the one just before it (« enregistré l'appel à son
          // insu »), else the nearest.
          // A `near` cue (« sans que personne ne soit prévenu », "without warning") qualifies only a recording
          // word just before it (« a été enregistrée sans que… », "was taped without warning") or just after it:
          // « le contrat a été modifié sans avertissement, comme le montre la vidéo » is not a covert recording.
          const covert = inside.find((c) => {
            if (c.entry.cue !== 'covert') return false
            const recordings = recordingsFor(c)
            if (recordings.length === 0) return false
            const near = typeof c.entry.near === 'number' ? c.entry.near : undefined
            if (near === undefined) return true
            // Only the nearest recording word on each side matters (binary search: no quadratic path).
            const text = view.text
            let low = 0
            let high = recordings.length
            while (low < high) {
              const mid = (low + high) >> 1
              if (recordings[mid].from < c.to) low = mid + 1
              else high = mid
            }
            const after = recordings[low]
            const before = low > 0 && recordings[low - 1].to <= c.from ? recordings[low - 1] : undefined
            return (
              (before !== undefined && c.from - before.to <= near && !/[;:.!?]/u.test(text.slice(before.end, c.start))) ||
              (after !== undefined && after.from - c.to <= 3 && !/[,;:.!?]/u.test(text.slice(c.end, after.start)))
            )
          })
          if (!covert) continue
          const recordings = recordingsFor(covert)
          const distance = (m: (typeof recordings)[number]) => (m.from >= covert.to ? m.from - covert.to : covert.from - m.to)
          let nearest = recordings[0]
          for (const m of recordings) if (distance(m) < distance(nearest)) nearest = m
          const before = recordings.filter((m) => m.to <= covert.from && covert.from - m.to <= 6).pop()
          if (before) nearest = before
          start = Math.min(covert.start, nearest.start)
          end = Math.max(covert.end, nearest.end)
          sureness = (covert.entry.sureness as 0 | 1 | 2 | undefined) ?? 1
        }
        const actual = view.text.slice(start, end)
        ctx.report({view, start, end, sureness, reason: reason(lang, actual), note: NOTE[lang]})
      }
    }
  }
)

export default rule.plugin
