/**
 * @module emotion
 * @summary-fr Excès de ton : « !! », MOTS CRIÉS, hyperboles, généralisations absolues.
 * @summary-en Heated tone: "!!", SHOUTED words, hyperbole, absolute generalisations.
 *
 * ## Ce qui est signalé
 *
 * - les suites de ponctuation (« !! », « !!! », « ?! », « !? », « ?? ») ;
 * - les mots CRIÉS en capitales (« HONTEUX », « TOTALEMENT », « JAMAIS », un titre tout en
 *   capitales), mais pas les sigles (LRAR, SIRET, CGV, SAV, PV, HT, TTC, DGCCRF, CCI, SEO, MP3,
 *   RGPD, CNIL, TVA…), ni un mot suivi d'un nombre (« LCB-2023 »), ni un nom de société
 *   annoncé comme tel (« la société WEBOMAX ») ; avec un dictionnaire (correcteur activé),
 *   seuls les mots du dictionnaire comptent comme criés ;
 * - les hyperboles (« écœurant », « dégoûtant », « horrible », « du jamais vu », « une honte
 *   totale », « le pire ») et les intensifs devant un jugement (« absolument scandaleux »,
 *   « totalement inutilisable ») ;
 * - les généralisations absolues sur l'autre partie (« ils mentent toujours », « ils ne
 *   répondent jamais », « tous leurs clients se font avoir », « jamais un seul appel », « du
 *   premier au dernier », « tout le monde le sait »).
 * - l'hyperbole idiomatique et le sarcasme sur la conduite de l'autre partie (« c'est la même
 *   comédie », « on me balade », « un cirque », « du grand n'importe quoi », « c'est Kafka »,
 *   « ubuesque », « mené en bateau ») ;
 * - les noms de jugement rendus absolus (« l'horreur absolue », « un mépris total », « un fiasco
 *   monumental », « un véritable enfer », « un calvaire ») et les délits pris comme image du prix
 *   (« c'est du braquage », « un hold-up ») ;
 * - le superlatif scellé par « jamais » (« la pire agence que j'aie jamais vue ») ;
 * - un sujet universel négatif sur l'autre partie au présent (« personne chez eux ne répond »,
 *   « aucun de leurs commerciaux ne dit ») — pas « personne ne m'a prévenue » (un fait passé) ;
 * - « ils mentent tout le temps », « ils relancent sans arrêt », « Vitrinova ne répond jamais »,
 *   « tout le monde ment », « aucun client n'a jamais été satisfait », « … et ne font jamais
 *   rien », « tous des menteurs » ;
 * - un verdict lancé en exclamation brève (« Inadmissible ! », « C'est honteux ! ») ;
 * - les émojis de colère (« 😡😡 », « 🤬 ») et les lettres étirées (« nuuuul ») ;
 * - l'objet universel (« ils arnaquent tout le monde ») et la relative (« une agence qui ne
 *   répond jamais ») ; l'état d'exaspération (« je suis écœurée », « ras le bol ») ; le sarcasme
 *   (« quel professionnalisme », « merci pour rien », « une vaste blague ») ; les jurons et
 *   idiomes d'exagération (« putain », « ils mentent comme ils respirent », « même un enfant de
 *   cinq ans », « une fortune ») ; le mot martelé (« non, non et non », « très très cher ») ;
 * - les mots martelés en phrases d'un mot (« Jamais. Plus. Jamais. », au moins trois à la suite ;
 *   pas les abréviations « M. », « Dr. », ni les formules « Merci. Cordialement. »).
 *
 * ## Pourquoi
 *
 * La bonne foi, qui peut excuser des propos diffamatoires, suppose notamment « la prudence et la
 * mesure dans l'expression » (Cass. 2e civ., 27 mars 2003). Un témoin direct bénéficie d'une
 * certaine tolérance sur le ton (TGI Paris, 3 oct. 2011), mais l'emportement affaiblit sa
 * défense et la crédibilité du témoignage. Le guide d'origine le dit : « être factuel, posé,
 * neutre, […] en s'exprimant sans émotion ». Une marque d'opinion n'y change rien. Témoin
 * informe ; ce n'est pas un conseil juridique.
 *
 * ## Quoi écrire à la place
 *
 * Un seul point (ou un seul « ! »), le mot en minuscules, le jugement sans l'intensif
 * (« scandaleux » plutôt que « absolument scandaleux »), un mot mesuré (« regrettable »), et
 * des faits précis au lieu d'une généralisation : combien de fois, quand, qui.
 *
 * ## Ce qui n'est pas signalé
 *
 * Un « ! » isolé, les sigles, « très » et « vraiment » (« je trouve ce site très décevant »), une
 * négation factuelle précise (« je n'ai jamais reçu le procès-verbal », « ils ne m'ont jamais
 * rappelé »), « tous » à propos de documents (« tous les prélèvements figurent sur mes
 * relevés »), « toujours » au sens de « encore » (« ils ne m'ont toujours pas répondu »), un
 * adverbe de certitude (« clairement abusive » : c'est un jugement, pas un intensif), « simplement
 * faux », un verdict verbal renforcé (« ne sert strictement à rien » : règle `fact-as-opinion`).
 *
 * ## What is flagged (English)
 *
 * Exclamation runs, SHOUTED words (not acronyms; "WORST experience ever" is both shouting and
 * hyperbole), hyperbole ("disgusting", "worst ever", "a total disaster"), idiomatic hyperbole
 * and sarcasm ("it's a circus", "what a joke", "they gave me the runaround", "Kafkaesque"), words
 * hammered out as one-word sentences ("Worst. Decision. Ever.", three or more; not "Dr.", not
 * "Thanks. Regards."), intensified judgements ("absolutely outrageous") and absolute
 * generalisations ("they always lie", "never a single call back", "everyone who signs with them
 * gets burned", "the lot of them"). Measured language supports good faith in France (« prudence
 * et mesure », Cass. 2e civ., 27 mars 2003) and helps show honest opinion on true facts in
 * England and Wales. Also: "an unmitigated disaster", "daylight robbery", "the most incompetent
 * company I have ever dealt with", "nobody over there has ever answered", "none of their reps
 * ever tells", "they lie all the time", a bare verdict exclaimed ("Disgraceful!"), angry emoji
 * and stretched letters ("sooooo"). Not flagged: a single "!", acronyms, "very"/"really", "I
 * never received the report", "they never called me back", "nobody told me", "the only agency I
 * have ever used", "plainly" or "clearly" before a judgement.
 *
 * @example
 *   {"lang": "fr", "flags": ["Une honte totale"]}
 *   Une honte totale.
 * @example
 *   {"lang": "fr", "flags": ["Du jamais vu"]}
 *   Du jamais vu en 25 ans de métier.
 * @example
 *   {"lang": "fr", "flags": ["HONTEUX"]}
 *   HONTEUX.
 * @example
 *   {"lang": "fr", "flags": ["Ils mentent toujours"]}
 *   Ils mentent toujours.
 * @example
 *   {"lang": "fr", "flags": ["Tous leurs clients"]}
 *   Tous leurs clients se font avoir.
 * @example
 *   {"lang": "fr", "flags": ["Jamais un seul"]}
 *   Jamais un seul appel de leur part en deux ans.
 * @example
 *   {"lang": "fr", "flags": ["absolument scandaleux", "!!"]}
 *   Je trouve cela absolument scandaleux !!
 * @example
 *   {"lang": "fr", "flags": ["Ils ne répondent jamais"]}
 *   Ils ne répondent jamais aux courriers.
 * @example
 *   {"lang": "fr", "flags": ["JAMAIS"]}
 *   Je l’ai dit au commercial : JAMAIS je ne signerai ça.
 * @example
 *   {"lang": "fr", "flags": ["COMMENT ILS M’ONT EU"]}
 *   ## COMMENT ILS M’ONT EU
 * @example
 *   {"lang": "fr", "flags": ["LES CGV SONT ILLÉGALES"]}
 *   LES CGV SONT ILLÉGALES.
 * @example
 *   {"lang": "fr", "flags": ["?!"]}
 *   Vous appelez ça un site ?!
 * @example
 *   {"lang": "fr", "flags": ["du premier au dernier"]}
 *   Des commerciaux pressés, du premier au dernier.
 * @example
 *   {"lang": "fr", "flags": []}
 *   L’injure est un terme de mépris sans imputation de fait.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J’ai envoyé une LRAR au SAV et à la DGCCRF ; le PV, les CGV et la facture HT sont joints.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je n’ai jamais reçu le procès-verbal de livraison.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ils ne m’ont jamais rappelé après le 3 mars.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ils ne m’ont toujours pas répondu.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Tous les prélèvements figurent sur mes relevés bancaires de 2023.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je trouve ce site très décevant, vraiment.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Tous les clients que j’ai contactés ont eu le même problème.
 * @example
 *   {"lang": "fr", "flags": []}
 *   C’est le pire moment de l’année pour ma boutique.
 * @example
 *   {"lang": "fr", "flags": ["Fuyez"]}
 *   Fuyez cette agence.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Merci pour votre aide !
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le contrat porte la référence LCB-2023-0415.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Au pire, je saisirai le médiateur.
 * @example
 *   {"lang": "en", "flags": ["absolutely outrageous"]}
 *   I find it absolutely outrageous.
 * @example
 *   {"lang": "en", "flags": ["Never a single"]}
 *   Never a single call back in two years.
 * @example
 *   {"lang": "en", "flags": ["Everyone who"]}
 *   Everyone who signs with them gets burned.
 * @example
 *   {"lang": "en", "flags": ["SCAM ALERT"]}
 *   **SCAM ALERT:** read this before you sign.
 * @example
 *   {"lang": "en", "flags": ["They always lie"]}
 *   They always lie.
 * @example
 *   {"lang": "en", "flags": ["the lot of them", "!!"]}
 *   Thieves, the lot of them!!
 * @example
 *   {"lang": "en", "flags": []}
 *   I reported the contract to the DGCCRF and to my local CCI.
 * @example
 *   {"lang": "en", "flags": []}
 *   They never called me back after 3 March.
 * @example
 *   {"lang": "en", "flags": []}
 *   Thanks for reading!
 * @example
 *   {"lang": "fr", "flags": ["la même comédie", "on me balade"]}
 *   Chaque fois que je relance le service client, c’est la même comédie et on me balade.
 * @example
 *   {"lang": "fr", "flags": ["m’ont baladée"]}
 *   Ils m’ont baladée de service en service pendant six semaines.
 * @example
 *   {"lang": "fr", "flags": ["un cirque"]}
 *   Leur procédure de résiliation, c’est un cirque.
 * @example
 *   {"lang": "fr", "flags": ["C’est Kafka"]}
 *   C’est Kafka : trois formulaires pour une seule résiliation.
 * @example
 *   {"lang": "fr", "flags": ["ubuesque"]}
 *   Une procédure ubuesque.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je me balade souvent le long du canal le dimanche.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J’ai emmené mes enfants au cirque samedi.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Elle joue dans une comédie musicale à Nantes.
 * @example
 *   {"lang": "fr", "flags": ["Jamais. Plus. Jamais."]}
 *   Jamais. Plus. Jamais.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Merci. Cordialement. Louise Vernet.
 * @example
 *   {"lang": "en", "flags": ["a circus"]}
 *   Cancelling with them is a circus.
 * @example
 *   {"lang": "en", "flags": ["the runaround"]}
 *   They gave me the runaround for weeks.
 * @example
 *   {"lang": "en", "flags": ["What a joke"]}
 *   What a joke.
 * @example
 *   {"lang": "en", "flags": []}
 *   We took the kids to a circus on Saturday.
 * @example
 *   {"lang": "en", "flags": []}
 *   My brother told a joke at dinner.
 * @example
 *   {"lang": "en", "flags": ["Worst. Decision. Ever."]}
 *   Worst. Decision. Ever.
 * @example
 *   {"lang": "en", "flags": []}
 *   Dr. Patel signed the report.
 * @example
 *   {"lang": "fr", "flags": ["horreur absolue"]}
 *   C’est l’horreur absolue, ce contrat.
 * @example
 *   {"lang": "fr", "flags": ["mépris total"]}
 *   Un mépris total pour leurs clients.
 * @example
 *   {"lang": "fr", "flags": ["fiasco monumental"]}
 *   C’est un fiasco monumental.
 * @example
 *   {"lang": "fr", "flags": ["Un véritable enfer"]}
 *   Un véritable enfer administratif.
 * @example
 *   {"lang": "fr", "flags": ["calvaire"]}
 *   Ces six mois ont été un calvaire.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le montant total du contrat est de 9 000 € HT.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon avocat invoque la nullité absolue de la clause.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le film d’horreur passait le 3 mars.
 * @example
 *   {"lang": "fr", "flags": ["du braquage"]}
 *   Ce n’est plus de la vente, c’est du braquage.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La banque a subi un braquage en 2019, sans rapport avec mon dossier.
 * @example
 *   {"lang": "fr", "flags": ["aie jamais vue"]}
 *   C’est l’agence la plus lente que j’aie jamais vue.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je n’ai jamais vu le contrat signé.
 * @example
 *   {"lang": "fr", "flags": ["Personne chez eux ne répond"]}
 *   Personne chez eux ne répond aux courriers.
 * @example
 *   {"lang": "fr", "flags": ["Aucun de leurs commerciaux"]}
 *   Aucun de leurs commerciaux ne dit la vérité.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Personne ne m’a prévenue du délai de rétractation.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La personne chez eux qui gère mon dossier est en congé.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Aucun document ne m’a été remis le jour de la signature.
 * @example
 *   {"lang": "fr", "flags": ["Ils mentent tout le temps"]}
 *   Ils mentent tout le temps.
 * @example
 *   {"lang": "fr", "flags": ["Vitrinova ne répond jamais"]}
 *   Vitrinova ne répond jamais aux mises en demeure.
 * @example
 *   {"lang": "fr", "flags": ["Leur service juridique ne rappelle jamais"]}
 *   Leur service juridique ne rappelle jamais.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le prélèvement arrive toujours le 5 du mois.
 * @example
 *   {"lang": "fr", "flags": ["Inadmissible"]}
 *   Inadmissible !
 * @example
 *   {"lang": "fr", "flags": ["tout simplement inadmissible"]}
 *   C’est tout simplement inadmissible.
 * @example
 *   {"lang": "fr", "flags": []}
 *   C’est simplement faux : le contrat date du 4 mai.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Leur clause pénale est clairement abusive.
 * @example
 *   {"lang": "fr", "flags": ["INUTILISABLE"]}
 *   Un site INUTILISABLE depuis le premier jour.
 * @example
 *   {"lang": "fr", "flags": ["😡😡😡"]}
 *   Merci Vitrinova 😡😡😡
 * @example
 *   {"lang": "fr", "flags": []}
 *   Merci pour votre aide 🙂
 * @example
 *   {"lang": "fr", "flags": ["Nuuuuul"]}
 *   Nuuuuul, ce site.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon site www.example.fr est en ligne.
 * @example
 *   {"lang": "en", "flags": ["Nobody over there has ever answered"]}
 *   Nobody over there has ever answered a letter.
 * @example
 *   {"lang": "en", "flags": ["None of their reps ever tells"]}
 *   None of their reps ever tells the truth.
 * @example
 *   {"lang": "en", "flags": []}
 *   Nobody told me about the cancellation period.
 * @example
 *   {"lang": "en", "flags": []}
 *   No one at the bank could explain the fee.
 * @example
 *   {"lang": "en", "flags": ["daylight robbery"]}
 *   It was daylight robbery.
 * @example
 *   {"lang": "en", "flags": ["An unmitigated disaster"]}
 *   An unmitigated disaster.
 * @example
 *   {"lang": "en", "flags": ["I have ever dealt"]}
 *   The most incompetent company I have ever dealt with.
 * @example
 *   {"lang": "en", "flags": []}
 *   It is the only agency I have ever used.
 * @example
 *   {"lang": "en", "flags": ["They lie all the time"]}
 *   They lie all the time.
 * @example
 *   {"lang": "en", "flags": ["Their support team always hangs"]}
 *   Their support team always hangs up.
 * @example
 *   {"lang": "en", "flags": ["Disgraceful"]}
 *   Disgraceful!
 * @example
 *   {"lang": "en", "flags": ["🤬🤬"]}
 *   Thanks a lot, Bailexa 🤬🤬
 * @example
 *   {"lang": "en", "flags": ["Sooooo"]}
 *   Sooooo slow.
 * @example
 *   {"lang": "en", "flags": []}
 *   The contract is plainly unbalanced.
 * @example
 *   {"lang": "fr", "flags": ["écœurée"]}
 *   Je suis écœurée par leurs méthodes.
 * @example
 *   {"lang": "fr", "flags": ["ras le bol"]}
 *   J’en ai ras le bol de leurs relances.
 * @example
 *   {"lang": "fr", "flags": ["m’ont saigné à blanc"]}
 *   Ils m’ont saigné à blanc pendant quatre ans.
 * @example
 *   {"lang": "fr", "flags": ["Zéro suivi", "zéro réponse"]}
 *   Zéro suivi, zéro réponse.
 * @example
 *   {"lang": "fr", "flags": ["Pas le moindre"]}
 *   Pas le moindre appel en six mois.
 * @example
 *   {"lang": "fr", "flags": ["Quel professionnalisme"]}
 *   Quel professionnalisme, vraiment.
 * @example
 *   {"lang": "fr", "flags": ["Merci pour rien"]}
 *   Merci pour rien.
 * @example
 *   {"lang": "fr", "flags": ["une vaste blague"]}
 *   Leur offre, c’est une vaste blague.
 * @example
 *   {"lang": "fr", "flags": ["Toujours les mêmes excuses"]}
 *   Toujours les mêmes excuses au téléphone.
 * @example
 *   {"lang": "fr", "flags": ["une éternité"]}
 *   J’attends le remboursement depuis une éternité.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le stand de farces et attrapes a rouvert.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J’ai le sentiment d’avoir été pris pour un pigeon.
 * @example
 *   {"lang": "en", "flags": ["sick and tired"]}
 *   I am sick and tired of their excuses.
 * @example
 *   {"lang": "en", "flags": ["bled me dry"]}
 *   They bled me dry for four years.
 * @example
 *   {"lang": "en", "flags": ["Zero communication"]}
 *   Zero communication from start to finish.
 * @example
 *   {"lang": "en", "flags": ["Thanks for nothing"]}
 *   Thanks for nothing, Bailexa.
 * @example
 *   {"lang": "en", "flags": []}
 *   Their so-called support is a joke.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Leur offre de maintenance est une blague.
 * @example
 *   {"lang": "en", "flags": []}
 *   My son told a joke at dinner.
 * @example
 *   {"lang": "fr", "flags": ["Ils arnaquent tout le monde"]}
 *   Ils arnaquent tout le monde.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ils ont prévenu tout le monde le 3 mars.
 * @example
 *   {"lang": "fr", "flags": ["agence qui ne répond jamais"]}
 *   Une agence qui ne répond jamais aux courriers.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le technicien qui n’a jamais installé le site est parti.
 * @example
 *   {"lang": "fr", "flags": ["empoisonné la vie"]}
 *   Cette histoire m’a empoisonné la vie.
 * @example
 *   {"lang": "fr", "flags": ["Incroyable mais vrai"]}
 *   Incroyable mais vrai : ils m’ont facturé deux fois.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Leur service client ne sert strictement à rien.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Il ne sert à rien de relancer avant le 15.
 * @example
 *   {"lang": "en", "flags": ["They rip off everyone"]}
 *   They rip off everyone.
 * @example
 *   {"lang": "en", "flags": []}
 *   They emailed everyone on the list on 3 May.
 * @example
 *   {"lang": "en", "flags": ["agency that never answers"]}
 *   An agency that never answers its phone.
 * @example
 *   {"lang": "en", "flags": ["Worst company in the"]}
 *   Worst company in the UK.
 * @example
 *   {"lang": "en", "flags": []}
 *   The worst part was the waiting.
 * @example
 *   {"lang": "en", "flags": ["years of hell"]}
 *   Four years of hell.
 * @example
 *   {"lang": "en", "flags": ["every small business"]}
 *   They do this to every small business.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ah les nuls !
 * @example
 *   {"lang": "fr", "flags": ["Non, non et non"]}
 *   Non, non et non.
 * @example
 *   {"lang": "fr", "flags": ["très très"]}
 *   Un site très très cher pour rien.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Nous nous sommes rencontrés le 3 mars.
 * @example
 *   {"lang": "fr", "flags": ["mentent comme ils respirent"]}
 *   Ils mentent comme ils respirent.
 * @example
 *   {"lang": "fr", "flags": ["Même un enfant de"]}
 *   Même un enfant de cinq ans aurait fait mieux.
 * @example
 *   {"lang": "fr", "flags": ["une fortune"]}
 *   Ils m’ont coûté une fortune.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le prix est exorbitant selon moi.
 * @example
 *   {"lang": "en", "flags": ["Really really"]}
 *   Really really bad service.
 * @example
 *   {"lang": "en", "flags": []}
 *   The film was so-so.
 * @example
 *   {"lang": "en", "flags": ["lie through their teeth"]}
 *   They lie through their teeth.
 * @example
 *   {"lang": "en", "flags": ["How dare they"]}
 *   How dare they charge me twice.
 * @example
 *   {"lang": "fr", "flags": ["tout le monde ment"]}
 *   Chez eux, tout le monde ment.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Tout le monde peut consulter le registre du commerce.
 * @example
 *   {"lang": "fr", "flags": ["Aucun client n’a jamais"]}
 *   Aucun client n’a jamais été satisfait.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Personne ne m’a jamais rappelée.
 * @example
 *   {"lang": "fr", "flags": ["ne font jamais"]}
 *   Ils promettent tout et ne font jamais rien.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ils ont encaissé et ne m’ont jamais rappelé.
 * @example
 *   {"lang": "fr", "flags": ["Tous des menteurs"]}
 *   Tous des menteurs.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ce sont tous des documents officiels.
 * @example
 *   {"lang": "en", "flags": ["Everyone there lies"]}
 *   Everyone there lies.
 * @example
 *   {"lang": "en", "flags": []}
 *   Everyone at the CCI was helpful.
 * @example
 *   {"lang": "en", "flags": ["never deliver"]}
 *   They promise everything and never deliver.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Tout le monde me dit de porter plainte.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Personne n’a jamais répondu à mes courriers.
 * @example
 *   {"lang": "en", "flags": []}
 *   Everyone says I should complain.
 * @example
 *   {"lang": "fr", "flags": ["Le commercial ment toujours"]}
 *   Le commercial ment toujours.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le prélèvement arrive toujours le 5 du mois.
 * @example
 *   {"lang": "fr", "flags": ["Jamais vu une agence pareille"]}
 *   Jamais vu une agence pareille.
 * @example
 *   {"lang": "fr", "flags": ["Vous trouvez ça normal"]}
 *   Vous trouvez ça normal ?
 * @example
 *   {"lang": "en", "flags": ["never seen such"]}
 *   I have never seen such incompetence.
 * @example
 *   {"lang": "en", "flags": ["The agency always lies"]}
 *   The agency always lies.
 * @example
 *   {"lang": "en", "flags": []}
 *   The invoice always arrives on the 5th.
 * @example
 *   {"lang": "fr", "flags": ["complètement dépassés"]}
 *   Des commerciaux complètement dépassés.
 * @example
 *   {"lang": "fr", "flags": ["mauvaise foi incroyable"]}
 *   Une mauvaise foi incroyable.
 * @example
 *   {"lang": "fr", "flags": ["lenteur hallucinante"]}
 *   Une lenteur hallucinante.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Une maladie rare m’a tenue éloignée du magasin.
 * @example
 *   {"lang": "fr", "flags": ["se moquent de nous"]}
 *   Ils se moquent de nous.
 * @example
 *   {"lang": "en", "flags": ["Totally clueless"]}
 *   Totally clueless staff.
 * @example
 *   {"lang": "en", "flags": []}
 *   The staff were unhelpful on 3 May.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J’ai saisi l’ACPR et l’ORIAS le 4 mai ; la FEVAD ne traite pas les litiges de LOA.
 * @example
 *   {"lang": "fr", "flags": ["commerciaux qui mentent toujours"]}
 *   Des commerciaux qui mentent toujours.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Une agence qui existe toujours à Lyon.
 * @example
 *   {"lang": "fr", "flags": ["comme toujours"]}
 *   Le 3 mars, ils m’ont encore prélevé 89 €, comme toujours.
 * @example
 *   {"lang": "en", "flags": ["as usual"]}
 *   On 3 May they debited me twice, as usual.
 */
import {compileLexicon, defineRule, guillemets, quotes, sourceRange, viewOf, type LexiconMatch, type TextView} from '../support/index.js'
import {CLAUSE_BREAK, contiguous, frenchSpaces, gapAfter, gapBefore, sentencesByParagraph, upperFirst} from '../support/opinion.js'
import {fold, type Token} from '../support/text.js'
import type {Paragraph} from 'nlcst'
import type {Lang, Speller} from '../../src/core/types.js'
import fr from './lexicon.fr.yml'
import en from './lexicon.en.yml'

const lexicons = {fr: compileLexicon(fr, 'emotion/lexicon.fr.yml'), en: compileLexicon(en, 'emotion/lexicon.en.yml')}

/** The one-word phrases of both lexicons (« inutilisable », "disgraceful"), folded: a word of
 * theirs in capitals is shouted even where a capitalised name would be expected (« un site
 * INUTILISABLE »). */
const JUDGEMENT_WORDS = new Set<string>()
for (const data of [fr, en] as Array<Array<{match: string[]}>>) for (const entry of data) for (const phrase of entry.match) if (/^[\p{L}-]+$/u.test(phrase)) JUDGEMENT_WORDS.add(fold(phrase))

// Two or more of ! and ? (spaces allowed between them), or one of the double-mark characters.
const RUN = /[!?‼⁇⁈⁉](?:[ \t\u00A0\u202F]*[!?‼⁇⁈⁉])+|[‼⁇⁈⁉]/g

/** Acronyms and abbreviations written in capitals that are not shouting. */
const ACRONYMS = new Set(
 (
 'lrar ar rar siret siren cgv cgu cga rtl rmc sav pv ht ttc tva dgccrf dgccrfs direccte dreets ddpp cci cma crm seo sea sem mp3 mp4 rgpd gdpr cnil ' +
 'pme tpe eti url urls pdf jpg jpeg png html css php cms wp sms mms gsm rib iban bic sepa swift tel fax mail email e-mail www http https ' +
 'sarl sas sasu eurl sci snc gie scop ei eirl ae ltd plc llc inc gmbh ceo pdg dg drh rh dsi daf cfo cto ' +
 'afvos adcapi ufc ufc-que-choisir clcv afoc indecosa inc dgfip urssaf insee inpi rcs kbis bodacc ape naf tgi tj tc cass crim civ ' +
 'lcen cpi cpc cpp cedh cjue ue uk usa tv tf1 m6 bfm rtl2 france2 afp ap bbc itv ofcom asa cma fca ico citab ' +
 'ok ko rdv vs nb ps pj cf etc ie eg aka asap faq fyi diy api ssl tls dns ovh ip vpn wifi 4g 5g adsl ' +
 'sncf edf gdf ratp bnp lcl cic bpi axa maaf maif macif gan mma mmaf cnp ' +
 'cv lm ras qr dj vip bts dut iut hec esc ' +
 'nasa unesco onu otan nato oms fmi imf ocde oecd ' +
 'sms rgaa wcag ux ui ios android pc ' +
 // Regulators, registers and leasing terms a testimony cites (« l'ACPR », « l'ORIAS », « la FEVAD »,
 // « une LOA »): not shouting.
 'acpr orias fevad cpam cnam caf msa ars ccas cada adil arcep arcom hadopi afnor anssi ademe sirene amf asf ' +
 'loa lld rum ics cgvu cgl bdc esn ssii ionos wix cnc sacem fnac darty sfr'
 ).split(/\s+/)
)

/** Short words (≤ 3 letters) that are shouting when written in capitals. */
const SHORT_WORDS = new Set(
  (
    'non oui vol nul nuls pas les des une ils eux moi toi lui que qui ont est sur pour par mal fou zen top nue nus bof rien ' +
    'not yes you the and are why how bad lie all now who lot one off out bye god omg wtf lol no so any way ' +
    'pue pud'
  ).split(/\s+/)
)

/** Words whose few vowels make them look like acronyms but that are shouted words in capitals
 * ("WORST experience ever", « STOP »). */
const SHOUT_WORDS = new Set(['worst', 'first', 'stop', 'scam', 'scams', 'crap', 'shit', 'trust', 'twice', 'strict', 'street', 'months', 'wrong', 'worst', 'stress', 'script', 'plus', 'sympa', 'stressant', 'flop'])

// Abbreviations that end with a period and may stand alone before a capital (« M. », "Dr.").
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'jr', 'sr', 'mme', 'mlle', 'mgr', 'me', 'art', 'cf', 'etc', 'vol', 'fig', 'ch', 'pp', 'av', 'bd', 'inc', 'ltd', 'co', 'corp', 'ref', 'no', 'nos', 'tel', 'ex', 'env', 'min', 'max', 'prof', 'gen', 'col', 'lt', 'sgt', 'rev', 'dept', 'approx', 'vs'])
// Sign-offs and answers stacked politely (« Merci. Cordialement. », "Thanks. Regards.").
const POLITE = new Set(['merci', 'cordialement', 'bonjour', 'bonsoir', 'salutations', 'amicalement', 'oui', 'ok', 'okay', 'thanks', 'thank', 'cheers', 'regards', 'sincerely', 'hello', 'hi', 'bye', 'yes', 'signature', 'signe'])
// A sentence made of one word and its stop (« Jamais. », "Worst.").
const ONE_WORD = /^[\s*_"“”«»]*[\p{L}][\p{L}'’-]*[\s*_"“”«»]*[.!?…]+[\s*_"“”«»]*$/u

const COMPANY_WORDS = new Set(['societe', 'agence', 'entreprise', 'sarl', 'sas', 'sasu', 'eurl', 'groupe', 'marque', 'enseigne', 'cabinet', 'company', 'ltd', 'firm', 'agency', 'brand', 'group', 'plateforme', 'logiciel', 'site', 'application', 'appli'])

const NAME_PREPOSITIONS = new Set(['de', "d'", 'du', 'a', 'au', 'aux', 'chez', 'par', 'avec', 'contre', 'via', 'of', 'at', 'from', 'by', 'with', 'against', 'to', 'versus', 'vs'])

/** Capitalise a suggestion only when it starts the sentence (never SHOUT it back). */
function sentenceCase(value: string, atStart: boolean): string {
  return atStart ? upperFirst(value) : value
}

const INTENSIFIERS: Record<Lang, Set<string>> = {
  fr: new Set(['absolument', 'totalement', 'completement', 'parfaitement', 'profondement', 'carrement', 'extremement', 'terriblement', 'incroyablement', 'proprement', 'purement', 'franchement', 'hyper', 'ultra', 'archi', 'super', 'tellement', 'entierement', 'royalement', 'magistralement', 'monstrueusement', 'affreusement', 'horriblement', 'scandaleusement', 'honteusement', 'lamentablement', 'pitoyablement', 'odieusement', 'ignoblement', 'vachement', 'grave', 'fait', 'radicalement', 'foncierement', 'definitivement', 'litteralement', 'simplement', 'hautement', 'souverainement', 'foutrement', 'salement', 'mechamment', 'mega', 'giga', 'sacrement', 'rudement', 'atrocement', 'effroyablement', 'abominablement', 'inimaginablement', 'follement', 'furieusement', 'parfaitement']),
  en: new Set(['absolutely', 'utterly', 'totally', 'completely', 'thoroughly', 'downright', 'extremely', 'incredibly', 'unbelievably', 'outrageously', 'shockingly', 'disgracefully', 'ridiculously', 'insanely', 'beyond', 'wholly', 'entirely', 'truly', 'deeply', 'seriously', 'massively', 'hugely', 'horribly', 'terribly', 'awfully', 'bloody', 'fucking', 'damn', 'criminally', 'staggeringly', 'astonishingly', 'blatantly', 'flat-out', 'simply', 'grossly', 'wildly', 'spectacularly', 'monumentally', 'breathtakingly', 'woefully', 'hopelessly', 'patently', 'flagrantly'])
}

// Absolute generalisations built on a subject and an adverb (« ils mentent toujours »).
const GENERAL_SUBJECTS: Record<Lang, Set<string>> = {
  fr: new Set(['ils', 'elles', 'il', 'elle']),
  en: new Set(['they', 'he', 'she', "they'", "he'", "she'"])
}
const GENERAL_DETERMINERS: Record<Lang, Set<string>> = {
  fr: new Set(['ces', 'leurs', 'cette', 'cet', 'ce', 'leur']),
  en: new Set(['these', 'those', 'their', 'this', 'that'])
}
const FR_CLITICS = new Set(['ne', "n'", 'me', "m'", 'te', "t'", 'nous', 'vous', 'le', 'la', 'les', "l'", 'lui', 'leur', 'y', 'en', 'se', "s'"])
const FR_AUX = new Set(['ont', 'a', 'avaient', 'avait', 'auront', 'aura', 'sont', 'est', 'etaient', 'etait', 'seront', 'sera', 'ai', 'avons', 'avez', 'eu', 'ete', 'as'])
const FR_ALWAYS = new Set(['toujours', 'jamais', 'systematiquement', 'constamment', 'continuellement', 'invariablement', 'perpetuellement', 'eternellement'])
const EN_AUX = new Set(['do', 'does', 're', 'are', 'is', 's', 'will', 'll', 'can', 'just', 'would', 'still'])
const EN_PERFECT = new Set(['have', 'has', 'had', 've', 'd'])
const EN_ALWAYS = new Set(['always', 'never', 'constantly', 'systematically', 'invariably', 'forever', 'continually', 'perpetually'])
const EN_PAST = new Set(['said', 'told', 'sent', 'gave', 'came', 'got', 'made', 'did', 'took', 'paid', 'wrote', 'had', 'was', 'were', 'rang', 'spoke', 'brought', 'bought', 'sold', 'knew', 'saw', 'met', 'left', 'read', 'kept', 'let', 'put', 'set', 'went', 'found', 'heard'])

const NOTE: Record<Lang, string> = {
  fr: 'Bonne foi : parmi ses quatre critères figurent la prudence et la mesure dans l’expression (Cass. 2e civ., 27 mars 2003). Un témoin direct bénéficie d’une certaine tolérance sur le ton (TGI Paris, 3 oct. 2011), mais l’emportement affaiblit sa défense en cas de poursuites (loi du 29 juillet 1881, art. 29) et la crédibilité du témoignage. Information, pas un conseil juridique.',
  en: 'In France, good faith requires « prudence et mesure dans l’expression » (Cass. 2e civ., 27 mars 2003). In England and Wales, measured wording helps show that a statement is honest opinion on true facts (Defamation Act 2013, ss.2–3) and keeps the testimony credible. Information, not legal advice.'
}

export const rule = defineRule(
  {
    id: 'emotion',
    severity: 'info',
    languages: ['fr', 'en'],
    title: {fr: 'Excès de ton', en: 'Heated tone'},
    summary: {
      fr: 'Excès de ton : « !! », MOTS CRIÉS, hyperboles, généralisations absolues.',
      en: 'Heated tone: "!!", SHOUTED words, hyperbole, absolute generalisations.'
    }
  },
  (tree, ctx) => {
    const lang: Lang = ctx.lang === 'en' ? 'en' : 'fr'
    const speller = ctx.spellers?.[lang]
    const report: typeof ctx.report = (r) => ctx.report({...r, reason: lang === 'fr' ? frenchSpaces(r.reason) : r.reason})
    const note = NOTE[lang]
    const q = lang === 'fr' ? guillemets : quotes

    const paragraphs = sentencesByParagraph(tree)
    // 1. Exclamation runs, per paragraph (a run may straddle the parser's sentence boundary); the
    // paragraph view is built only when its sentences hold two marks.
    for (const {paragraph, sentences} of paragraphs) {
      let marks = 0
      for (const sentence of sentences) marks += countMarks(sentence.text)
      if (marks < 2 && !sentences.some((s) => /[‼⁇⁈⁉]/.test(s.text))) continue
      const view = viewOf(paragraph)
      RUN.lastIndex = 0
      let found: RegExpExecArray | null
      while ((found = RUN.exec(view.text))) {
        const start = found.index
        const end = start + found[0].length
        const run = found[0]
        const spaced = start > 0 && /[\s\u00A0\u202F]/.test(view.text.charAt(start - 1))
        const single = run.includes('?') ? '?' : '!'
        const expected = single === '?' || spaced ? [single] : ['.', '!']
        const reason =
          lang === 'fr'
            ? `${guillemets(run)} : la ponctuation répétée exprime la colère plutôt que les faits. Un seul signe suffit (${guillemets(expected[0])}).`
            : `${quotes(run)}: repeated punctuation conveys anger rather than facts. One mark is enough (${quotes(expected[0])}).`
        report({view, start, end, entry: 'exclamation-run', sureness: 2, reason, expected, note})
      }
    }

    // 2. One-word sentences stacked for emphasis: "Worst. Decision. Ever.", « Jamais. Plus. Jamais. »
    for (const {paragraph, sentences} of paragraphs) {
      let i = 0
      while (i < sentences.length) {
        let j = i
        while (j < sentences.length && oneWord(sentences[j])) j++
        if (j - i >= 3) stacked(paragraph, sentences.slice(i, j))
        i = j > i ? j : i + 1
      }
    }

    for (const {sentences} of paragraphs) for (const view of sentences) {
      const tokens = view.tokens
      if (tokens.length === 0) continue
      shouting(view, tokens)
      const covered: Array<[number, number]> = []
      for (const m of lexicons[lang].find(view)) {
        const kind = m.entry.kind as string
        let from = m.from
        if (from > 0 && INTENSIFIERS[lang].has(tokens[from - 1].fold) && !CLAUSE_BREAK.test(gapBefore(view, from))) {
          from--
          // « tout à fait scandaleux »
          if (tokens[from].fold === 'fait' && from >= 2 && tokens[from - 1].fold === 'a' && tokens[from - 2].fold === 'tout') from -= 2
          else if (tokens[from].fold === 'fait') from = m.from
          // « tout simplement scandaleux », « purement et simplement inadmissible »; "simply" alone
          // in English. « c'est simplement faux » is measured.
          else if (tokens[from].fold === 'simplement') {
            if (from >= 1 && tokens[from - 1].fold === 'tout') from -= 1
            else if (from >= 2 && tokens[from - 1].fold === 'et' && tokens[from - 2].fold === 'purement') from -= 2
            else from = m.from
          }
        }
        // « Inadmissible ! », "Disgraceful!": a bare verdict shouted as a short exclamation.
        // Not after a determiner: « Ah les nuls ! » is name-calling (rule insult), not a verdict.
        const exclaimed = kind === 'strong' && from === m.from && exclamation(view, tokens) && !(m.from > 0 && NOUN_DETERMINERS.has(tokens[m.from - 1].fold))
        if (kind === 'strong' && from === m.from && !exclaimed) continue
        // « la pire agence que j'aie jamais vue », "the worst service I have ever had": the
        // superlative is already flagged; its « jamais » / "ever" tail is not a second finding.
        if (SEALS.has(m.entry.id) && covered.length > 0) continue
        const start = tokens[from].start
        const actual = view.text.slice(start, m.end)
        covered.push([from, m.to])
        let expected: string[] | undefined
        let reason: string
        if (exclaimed) {
          expected = undefined
          reason =
            lang === 'fr'
              ? `${guillemets(actual)} lancé en exclamation exprime l’indignation plutôt que les faits. Décrivez ce qui s’est passé, sans point d’exclamation.`
              : `${quotes(actual)} as an exclamation conveys indignation rather than facts. Describe what happened, without the exclamation mark.`
        } else if (kind === 'strong') {
          const intensifier = view.text.slice(start, tokens[m.from].start).trim()
          const caps = m.actual === m.actual.toUpperCase() && m.actual !== m.actual.toLowerCase()
          expected = [sentenceCase(caps ? m.actual.toLowerCase() : m.actual, from === 0)]
          reason =
            lang === 'fr'
              ? `${guillemets(intensifier)} renforce un jugement déjà fort : l’intensif trahit l’emportement et nuit à la mesure attendue d’un témoignage. Supprimez-le (${guillemets(m.actual)}).`
              : `${quotes(intensifier)} intensifies an already strong judgement: it reads as anger and undermines the measure expected of a testimony. Delete it (${quotes(m.actual)}).`
        } else if (kind === 'general') {
          expected = m.entry.id === 'tous-les-clients' || m.entry.id === 'all-their-customers' ? fewer(view, tokens, from, m) : Array.isArray(m.entry.suggest) ? (m.entry.suggest as string[]).map((s) => sentenceCase(s, from === 0)) : undefined
          reason =
            lang === 'fr'
              ? `${guillemets(actual)} généralise sans nuance : vous ne pouvez témoigner que de ce que vous avez constaté. Précisez les faits (combien, quand, qui)${expected && expected.length > 0 ? `, par exemple ${guillemets(expected[0])}` : expected ? ', ou supprimez l’expression' : ''}.`
              : `${quotes(actual)} is a sweeping generalisation: you can only testify to what you saw. State the facts (how many, when, who)${expected && expected.length > 0 ? `, for example ${quotes(expected[0])}` : expected ? ', or delete it' : ''}.`
        } else {
          expected = Array.isArray(m.entry.suggest) ? (m.entry.suggest as string[]).map((s) => sentenceCase(s, from === 0)) : undefined
          reason =
            lang === 'fr'
              ? `${guillemets(actual)} est une exagération : l’excès de ton affaiblit la bonne foi (prudence et mesure) et la crédibilité du témoignage. ${expected && expected.length > 0 ? `Préférez un mot mesuré (${guillemets(expected[0])}) ou décrivez les faits.` : 'Décrivez plutôt les faits.'}`
              : `${quotes(actual)} is an overstatement: a heated tone weakens good faith and the credibility of the testimony. ${expected && expected.length > 0 ? `Prefer a measured word (${quotes(expected[0])}) or describe the facts.` : 'Describe the facts instead.'}`
        }
        report({view, start, end: m.end, entry: m.entry.id, sureness: m.entry.sureness as 0 | 1 | 2 | undefined, reason, expected, note: (m.entry.note as string | undefined) ?? note})
      }
      generalisations(view, tokens, covered)
      elongated(view, tokens)
      repeated(view, tokens)
    }

    // 3. Emoji runs (« 😡😡 ») and angry emoji, per sentence; most sentences hold no emoji at all.
    for (const {sentences} of paragraphs) for (const view of sentences) {
      if (!MAYBE_EMOJI.test(view.text)) continue
      EMOJI_RUN.lastIndex = 0
      let found: RegExpExecArray | null
      while ((found = EMOJI_RUN.exec(view.text))) {
        const run = found[0].trimEnd()
        const pictures = [...run.matchAll(PICTOGRAPH)].map((p) => p[0])
        const angry = pictures.some((p) => ANGRY_EMOJI.has(p))
        if (!angry || (pictures.length < 2 && !FURIOUS_EMOJI.has(pictures[0]))) continue
        const start = found.index
        const end = start + run.length
        const reason =
          lang === 'fr'
            ? `${guillemets(run)} : des émojis de colère expriment l’émotion plutôt que les faits. Supprimez-les et décrivez ce qui s’est passé.`
            : `${quotes(run)}: angry emoji convey emotion rather than facts. Delete them and describe what happened.`
        report({view, start, end, entry: 'emoji', sureness: 1, reason, expected: [], note})
      }
    }

    /** Reports tokens [from, end) as an always/never generalisation. */
    function sweeping(view: TextView, from: number, end: number) {
      const tokens = view.tokens
      const start = tokens[from].start
      const actual = view.text.slice(start, tokens[end - 1].end)
      const reason =
        lang === 'fr'
          ? `${guillemets(actual)} généralise sans nuance : vous ne pouvez témoigner que de ce que vous avez constaté. Précisez les faits (combien de fois, quand).`
          : `${quotes(actual)} is a sweeping generalisation: you can only testify to what you saw. State the facts (how many times, when).`
      report({view, start, end: tokens[end - 1].end, entry: 'always-never', sureness: 1, reason, note})
    }

    function adverbAfter(tokens: Token[], k: number, loose: boolean): number {
      if (k >= tokens.length) return -1
      return lang === 'fr' ? frenchAdverb(tokens, k, loose) : englishAdverb(tokens, k, loose)
    }

    /** « Personne chez eux ne répond », « aucun d'eux ne lit », "nobody over there ever answers":
     * a negative universal subject about the other side with a present or habitual verb. A past
     * about one's own case (« personne ne m'a prévenue », "nobody told me") is a factual negation. */
    function nobody(view: TextView, tokens: Token[], i: number, covered: Array<[number, number]>): number {
      const end = lang === 'fr' ? frenchNobody(view, tokens, i) : englishNobody(view, tokens, i)
      if (end === -1 || covered.some(([a, b]) => a < end && b > i)) return -1
      const start = tokens[i].start
      const actual = view.text.slice(start, tokens[end - 1].end)
      const reason =
        lang === 'fr'
          ? `${guillemets(actual)} généralise sans nuance : vous ne pouvez témoigner que de ce que vous avez constaté. Précisez les faits (qui, combien de fois, quand).`
          : `${quotes(actual)} is a sweeping generalisation: you can only testify to what you saw. State the facts (who, how many times, when).`
      report({view, start, end: tokens[end - 1].end, entry: 'nobody', sureness: 1, reason, note})
      covered.push([i, end])
      return end
    }

    /** « Non, non et non », « jamais, jamais, jamais », « très très cher », "really really bad":
     * a word hammered out (three times, or twice for an intensifier or « jamais »). */
    function repeated(view: TextView, tokens: Token[]) {
      for (let i = 0; i + 1 < tokens.length; i++) {
        const word = tokens[i].fold
        if (word.length < 2 || tokens[i + 1].fold !== word || !REPEAT_GAP.test(gapAfter(view, i)) || HAS_DIGIT.test(word)) continue
        let end = i + 2
        // A third time, after a comma or « et » / "and" (« non, non et non »).
        if (end < tokens.length && tokens[end].fold === word && REPEAT_GAP.test(gapAfter(view, end - 1))) end++
        else if (end + 1 < tokens.length && (tokens[end].fold === 'et' || tokens[end].fold === 'and') && tokens[end + 1].fold === word) end += 2
        if (end - i < 3 && !EMPHATIC.has(word)) continue
        const start = tokens[i].start
        const actual = view.text.slice(start, tokens[end - 1].end)
        const reason =
          lang === 'fr'
            ? `${guillemets(actual)} : le mot répété martèle l’émotion au lieu d’informer. Écrivez-le une fois et décrivez les faits.`
            : `${quotes(actual)}: the repeated word hammers the emotion instead of informing. Write it once and state the facts.`
        report({view, start, end: tokens[end - 1].end, entry: 'repeated', sureness: 1, reason, note})
        i = end - 1
      }
    }

    /** « Nuuuul », "Sooooo slow": a letter stretched three times or more. */
    function elongated(view: TextView, tokens: Token[]) {
      if (!hasTriple(view.text)) return
      for (const token of tokens) {
        if (!hasTriple(token.lower) || HAS_DIGIT.test(token.value) || NOT_STRETCHED.test(token.fold)) continue
        const reason =
          lang === 'fr'
            ? `${guillemets(token.value)} : les lettres répétées crient l’émotion. Écrivez le mot normalement.`
            : `${quotes(token.value)}: stretched letters shout the emotion. Write the word normally.`
        const fixed = token.value.replace(TRIPLES, '$1')
        report({view, start: token.start, end: token.end, entry: 'elongated', sureness: 1, reason, expected: [fixed], note})
      }
    }

    /** « Tous leurs clients » → « Plusieurs de leurs clients »; "all the customers" → "several customers". */
    function fewer(view: TextView, tokens: Token[], from: number, m: LexiconMatch): string[] | undefined {
      const first = tokens[from].fold
      if (m.to - from < 3 || !['tous', 'toutes', 'all'].includes(first)) return undefined
      const det = tokens[from + 1]
      const rest = view.text.slice(tokens[from + 2].start, m.end)
      let value: string
      if (lang === 'fr') value = det.fold === 'les' ? `plusieurs ${rest}` : `plusieurs de ${det.value.toLowerCase()} ${rest}`
      else if (det.fold === 'of') value = `several of ${rest}`
      else value = det.fold === 'the' ? `several ${rest}` : `several of ${det.value.toLowerCase()} ${rest}`
      return [sentenceCase(value, from === 0)]
    }

    function shouting(view: TextView, tokens: Token[]) {
      let i = 0
      while (i < tokens.length) {
        if (!isCaps(tokens[i])) {
          i++
          continue
        }
        let j = i
        while (j + 1 < tokens.length && isCaps(tokens[j + 1]) && /^[\s\u00A0\u202F'’-]*$/.test(gapAfter(view, j))) j++
        // Classify the run's tokens.
        const acronym: boolean[] = []
        let shouted = false
        for (let k = i; k <= j; k++) {
          const kind = classify(view, tokens, k)
          acronym.push(kind === 'acronym')
          if (kind === 'shouted') shouted = true
        }
        if (shouted && !contiguous(view, tokens[i].start, tokens[j].end) && j > i) {
          // Markup inside the run (« **SCAM** ALERT »): handle the run piece by piece.
          let k = i
          while (k < j && contiguous(view, tokens[i].start, tokens[k + 1].end)) k++
          j = k
          acronym.length = j - i + 1
          shouted = false
          for (let n = i; n <= j; n++) if (classify(view, tokens, n) === 'shouted') shouted = true
        }
        if (shouted) {
          let a = i
          let b = j
          while (a < b && acronym[a - i]) a++
          while (b > a && acronym[b - i]) b--
          const start = tokens[a].start
          const end = tokens[b].end
          let replacement = ''
          for (let k = a; k <= b; k++) {
            if (k > a) replacement += view.text.slice(tokens[k - 1].end, tokens[k].start)
            const value = tokens[k].value
            replacement += acronym[k - i] ? value : lang === 'en' && (tokens[k].fold === 'i' || tokens[k].fold === "i'") ? value : value.toLowerCase()
          }
          if (a === 0) replacement = upperFirst(replacement)
          const actual = view.text.slice(start, end)
          const reason =
            lang === 'fr'
              ? `${guillemets(actual)} en capitales revient à crier : le ton l’emporte sur les faits. Écrivez ${guillemets(replacement)} (les sigles comme LRAR ou CGV ne sont pas concernés).`
              : `${quotes(actual)} in capitals reads as shouting: the tone drowns the facts. Write ${quotes(replacement)} (acronyms such as PDF or VAT are fine).`
          report({view, start, end, entry: 'shouting', sureness: 1, reason, expected: [replacement], note})
        }
        i = j + 1
      }
    }

    function stacked(paragraph: Paragraph, run: TextView[]) {
      const first = run[0]
      const last = run[run.length - 1]
      const from = sourceRange(first, first.tokens[0].start, first.tokens[0].end).start
      const tail = last.text.replace(/[\s*_]+$/, '').length
      const to = sourceRange(last, tail - 1, tail).start
      // The run spans sentences: report it on the paragraph's view so that `actual` is the source.
      const view = viewOf(paragraph)
      const start = view.offsets.indexOf(from)
      const end = view.offsets.indexOf(to, Math.max(start, 0)) + 1
      if (start < 0 || end <= start) return
      const actual = view.text.slice(start, end)
      // No quick fix: the words joined (« Jamais plus jamais ») usually stay an exaggeration.
      const reason =
        lang === 'fr'
          ? `${guillemets(actual)} : des mots martelés un par un dramatisent au lieu d’informer. Écrivez une phrase qui décrit les faits (quoi, quand, combien).`
          : `${quotes(actual)}: words hammered out one by one dramatise instead of informing. Write a sentence that states the facts (what, when, how much).`
      report({view, start, end, entry: 'stacked-words', sureness: 1, reason, note})
    }

    function classify(view: TextView, tokens: Token[], k: number): 'acronym' | 'shouted' | 'neutral' {
      const token = tokens[k]
      const letters = token.value.replace(/[^\p{L}]/gu, '')
      if (HAS_DIGIT.test(token.value)) return 'acronym'
      if (letters.length < 2) return 'neutral'
      const next = tokens[k + 1]
      if (next && LEADING_DIGIT.test(next.value) && /^[\s-]*$/.test(gapAfter(view, k))) return 'acronym'
      const word = token.fold.replace(/'$/, '')
      if (ACRONYMS.has(word)) return 'acronym'
      if (JUDGEMENT_WORDS.has(word)) return 'shouted'
      if (letters.length <= 4 && /^[ivxlcdm]+$/.test(word)) return 'acronym'
      if (k > 0 && COMPANY_WORDS.has(tokens[k - 1].fold) && !isCaps(tokens[k - 1])) return 'acronym'
      // A lone capitalised name after a preposition (« chez WEBOMAX », "the CEO of NUMERIPLUS").
      if (letters.length >= 5 && k > 0 && NAME_PREPOSITIONS.has(tokens[k - 1].fold) && !isCaps(tokens[k - 1]) && !(tokens[k + 1] && isCaps(tokens[k + 1]))) return 'acronym'
      if (letters.length <= 3) return SHORT_WORDS.has(word) ? 'shouted' : 'neutral'
      if (SHOUT_WORDS.has(word)) return 'shouted'
      if (speller) return dictionaryWord(speller, letters) ? 'shouted' : 'acronym'
      return wordLike(word) ? 'shouted' : 'acronym'
    }

    function generalisations(view: TextView, tokens: Token[], covered: Array<[number, number]>) {
      // Most sentences hold no « toujours / jamais / personne / sans arrêt… »: one set lookup per
      // token decides whether the clause-by-clause search below runs at all.
      const triggers = TRIGGERS[lang]
      let found = false
      for (let i = 0; i < tokens.length && !found; i++) if (triggers.has(tokens[i].fold)) found = true
      if (!found) return
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i].fold
        // Subjects: « ils », « ces commerciaux », « leur service juridique » (one or two words after
        // the determiner); with a definite article or a name (« le service client », « Vitrinova »)
        // only the unambiguous adverbs count, not « toujours » (« le prélèvement arrive toujours le 5 »).
        const pronoun = GENERAL_SUBJECTS[lang].has(t)
        const determiner = !pronoun && (GENERAL_DETERMINERS[lang].has(t) || ARTICLES[lang].has(t))
        const nobodyWord = !pronoun && !determiner && NOBODY[lang].has(t)
        // « une agence qui ne répond jamais », "an agency that never answers": a relative pronoun
        // needs no clause break before it.
        if (RELATIVES[lang].has(t) && i > 0 && !CLAUSE_BREAK.test(gapBefore(view, i))) {
          // « des commerciaux qui mentent toujours » (people), not « une agence qui existe toujours ».
          const end = adverbAfter(tokens, i + 1, PEOPLE.test(tokens[i - 1].fold))
          if (end !== -1 && !covered.some(([a, b]) => a < end && b > i)) {
            let broken = false
            for (let k = i; k < end - 1; k++) if (CLAUSE_BREAK.test(gapAfter(view, k))) broken = true
            if (!broken) {
              sweeping(view, i - 1, end)
              i = end - 1
            }
          }
          continue
        }
        // « ils promettent tout et ne font jamais rien », "they promise everything and never
        // deliver": the subject of the first verb carries over the conjunction.
        if (i > 0 && ELLIPTIC[lang].has(t) && (tokens[i - 1].fold === 'et' || tokens[i - 1].fold === 'mais' || tokens[i - 1].fold === 'and' || tokens[i - 1].fold === 'but')) {
          let subject = false
          for (let n = 0; n < i - 1; n++) if (GENERAL_SUBJECTS[lang].has(tokens[n].fold)) subject = true
          const end = subject ? adverbAfter(tokens, i, true) : -1
          if (end !== -1 && !covered.some(([a, b]) => a < end && b > i)) {
            sweeping(view, i, end)
            i = end - 1
          }
          continue
        }
        // « chez eux, tout le monde ment », "everyone there lies": everybody as the subject of a
        // present verb (not a modal: « tout le monde peut vérifier »).
        if ((t === 'tout' || t === 'everyone' || t === 'everybody') && (i === 0 || CLAUSE_BREAK.test(gapBefore(view, i)) || CONJUNCTIONS.has(tokens[i - 1].fold))) {
          const end = everybody(tokens, i)
          if (end !== -1 && !covered.some(([a, b]) => a < end && b > i)) {
            sweeping(view, i, end)
            i = end - 1
          }
          continue
        }
        if (!pronoun && !determiner && !nobodyWord && !isName(tokens[i], i)) continue
        // The subject starts a clause (« et ils mentent toujours », not « que je leur ai dit »).
        if (i > 0 && !CLAUSE_BREAK.test(gapBefore(view, i)) && !CONJUNCTIONS.has(tokens[i - 1].fold)) continue
        if (nobodyWord) {
          const stop = nobody(view, tokens, i, covered)
          if (stop !== -1) i = stop - 1
          continue
        }
        let end = -1
        if (pronoun) end = adverbAfter(tokens, i + 1, true)
        else if (determiner) {
          // « le commercial ment toujours », « le SAV raccroche toujours »: a definite article before
          // a person or the company counts like « leur »; « le prélèvement arrive toujours le 5 » not.
          const loose = GENERAL_DETERMINERS[lang].has(t) || (i + 1 < tokens.length && (PEOPLE.test(tokens[i + 1].fold) || ORGANISATION.test(tokens[i + 1].fold)))
          for (let n = i + 2; n <= i + 3 && end === -1 && n < tokens.length; n++) {
            if (CLAUSE_BREAK.test(gapBefore(view, n - 1))) break
            end = adverbAfter(tokens, n, loose)
          }
        } else if (isName(tokens[i], i)) end = adverbAfter(tokens, i + 1, false)
        if (end === -1) continue
        if (covered.some(([a, b]) => a < end && b > i)) continue
        let broken = false
        for (let k = i; k < end - 1; k++) if (CLAUSE_BREAK.test(gapAfter(view, k))) broken = true
        if (broken) continue
        sweeping(view, i, end)
        i = end - 1
      }
    }
  }
)

const RELATIVES: Record<Lang, Set<string>> = {fr: new Set(['qui']), en: new Set(['who', 'that', 'which'])}
const ARTICLES: Record<Lang, Set<string>> = {fr: new Set(['le', 'la', 'les', "l'"]), en: new Set(['the'])}
// Capitalised words that open a sentence without naming anyone (« Je », « Mon », "My").
const NOT_NAMES = new Set(['je', "j'", 'on', 'nous', 'vous', 'tu', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'notre', 'nos', 'votre', 'vos', 'ca', 'cela', 'ceci', 'rien', 'tout', 'i', 'we', 'you', 'my', 'our', 'your', 'it', 'this', 'that', 'there', 'nothing', 'everything', 'jamais', 'never', 'always', 'toujours', 'personne', 'nobody'])
/** A company or person named as the subject (« Vitrinova ne répond jamais »). */
function isName(token: Token, i: number): boolean {
  // `lower` is precomputed: a first letter that differs from it is a capital (no allocation).
  return token.value.charCodeAt(0) !== token.lower.charCodeAt(0) && !NOT_NAMES.has(token.fold) && (i > 0 || token.value.length > 2)
}

// Adverbs of several words: « tout le temps », « sans arrêt », "all the time".
const MULTI_ALWAYS: Record<Lang, string[][]> = {
  fr: [['tout', 'le', 'temps'], ['sans', 'arret'], ['sans', 'cesse'], ['en', 'permanence'], ['a', 'chaque', 'fois'], ['chaque', 'fois'], ['a', 'tout', 'bout', 'de', 'champ'], ['h24'], ['24h', 'sur', '24']],
  en: [['all', 'the', 'time'], ['every', 'single', 'time'], ['non', 'stop'], ['nonstop'], ['24', '7'], ['day', 'in', 'day', 'out'], ['without', 'fail']]
}
// « Personne chez eux ne… », « aucun d'eux ne… »; "nobody over there ever…".
const NOBODY: Record<Lang, Set<string>> = {fr: new Set(['personne', 'aucun', 'aucune', 'nul']), en: new Set(['nobody', 'none', 'no'])}


// Universal objects: « tout le monde », « n'importe qui »; "everyone", "anybody".
const UNIVERSAL_OBJECTS: Record<Lang, string[][]> = {
  fr: [['tout', 'le', 'monde'], ["n'", 'importe', 'qui']],
  en: [['everyone'], ['everybody'], ['anyone'], ['anybody'], ['all', 'their', 'customers'], ['all', 'their', 'clients']]
}
const EN_PARTICLES = new Set(['off', 'over', 'out', 'up', 'down', 'around', 'about'])
const ED = /ed$/
/** The end of the first of `phrases` (folded words) found at token `a`, or -1. */
function phraseAt(phrases: readonly string[][], tokens: Token[], a: number): number {
  for (const words of phrases) {
    if (a + words.length > tokens.length) continue
    let ok = true
    for (let n = 0; n < words.length && ok; n++) if (tokens[a + n].fold !== words[n]) ok = false
    if (ok) return a + words.length
  }
  return -1
}

function universalObject(tokens: Token[], a: number, lang: Lang): number {
  return phraseAt(UNIVERSAL_OBJECTS[lang], tokens, a)
}

/** Words one of which a sentence must hold for `generalisations` to search it. */
const TRIGGERS: Record<Lang, Set<string>> = {
  fr: new Set([...FR_ALWAYS, ...NOBODY.fr, ...MULTI_ALWAYS.fr.map((words) => words[words.length - 1]), ...UNIVERSAL_OBJECTS.fr.map((words) => words[words.length - 1])]),
  en: new Set([...EN_ALWAYS, ...NOBODY.en, ...MULTI_ALWAYS.en.map((words) => words[words.length - 1]), ...UNIVERSAL_OBJECTS.en.map((words) => words[words.length - 1])])
}

function multiAlways(tokens: Token[], a: number, lang: Lang): number {
  return phraseAt(MULTI_ALWAYS[lang], tokens, a)
}

/** The token after up to three French clitics (« ne », « nous », « le »…) from `k`. */
function afterClitics(tokens: Token[], k: number): number {
  let clitics = 0
  while (k < tokens.length && FR_CLITICS.has(tokens[k].fold) && clitics < 3) {
    k++
    clitics++
  }
  return k
}

function frenchAdverb(tokens: Token[], k: number, loose = true): number {
  k = afterClitics(tokens, k)
  if (k >= tokens.length) return -1
  const verb = tokens[k].fold
  if (FR_ALWAYS.has(verb) || FR_CLITICS.has(verb)) return -1
  let a = k + 1
  if (a < tokens.length && tokens[a].fold === 'pas' && tokens[a + 1]?.fold !== 'toujours') a++
  if (a >= tokens.length) return -1
  if (!FR_ALWAYS.has(tokens[a].fold)) {
    if (FR_AUX.has(verb)) return -1
    const multi = multiAlways(tokens, a, 'fr')
    // « ils arnaquent tout le monde »: a universal object after a present verb.
    return multi !== -1 || !loose ? multi : universalObject(tokens, a, 'fr')
  }
  const adverb = tokens[a].fold
  if (!loose && adverb === 'toujours') return -1
  // « ils ne m'ont jamais rappelé »: a compound past about one's own case is a factual negation;
  // « ils sont toujours en activité », « ils ne m'ont toujours pas répondu »: « toujours » = still.
  if (FR_AUX.has(verb)) return -1
  if (adverb === 'toujours' && tokens[a + 1]?.fold === 'pas') return -1
  return a + 1
}

function englishAdverb(tokens: Token[], k: number, loose = true): number {
  let aux = 0
  while (k < tokens.length && EN_AUX.has(tokens[k].fold) && aux < 2) {
    k++
    aux++
  }
  if (k < tokens.length && EN_PERFECT.has(tokens[k].fold)) return -1
  // "They lie all the time": a present verb, then a multi-word adverb.
  if (k + 1 < tokens.length && !EN_ALWAYS.has(tokens[k].fold) && !EN_PAST.has(tokens[k].fold) && !ED.test(tokens[k].fold)) {
    const multi = multiAlways(tokens, k + 1, 'en')
    if (multi !== -1) return multi
    // "They rip off everyone": a universal object after a present verb (and its particle).
    if (loose) {
      const object = universalObject(tokens, EN_PARTICLES.has(tokens[k + 1].fold) ? k + 2 : k + 1, 'en')
      if (object !== -1) return object
    }
  }
  if (k >= tokens.length || !EN_ALWAYS.has(tokens[k].fold)) return -1
  if (!loose && tokens[k].fold === 'always') return -1
  const verb = tokens[k + 1]
  if (verb && tokens[k].fold === 'never' && (ED.test(verb.fold) || EN_PAST.has(verb.fold))) return -1
  return verb && !/^(?:a|an|the|to)$/.test(verb.fold) ? k + 2 : k + 1
}

function isCaps(token: Token): boolean {
  // Fast path: most tokens are lowercase (`lower` is precomputed by the tokeniser).
  if (token.value === token.lower) return false
  return token.value === token.value.toUpperCase() && token.value !== token.value.toLowerCase()
}

function countMarks(text: string): number {
  let count = 0
  for (let i = text.indexOf('!'); i !== -1 && count < 2; i = text.indexOf('!', i + 1)) count++
  for (let i = text.indexOf('?'); i !== -1 && count < 2; i = text.indexOf('?', i + 1)) count++
  return count
}

const SEALS = new Set(['ever-superlative', 'jamais-vu-superlatif'])

const NOUN_DETERMINERS = new Set(['les', 'des', 'ces', 'un', 'une', 'le', 'la', "l'", 'quels', 'quelles', 'the', 'these', 'those', 'a', 'an', 'you'])
const OPINION_OPENERS = new Set(['je', "j'", 'i', "i'", 'moi', 'me', 'pour', 'to', 'in', 'selon', 'a'])

/** A short sentence (four words at most) that ends with « ! »: an exclamation. */
function exclamation(view: TextView, tokens: Token[]): boolean {
  // « Je trouve cela scandaleux ! » is an opinion stated with one mark, not a bare verdict.
  if (tokens.length > 4 || OPINION_OPENERS.has(tokens[0].fold)) return false
  const tail = view.text.slice(tokens[tokens.length - 1].end)
  return tail.includes('!')
}

// Words that may open a clause before its subject (« et ils mentent toujours »).
const CONJUNCTIONS = new Set(['et', 'mais', 'car', 'donc', 'or', 'puis', 'and', 'but', 'because', 'so', 'yet'])
// Words that name the other side's people after « aucun (de leurs) » / "none of their".
const PEOPLE = /^(?:client|commerc|conseill|technic|employ|salari|interlocut|vendeu|agent|operat|gerant|dirigeant|responsabl|develop|graphist|standard|personn|eux|elles|entre|them|those|customer|rep|staff|people|salesm|sales|manager|engineer|advis|worker|one)/
// The other side as an organisation (« le SAV », « la société », "the agency").
const ORGANISATION = /^(?:sav|support|service|agence|societe|entreprise|boite|loueur|bailleur|banque|direction|standard|hotline|agency|company|firm|lessor|bank|helpdesk|helpline)/
// Past participles after « n'est / ne sont » (« personne n'est venu »): a compound past.
const FR_PARTICIPLE = /(?:e|es|ee|ees|u|us|ue|ues|is)$/
const ELLIPTIC: Record<Lang, Set<string>> = {fr: new Set(['ne', "n'"]), en: new Set(['never', 'always', 'constantly'])}
const MODALS = new Set(['peut', 'peuvent', 'pourrait', 'pourraient', 'doit', 'doivent', 'devrait', 'devraient', 'sait', 'savait', 'veut', 'voulait', 'can', 'could', 'should', 'must', 'may', 'might', 'would', 'will', 'knows', 'needs', 'wants', 'deserves', 'agrees', 'makes', 'has'])
const EN_PLACE_WORDS = new Set(['there', 'here', 'at', 'in', 'over', 'from', 'inside'])
// Words after which an -s word is a plural noun ("at the offices"), not a verb.
const BEFORE_NOUN = new Set(['the', 'that', 'this', 'their', 'its', 'his', 'her', 'our', 'my', 'at', 'in', 'from', 'of', 'inside'])

/** « chez eux, tout le monde ment », "everyone there lies": the end of the phrase, or -1. Only
 * with a place that names the other side (« chez eux », « là-bas », « dans cette agence »,
 * "there", "at that firm"): « tout le monde me dit de porter plainte » is about friends. */
function everybody(tokens: Token[], i: number): number {
  let k: number
  if (tokens[i].fold === 'tout') {
    if (tokens[i + 1]?.fold !== 'le' || tokens[i + 2]?.fold !== 'monde') return -1
    let place = false
    for (let n = Math.max(0, i - 6); n < Math.min(tokens.length, i + 6) && !place; n++) {
      const w = tokens[n].fold
      if (w === 'chez' || (w === 'bas' && tokens[n - 1]?.fold === 'la') || (w === 'dans' && /^(?:cette|leur|leurs|ce|cet|ces)$/.test(tokens[n + 1]?.fold ?? ''))) place = true
    }
    if (!place) return -1
    k = i + 3
    k = afterClitics(tokens, k)
    if (k >= tokens.length) return -1
    const verb = tokens[k].fold
    if (FR_AUX.has(verb) || MODALS.has(verb) || FR_ALWAYS.has(verb)) return -1
    return k + 1
  }
  k = i + 1
  // "everyone there", "everyone at that agency": up to four words of place ("everyone says I
  // should complain" is about friends).
  if (k >= tokens.length || !EN_PLACE_WORDS.has(tokens[k].fold)) return -1
  {
    let steps = 0
    while (k < tokens.length && steps < 4 && !(tokens[k].fold.length > 3 && tokens[k].fold.endsWith('s') && !BEFORE_NOUN.has(tokens[k - 1].fold))) {
      k++
      steps++
    }
  }
  if (k >= tokens.length) return -1
  const verb = tokens[k].fold
  if (MODALS.has(verb) || EN_AUX.has(verb) || verb.length < 4 || !verb.endsWith('s') || verb.endsWith('ss')) return -1
  return k + 1
}

const FIRST_PERSON = new Set(['me', "m'", 'nous'])
const FR_HAVE = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'eut', 'eurent'])
const EN_PLACE = new Set(['there', 'at', 'in', 'from', 'of', 'over', 'inside', 'within'])

function frenchNobody(view: TextView, tokens: Token[], i: number): number {
  const first = tokens[i].fold
  let k = i + 1
  if (first !== 'personne') {
    // « aucun de leurs commerciaux », « aucun d'eux », « aucun client »; not « aucun document ».
    let people = false
    for (let n = k; n < Math.min(tokens.length, k + 3); n++) if (PEOPLE.test(tokens[n].fold)) people = true
    if (!people) return -1
  }
  // Up to five words (« chez eux », « dans cette agence », « de leur service ») before « ne ».
  let steps = 0
  while (k < tokens.length && tokens[k].fold !== 'ne' && tokens[k].fold !== "n'" && steps < 6) {
    if (CLAUSE_BREAK.test(gapBefore(view, k))) return -1
    k++
    steps++
  }
  if (k >= tokens.length - 1 || CLAUSE_BREAK.test(gapBefore(view, k))) return -1
  k++
  let clitics = 0
  let me = false
  while (k < tokens.length && FR_CLITICS.has(tokens[k].fold) && clitics < 2) {
    if (FIRST_PERSON.has(tokens[k].fold)) me = true
    k++
    clitics++
  }
  if (k >= tokens.length) return -1
  const verb = tokens[k].fold
  // « aucun client n'a jamais été satisfait »: a compound past with « jamais » about others is a
  // generalisation; « personne ne m'a jamais rappelée », « personne n'a jamais répondu à mes
  // courriers » are the writer's own case (a factual negation).
  if (FR_HAVE.has(verb)) return first !== 'personne' && !me && tokens[k + 1]?.fold === 'jamais' ? k + 2 : -1
  if ((verb === 'est' || verb === 'sont' || verb === 'etait' || verb === 'etaient') && tokens[k + 1] && FR_PARTICIPLE.test(tokens[k + 1].fold) && tokens[k + 1].fold !== 'jamais') return -1
  return k + 1
}

function englishNobody(view: TextView, tokens: Token[], i: number): number {
  const first = tokens[i].fold
  let k = i + 1
  if (first === 'no') {
    if (tokens[k]?.fold !== 'one') return -1
    k++
  } else if (first === 'none') {
    // "none of their reps", "none of them"; not "none of the invoices".
    if (tokens[k]?.fold !== 'of') return -1
    let people = false
    for (let n = k + 1; n < Math.min(tokens.length, k + 4); n++) if (PEOPLE.test(tokens[n].fold)) people = true
    if (!people) return -1
  }
  const place = first === 'none' || (k < tokens.length && EN_PLACE.has(tokens[k].fold))
  for (let n = k; n < Math.min(tokens.length, k + 7); n++) {
    if (n > k && CLAUSE_BREAK.test(gapBefore(view, n))) return -1
    const word = tokens[n].fold
    if (word === 'ever') return n + 2 <= tokens.length ? n + 2 : n + 1
    // "Nobody over there answers the phone": a present tense after a place.
    if (place && n > k && (word === 'is' || word === 'are' || word === 'cares' || word === 'does' || (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !EN_PLACE.has(tokens[n - 1].fold)))) {
      if (tokens[n - 1].fold === 'the' || tokens[n - 1].fold === 'their' || tokens[n - 1].fold === 'that' || tokens[n - 1].fold === 'this') continue
      return n + 1
    }
  }
  return -1
}

// Between two repeated words: spaces, a comma, a hyphen, an ellipsis or « ! » (not a full stop).
const REPEAT_GAP = /^[\s\u00A0\u202F,!…-]*$/
// Words that are emphatic when doubled (« très très », « jamais jamais », "really really").
const EMPHATIC = new Set(['tres', 'vraiment', 'trop', 'tellement', 'jamais', 'toujours', 'non', 'absolument', 'vite', 'really', 'very', 'never', 'always', 'no', 'absolutely', 'totally', 'completely', 'extremely', 'way'])

// Angry emoji; a run of two or more containing one is flagged, and the furious ones alone.
const ANGRY_EMOJI = new Set(['😡', '🤬', '😠', '👿', '💩', '🤮', '🤢', '😤', '🖕', '👎', '😱', '🙄', '😭', '😩', '😫', '💀', '🤡', '🐍', '🦈', '🤑', '💸'])
const FURIOUS_EMOJI = new Set(['🤬', '🖕', '💩', '🤮', '😡'])
const MAYBE_EMOJI = /[\u{1F300}-\u{1FAFF}\u2600-\u27BF]/u
const PICTOGRAPH = /\p{Extended_Pictographic}/gu
const EMOJI_RUN = /(?:\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]*[ \u00A0\u202F]*)+/gu
// A letter three times in a row (« nuuuul », "sooo"); not "www", roman numerals, "zzz", "hmm".
/** Scanned by hand: a back-referencing regex over every sentence was a measurable share of a lint. */
function hasTriple(text: string): boolean {
  // A run of three equal characters holds an equal pair that starts at an even index: half the
  // comparisons of a plain scan.
  for (let i = 0, n = text.length - 1; i < n; i += 2) {
    const c = text.charCodeAt(i)
    if (c !== text.charCodeAt(i + 1)) continue
    if ((c === text.charCodeAt(i + 2) || (i > 0 && c === text.charCodeAt(i - 1))) && (((c | 32) >= 97 && (c | 32) <= 122) || c >= 0xc0)) return true
  }
  return false
}
const TRIPLES = /(\p{L})\1{2,}/giu
const NOT_STRETCHED = /^(?:w{3}.*|[ivxlcdm]+|z+|h?m+|x+|a{3})$/

// Hoisted: bundlers lower `\p{…}` literals to `new RegExp(…)`, which inside a function runs per call.
const HAS_DIGIT = /\p{N}/u
const LEADING_DIGIT = /^\p{N}/u
const VOWELS = /[aeiouy]/g
/** A sentence that is one word of two letters or more and its stop, not an abbreviation. */
function oneWord(view: TextView): boolean {
  if (view.tokens.length !== 1) return false
  const word = view.tokens[0]
  if (word.fold.length < 2 || ABBREVIATIONS.has(word.fold) || POLITE.has(word.fold) || HAS_DIGIT.test(word.value)) return false
  return ONE_WORD.test(view.text)
}

function wordLike(word: string): boolean {
  const vowels = (word.match(VOWELS) || []).length
  return vowels > 0 && vowels / word.length >= 0.25 && !/[bcdfghjklmnpqrstvwxz]{4,}/.test(word)
}

function dictionaryWord(speller: Speller, letters: string): boolean {
  const lower = letters.toLowerCase()
  return speller.correct(lower) || speller.correct(upperFirst(lower))
}

export default rule.plugin
