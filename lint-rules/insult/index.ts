/**
 * @module insult
 * @summary-fr Injure : terme de mépris sans imputation de fait (« connards », « bande de nuls »).
 * @summary-en Name-calling with no factual content ("idiots", "bunch of morons").
 *
 * ## Ce qui est signalé
 *
 * Les termes de mépris et invectives visant des personnes : « connards », « crétins », « abrutis »,
 * « guignols », « bouffons », « ordures », « vautours », « un petit con », « va te faire
 * foutre »… Les adjectifs qui servent aussi d'injure (« nul », « minable », « pourri »,
 * « incapable », « incompétent », « clown ») ne sont signalés qu'**employés comme noms** : après
 * un déterminant (« ces pourris », « des minables », « un incapable », « ce minable »), après un
 * collectif (« bande de nuls », « équipe d'incapables », « tas de », « ramassis de »), après
 * « traiter de », ou seuls en apostrophe (« Minables ! »). « Bande de » transforme aussi un terme
 * pénal en injure (« bande d'escrocs », « bande de filous »). L'injure reste signalée après une
 * marque d'opinion (« à mon avis, ce sont des clowns ») et sous une négation (« je ne vais pas
 * les traiter de crétins »). Les injures discriminatoires (racistes, sexistes, homophobes,
 * validistes) sont signalées et ne sont jamais proposées. La liste part des listes française et
 * anglaise du paquet `cuss` (words/cuss), filtrées aux insultes de personnes, complétées par les
 * nôtres.
 *
 * ## Pourquoi
 *
 * L'injure est « toute expression outrageante, termes de mépris ou invective qui ne renferme
 * l'imputation d'aucun fait » (loi du 29 juillet 1881, art. 29 al. 2), punie par l'art. 33 ; elle
 * n'a pas d'excuse de vérité et aucune marque d'opinion ne la rend licite. Elle décrédibilise
 * surtout le témoignage. Témoin informe ; ce n'est pas un conseil juridique.
 *
 * ## Quoi écrire à la place
 *
 * Supprimez le terme (correction proposée : suppression, ou « ils » / « il » quand l'injure est
 * le sujet de la phrase) et décrivez les faits : ce qui a été dit ou fait, quand, par qui.
 *
 * ## Ce qui n'est pas signalé
 *
 * Les mêmes mots employés comme adjectifs sur une chose (« cette boîte est pourrie », « leur
 * travail est minable » : règle `fact-as-opinion`), « ils ont été incapables de me fournir le
 * PV » (incapable de + verbe), les sens propres (« les ordures ménagères », « un clown de
 * cirque », « un requin blanc », « pour les nuls »), un terme pénal seul (règle `criminal-term`).
 *
 * Les métaphores animales ou d'objets qui ont un sens propre courant (« âne », « buse », « gourde »,
 * « cruche », « tanche », « manche », « zéro ») ne sont signalées qu'en attribut (« ce sont des
 * ânes »), en apposition (« le gérant, cette buse, »), après un collectif, « traiter de », un
 * adjectif évaluatif (« une vraie cruche ») ou en apostrophe : « mes cruches en grès » n'est pas
 * signalé. Des guillemets autour du mot ne changent rien (« traitée de “gourde” »).
 *
 * L'éloge ironique est une injure (« Bravo les génies ! », « quels génies », « ces champions ») :
 * signalé après un démonstratif, « quels », un collectif ou « bravo / chapeau / félicitations »,
 * pas « les génies de l'informatique ». Les termes de mépris absents de la liste fermée des termes
 * pénaux (« crapules », « fripouilles », « margoulins », « vauriens ») sont des injures employés
 * comme noms.
 *
 * L'apposition elliptique compte comme un emploi nominal : « leurs techniciens, des branques »,
 * « le commercial ? un guignol », « leur chef de projet : un vrai baltringue » (le nom injurieux,
 * avec son déterminant, après une virgule, un deux-points ou un point d'interrogation).
 *
 * ## What is flagged (English)
 *
 * Name-calling: idiots, morons, scumbags, jerks, muppets, prats, "bunch of …", "pack of …";
 * ambiguous nouns (clowns, cowboys, sharks, leeches, losers) only with a determiner or a
 * collective ("these clowns", "a pack of leeches"). Flagged after an opinion marker too. It
 * states no fact, so it is not protected opinion; in France it is injure (art. 29 al. 2 and
 * art. 33 of the 1881 Act). Delete it and describe what happened. Not flagged: "loan sharks",
 * "a circus clown", "an amateur photographer". Elliptic apposition counts as a noun use: "their
 * reps, total clowns", "the project manager? A muppet". Ironic praise counts too ("these
 * geniuses", "Well done, Einsteins"), and so does "I called them clowns".
 *
 * @example
 *   {"lang": "fr", "flags": ["Bande de connards"]}
 *   Bande de connards.
 * @example
 *   {"lang": "fr", "flags": ["Ces pourris"]}
 *   Ces pourris ne répondent même plus au téléphone.
 * @example
 *   {"lang": "fr", "flags": ["équipe d’incapables"]}
 *   Le SAV ? Franchement, une équipe d’incapables.
 * @example
 *   {"lang": "fr", "flags": ["des clowns"]}
 *   À mon avis, ce sont des clowns.
 * @example
 *   {"lang": "fr", "flags": ["crétins"]}
 *   Je ne vais pas les traiter de crétins, mais le cœur y est.
 * @example
 *   {"lang": "fr", "flags": ["bande de nases"]}
 *   bande de nases, vous avez meme pas été fichus de mettre mon logo
 * @example
 *   {"lang": "fr", "flags": ["un petit con"]}
 *   Le gérant de Webomax est un petit con arrogant.
 * @example
 *   {"lang": "fr", "flags": ["ce minable"]}
 *   Leur commercial, ce minable, m’a appelée quinze fois.
 * @example
 *   {"lang": "fr", "flags": ["bande d’escrocs"]}
 *   Une bande d’escrocs, voilà ce qu’ils sont.
 * @example
 *   {"lang": "fr", "flags": ["Minables"]}
 *   Minables !
 * @example
 *   {"lang": "fr", "flags": ["Bande de cons"]}
 *   **Bande de cons.**
 * @example
 *   {"lang": "fr", "flags": ["de vrais requins"]}
 *   Ce sont de vrais requins.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon fils a un bras cassé depuis samedi.
 * @example
 *   {"lang": "fr", "flags": ["Pauvre con"]}
 *   Pauvre con !
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ma pauvre mère a signé le même contrat.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Cette boîte est pourrie.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Leur travail est minable et le site est nul.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ils ont été incapables de me fournir le PV de livraison.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J’ai descendu les ordures ménagères avant le rendez-vous.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le référencement pour les nuls, c’est ce qu’ils m’ont vendu.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ce sont des escrocs selon un forum.
 * @example
 *   {"lang": "en", "flags": ["Bunch of idiots"]}
 *   Bunch of idiots.
 * @example
 *   {"lang": "en", "flags": ["These morons"]}
 *   These morons can’t even spell my shop’s name right.
 * @example
 *   {"lang": "en", "flags": ["complete muppets"]}
 *   In my opinion, they’re complete muppets.
 * @example
 *   {"lang": "en", "flags": ["pack of leeches"]}
 *   their a pack of leeches tbh
 * @example
 *   {"lang": "en", "flags": ["these clowns"]}
 *   I paid these clowns 3,000 euros.
 * @example
 *   {"lang": "en", "flags": []}
 *   The bank warned me about loan sharks.
 * @example
 *   {"lang": "en", "flags": []}
 *   We hired a circus clown for my son’s birthday.
 * @example
 *   {"lang": "en", "flags": []}
 *   Their support is useless.
 * @example
 *   {"lang": "fr", "flags": ["des branques"]}
 *   Leurs techniciens, des branques.
 * @example
 *   {"lang": "fr", "flags": ["Un guignol"]}
 *   Le commercial ? Un guignol.
 * @example
 *   {"lang": "fr", "flags": ["un vrai baltringue"]}
 *   Leur chef de projet : un vrai baltringue, du début à la fin.
 * @example
 *   {"lang": "fr", "flags": ["de parfaits incapables"]}
 *   Les deux commerciaux venus chez moi, de parfaits incapables.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Leurs techniciens, des Lyonnais, sont venus deux fois.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le spectacle de fin d’année : des clowns de cirque et un magicien.
 * @example
 *   {"lang": "en", "flags": ["total clowns"]}
 *   Their reps, total clowns.
 * @example
 *   {"lang": "en", "flags": ["A muppet"]}
 *   The project manager? A muppet.
 * @example
 *   {"lang": "en", "flags": []}
 *   Their reps, two young graduates, came on a Monday.
 * @example
 *   {"lang": "fr", "flags": ["Ce minus"]}
 *   Ce minus m’a raccroché au nez.
 * @example
 *   {"lang": "fr", "flags": ["Ces gugusses"]}
 *   Ces gugusses m’ont envoyé trois factures.
 * @example
 *   {"lang": "fr", "flags": ["des goujats"]}
 *   Ce sont des goujats.
 * @example
 *   {"lang": "fr", "flags": ["Des nullités"]}
 *   Des nullités, voilà ce que sont leurs développeurs.
 * @example
 *   {"lang": "fr", "flags": []}
 *   L’avocat a plaidé les nullités de procédure le 12 mai.
 * @example
 *   {"lang": "fr", "flags": ["Bande de têtes à claques"]}
 *   Bande de têtes à claques.
 * @example
 *   {"lang": "fr", "flags": ["bande de profiteurs"]}
 *   Une bande de profiteurs, voilà tout.
 * @example
 *   {"lang": "fr", "flags": ["des ânes"]}
 *   Ce sont des ânes.
 * @example
 *   {"lang": "fr", "flags": ["cette buse"]}
 *   Le gérant, cette buse, ne sait même pas lire un bilan.
 * @example
 *   {"lang": "fr", "flags": ["une vraie cruche"]}
 *   Leur directrice, une vraie cruche, m’a répondu n’importe quoi.
 * @example
 *   {"lang": "fr", "flags": ["bande de tanches"]}
 *   Quelle bande de tanches, ils ont encore oublié mon logo.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon site devait présenter mes cruches en grès et mes gourdes en inox.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Les ânes de la ferme voisine ont eu leur page sur mon site.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Il a fait zéro faute dans la dictée.
 * @example
 *   {"lang": "fr", "flags": ["gourde"]}
 *   Il m’a traitée de « gourde » au téléphone.
 * @example
 *   {"lang": "fr", "flags": ["guignols"]}
 *   Je les ai traités de “guignols”, je l’assume.
 * @example
 *   {"lang": "en", "flags": ["Absolute donkeys"]}
 *   Absolute donkeys, the pair of them.
 * @example
 *   {"lang": "en", "flags": ["These donkeys"]}
 *   These donkeys sold me a site I cannot edit.
 * @example
 *   {"lang": "en", "flags": ["bunch of twits"]}
 *   What a bunch of twits.
 * @example
 *   {"lang": "en", "flags": ["a complete dolt"]}
 *   Their manager is a complete dolt.
 * @example
 *   {"lang": "en", "flags": ["all clowns"]}
 *   They are all clowns.
 * @example
 *   {"lang": "en", "flags": ["complete and utter clowns"]}
 *   They’re complete and utter clowns.
 * @example
 *   {"lang": "en", "flags": ["These bottom-feeders"]}
 *   These bottom-feeders prey on small shops.
 * @example
 *   {"lang": "en", "flags": []}
 *   We keep two donkeys on the farm behind the shop.
 * @example
 *   {"lang": "fr", "flags": ["Ces lâches"]}
 *   Ces lâches se cachent derrière leur standard.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La vis est lâche depuis la pose de l’enseigne.
 * @example
 *   {"lang": "fr", "flags": ["De sombres idiots"]}
 *   De sombres idiots, voilà à qui j’ai eu affaire.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon salon de toilettage accueille des chiens et des chats.
 * @example
 *   {"lang": "en", "flags": ["These chancers"]}
 *   These chancers took my deposit.
 * @example
 *   {"lang": "en", "flags": []}
 *   These are tools I never asked for.
 * @example
 *   {"lang": "fr", "flags": ["Des incompétants"]}
 *   Des incompétants, rien de plus.
 * @example
 *   {"lang": "fr", "flags": ["les génies"]}
 *   Bravo les génies, le site est encore en panne.
 * @example
 *   {"lang": "fr", "flags": ["Quels génies"]}
 *   Quels génies, ils ont mis mon logo à l’envers.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Les génies de l’informatique ont révolutionné le commerce.
 * @example
 *   {"lang": "fr", "flags": ["Ces crapules"]}
 *   Ces crapules m’ont relancée tous les jours.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Il avait un sourire canaille sur la photo.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Merci les artistes qui ont peint la vitrine.
 * @example
 *   {"lang": "en", "flags": ["clowns"]}
 *   I called them clowns and I stand by it.
 * @example
 *   {"lang": "en", "flags": ["These geniuses"]}
 *   These geniuses put my logo upside down.
 * @example
 *   {"lang": "en", "flags": ["Einsteins"]}
 *   Well done, Einsteins.
 * @example
 *   {"lang": "en", "flags": []}
 *   Einstein was a physicist.
 * @example
 *   {"lang": "en", "flags": ["bunch of shysters"]}
 *   A bunch of shysters.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon fils adore les clowns.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le boulet du canon est exposé au musée.
 * @example
 *   {"lang": "fr", "flags": ["Ces clowns"]}
 *   Ces clowns m’ont facturé la maintenance deux fois.
 * @example
 *   {"lang": "fr", "flags": ["une vraie peste"]}
 *   Sa secrétaire, une vraie peste.
 * @example
 *   {"lang": "en", "flags": ["nothing but parasites"]}
 *   They are nothing but parasites.
 * @example
 *   {"lang": "en", "flags": ["a slimy little weasel"]}
 *   Their salesman is a slimy little weasel.
 * @example
 *   {"lang": "en", "flags": ["a nasty piece of work"]}
 *   Their director is a nasty piece of work.
 * @example
 *   {"lang": "fr", "flags": ["Les incapables"]}
 *   Les incapables de chez Vitrinova ont encore oublié mon logo.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Des techniciens incapables de faire une mise à jour.
 */
import {compileLexicon, defineRule, guillemets, matchCase, quotes, type Lexicon, type LexiconMatch, type TextView} from '../support/index.js'
import {CLAUSE_BREAK, contiguous, frenchSpaces, gapAfter, gapBefore, sentencesByParagraph} from '../support/opinion.js'
import type {Lang} from '../../src/core/types.js'
import fr from './lexicon.fr.yml'
import en from './lexicon.en.yml'

export const lexicons: Record<Lang, Lexicon> = {
  fr: compileLexicon(fr, 'insult/lexicon.fr.yml'),
  en: compileLexicon(en, 'insult/lexicon.en.yml')
}

interface Grammar {
  determiners: Set<string>
  demonstratives: Set<string>
  /** Adjectives allowed between the determiner and the noun (« un petit con », "a complete idiot"). */
  adjectives: Set<string>
  collectives: Set<string>
  of: Set<string>
  /** « traiter de » */
  calling: RegExp
  copulas: Set<string>
  /** Verbs before a determiner that make the noun an attribute (« ce sont des ânes », "they are
   * donkeys"): where a `weak` metaphor is name-calling. */
  attributive: Set<string>
  /** Words that turn praise into irony before a determiner (« bravo les génies »). */
  applause: Set<string>
  /** « quels génies », "what geniuses". */
  exclamatives: Set<string>
}

const FR: Grammar = {
  determiners: new Set(['ces', 'ce', 'cet', 'cette', 'des', 'un', 'une', 'les', 'le', 'la', "l'", 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'quel', 'quels', 'quelle', 'quelles', 'vous', 'espece', 'especes', 'tas', 'ramassis']),
  demonstratives: new Set(['ces', 'ce', 'cet', 'cette']),
  adjectives: new Set(['petit', 'petite', 'petits', 'petites', 'gros', 'grosse', 'grosses', 'sale', 'sales', 'pauvre', 'pauvres', 'vrai', 'vraie', 'vrais', 'vraies', 'veritable', 'veritables', 'sacre', 'sacree', 'sacres', 'sacrees', 'beau', 'belle', 'beaux', 'belles', 'bel', 'fameux', 'fameuse', 'parfait', 'parfaite', 'parfaits', 'parfaites', 'grand', 'grande', 'grands', 'grandes', 'vieux', 'vieille', 'vieilles', 'immense', 'immenses', 'fieffe', 'fieffes', 'fieffee', 'authentique', 'authentiques', 'bons', 'bonne', 'espece', 'especes', 'vulgaire', 'vulgaires', 'sinistre', 'sinistres', 'triste', 'tristes', 'sombre', 'sombres', 'foutu', 'foutus', 'foutue', 'foutues', 'satane', 'satanes', 'satanee', 'satanees', 'maudit', 'maudits', 'maudite', 'maudites', 'fichu', 'fichus', 'fichue', 'fichues', 'enorme', 'enormes', 'jolie', 'jolis', 'joli', 'jolies', 'minables', 'pitoyables', 'lamentables', 'incroyables', 'infames', 'infame', 'immonde', 'immondes', 'ignoble', 'ignobles', 'odieux', 'odieuse', 'odieuses', 'miserable', 'miserables', 'affreux', 'affreuse', 'affreuses', 'horrible', 'horribles', 'fieffes', 'fieffees', 'incorrigible', 'incorrigibles', 'pretentieux', 'pretentieuse', 'pretentieuses']),
  collectives: new Set(['bande', 'bandes', 'equipe', 'equipes', 'tas', 'ramassis', 'clique', 'troupeau', 'troupe', 'nid', 'repaire', 'armee', 'brochette', 'bataillon', 'collection', 'espece', 'especes', 'meute', 'horde']),
  of: new Set(['de', "d'"]),
  calling: /^trait/,
  copulas: new Set(),
  attributive: new Set(['sont', 'est', 'es', 'etes', 'etait', 'etaient', 'etiez', 'sera', 'seront', 'soit', 'soient', 'ete', 'restent', 'reste', 'demeurent', 'voila', 'comme', 'vrais', 'vraies']),
  applause: new Set(['bravo', 'felicitations', 'chapeau']),
  exclamatives: new Set(['quels', 'quelles'])
}

const EN: Grammar = {
  determiners: new Set(['these', 'those', 'this', 'that', 'a', 'an', 'such', 'what', 'you', 'your']),
  demonstratives: new Set(['these', 'those', 'this', 'that']),
  adjectives: new Set(['complete', 'total', 'utter', 'absolute', 'real', 'right', 'proper', 'arrogant', 'useless', 'lazy', 'greedy', 'incompetent', 'bloody', 'stupid', 'little', 'big', 'fat', 'dishonest', 'sleazy', 'lying', 'thieving', 'damn', 'fucking', 'pathetic', 'greasy', 'smug', 'old', 'young', 'two', 'bunch', 'bunch of', 'such', 'all', 'and', 'unmitigated', 'prize', 'first-class', 'braindead', 'brain-dead', 'clueless', 'overpaid', 'thick', 'dumb', 'nothing', 'but', 'just', 'slimy', 'nasty', 'rude', 'shameless', 'crooked', 'spineless', 'gutless', 'brainless', 'bumbling', 'hopeless', 'shady', 'dodgy', 'sly', 'snivelling', 'sniveling', 'miserable', 'vile', 'sad', 'grasping', 'money-grabbing', 'money-grubbing', 'two-faced', 'unscrupulous', 'condescending', 'patronising', 'patronizing', 'jumped-up', 'glorified']),
  collectives: new Set(['bunch', 'pack', 'band', 'gang', 'load', 'lot', 'shower', 'crowd', 'nest', 'den', 'crew', 'herd', 'collection', 'group', 'team']),
  of: new Set(['of']),
  calling: /^call/,
  copulas: new Set(['are', 're', 'were', 'is', 's', 'was']),
  attributive: new Set(['are', 're', 'were', 'is', 's', 'was', 'be', 'been', 'like', 'all']),
  applause: new Set(['done', 'thanks', 'cheers', 'congratulations', 'congrats', 'bravo', 'job', 'work']),
  exclamatives: new Set(['what', 'such', 'you'])
}

const GRAMMAR: Record<Lang, Grammar> = {fr: FR, en: EN}
const PLURAL = /[sx]$/i
const OBJECTS = new Set(['them', 'him', 'her', 'you', 'us', 'it'])
/** A gap made only of spaces and quotation marks (« traiter de « guignols » », 'these "experts"'). */
const QUOTES_ONLY = /^[\s\u00A0\u202F«»"“”]+$/

/** Whether a gap between two tokens ends the clause; quotation marks alone do not. */
function breaks(gap: string): boolean {
  return CLAUSE_BREAK.test(gap) && !QUOTES_ONLY.test(gap)
}

const NOTE: Record<Lang, string> = {
  fr: 'Loi du 29 juillet 1881, art. 29 al. 2 : l’injure est « toute expression outrageante, termes de mépris ou invective qui ne renferme l’imputation d’aucun fait » ; elle est punie par l’art. 33 (injure publique envers un particulier : 12 000 € d’amende). Une marque d’opinion (« à mon avis ») ou une négation (« je ne vais pas les traiter de… ») ne l’efface pas. Information, pas un conseil juridique.',
  en: 'In France, loi du 29 juillet 1881, art. 29 al. 2 and art. 33 (injure: a term of contempt with no fact imputed), whatever opinion marker precedes it. In England and Wales mere vulgar abuse is seldom actionable as defamation, but it is not protected opinion and it undermines your testimony. Information, not legal advice.'
}
const SLUR_NOTE: Record<Lang, string> = {
  fr: 'Loi du 29 juillet 1881, art. 33 al. 3 et 4 : l’injure commise envers une personne ou un groupe à raison de l’origine, de l’ethnie, de la nation, de la prétendue race, de la religion, du sexe, de l’orientation sexuelle, de l’identité de genre ou du handicap est aggravée (un an d’emprisonnement et 45 000 € d’amende). Information, pas un conseil juridique.',
  en: 'In France, loi du 29 juillet 1881, art. 33 al. 3 and 4: an insult based on origin, ethnicity, nationality, race, religion, sex, sexual orientation, gender identity or disability is an aggravated offence (one year and €45,000). In England and Wales, abusive words may be a public order offence (Public Order Act 1986). Information, not legal advice.'
}

export interface InsultHit {
  match: LexiconMatch
  /** Token index where the insulting phrase starts (determiner or collective included). */
  from: number
  to: number
  vocative: boolean
  subject: boolean
  plural: boolean
}

/** Every name-calling phrase of a view (exported so `fact-as-opinion` can leave them to this rule). */
export function insults(view: TextView, lang: Lang): InsultHit[] {
  const g = GRAMMAR[lang]
  const tokens = view.tokens
  const hits: InsultHit[] = []
  for (const m of lexicons[lang].find(view)) {
    const entry = m.entry
    let k = m.from - 1
    let adjectives = 0
    while (k >= 0 && adjectives < 3 && g.adjectives.has(tokens[k].fold) && !breaks(gapAfter(view, k))) {
      k--
      adjectives++
    }
    const joined = k >= 0 && !breaks(gapAfter(view, k))
    let from = m.from
    let collective = false
    let determiner = false
    let calling = false
    if (joined && g.of.has(tokens[k].fold) && k > 0 && !CLAUSE_BREAK.test(gapAfter(view, k - 1)) && g.collectives.has(tokens[k - 1].fold)) {
      collective = true
      from = k - 1
    } else if (joined && g.of.has(tokens[k].fold) && k > 0 && g.calling.test(tokens[k - 1].fold)) {
      calling = true
    } else if (lang === 'en' && joined && OBJECTS.has(tokens[k].fold) && k > 0 && g.calling.test(tokens[k - 1].fold)) {
      // "I called them clowns"
      calling = true
    } else if (joined && (g.determiners.has(tokens[k].fold) || (adjectives > 0 && g.of.has(tokens[k].fold) && lang === 'fr'))) {
      // « ce sont de vrais requins »: « des » becomes « de » before an adjective.
      determiner = true
      from = k
    } else if (adjectives > 0) {
      // « Pauvre con ! », « Sale menteur ! »: the adjective opens the phrase.
      from = k + 1
    }
    // « ce connard de Julien »: the determiner already counted; "you clowns": vocative determiner.
    const startsClause = from === 0 || CLAUSE_BREAK.test(gapBefore(view, from))
    const endsClause = m.to >= tokens.length || CLAUSE_BREAK.test(gapAfter(view, m.to - 1))
    const plural = PLURAL.test(tokens[m.to - 1].value)
    const vocative = startsClause && endsClause && (plural || !entry.noun || collective || determiner || adjectives > 0)
    const copula = lang === 'en' && joined && k === m.from - 1 - adjectives && g.copulas.has(tokens[k]?.fold ?? '') && plural
    let ok: boolean
    if (entry.collective) ok = collective
    else if (entry.ironic) {
      // « Bravo les génies », « ces génies », « quels champions », "these geniuses", "you geniuses".
      const det = determiner ? tokens[from].fold : ''
      const prev = determiner ? from - 1 : m.from - 1 - adjectives
      const applause = prev >= 0 && g.applause.has(tokens[prev].fold)
      ok = collective || g.demonstratives.has(det) || g.exclamatives.has(det) || applause
    } else if (entry.weak) {
      // « ce sont des ânes », « le gérant, cette buse, », « une vraie cruche », « Bande de buses ! »
      const before = determiner && from > 0 ? from - 1 : -1
      const attribute = before >= 0 && !breaks(gapAfter(view, before)) && g.attributive.has(tokens[before].fold)
      const apposition = determiner && from > 0 && /[,:?—–]/.test(gapBefore(view, from))
      const evaluative = adjectives > 0 && !tokens.slice(m.from - adjectives, m.from).every((t) => t.fold === 'and' || t.fold === 'all')
      const pointed = Boolean(entry.demonstrative) && determiner && g.demonstratives.has(tokens[from].fold)
      ok = collective || calling || attribute || apposition || evaluative || copula || pointed || (vocative && plural && m.to - m.from === 1)
    } else if (entry.noun) ok = collective || determiner || calling || copula || (vocative && ((plural && adjectives === 0 && m.to - m.from === 1) || adjectives > 0))
    else ok = true
    if (!ok) continue
    hits.push({match: m, from, to: m.to, vocative, subject: startsClause && !endsClause, plural})
  }
  return hits
}

export const rule = defineRule(
  {
    id: 'insult',
    severity: 'error',
    languages: ['fr', 'en'],
    title: {fr: 'Injure', en: 'Name-calling'},
    summary: {
      fr: 'Injure : terme de mépris sans imputation de fait (« connards », « bande de nuls »).',
      en: 'Name-calling with no factual content ("idiots", "bunch of morons").'
    }
  },
  (tree, ctx) => {
    const lang: Lang = ctx.lang === 'en' ? 'en' : 'fr'
    const g = GRAMMAR[lang]
    for (const {sentences} of sentencesByParagraph(tree)) for (const view of sentences) {
      for (const hit of insults(view, lang)) {
        const entry = hit.match.entry
        let start = view.tokens[hit.from].start
        const end = hit.match.end
        // « Bande de **connards** »: keep the finding inside one stretch of source text.
        if (!contiguous(view, start, end)) start = hit.match.start
        const actual = view.text.slice(start, end)
        let expected: string[] | undefined
        if (entry.slur) expected = []
        else if (hit.vocative) expected = []
        else if (hit.subject && (hit.from === hit.match.from || g.demonstratives.has(view.tokens[hit.from].fold))) {
          if (lang === 'fr') expected = [matchCase(hit.plural ? 'ils' : 'il', actual)]
          else if (hit.plural) expected = [matchCase('they', actual)]
        }
        const slur = Boolean(entry.slur)
        const reason =
          lang === 'fr'
            ? frenchSpaces(slur
              ? `${guillemets(actual)} est une injure discriminatoire, punie plus sévèrement qu’une injure simple. Supprimez-la et décrivez les faits.`
              : `${guillemets(actual)} est une injure : un terme de mépris qui n’impute aucun fait et qu’aucune opinion ne justifie. Supprimez-le et décrivez plutôt ce qui s’est passé (dates, échanges, montants).`)
            : slur
              ? `${quotes(actual)} is a discriminatory slur. Delete it and describe the facts.`
              : `${quotes(actual)} is name-calling: it states no fact, only contempt, and no opinion marker makes it acceptable. Delete it and describe what happened instead (dates, exchanges, amounts).`
        ctx.report({view, start, end, entry: entry.id, sureness: entry.sureness as 0 | 1 | 2 | undefined, reason, expected, note: (entry.note as string | undefined) ?? (slur ? SLUR_NOTE[lang] : NOTE[lang])})
      }
    }
  }
)

export default rule.plugin
