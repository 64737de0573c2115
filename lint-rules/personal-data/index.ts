/**
 * @module personal-data
 * @summary-fr Numéros de téléphone, IBAN, e-mails et adresses personnels, détails de vie privée d'une personne nommée.
 * @summary-en Phone numbers, IBANs, personal e-mail and home addresses, private details about a named person.
 *
 * ## Ce qui est signalé
 *
 * - **Numéros de téléphone** : formats français (06 12 34 56 78, 06.12.34.56.78, 06/12/34/56/78,
 *   0612345678, +33 6 12 34 56 78, +33 (0)6 12 34 56 78, 0033…, fixes en 01 à 05, 09, 0 800 12 34 56),
 *   internationaux (+44 20 7946 0958, 0044 20…, +1 (555) 123-4567) et britanniques ou américains
 *   courants (07700 900123, 0161-496-0123, 555-123-4567) ; un numéro américain sans séparateurs
 *   (5550104477) ou local (555-0142) seulement après un mot de téléphone (« appelez », "call",
 *   "number"…) et pas après une étiquette de référence ("invoice number").
 *   Tout numéro est signalé, **y compris le vôtre** (entrée `phone`).
 * - **IBAN**, avec ou sans espaces (entrée `iban`). La clé de contrôle (modulo 97, ISO 13616) est
 *   vérifiée, mais **une suite qui a la forme d'un IBAN est signalée même si sa clé est fausse** : code
 *   pays connu, longueur exacte de ce pays, au moins huit chiffres. *Décision* : pour l'auteur et pour
 *   le lecteur, c'est un numéro de compte publié — le plus souvent un IBAN mal recopié, à un chiffre du
 *   vrai —, et le corpus de référence signale « tout IBAN » ; l'issue 2 demandait un IBAN « vérifié
 *   par sa clé », ce que nous gardons pour la certitude : clé juste `sureness` 2 ; clé fausse 1 si la
 *   phrase parle de banque, de compte, de virement ou de remboursement, 0 sinon, et le message dit
 *   que la clé ne correspond pas. Une étiquette juste avant qui la présente comme autre chose
 *   (« Référence interne FR76… », "invoice no.") l'écarte. Un numéro masqué (« FR76 •••• … 449 »)
 *   n'est pas signalé.
 * - **Adresses e-mail personnelles** (entrée `email`), pas les adresses génériques d'un service
 *   (contact@, info@, service.client@, support@, noreply@… : liste dans `role-addresses.yml`).
 * - **Adresses postales** (numéro + rue, avenue, bd, chemin, allée, impasse, place… + code postal et
 *   ville éventuels ; « r. » ; formats britanniques « 12 Elm Street » ; un lieu-dit, un hameau ou une
 *   résidence sans numéro, suivi du code postal et de la ville, seulement avec un indice de domicile :
 *   « habite au lieu-dit Kerbras, 29000 Quimper ») (entrée `address`), sauf si la phrase
 *   les présente comme professionnelles : « siège social », « siège », « locaux », « Kbis »,
 *   "registered office". Un indice de domicile (« habite », « domicilié », « sa maison », « chez le
 *   gérant », « le domicile du patron », "lives at", "works from home", "at the boss's house")
 *   l'emporte, même si la phrase parle aussi du siège (« le siège, c'est du vent : le vrai bureau,
 *   c'est chez le gérant, 3 place… »), et rend le signalement plus sûr.
 * - **Une personne nommée et un détail de sa vie privée** dans la même phrase (ou dans la phrase
 *   suivante commencée par « il » ou « elle ») : santé, famille, âge, domicile, religion, orientation,
 *   finances, opinions — « Mme Martin, qui a 62 ans et vit seule… » (entrée `private-detail`), y
 *   compris la scolarité des enfants (« son fils est scolarisé au collège… »), un deuil (« vient de
 *   perdre son père »), le logement (« vit seul au-dessus de… »), une grossesse (« attend un
 *   enfant »), un handicap ou une fragilité (« presque aveugle », « malentendante », « troubles de la
 *   mémoire », "partially sighted", "hard of hearing"), un âge dit par une relative ("who is 88").
 *   Une personne est « nommée » par une civilité suivie d'un nom (M., Mme, Madame, Mr,
 *   Mrs…), un prénom courant à majuscule, « s'appelle » / "named" suivi d'un nom, un nom de relation
 *   suivi de deux mots à majuscule (« ma voisine Josette Marchand », "our old neighbour Harold Pike"), ou, quel que soit
 *   le prénom, deux mots à majuscule en apposition d'une fonction (« Le fils du patron, Timéo
 *   Rouvière, … », « Gwenaëlle Pradier, la directrice, … ») ou entre virgules après un mot en
 *   minuscules (pas après « l'agence », « la société »…), ou en tête de phrase devant une relative
 *   (« Katell Morvan, qui gère mon dossier, … »). Un prénom après « collège », « rue »,
 *   « lycée »… nomme un lieu, pas une personne.
 *
 * ## Pourquoi
 *
 * Ce sont des données personnelles (RGPD, art. 4) : les publier suppose une base légale (RGPD,
 * art. 6), et chacun a droit au respect de sa vie privée (C. civ., art. 9). L'art. 226-22 C. pén.
 * punit en outre la divulgation non autorisée de données personnelles recueillies lors d'un
 * traitement lorsqu'elle porte atteinte à la considération ou à l'intimité de la vie privée. Un
 * numéro, une adresse ou une maladie n'apportent rien au récit des faits et exposent leur titulaire.
 *
 * ## Que faire à la place
 *
 * Masquer : « [numéro masqué] », « [IBAN masqué] », « [adresse e-mail masquée] », « [adresse
 * masquée] » (proposés en correction rapide) ; citer l'adresse du siège social ou l'e-mail générique
 * de l'entreprise ; retirer le détail privé ou désigner la personne par sa fonction (« la
 * commerciale »).
 *
 * ## Ce qui n'est pas signalé
 *
 * Un numéro SIRET ou SIREN, le mot « IBAN » seul, des dates, montants, numéros de contrat ou de
 * jugement ; l'adresse d'un siège social ou de locaux professionnels ; une adresse e-mail générique ;
 * un employé nommé dans un acte professionnel (« M. Perrin m'a présenté le bon de commande ») ; vos
 * propres détails (« je suis enceinte », « ma mère a signé »).
 *
 * ---
 *
 * **What is flagged:** phone numbers (French, international E.164 or 00…, common UK and US formats,
 * slashes, 0 800…; a bare US number or a seven-digit local one only after a phone word; any number,
 * including your own), IBANs — an IBAN-shaped string (known country, that country's exact length,
 * eight digits or more) **even with a wrong checksum**: to writer and reader it is a published account
 * number, most likely one digit off the real one (sureness 2 valid, 1 invalid near bank or payment
 * words, 0 otherwise; not when a label right before calls it a reference), personal e-mail
 * addresses (not role addresses such as contact@ or support@), street addresses unless presented as a
 * registered office or business premises, and a named person together with a private detail (health,
 * family, age, home, religion, orientation, finances, opinions) in the same sentence — children's
 * schooling, bereavement ("has just lost his mother"), living situation ("lives alone above…"),
 * pregnancy, disability or frailty ("partially sighted", "hard of hearing"), an age in a relative
 * clause ("who is 88"); a home cue ("works from home", "at the boss's house") makes a nearby address a
 * home even when the sentence also mentions the office. A relation noun before two capitalised words
 * ("my neighbour Doris Whitfield") names a person. A name is a title plus surname, a common first name, "named …", or any two capitalised
 * words in apposition to a role ("Their sales rep, Jaxon Whitfield, …", "The owner's son, …") or set
 * off by commas after a lowercase word (not after "the agency", "the company"), or opening a sentence
 * before a relative clause ("Jenny Moss, who handled my file, …"). A detail introduced by "his", "her"
 * or « sa », « son » is about that person even after "told me" ("Gary told me his wife had left him").
 *
 * **Why:** personal data (GDPR arts. 4 and 6), right to private life (French Civil Code art. 9),
 * French Criminal Code art. 226-22.
 *
 * **Instead:** mask it ("[number removed]", "[IBAN removed]", "[email removed]", "[address removed]"),
 * cite the company's registered office or generic e-mail, drop the private detail or refer to the
 * person by their role.
 *
 * **Not flagged:** SIRET/SIREN numbers, the word "IBAN" alone, dates, amounts, contract and judgment
 * numbers, a registered office, role e-mail addresses, an employee named in a professional act, your
 * own details.
 *
 * @example
 *   {"lang": "fr", "flags": ["06 00 00 00 01"]}
 *   Appelez directement le commercial sur son portable, 06 00 00 00 01.
 * @example
 *   {"lang": "fr", "flags": ["06.00.00.00.02", "0600000003", "+33 (0)6 00 00 00 04"]}
 *   Ses numéros : 06.00.00.00.02, 0600000003 ou +33 (0)6 00 00 00 04.
 * @example
 *   {"lang": "fr", "flags": ["01 99 00 12 34"]}
 *   Mon fixe, pour ceux qui veulent témoigner : 01 99 00 12 34.
 * @example
 *   {"lang": "fr", "flags": ["FR76 3000 6000 0112 3456 7890 189"]}
 *   Voici mon IBAN pour le remboursement : FR76 3000 6000 0112 3456 7890 189.
 * @example
 *   {"lang": "fr", "flags": ["FR7630006000011234567890189"]}
 *   RIB de l'agence : FR7630006000011234567890189
 * @example
 *   {"lang": "fr", "flags": ["camille.vernet.perso@example.org"]}
 *   Son adresse perso, c'est camille.vernet.perso@example.org, écrivez-lui.
 * @example
 *   {"lang": "fr", "flags": ["18 rue des Glycines, 69003 Lyon"]}
 *   Le gérant habite au 18 rue des Glycines, 69003 Lyon.
 * @example
 *   {"lang": "fr", "flags": ["Mme Bérard, qui a 79 ans et vit seule"]}
 *   Ma voisine, Mme Bérard, qui a 79 ans et vit seule, a signé le même contrat.
 * @example
 *   {"lang": "fr", "flags": ["Cédric Vasseur, est en arrêt maladie depuis son divorce"]}
 *   Le technicien, Cédric Vasseur, est en arrêt maladie depuis son divorce.
 * @example
 *   {"lang": "fr", "flags": []}
 *   D'après l'extrait Kbis, le siège social de l'agence est situé 4 avenue des Tilleuls, 69006 Lyon.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Vous pouvez écrire au service client à service.client@agence-exemple.example.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le SIRET de l'agence est 123 456 789 00012 et le contrat porte le n° 2023-06-1187.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'ai communiqué mon IBAN le jour de la signature, pour les prélèvements.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le commercial, M. Perrin, m'a présenté le bon de commande le 4 mars 2023.
 * @example
 *   {"lang": "fr", "flags": []}
 *   M. Perrin m'a vendu le site il y a 2 ans, pour 226,80 € TTC par mois.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le jugement n° 2022F00418 du 3 mai 2022 a condamné l'agence à payer 4 500 €.
 * @example
 *   {"lang": "en", "flags": ["+44 20 7946 0958"]}
 *   You can call their rep directly on +44 20 7946 0958.
 * @example
 *   {"lang": "en", "flags": ["GB82 WEST 1234 5698 7654 32"]}
 *   Here is my IBAN for the refund: GB82 WEST 1234 5698 7654 32.
 * @example
 *   {"lang": "en", "flags": ["Liam Porter, the salesman, lives with his parents"]}
 *   Liam Porter, the salesman, lives with his parents in Bron.
 * @example
 *   {"lang": "en", "flags": ["12 Elm Street, Leeds"]}
 *   The director lives at 12 Elm Street, Leeds.
 * @example
 *   {"lang": "en", "flags": []}
 *   You can write to their customer service at support@agency-example.example.
 * @example
 *   {"lang": "en", "flags": []}
 *   The rep, Mr Perrin, showed me the order form on 4 March 2023.
 * @example
 *   {"lang": "en", "flags": []}
 *   Their registered office is at 8 King Street, Manchester.
 * @example
 *   {"lang": "fr", "flags": ["Timéo Rouvière, est scolarisé"]}
 *   Le fils du patron, Timéo Rouvière, est scolarisé au collège Jean-Moulin.
 * @example
 *   {"lang": "fr", "flags": ["Maëlys Fontanel, vient de perdre son père"]}
 *   La gérante, Maëlys Fontanel, vient de perdre son père.
 * @example
 *   {"lang": "fr", "flags": ["Anatole Drouin, vit seul au-dessus"]}
 *   Le technicien, Anatole Drouin, vit seul au-dessus de la boulangerie.
 * @example
 *   {"lang": "fr", "flags": ["Ondine Marsac, attend un enfant"]}
 *   La conseillère, Ondine Marsac, attend un enfant.
 * @example
 *   {"lang": "fr", "flags": ["Gwenaëlle Pradier, la directrice, est en instance de divorce"]}
 *   Gwenaëlle Pradier, la directrice, est en instance de divorce.
 * @example
 *   {"lang": "fr", "flags": ["Jordan Pellerin, a un fils scolarisé"]}
 *   Leur commercial, Jordan Pellerin, a un fils scolarisé à l'école Jules-Ferry.
 * @example
 *   {"lang": "fr", "flags": ["Noéline Barbier, est sous chimiothérapie"]}
 *   La secrétaire, Noéline Barbier, est sous chimiothérapie.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La gérante, Maëlys Fontanel, a fait la démonstration au collège Jean-Moulin.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le directeur, Paul Arnaud, a perdu son calme au téléphone.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Nous avons des enfants, mais l'agence, Webéclat Conseil, ne l'a jamais su.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je vis seul au-dessus de mon atelier depuis 2019.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Au lycée Victor-Hugo, la réunion a eu lieu en classe de seconde.
 * @example
 *   {"lang": "en", "flags": ["Jaxon Whitfield, has just lost his mother"]}
 *   Their sales rep, Jaxon Whitfield, has just lost his mother.
 * @example
 *   {"lang": "en", "flags": ["Peregrine Ashdown, lives alone above"]}
 *   The director, Peregrine Ashdown, lives alone above the shop.
 * @example
 *   {"lang": "en", "flags": ["Caspian Hollis, goes to St Mary's primary school"]}
 *   The owner's son, Caspian Hollis, goes to St Mary's primary school.
 * @example
 *   {"lang": "en", "flags": ["Mr Baxter's wife is expecting"]}
 *   Mr Baxter's wife is expecting their third child.
 * @example
 *   {"lang": "en", "flags": ["Marlowe Pike, attends the synagogue"]}
 *   Their agent, Marlowe Pike, attends the synagogue every Saturday.
 * @example
 *   {"lang": "en", "flags": []}
 *   The rep, Jaxon Whitfield, gave a talk at the local high school.
 * @example
 *   {"lang": "en", "flags": []}
 *   I have just lost my mother and they keep debiting my account.
 * @example
 *   {"lang": "en", "flags": []}
 *   The owner's reply, posted by Caspian Hollis, ignored my questions.
 * @example
 *   {"lang": "fr", "flags": ["Albane Mercadier, est scolarisée"]}
 *   La fille de la gérante, Albane Mercadier, est scolarisée au lycée Descartes.
 * @example
 *   {"lang": "fr", "flags": ["Mme Vasseur, la responsable, élève seule ses"]}
 *   Mme Vasseur, la responsable, élève seule ses trois enfants.
 * @example
 *   {"lang": "fr", "flags": ["BASTIEN MOREL, VIT SEUL AU-DESSUS"]}
 *   LE GÉRANT, BASTIEN MOREL, VIT SEUL AU-DESSUS DE L'AGENCE.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le patron, Anselme Joubert, a signé le contrat de location.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon mari, qui vit seul à Lyon en semaine, a signé le bon.
 * @example
 *   {"lang": "en", "flags": ["Cosmo Reyes, their sales rep, recently lost his father"]}
 *   Cosmo Reyes, their sales rep, recently lost his father.
 * @example
 *   {"lang": "en", "flags": ["Leopold Marsh and his daughter goes to Oakfield Primary School"]}
 *   The rep's name is Leopold Marsh and his daughter goes to Oakfield Primary School.
 * @example
 *   {"lang": "en", "flags": ["Ottilie Crane, is undergoing chemotherapy"]}
 *   The boss's wife, Ottilie Crane, is undergoing chemotherapy.
 * @example
 *   {"lang": "en", "flags": []}
 *   The owner, Barnaby Quill, replied to my review on 3 June.
 * @example
 *   {"lang": "en", "flags": []}
 *   The agency, Brightline Media, lives off new customers.
 * @example
 *   {"lang": "fr", "flags": ["Enceinte de huit mois, la commerciale, Lou Barthélémy"]}
 *   Enceinte de huit mois, la commerciale, Lou Barthélémy, m'a fait signer quand même.
 * @example
 *   {"lang": "fr", "flags": ["Gaspard Leroux, est en pleine séparation"]}
 *   Le technicien, Gaspard Leroux, est en pleine séparation.
 * @example
 *   {"lang": "fr", "flags": ["Aristide Perrot, a perdu son fils"]}
 *   Le responsable, Aristide Perrot, a perdu son fils en mars.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Enceinte de huit mois, j'ai dû signer le contrat quand même.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le technicien, Gaspard Leroux, a séparé les câbles avant de partir.
 * @example
 *   {"lang": "en", "flags": ["Pregnant with twins, their rep, Juniper Hale"]}
 *   Pregnant with twins, their rep, Juniper Hale, still made me sign.
 * @example
 *   {"lang": "en", "flags": ["Lysander Voss, recently split up with his wife"]}
 *   Their installer, Lysander Voss, recently split up with his wife.
 * @example
 *   {"lang": "en", "flags": ["Caius Morrow, is a practising Muslim"]}
 *   Their engineer, Caius Morrow, is a practising Muslim.
 * @example
 *   {"lang": "en", "flags": []}
 *   Pregnant with twins, I still had to sign the contract.
 * @example
 *   {"lang": "en", "flags": []}
 *   The adviser, Rupert Vance, recovered the file from the archive.
 * @example
 *   {"lang": "fr", "flags": ["FR76 3000 6000 0112 3456 7890 188"]}
 *   Remboursez-moi sur FR76 3000 6000 0112 3456 7890 188, merci.
 * @example
 *   {"lang": "en", "flags": ["GB82 WEST 1234 5698 7654 31"]}
 *   Please send the money to GB82 WEST 1234 5698 7654 31 today.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Référence interne FR76 3000 6000 0112 3456 7890 188 du dossier.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon IBAN se termine par 189 ; je ne le publie pas ici.
 * @example
 *   {"lang": "fr", "flags": ["06/39/98/12/34", "0 800 12 34 56"]}
 *   Le gérant : 06/39/98/12/34 ; leur numéro vert : 0 800 12 34 56.
 * @example
 *   {"lang": "en", "flags": ["5550104477", "555-0142"]}
 *   Their number is 5550104477, or call his desk on 555-0142.
 * @example
 *   {"lang": "en", "flags": ["0161-496-0123"]}
 *   Call 0161-496-0123 and ask for the manager.
 * @example
 *   {"lang": "en", "flags": []}
 *   The invoice number is 555-0142 and the order number 5550104477.
 * @example
 *   {"lang": "fr", "flags": ["3 place du Marché, 35000 Rennes"]}
 *   Le siège, c'est du vent : le vrai bureau, c'est chez la gérante, 3 place du Marché, 35000 Rennes.
 * @example
 *   {"lang": "fr", "flags": ["12 allée des Pins, 44000 Nantes"]}
 *   En réalité, l'agence tourne depuis le domicile du patron, 12 allée des Pins, 44000 Nantes.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le siège de l'agence est au 3 place du Marché, 35000 Rennes, d'après le Kbis.
 * @example
 *   {"lang": "en", "flags": ["14 Orchard Close, Bristol BS6 7TL"]}
 *   Their salesman works from home at 14 Orchard Close, Bristol BS6 7TL.
 * @example
 *   {"lang": "en", "flags": ["Doris Whitfield, who is 88 and partially sighted"]}
 *   My neighbour Doris Whitfield, who is 88 and partially sighted, signed the same lease.
 * @example
 *   {"lang": "en", "flags": ["Harold Pike, 91"]}
 *   Our old neighbour Harold Pike, 91, was visited twice by the rep.
 * @example
 *   {"lang": "fr", "flags": ["Josette Marchand, 84 ans et presque aveugle"]}
 *   Ma voisine Josette Marchand, 84 ans et presque aveugle, a signé le même contrat.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ma voisine Josette Marchand m'a recommandé un avocat.
 * @example
 *   {"lang": "en", "flags": []}
 *   My neighbour Doris Whitfield recommended a solicitor to me.
 * @example
 *   {"lang": "fr", "flags": ["lieu-dit Kerbras, 29000 Quimper"]}
 *   Le gérant habite au lieu-dit Kerbras, 29000 Quimper.
 * @example
 *   {"lang": "fr", "flags": ["Résidence Les Mimosas, bâtiment C, à Dinan"]}
 *   La gérante habite Résidence Les Mimosas, bâtiment C, à Dinan.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le siège de l'agence est au lieu-dit Kerbras, 29000 Quimper.
 * @example
 *   {"lang": "fr", "flags": ["12 r. des Lilas à Vannes"]}
 *   Le commercial habite 12 r. des Lilas à Vannes.
 * @example
 *   {"lang": "en", "flags": ["Jenny Moss, who handled my file, is on maternity leave"]}
 *   Jenny Moss, who handled my file, is on maternity leave.
 * @example
 *   {"lang": "fr", "flags": ["Katell Morvan, qui gère mon dossier, est en arrêt maladie"]}
 *   Katell Morvan, qui gère mon dossier, est en arrêt maladie.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Bailexa Finance, qui a financé le contrat, ne répond plus.
 * @example
 *   {"lang": "en", "flags": ["Gary, the salesman, told me his wife"]}
 *   Gary, the salesman, told me his wife had left him.
 * @example
 *   {"lang": "en", "flags": []}
 *   My wife, who is 62, signed it, and I told the rep my husband was ill.
 */
import {compileLexicon, defineRule, guillemets, NBSP, NNBSP, quotes, type Lexicon, type LexiconMatch, type TextView} from '../support/index.js'
import type {Token} from '../support/text.js'
import {bySentence, sentenceIndexAt, sharedParagraphViews, sharedSentenceRanges, type SentenceRange} from './sentences.js'
import fr from './lexicon.fr.yml'
import en from './lexicon.en.yml'
import roleData from './role-addresses.yml'

type Lang = 'fr' | 'en'
type Kind = 'phone' | 'iban' | 'email' | 'address' | 'private-detail'
const CUES = new Set(['civility', 'first-name', 'introducer', 'role', 'detail', 'business'])

function compile(data: unknown, file: string): Lexicon {
  const lexicon = compileLexicon(data, file)
  for (const entry of lexicon.entries) {
    if (typeof entry.cue !== 'string' || !CUES.has(entry.cue)) throw new Error(`${file}: entry ${entry.id}: unknown cue ${String(entry.cue)}`)
    if (entry.cue === 'detail' && typeof entry.kind !== 'string') throw new Error(`${file}: entry ${entry.id}: a detail needs a kind`)
  }
  return lexicon
}

const lexicons: Record<Lang, Lexicon> = {
  fr: compile(fr, 'personal-data/lexicon.fr.yml'),
  en: compile(en, 'personal-data/lexicon.en.yml')
}
if (!Array.isArray(roleData) || roleData.some((r) => typeof r !== 'string')) throw new Error('personal-data/role-addresses.yml: a list of strings')
const ROLE_ADDRESSES = new Set((roleData as string[]).map((r) => r.toLowerCase()))

// --- patterns (compiled once) ------------------------------------------------------------------

const SEP = '[ .\\-\\u00A0\\u202F]?'
// French numbers are also written with slashes (06/12/34/56/78); five pairs cannot be a date.
const FR_SEP = '[ .\\-/\\u00A0\\u202F]?'
const PHONE = new RegExp(
  '(?<![\\p{L}\\p{N}+@._/\\-])(?:' +
    [
      `(?:\\+|00)33${SEP}(?:\\(0\\)${SEP})?[1-9](?:${SEP}\\d{2}){4}`, // +33 6 12 34 56 78, +33 (0)6…, 0033…
      `(?:\\+|00)[1-9]\\d{0,2}(?:${SEP}\\(\\d{1,4}\\))?(?:${SEP}\\d{1,5}){2,6}`, // E.164: +44 20 7946 0958, +1 (555) 123-4567, 0044 20…
      `0[1-9](?:${FR_SEP}\\d{2}){4}`, // 06 12 34 56 78, 06.12.34.56.78, 0612345678, 06/12/34/56/78
      `0[ \\u00A0][89]\\d{2}(?:${SEP}\\d{2}){3}`, // 0 800 12 34 56
      `0\\d{2,4}[ \\-\\u00A0]?\\d{3,4}[ \\-\\u00A0]?\\d{3,4}`, // UK: 020 7946 0958, 07700 900123, 0161-496-0123
      `(?:\\(\\d{3}\\)[ \\u00A0]?|\\d{3}[.\\-])\\d{3}[.\\-]\\d{4}` // US: (555) 123-4567, 555-123-4567
    ].join('|') +
    ')(?![\\p{N}]|[.\\-/]\\p{N})',
  'gu'
)
// North American numbers written without the usual punctuation (5550104477, 555 010 4477) or local
// seven-digit ones (555-0142) look like any reference: they count only after a phone word (call,
// number, mobile, appelez…), and not after a reference label ("invoice number 555-0142").
const US_LOOSE = /(?<![\p{L}\p{N}+@._/\-])(?:\+?1[ \u00A0])?(?:[2-9]\d{2}[ \u00A0]\d{3}[ \u00A0]\d{4}|[2-9]\d{9}|[2-9]\d{2}[-.]\d{4})(?![\p{N}]|[.\-/]\p{N})/gu
const PHONE_WORDS = /(?:call|phone|mobile|cell|number|tel|text|ring|reach|dial|whatsapp|appel|numéro|numero|portable|téléphone|telephone|joindre|tél)[^.\n]{0,30}$/iu
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ \u00A0]?[A-Z0-9]{4}){2,7}(?:[ \u00A0]?[A-Z0-9]{1,4})?(?![\p{L}\p{N}])/gu
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu
const BANK_WORDS = /\b(?:iban|rib|bic|compte|account|bank|banque|virement|transfer|refund|rembours\p{L}*|pay|payment|paiement|versez|verser|wire|sort code)\b/iu
// A label right before an IBAN-shaped string that says it is something else (« Référence interne FR76… »).
const REFERENCE_LABEL = /(?:r[ée]f[ée]rence|r[ée]f\.?|reference|ref\.?|dossier|contrat|contract|commande|order|facture|invoice|ticket)(?:\s+\p{L}+){0,2}\s*(?:n°|no\.?|#|:)?\s*$/iu

// A French street address: number, street type, name words, then an optional postcode + city or « à City ».
const STREET_TYPES =
  'rue|r\\.|avenue|av\\.?|boulevard|bd|bld|chemin|ch\\.|allée|allées|impasse|imp\\.|place|pl\\.|route|rte|quai|cours|square|passage|' +
  'cité|résidence|lotissement|lot\\.|hameau|lieu-dit|sentier|voie|rond-point|faubourg|fbg|montée|villa|parvis|promenade|' +
  'esplanade|ruelle|clos|domaine|mail|chaussée|traverse|venelle|sente|carrefour|parc|hameau'
const NAME_WORD = "[\\p{Lu}\\d][\\p{L}\\p{M}\\d'’\\-]*"
const PARTICLE = "(?:(?:de|du|des|la|le|les|aux|au|en|sur|et|sous|lès)\\s+|[dl]['’])"
const CITY = "\\p{Lu}[\\p{L}\\p{M}'’]*(?:[\\-\\s](?:(?:sur|sous|en|lès|les|le|la|de|du|des|aux)[\\-\\s])*\\p{Lu}[\\p{L}\\p{M}'’]*)*"
const FR_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,4}(?:\\s?(?:bis|ter|quater|[A-Da-d])(?![\\p{L}]))?,?\\s+(?:${STREET_TYPES})(?![\\p{L}])` +
    `(?:\\s+${PARTICLE}*${NAME_WORD}){1,6}` +
    `(?:\\s*,?\\s*(?:\\d{5}|\\d{2}\\s\\d{3})\\s+${CITY}(?:\\s+[Cc]edex(?:\\s+\\d{1,2})?)?|\\s+à\\s+${CITY}|,\\s*${CITY}(?=\\s*(?:[.,;:)!?]|$)))?`,
  'gu'
)
// A named place without a street number (lieu-dit, hameau, résidence, domaine), then a postcode and a
// city or « à City ». Used only in sentences with a home cue.
const PLACE_GUARD = /lieu-?dit|hameau|r[ée]sidence|domaine|lotissement/iu
const FR_PLACE_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[Ll]ieu-?dit|[Hh]ameau|[Rr][ée]sidence|[Dd]omaine|[Ll]otissement)(?:\\s+${PARTICLE}*${NAME_WORD}){1,4}` +
    `(?:,\\s*(?:b[âa]t(?:iment)?\\.?|appartement|appt?\\.?|esc(?:alier)?\\.?)\\s+[\\p{Lu}\\d][\\p{L}\\d]{0,3})?` +
    `(?:\\s*,?\\s*(?:\\d{5}|\\d{2}\\s\\d{3})\\s+${CITY}|,?\\s+à\\s+${CITY})`,
  'gu'
)
const EN_ADDRESS = new RegExp(
  '(?<![\\p{L}\\p{N}])\\d{1,4}[A-Za-z]?,?\\s+(?:\\p{Lu}[\\p{L}\'\\-]*\\s+){1,3}' +
    '(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Court|Ct|Crescent|Cres|Way|Place|Pl|Terrace|Gardens|Grove|Hill|Square|Sq|Mews|Row|Walk|Boulevard|Blvd|Park|Rise|View|Parade)' +
    '(?![\\p{L}])\\.?(?:,\\s*\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+(?![\\p{L}\\p{N}]))?)?(?:,?\\s*[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2})?',
  'gu'
)
// Ages: « il a 28 ans », « âgée de 62 ans », « (45 ans) », "aged 62", "62 years old", "a 62-year-old", "Kevin, 28, lives…".
const FR_AGE = /(?<![\p{L}\p{N}])(?:(?:a|avait|aura|aurait|ont|fête ses|vient d['’]avoir|âgée?s? de|agée?s? de)\s+\d{1,3}\s+ans(?!\s*(?:d['’]|de\s|d’|dans|à|au|chez|en\s|plus tard|après|avant|déjà|que))|(?<=[,(]\s?)\d{1,3}\s+ans(?=\s*[,)]))/giu
const EN_AGE = /(?<![\p{L}\p{N}])(?:aged\s+\d{1,3}|\d{1,3}\s+years?\s+old|\d{1,3}-year-old|(?:turned|turns)\s+\d{1,3}|(?<=,\s?)\d{2}(?=\s*,)|(?:who|he|she)(?:\s+is|\s+was|['’]s)\s+\d{2,3}(?=\s*(?:[,.;:)]|and\s|$)))/giu

// Cheap guards before the age patterns (which would otherwise be tried at every word start).
const FR_AGE_GUARD = /\d\s+ans/u
const EN_AGE_GUARD = /\d(?:\s+years?|-year|\s*,)|aged|turn|(?:is|was|['’]s)\s+\d/iu

const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MA: 28, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15,
  PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25,
  SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20
}

/** ISO 13616 check: move the first four characters to the end, letters → 10..35, remainder mod 97 must be 1. */
export function ibanChecksumOk(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false
  const moved = compact.slice(4) + compact.slice(0, 4)
  let remainder = 0
  for (const char of moved) {
    const code = char.charCodeAt(0)
    if (code >= 65) remainder = (remainder * 100 + (code - 55)) % 97
    else remainder = (remainder * 10 + (code - 48)) % 97
  }
  return remainder === 1
}

function countDigits(text: string): number {
  let digits = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 48 && code <= 57) digits++
  }
  return digits
}

/** Whether an e-mail address is a generic role address (contact@, service.client@, noreply@…). */
export function isRoleAddress(address: string): boolean {
  const local = address.slice(0, address.indexOf('@')).toLowerCase().replace(/\d+/g, '')
  if (ROLE_ADDRESSES.has(local)) return true
  const first = local.split(/[._+-]/)[0]
  return ROLE_ADDRESSES.has(first)
}

// --- people and details ------------------------------------------------------------------------

const FIRST_PERSON = new Set(['je', "j'", 'moi', 'me', "m'", 'mon', 'ma', 'mes', 'notre', 'nos', 'i', "i'", 'my', 'our', 'we', 'us', 'am', 'suis'])
const SAINT = new Set(['saint', 'sainte', 'st', 'ste', 'san', 'santa'])
// A first name right after one of these names a place (« collège Victor-Hugo », "Victoria Road" is caught by the pattern).
const PLACE_BEFORE = new Set([
  'college', 'lycee', 'ecole', 'rue', 'avenue', 'boulevard', 'bd', 'place', 'quai', 'allee', 'impasse', 'hopital', 'clinique', 'stade',
  'gymnase', 'centre', 'residence', 'square', 'parc', 'pont', 'gare', 'station', 'metro', 'salle', 'espace', 'institut', 'fondation',
  'musee', 'theatre', 'cinema', 'groupe', 'scolaire', 'school', 'street', 'road', 'hospital', 'college', 'academy', 'primary', 'mount'
])
// An apposition after these names a company, not a person (« l'agence, Webéclat Conseil, »).
const ORGANISATION_BEFORE = new Set(['agence', 'societe', 'entreprise', 'firme', 'cabinet', 'groupe', 'marque', 'site', 'enseigne', 'franchise', 'agency', 'company', 'firm', 'brand', 'business', 'website', 'group', 'owner', 'leasing', 'loueur', 'prestataire', 'provider', 'supplier', 'fournisseur', 'banque', 'bank'])
// Capitalised words that are not a name even in apposition (« , Saint-Étienne, », ", Greater London,").
const NOT_A_NAME = new Set([...PLACE_BEFORE, 'saint', 'sainte', 'st', 'ste', 'le', 'la', 'les', 'the', 'mon', 'ma', 'my', 'our', 'their'])
const STARTS_PRONOUN = new Set(['il', 'elle', 'ils', 'elles', 'he', 'she', 'they', 'celui', 'celle', 'sa', 'son', 'ses', 'his', 'her', 'their'])
const KIND_NAMES: Record<Lang, Record<string, string>> = {
  fr: {santé: 'santé', famille: 'famille', âge: 'âge', domicile: 'domicile', religion: 'religion', orientation: 'orientation', finances: 'finances', opinions: 'opinions'},
  en: {health: 'health', family: 'family', age: 'age', home: 'home', religion: 'religion', orientation: 'orientation', finances: 'finances', opinions: 'opinions', âge: 'age'}
}
const HOME_KINDS = new Set(['domicile', 'home'])

// Hoisted: bundlers lower `\p{…}` literals to `new RegExp(…)`, which inside a function runs per call.
const LEADING_UPPER = /^\p{Lu}/u
const capitalised = (token: Token | undefined) => token !== undefined && LEADING_UPPER.test(token.value)

interface Span {
  start: number
  end: number
}
interface Detail extends Span {
  kind: string
}
interface Finding extends Span {
  kind: Kind
  sureness: 0 | 1 | 2
  variant?: 'invalid' | 'maybe-home'
  name?: string
  kinds?: string[]
}

function tokenIndexAt(tokens: Token[], position: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (tokens[mid].start < position) low = mid + 1
    else high = mid
  }
  return low
}

/** Whether `a` overlaps a span of `list`, sorted by start and non-overlapping (binary search). */
function overlaps(a: Span, list: Span[]): boolean {
  let low = 0
  let high = list.length - 1
  let last = -1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (list[mid].start < a.end) {
      last = mid
      low = mid + 1
    } else high = mid - 1
  }
  return last !== -1 && list[last].end > a.start
}

const byStart = (a: Span, b: Span) => a.start - b.start

/** Names: « M. Daniel Ferrand », « Mme Costa », « Kevin Marchal », « s'appelle Ludovic Garnier », "Mr Perrin". */
function findNames(view: TextView, matches: LexiconMatch[], avoid: Span[]): Span[] {
  const tokens = view.tokens
  const text = view.text
  const names: Span[] = []
  const civilityAt = new Set(matches.filter((m) => m.entry.cue === 'civility').map((m) => m.from))
  const extend = (from: number, max: number): number => {
    // Index after the last capitalised token joined by a space or a hyphen.
    let k = from
    while (k + 1 < tokens.length && k + 1 - from < max && capitalised(tokens[k + 1]) && /^[ \-\u00A0]$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) k++
    return k + 1
  }
  for (const m of matches) {
    const cue = m.entry.cue
    if (cue !== 'civility' && cue !== 'first-name' && cue !== 'introducer' && cue !== 'role') continue
    let from = -1
    if (cue === 'civility') {
      const title = tokens[m.from]
      const next = tokens[m.to]
      if (!capitalised(title) || !capitalised(next)) continue
      if (!/^\.?[ \u00A0]+$|^\.$/.test(text.slice(title.end, next.start))) continue
      if (civilityAt.has(m.to)) continue // « Madame Monsieur »
      const span = {start: title.start, end: tokens[extend(m.to, 3) - 1].end}
      if (!overlaps(span, names)) names.push(span)
      continue
    }
    if (cue === 'role') {
      // « Le commercial, Gwenaël Le Bihan, … »: a role, a comma or a space, then at least two capitalised words.
      const next = tokens[m.to]
      const forward =
        capitalised(next) && capitalised(tokens[m.to + 1]) && /^,?[ \u00A0]$/.test(text.slice(tokens[m.to - 1].end, next.start)) &&
        /^[ \-\u00A0]$/.test(text.slice(next.end, tokens[m.to + 1].start))
      if (forward) from = m.to
      else {
        // « Gwenaëlle Pradier, la directrice, … », "Jaxon Whitfield, their sales rep, …": the name comes first.
        const last = tokens[m.from - 1]
        const first = tokens[m.from - 2]
        if (!capitalised(last) || !capitalised(first) || !/^,[ \u00A0]$/.test(text.slice(last.end, tokens[m.from].start))) continue
        if (!/^[ \-\u00A0]$/.test(text.slice(first.end, last.start)) || NOT_A_NAME.has(first.fold) || NOT_A_NAME.has(last.fold)) continue
        const span = {start: first.start, end: last.end}
        if (!overlaps(span, avoid) && !overlaps(span, names)) names.push(span)
        continue
      }
    } else if (cue === 'introducer') {
      if (!capitalised(tokens[m.to])) continue
      from = m.to
    } else {
      const first = tokens[m.from]
      if (!capitalised(first)) continue
      if (SAINT.has(tokens[m.from - 1]?.fold ?? '') || PLACE_BEFORE.has(tokens[m.from - 1]?.fold ?? '')) continue
      // « Victor-Hugo »: the second half of a hyphenated name belongs to the first one.
      const previous = tokens[m.from - 1]
      if (previous && capitalised(previous) && text.slice(previous.end, first.start) === '-') continue
      from = m.from
    }
    const span = {start: tokens[from].start, end: tokens[extend(from, 2) - 1].end}
    if (!overlaps(span, avoid) && !overlaps(span, names)) names.push(span)
  }
  // « …, m'a dit sa collègue, Ysaline Corbière, … »: two capitalised words set off by commas, after a lowercase word,
  // make a name even when the first name is not in the list.
  names.sort(byStart)
  const appositions: Span[] = []
  for (let k = 1; k + 1 < tokens.length; k++) {
    const first = tokens[k]
    const last = tokens[k + 1]
    if (!capitalised(first) || !capitalised(last) || capitalised(tokens[k - 1]) || !/^[\p{Ll}]/u.test(tokens[k - 1].value)) continue
    if (ORGANISATION_BEFORE.has(tokens[k - 1].fold)) continue
    if (!/^,[ \u00A0]$/.test(text.slice(tokens[k - 1].end, first.start)) || !/^[ \-\u00A0]$/.test(text.slice(first.end, last.start))) continue
    const after = text.slice(last.end, last.end + 1)
    if (after !== ',' && after !== '' && !/[.;!?]/u.test(after)) continue
    if (capitalised(tokens[k + 2]) && /^[ \-\u00A0]$/.test(text.slice(last.end, tokens[k + 2].start))) continue
    if (NOT_A_NAME.has(first.fold) || NOT_A_NAME.has(last.fold)) continue
    const span = {start: first.start, end: last.end}
    if (!overlaps(span, names)) appositions.push(span)
  }
  // "Jenny Moss, who handled my file, …", « Katell Morvan, qui gère mon dossier, … »: two capitalised words opening a
  // sentence, then a relative clause about them.
  for (let k = 0; k + 2 < tokens.length; k++) {
    const first = tokens[k]
    const last = tokens[k + 1]
    if (!capitalised(first) || !capitalised(last) || !RELATIVE.has(tokens[k + 2].fold)) continue
    if (k > 0 && !SENTENCE_END_BEFORE.test(text.slice(tokens[k - 1].end, first.start))) continue
    if (!SPACE_OR_HYPHEN.test(text.slice(first.end, last.start)) || !COMMA_SPACE.test(text.slice(last.end, tokens[k + 2].start))) continue
    if (NOT_A_NAME.has(first.fold) || NOT_A_NAME.has(last.fold)) continue
    const span = {start: first.start, end: last.end}
    if (!overlaps(span, names) && !overlaps(span, appositions)) appositions.push(span)
  }
  if (appositions.length > 0) names.push(...appositions)
  names.sort(byStart)
  return names.filter((n) => !overlaps(n, avoid))
}

const RELATIVE = new Set(['who', 'whose', 'qui', 'dont'])
const SENTENCE_END_BEFORE = /[.!?…]["»”’)\]*_]*\s*$/u
const SPACE_OR_HYPHEN = /^[ \-\u00A0]$/
const COMMA_SPACE = /^,[ \u00A0]$/
// A detail introduced by a third-person possessive is about someone else, even after « m' » or "me"
// ("he told me his wife had left him").
const THIRD_PERSON_POSSESSIVE = new Set(['his', 'her', 'their', 'son', 'sa', 'ses', 'leur', 'leurs'])

function findDetails(view: TextView, matches: LexiconMatch[], lang: Lang): Detail[] {
  const tokens = view.tokens
  const details: Detail[] = []
  const firstPersonBefore = (index: number) => [tokens[index - 1], tokens[index - 2]].some((t) => t !== undefined && FIRST_PERSON.has(t.lower))
  for (const m of matches) {
    if (m.entry.cue !== 'detail') continue
    if (!THIRD_PERSON_POSSESSIVE.has(tokens[m.from].fold) && firstPersonBefore(m.from)) continue
    details.push({start: m.start, end: m.end, kind: m.entry.kind as string})
  }
  const age = lang === 'fr' ? FR_AGE : EN_AGE
  // Cheap guard before the age pattern (it would otherwise be tried at every word start).
  if (!(lang === 'fr' ? FR_AGE_GUARD : EN_AGE_GUARD).test(view.text)) return details.sort((a, b) => a.start - b.start)
  age.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = age.exec(view.text))) {
    const index = tokenIndexAt(tokens, match.index)
    // « il y a 2 ans » is a date, not an age.
    if (lang === 'fr' && /^a\s/i.test(match[0]) && tokens[index - 1]?.lower === 'y') continue
    if (firstPersonBefore(index)) continue
    details.push({start: match.index, end: match.index + match[0].length, kind: lang === 'fr' ? 'âge' : 'age'})
  }
  return details.sort((a, b) => a.start - b.start)
}

function analyse(view: TextView, lang: Lang): Finding[] {
  const text = view.text
  const findings: Finding[] = []
  let taken: Span[] = []
  let sentences: SentenceRange[] | undefined
  const sentencesOf = () => (sentences ??= sharedSentenceRanges(view))
  // Bank words near an IBAN-shaped string (a bounded window keeps this linear on any text).
  const nearBankWords = (span: Span) => BANK_WORDS.test(text.slice(Math.max(0, span.start - 80), span.end + 40))
  let match: RegExpExecArray | null

  if (/\d/.test(text)) {
    // IBANs first: their digit groups must not be read as phone numbers.
    IBAN.lastIndex = 0
    while ((match = IBAN.exec(text))) {
      const raw = match[0]
      const compact = raw.replace(/[ \u00A0]/g, '')
      const length = IBAN_LENGTHS[compact.slice(0, 2)]
      let end = match.index + raw.length
      let candidate = compact
      if (length && compact.length > length) {
        // Keep the country's length (a trailing reference glued to the IBAN is not part of it).
        let kept = 0
        let i = 0
        while (i < raw.length && kept < length) if (raw[i++] !== ' ' && raw[i - 1] !== '\u00A0') kept++
        end = match.index + i
        candidate = compact.slice(0, length)
      }
      const span = {start: match.index, end}
      if (ibanChecksumOk(candidate) && (!length || candidate.length === length)) {
        findings.push({...span, kind: 'iban', sureness: 2})
        taken.push(span)
      } else if (length && candidate.length === length && countDigits(candidate) >= 8) {
        // IBAN-shaped (a known country, its exact length, digits) with a wrong check: most likely a
        // mistyped account number, published all the same (see the docs). Not when a label right
        // before calls it a reference; surer near bank words.
        const bank = nearBankWords(span)
        if (!bank && REFERENCE_LABEL.test(text.slice(Math.max(0, span.start - 40), span.start))) continue
        findings.push({...span, kind: 'iban', sureness: bank ? 1 : 0, variant: 'invalid'})
        taken.push(span)
      }
    }
  }

  if (text.includes('@')) {
    EMAIL.lastIndex = 0
    while ((match = EMAIL.exec(text))) {
      const span = {start: match.index, end: match.index + match[0].length}
      taken.push(span)
      if (!isRoleAddress(match[0])) findings.push({...span, kind: 'email', sureness: 2})
    }
  }

  taken.sort(byStart)
  const phones: Span[] = []
  if (/\d/.test(text)) {
    PHONE.lastIndex = 0
    while ((match = PHONE.exec(text))) {
      const span = {start: match.index, end: match.index + match[0].length}
      if (overlaps(span, taken)) continue
      const digits = match[0].replace(/\D/g, '').length
      const international = match[0].startsWith('+') || match[0].startsWith('00')
      const ok = international ? digits >= 8 && digits <= 15 : match[0].startsWith('0') ? digits === 10 || digits === 11 : digits === 10
      if (!ok) continue
      findings.push({...span, kind: 'phone', sureness: 2})
      phones.push(span)
    }
    US_LOOSE.lastIndex = 0
    while ((match = US_LOOSE.exec(text))) {
      const span = {start: match.index, end: match.index + match[0].length}
      if (overlaps(span, taken) || phones.some((p) => p.start < span.end && span.start < p.end)) continue
      const before = text.slice(Math.max(0, span.start - 40), span.start)
      if (!PHONE_WORDS.test(before) || REFERENCE_LABEL.test(before)) continue
      findings.push({...span, kind: 'phone', sureness: 1})
      phones.push(span)
    }
    phones.sort(byStart)
  }
  taken = [...taken, ...phones].sort(byStart)

  const matches = lexicons[lang].find(view)
  const details = findDetails(view, matches, lang)
  const addresses: Span[] = []

  const digits = /\d/.test(text)
  const places = lang === 'fr' && PLACE_GUARD.test(text)
  if (digits || places) {
    // Sentences with a home cue, and with a business cue (computed once per paragraph).
    const list = sentencesOf()
    const homeIn = new Set<number>()
    const businessIn = new Set<number>()
    for (const d of details) if (HOME_KINDS.has(d.kind)) homeIn.add(sentenceIndexAt(list, d.start))
    for (const m of matches) if (m.entry.cue === 'business') businessIn.add(sentenceIndexAt(list, m.start))
    for (const expression of digits ? [FR_ADDRESS, EN_ADDRESS] : []) {
      const before = [...addresses]
      expression.lastIndex = 0
      while ((match = expression.exec(text))) {
        const span = {start: match.index, end: match.index + match[0].replace(/[\s,.]+$/u, '').length}
        if (overlaps(span, taken) || overlaps(span, before)) continue
        const i = sentenceIndexAt(list, span.start)
        const home = homeIn.has(i)
        if (!home && businessIn.has(i)) continue
        findings.push({...span, kind: 'address', sureness: home ? 2 : 1, variant: home ? undefined : 'maybe-home'})
        addresses.push(span)
      }
      addresses.sort(byStart)
    }
    // « au lieu-dit Kerbras, 29000 Quimper », « Résidence Les Mimosas, bâtiment C, à Dinan »: a named place
    // with no street number, only in a sentence with a home cue (a hamlet may also host a business).
    if (places && homeIn.size > 0) {
      FR_PLACE_ADDRESS.lastIndex = 0
      while ((match = FR_PLACE_ADDRESS.exec(text))) {
        const span = {start: match.index, end: match.index + match[0].length}
        if (overlaps(span, taken) || overlaps(span, addresses) || !homeIn.has(sentenceIndexAt(list, span.start))) continue
        findings.push({...span, kind: 'address', sureness: 1})
        addresses.push(span)
      }
      addresses.sort(byStart)
    }
  }

  if (details.length > 0) {
    const names = findNames(view, matches, [...taken, ...addresses].sort(byStart))
    if (names.length > 0) {
      const list = sentencesOf()
      const namesIn = bySentence(names, list)
      const detailsIn = bySentence(details.filter((d) => !overlaps(d, addresses)), list)
      for (let i = 0; i < list.length; i++) {
        const here = namesIn[i]
        if (here.length === 0) continue
        const name = here[0]
        let own = detailsIn[i]
        if (own.length === 0 && i + 1 < list.length) {
          // « Le commercial s'appelle Kevin Marchal. Il a 28 ans… »
          const next = list[i + 1]
          if (!STARTS_PRONOUN.has(view.tokens[next.from]?.fold ?? '')) continue
          own = detailsIn[i + 1]
        }
        if (own.length === 0) continue
        const after = own.filter((d) => d.start >= name.end)
        const start = after.length > 0 ? name.start : own[0].start
        const end = after.length > 0 ? after[after.length - 1].end : name.end
        findings.push({start, end, kind: 'private-detail', sureness: 1, name: text.slice(name.start, name.end), kinds: [...new Set(own.map((d) => d.kind))]})
      }
    }
  }

  return findings.sort((a, b) => a.start - b.start)
}

// --- messages ----------------------------------------------------------------------------------

const NOTE = {
  fr:
    `Données personnelles (RGPD, art.${NBSP}4)${NNBSP}: toute information se rapportant à une personne identifiée ou ` +
    `identifiable${NNBSP}; les publier suppose une base légale (RGPD, art.${NBSP}6) et chacun a droit au respect de sa vie ` +
    `privée (C. civ., art.${NBSP}9). L'art.${NBSP}226-22 C. pén. punit en outre la divulgation non autorisée de données ` +
    `personnelles recueillies lors d'un traitement lorsqu'elle porte atteinte à la considération ou à l'intimité de la vie ` +
    `privée. Témoin informe et ne donne pas de conseil juridique.`,
  en:
    `Personal data (GDPR art. 4): any information relating to an identified or identifiable person; publishing it ` +
    `needs a legal basis (GDPR art. 6), and everyone has a right to respect for private life (French Civil Code art. 9). ` +
    `French Criminal Code art. 226-22 also punishes the unauthorised disclosure of personal data collected during ` +
    `processing when it harms the person's reputation or privacy. Témoin gives information, not legal advice.`
}

const MASK: Record<Lang, Record<Exclude<Kind, 'private-detail'>, string>> = {
  fr: {phone: '[numéro masqué]', iban: '[IBAN masqué]', email: '[adresse e-mail masquée]', address: '[adresse masquée]'},
  en: {phone: '[number removed]', iban: '[IBAN removed]', email: '[email removed]', address: '[address removed]'}
}

function reason(lang: Lang, finding: Finding): string {
  const q = lang === 'fr' ? guillemets : quotes
  if (finding.kind === 'private-detail') {
    const kinds = (finding.kinds ?? []).map((k) => KIND_NAMES[lang][k] ?? k).join(', ')
    return lang === 'fr'
      ? `Détail de vie privée (${kinds}) rattaché à une personne nommée (${q(finding.name ?? '')})${NBSP}: il n'apporte rien ` +
          `au récit des faits et expose sa vie privée. Retirez ce détail, ou désignez la personne par sa fonction ` +
          `(${q('la commerciale')}, ${q('le gérant')}).`
      : `Private detail (${kinds}) about a named person (${q(finding.name ?? '')}): it adds nothing to the account of ` +
          `the facts and exposes their private life. Drop the detail, or refer to the person by their role (${q('the sales rep')}).`
  }
  const mask = q(MASK[lang][finding.kind])
  if (lang === 'fr') {
    switch (finding.kind) {
      case 'phone':
        return `Numéro de téléphone${NBSP}: publié, il permet de joindre et d'importuner son titulaire (vous compris). Masquez-le (${mask}) ou renvoyez au standard ou à l'adresse générique de l'entreprise.`
      case 'iban':
        return finding.variant === 'invalid'
          ? `Ce numéro ressemble à un IBAN (sa clé de contrôle ne correspond pas)${NBSP}: même mal recopiées, des coordonnées bancaires ne se publient pas. Masquez-le (${mask}).`
          : `IBAN${NBSP}: des coordonnées bancaires publiées exposent leur titulaire (vous compris) à des prélèvements et à des usurpations. Masquez-le (${mask})${NNBSP}; un IBAN se transmet en privé.`
      case 'email':
        return `Adresse e-mail personnelle${NBSP}: la publier expose la personne à des sollicitations non voulues. Masquez-la (${mask}) ou citez l'adresse générique de l'entreprise (contact@, service.client@…).`
      case 'address':
        return finding.variant === 'maybe-home'
          ? `Adresse postale${NBSP}: si c'est un domicile, la publier expose la personne chez elle. Masquez-la (${mask})${NNBSP}; seule l'adresse du siège social ou des locaux d'une société peut être citée.`
          : `Adresse d'un domicile${NBSP}: la publier expose la personne chez elle. Masquez-la (${mask})${NNBSP}; seule l'adresse du siège social ou des locaux d'une société peut être citée.`
    }
  }
  switch (finding.kind) {
    case 'phone':
      return `Phone number: once published, anyone can call and harass its owner (you included). Mask it (${mask}) or point to the company's switchboard or generic address.`
    case 'iban':
      return finding.variant === 'invalid'
        ? `This looks like an IBAN (its checksum does not match): bank details are not published, even mistyped. Mask it (${mask}).`
        : `IBAN: published bank details expose their owner (you included) to fraudulent debits and identity theft. Mask it (${mask}); share an IBAN privately.`
    case 'email':
      return `Personal e-mail address: publishing it exposes the person to unwanted messages. Mask it (${mask}) or cite the company's generic address (contact@, support@…).`
    default:
      return finding.variant === 'maybe-home'
        ? `Street address: if it is someone's home, publishing it exposes them where they live. Mask it (${mask}); only a company's registered office or premises can be cited.`
        : `Home address: publishing it exposes the person where they live. Mask it (${mask}); only a company's registered office or premises can be cited.`
  }
}

export const rule = defineRule(
  {
    id: 'personal-data',
    severity: 'warning',
    languages: ['fr', 'en'],
    title: {fr: 'Données personnelles', en: 'Personal data'},
    summary: {
      fr: 'Téléphone, IBAN, e-mail ou adresse personnels, détails de vie privée d’une personne nommée (RGPD, art. 9 C. civ.).',
      en: 'Phone numbers, IBANs, personal e-mail or home addresses, private details about a named person (GDPR, French Civil Code art. 9).'
    }
  },
  (tree, ctx) => {
    const lang: Lang = ctx.lang === 'en' ? 'en' : 'fr'
    for (const view of sharedParagraphViews(tree)) {
      for (const finding of analyse(view, lang)) {
        ctx.report({
          view,
          start: finding.start,
          end: finding.end,
          entry: finding.kind,
          sureness: finding.sureness,
          reason: reason(lang, finding),
          expected: finding.kind === 'private-detail' ? undefined : [MASK[lang][finding.kind]],
          note: NOTE[lang]
        })
      }
    }
  }
)

export default rule.plugin
