/**
 * @module fact-as-opinion
 * @summary-fr Jugement péjoratif ou juridique présenté comme un fait, sans marque d'opinion.
 * @summary-en A pejorative or legal judgement stated as a fact, with no opinion marker.
 *
 * ## Ce qui est signalé
 *
 * Une phrase qui attribue un jugement péjoratif (« merdique », « nul », « minable », « une honte »)
 * ou une qualification juridique (« illégal », « abusif », « trompeur », « de mauvaise foi ») à
 * une chose ou à une personne **comme si c'était un fait**, sans marque d'opinion (« je trouve »,
 * « selon moi », « à mon avis », « à mon sens », « j'estime que », « il me semble que », « j'ai le
 * sentiment que », « personnellement », « je pense que »…). La règle lit la structure de la
 * proposition, pas seulement un mot : un sujet (groupe nominal « mon site », « cette agence »,
 * « leurs frais », pronom désignant l'autre partie « ils », « vous », « c'est », ou nom de
 * société), le verbe « être » à tout temps (« est », « sont », « a été », « c'est », « reste »,
 * « s'avère »), puis l'adjectif ou le nom de jugement, éventuellement précédé d'un adverbe
 * (« vraiment nul ») ou d'un nom (« un contrat illégal », « truffé de clauses abusives »). Elle
 * reconnaît aussi la négation d'une qualité (« ils ne sont pas honnêtes », « ce n'est pas
 * légal »), les verdicts verbaux (« le site ne tient pas la route », « ne vaut rien ») et les
 * verdicts sans verbe (« Le site : **nul** », « Mon site ? Une catastrophe. », « Le pire service
 * client de France »). Elle lit aussi le jugement **attributif** glissé dans une phrase
 * factuelle (« ils m'ont fait signer un contrat illégal », « une clause léonine », « des frais
 * injustifiés », « un site médiocre ») : sans « être », la qualification est tout de même
 * affirmée comme un fait ; le verbe sous-entendu d'une coordination (« Leur site est lent et leur
 * hotline inexistante ») ; et les sujets longs qui désignent une clause précise (« L'indemnité de
 * sortie prévue à l'article 12 est léonine »). « nul » attributif ne vaut que pour un acte
 * (« un contrat nul »), jamais pour une quantité (« un risque nul »). Dans un titre ou un élément de liste (une
 * ligne sans point final), ou après une étiquette (« ## Verdict : prestation médiocre, contrat
 * trompeur », « - Service : inexistant »), le verdict sans verbe compte normalement ; dans une
 * phrase ordinaire (« Prestation médiocre. »), il n'est signalé qu'au plus bas niveau de
 * certitude.
 *
 * Elle lit aussi les copules « devenir », « sembler », « paraître » et les modaux (« pourrait bien
 * être illégal »), une incise entre sujet et verbe (« Le contrat, lui, est illégal »), les
 * prédicats coordonnés (« lente et inutilisable », « ni clair ni loyal »), « n'a rien de »,
 * « loin d'être », les relatives (« une vitrine qui est inutilisable », « ce qui est illégal »),
 * les superlatifs, les verdicts verbaux sur la conduite (« ils m'ont vendu du vent », « ils ont
 * bâclé la refonte ») et les noms de qualité imputés (« leur incompétence », « d'une incompétence
 * rare »). Une marque d'opinion couvre sa phrase, pas au-delà d'un deux-points ou d'un
 * point-virgule (sauf seule : « À mon avis : … ») ; « je trouve » ne couvre que ce qu'il régit ;
 * une croyance passée (« je pensais que », "I thought") n'est pas une marque. Un mot de degré
 * présuppose le jugement, même dans une question ou une hypothèse (« Comment une agence aussi
 * incompétente peut-elle exister ? », « si leur SAV n'était pas si nul… ») ; la négation simple
 * (« le site n'est pas si nul ») ne l'affirme pas. L'adjectif détaché après une virgule compte
 * aussi (« j'ai reçu leur mise en demeure, totalement abusive »).
 *
 * ## Pourquoi
 *
 * La diffamation est l'imputation d'un **fait** portant atteinte à l'honneur ou à la
 * considération (loi du 29 juillet 1881, art. 29 al. 1). Un jugement de valeur, lui, n'est pas
 * susceptible de preuve : la Cour européenne des droits de l'homme le protège au titre de la liberté
 * d'expression dès lors qu'il repose sur une base factuelle suffisante (CEDH, Lingens c. Autriche,
 * 8 juill. 1986). Critiquer les produits ou services d'une entreprise sans base factuelle ni mesure
 * peut en outre constituer un dénigrement (art. 1240 du Code civil). Le guide d'origine le résume :
 * « je trouve mon site merdique » est une opinion, « mon site est merdique » se présente comme un
 * fait. Qualifier juridiquement (illégal, abusif) revient au juge : présentez-le comme votre
 * appréciation. Témoin informe ; ce n'est pas un conseil juridique.
 *
 * ## Quoi écrire à la place
 *
 * Deux corrections sont proposées pour la proposition entière : la réécriture du guide quand la
 * phrase s'y prête (« Mon site est merdique. » → « Je trouve mon site merdique. » ; « Le contrat
 * est illégal. » → « J'estime que le contrat est illégal. ») et, toujours, le préfixe « À mon
 * avis, … ». Ajoutez les faits sur lesquels repose votre opinion (dates, pièces, échanges).
 *
 * ## Ce qui n'est pas signalé
 *
 * Une phrase qui porte une marque d'opinion (elle n'exempte que cette règle : une injure ou un
 * terme pénal restent signalés par leurs règles), les faits datés et vérifiables, « ils ont été
 * incapables de me fournir le PV » (incapable **de** + verbe), les adjectifs neutres ou positifs,
 * la négation d'un jugement (« le site n'est pas nul »), les jugements sur soi-même (« je suis
 * nul en informatique »), les tournures impersonnelles (« il est illégal de prélever sans
 * mandat »), les hypothèses (« si le contrat est illégal, … »), les questions, les propos entre
 * guillemets, rapportés ou sourcés (« selon mon avocat, … », « mon avocat m'a dit que … »), et
 * les noms employés comme injures (« des incapables » : règle `insult`). Pour le jugement
 * attributif : la qualification reprise d'autrui ou nommée comme catégorie (« la clause dite
 * abusive par la DGCCRF », « ce qu'on appelle une clause abusive », « la commission des clauses
 * abusives », entre guillemets), la qualification due à une source (« le tribunal a annulé une
 * clause abusive », « mon avocate a relevé… »), les tournures de prévention (« pour éviter un site
 * bâclé »), les sens propres (« un temps pourri »), le texte de loi cité (« les clauses abusives sont interdites par
 * l'article L. 212-1 »), la négation (« aucune clause abusive »), les questions (« cette clause
 * est-elle abusive ? » : une question n'affirme rien, choix assumé même si elle insinue). Quand la proposition
 * contient du balisage Markdown (« Leur travail est **nul** »), la correction porte sur le seul
 * jugement (« nul, à mon avis ») pour ne pas casser le balisage.
 *
 * ## What is flagged (English)
 *
 * A clause that states a pejorative or legal judgement as a fact — subject (a noun phrase, a
 * pronoun for the other side, a company name) + "is/are/was/has been…" + evaluative adjective or
 * noun ("Their support is useless", "The contract is illegal", "This agency is not honest",
 * "Their support sucks", "SEO: **worthless**") — in a sentence with no opinion marker (I think,
 * in my opinion, I feel, to me, I believe, personally, it seems to me…). Under the Defamation
 * Act 2013, s.3, honest opinion protects a statement recognisable as opinion, whose basis is
 * indicated, that an honest person could have held on the facts. Fixes: "I find their support
 * useless" / "I believe the contract is illegal" and "In my opinion, …", with the facts it
 * rests on. Also flagged: an attributive judgement inside a factual sentence ("they made me sign
 * an unlawful contract", "a misleading brochure"), a gapped copula ("the site is slow and their
 * hotline useless"), verdict lines in headings and list items ("## Verdict: shoddy work,
 * misleading contract", counted normally), long subjects naming a clause ("the exit fee set out in clause 12 … is
 * disproportionate"). Not flagged: marked opinions, facts, impersonal "it is illegal to…",
 * questions, judgements about oneself, "so-called", quotations, law cited in general terms
 * ("unfair terms are not binding under the Consumer Rights Act 2015"), denials ("no unfair
 * terms").
 *
 * @example
 *   {"lang": "fr", "flags": ["Mon site est merdique"]}
 *   Mon site est merdique.
 * @example
 *   {"lang": "fr", "flags": ["Cette agence est malhonnête"]}
 *   Cette agence est malhonnête.
 * @example
 *   {"lang": "fr", "flags": ["Le contrat est illégal"]}
 *   Le contrat est illégal.
 * @example
 *   {"lang": "fr", "flags": ["leurs frais de résiliation étaient franchement abusifs"]}
 *   En 2023, leurs frais de résiliation étaient franchement abusifs.
 * @example
 *   {"lang": "fr", "flags": ["cette boîte est pourrie"]}
 *   Et franchement, cette boîte est pourrie jusqu’à l’os.
 * @example
 *   {"lang": "fr", "flags": ["ils ne sont pas honnêtes"]}
 *   Je les ai relancés trois fois, mais ils ne sont pas honnêtes.
 * @example
 *   {"lang": "fr", "flags": ["Vous êtes incompétents"]}
 *   Vous êtes incompétents.
 * @example
 *   {"lang": "fr", "flags": ["C’est une honte"]}
 *   C’est une honte.
 * @example
 *   {"lang": "fr", "flags": ["Le contrat de Webomax est truffé de clauses abusives"]}
 *   Le contrat de Webomax est truffé de clauses abusives.
 * @example
 *   {"lang": "fr", "flags": ["Leur SAV ne tient pas la route"]}
 *   Leur SAV ne tient pas la route.
 * @example
 *   {"lang": "fr", "flags": ["nul"]}
 *   - Le site : **nul**
 * @example
 *   {"lang": "fr", "flags": ["Le site : nul"]}
 *   - Le site : nul
 * @example
 *   {"lang": "fr", "flags": ["Leur SAV est une blague"]}
 *   **Leur SAV est une blague.**
 * @example
 *   {"lang": "fr", "flags": ["Pixelia a été de mauvaise foi"]}
 *   Pixelia a été de mauvaise foi du début à la fin.
 * @example
 *   {"lang": "fr", "flags": ["la maquette était VRAIMENT bâclée"]}
 *   Quand je l’ai reçue, la maquette était VRAIMENT bâclée.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je trouve mon site merdique.
 * @example
 *   {"lang": "fr", "flags": []}
 *   À mon avis, leur travail est bâclé.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Leur travail est nul, je trouve.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ils ont été incapables de me fournir le PV de livraison.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Il est illégal de prélever sans mandat signé.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le site n’est pas nul, mais il coûte 189 € par mois.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je suis nulle en informatique, je l’admets.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le contrat est-il légal ?
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le site a été mis en ligne le 14 septembre 2023.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le commercial est un incapable.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Selon mon avocate, la clause 9 est abusive.
 * @example
 *   {"lang": "fr", "flags": ["Il est clair que le contrat est abusif"]}
 *   Il est clair que le contrat est abusif.
 * @example
 *   {"lang": "fr", "flags": ["Leur SAV ? Inexistant"]}
 *   Leur SAV ? Inexistant.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le logiciel est nul en mode hors connexion, m’a dit le technicien.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Si le contrat est illégal, je le ferai annuler.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le commercial m’a dit : « Votre site est nul, il faut le refaire ».
 * @example
 *   {"lang": "fr", "flags": ["Service client inexistant"]}
 *   Service client inexistant.
 * @example
 *   {"lang": "fr", "flags": ["Leur agence manque de sérieux"]}
 *   Leur agence manque de sérieux.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Les sites bâclés pullulent sur internet.
 * @example
 *   {"lang": "fr", "flags": ["C’est honteux"]}
 *   C’est honteux de facturer 3 000 € pour cinq pages.
 * @example
 *   {"lang": "fr", "flags": ["Ils se sont montrés incompétents"]}
 *   Ils se sont montrés incompétents.
 * @example
 *   {"lang": "fr", "flags": ["Cette pratique est contraire au code de la consommation"]}
 *   Cette pratique est contraire au code de la consommation.
 * @example
 *   {"lang": "en", "flags": ["Their support is useless"]}
 *   Their support is useless.
 * @example
 *   {"lang": "en", "flags": ["The contract is illegal"]}
 *   The contract is illegal.
 * @example
 *   {"lang": "en", "flags": ["they're not honest"]}
 *   I chased them three times and they're not honest.
 * @example
 *   {"lang": "en", "flags": ["The website they built is a total disgrace"]}
 *   The website they built is a total disgrace.
 * @example
 *   {"lang": "en", "flags": ["worthless"]}
 *   - SEO: **worthless**
 * @example
 *   {"lang": "en", "flags": ["Pixelia is a dishonest company"]}
 *   Pixelia is a dishonest company.
 * @example
 *   {"lang": "en", "flags": ["Their hotline sucks"]}
 *   Their hotline sucks.
 * @example
 *   {"lang": "en", "flags": ["Their so-called “SEO package” is worthless"]}
 *   Their so-called “SEO package” is worthless.
 * @example
 *   {"lang": "en", "flags": []}
 *   My lawyer said the clause is unfair.
 * @example
 *   {"lang": "en", "flags": ["Terrible service"]}
 *   Terrible service.
 * @example
 *   {"lang": "en", "flags": []}
 *   Great service, friendly staff.
 * @example
 *   {"lang": "en", "flags": []}
 *   I think their support is useless.
 * @example
 *   {"lang": "en", "flags": []}
 *   In my opinion, the contract terms are unfair to small businesses.
 * @example
 *   {"lang": "en", "flags": []}
 *   It is illegal to debit an account without a signed mandate.
 * @example
 *   {"lang": "en", "flags": []}
 *   Is the contract legal?
 * @example
 *   {"lang": "en", "flags": []}
 *   I am hopeless with computers.
 * @example
 *   {"lang": "fr", "flags": ["un contrat illégal"]}
 *   Ils m’ont fait signer un contrat illégal.
 * @example
 *   {"lang": "fr", "flags": ["une clause léonine"]}
 *   Le bon de commande contenait une clause léonine en dernière page.
 * @example
 *   {"lang": "fr", "flags": ["des frais de dossier injustifiés"]}
 *   On m’a facturé des frais de dossier injustifiés.
 * @example
 *   {"lang": "fr", "flags": ["un site médiocre"]}
 *   Ils m’ont livré un site médiocre et bâclé.
 * @example
 *   {"lang": "fr", "flags": ["une publicité mensongère"]}
 *   Ils ont diffusé une publicité mensongère sur leur site.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Une clause que j’estime abusive figure à l’article 9.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La clause dite abusive par la DGCCRF a été retirée.
 * @example
 *   {"lang": "fr", "flags": []}
 *   C’est ce qu’on appelle une clause abusive.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le courrier parlait d’une « clause abusive » à supprimer.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Les clauses abusives sont interdites par l’article L. 212-1 du code de la consommation.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Il n’y a aucune clause abusive dans mon contrat.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon avocat dit qu’il s’agit d’une clause abusive.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Il m’a rappelé à une heure indue.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le risque est nul.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Cette clause est-elle abusive ?
 * @example
 *   {"lang": "fr", "flags": ["L’indemnité de sortie prévue à l’article 12 est léonine"]}
 *   L’indemnité de sortie prévue à l’article 12 est léonine.
 * @example
 *   {"lang": "fr", "flags": ["leur hotline inexistante"]}
 *   Leur site est lent et leur hotline inexistante.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le contrat est signé et le site livré.
 * @example
 *   {"lang": "en", "flags": ["an unlawful contract"]}
 *   They made me sign an unlawful contract.
 * @example
 *   {"lang": "en", "flags": ["a misleading brochure"]}
 *   The agency sent a misleading brochure.
 * @example
 *   {"lang": "en", "flags": []}
 *   No unfair terms were found in my contract.
 * @example
 *   {"lang": "en", "flags": []}
 *   Unfair terms are not binding under the Consumer Rights Act 2015.
 * @example
 *   {"lang": "en", "flags": []}
 *   Their so-called unfair clause was removed.
 * @example
 *   {"lang": "en", "flags": []}
 *   We had a terrible storm last week.
 * @example
 *   {"lang": "en", "flags": []}
 *   My lawyer said it is an unfair clause.
 * @example
 *   {"lang": "en", "flags": ["their hotline useless"]}
 *   The site is slow and their hotline useless.
 * @example
 *   {"lang": "en", "flags": ["The exit fee set out in clause 12 of the contract is disproportionate"]}
 *   The exit fee set out in clause 12 of the contract is disproportionate.
 * @example
 *   {"lang": "fr", "flags": ["prestation médiocre", "contrat trompeur"]}
 *   ## Verdict : prestation médiocre, contrat trompeur
 * @example
 *   {"lang": "fr", "flags": ["travail bâclé", "suivi inexistant"]}
 *   - Bilan : travail bâclé, suivi inexistant
 * @example
 *   {"lang": "fr", "flags": []}
 *   ## Mes conseils : contrat signé, dossier complet
 * @example
 *   {"lang": "en", "flags": ["shoddy work", "misleading contract"]}
 *   ## Verdict: shoddy work, misleading contract
 * @example
 *   {"lang": "en", "flags": []}
 *   ## Summary: contract signed, site delivered
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le tribunal a annulé une clause abusive du contrat.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Pour éviter un site bâclé, demandez un cahier des charges.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Il a fait un temps pourri toute la semaine.
 * @example
 *   {"lang": "fr", "flags": ["une relance menaçante"]}
 *   Ils m’ont envoyé une relance menaçante le 4 mars.
 * @example
 *   {"lang": "en", "flags": []}
 *   My solicitor spotted an unfair clause in the contract.
 * @example
 *   {"lang": "en", "flags": []}
 *   That letter was a rude awakening.
 * @example
 *   {"lang": "en", "flags": ["a pushy salesman"]}
 *   They sent a pushy salesman to my shop.
 * @example
 *   {"lang": "fr", "flags": ["illégal"]}
 *   Ils m’ont fait signer un contrat **illégal**.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Pourquoi m’ont-ils fait signer un contrat illégal ?
 * @example
 *   {"lang": "fr", "flags": ["les formulaires inutilisables"]}
 *   Les pages sont lentes et les formulaires inutilisables.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Les pages sont lentes et les sites bâclés pullulent.
 * @example
 *   {"lang": "en", "flags": ["a completely unfair fee"]}
 *   They charged a completely unfair fee.
 * @example
 *   {"lang": "fr", "flags": ["Le forfait, lui, est abusif"]}
 *   Selon moi, la maquette est datée. Le forfait, lui, est abusif.
 * @example
 *   {"lang": "en", "flags": ["The lease, however, is plainly unlawful"]}
 *   In my view, the logo is dated. The lease, however, is plainly unlawful.
 * @example
 *   {"lang": "fr", "flags": ["leur maquette est bâclée"]}
 *   Je croyais avoir trouvé un bon prestataire ; en réalité, leur maquette est bâclée.
 * @example
 *   {"lang": "fr", "flags": ["l’agence est incompétente"]}
 *   Je pensais qu’ils étaient sérieux, mais l’agence est incompétente.
 * @example
 *   {"lang": "en", "flags": ["their hosting is hopeless"]}
 *   I thought they knew their job, but their hosting is hopeless.
 * @example
 *   {"lang": "en", "flags": []}
 *   I’ve always thought their hosting was hopeless.
 * @example
 *   {"lang": "fr", "flags": ["leur devis est mensonger"]}
 *   Je ne trouve pas la facture : leur devis est mensonger.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je trouve leur devis mensonger.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Leur devis est mensonger, je trouve.
 * @example
 *   {"lang": "fr", "flags": []}
 *   À mon avis : le devis est mensonger.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le devis est, à mon sens, mensonger.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Si vous voulez mon avis, la clause 7 est léonine.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ce forfait me semble abusif.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon ressenti : leur hotline est inexistante.
 * @example
 *   {"lang": "en", "flags": []}
 *   The renewal clause is one-sided, I believe.
 * @example
 *   {"lang": "en", "flags": []}
 *   If you ask me, the renewal clause is one-sided.
 * @example
 *   {"lang": "en", "flags": []}
 *   My view: their hosting is useless.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je ne pense pas à résilier pour l’instant.
 * @example
 *   {"lang": "fr", "flags": ["La boutique en ligne devient inutilisable"]}
 *   La boutique en ligne devient inutilisable dès le troisième produit.
 * @example
 *   {"lang": "fr", "flags": ["Leur assistance est devenue lamentable"]}
 *   Leur assistance est devenue lamentable.
 * @example
 *   {"lang": "fr", "flags": ["Cette offre paraît trompeuse"]}
 *   Cette offre paraît trompeuse.
 * @example
 *   {"lang": "fr", "flags": ["Leur tarif semble abusif"]}
 *   Leur tarif semble abusif.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Leur offre semble intéressante sur le papier.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le tarif paraît dans la brochure de 2022.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je suis devenue nulle en comptabilité.
 * @example
 *   {"lang": "en", "flags": ["Their hotline has become useless"]}
 *   Their hotline has become useless.
 * @example
 *   {"lang": "en", "flags": ["The leasing deal seems unfair"]}
 *   The leasing deal seems unfair.
 * @example
 *   {"lang": "en", "flags": ["The new layout looks amateurish"]}
 *   The new layout looks amateurish.
 * @example
 *   {"lang": "en", "flags": ["The warranty proved worthless"]}
 *   The warranty proved worthless.
 * @example
 *   {"lang": "en", "flags": []}
 *   The page became available on 2 May.
 * @example
 *   {"lang": "en", "flags": []}
 *   I became hopeless at bookkeeping.
 * @example
 *   {"lang": "fr", "flags": ["Leur contrat de location est un piège"]}
 *   Leur contrat de location est un piège.
 * @example
 *   {"lang": "fr", "flags": ["c’est du grand amateurisme"]}
 *   Leur blog, c’est du grand amateurisme.
 * @example
 *   {"lang": "fr", "flags": ["Ce pack est une perte d’argent"]}
 *   Ce pack est une perte d’argent.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J’ai trouvé le piège à l’article 9 : une reconduction tacite.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ce n’est pas un piège, c’est une option payante.
 * @example
 *   {"lang": "en", "flags": ["The lease is a trap"]}
 *   The lease is a trap and their reps never call back.
 * @example
 *   {"lang": "en", "flags": ["The SEO add-on is a total waste of money"]}
 *   The SEO add-on is a total waste of money.
 * @example
 *   {"lang": "en", "flags": ["Everything they promised was a lie"]}
 *   Everything they promised was a lie.
 * @example
 *   {"lang": "en", "flags": []}
 *   I lie awake over the repayments.
 * @example
 *   {"lang": "fr", "flags": ["Leur hébergeur n’a rien de professionnel"]}
 *   Leur hébergeur n’a rien de professionnel.
 * @example
 *   {"lang": "fr", "flags": ["Leur conseiller est loin d’être honnête"]}
 *   Leur conseiller est loin d’être honnête.
 * @example
 *   {"lang": "fr", "flags": ["Le bon de commande n’est ni clair ni loyal"]}
 *   Le bon de commande n’est ni clair ni loyal.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le devis est loin d’être terminé.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La maquette n’a rien de compliqué.
 * @example
 *   {"lang": "en", "flags": ["The renewal term is far from fair"]}
 *   The renewal term is far from fair.
 * @example
 *   {"lang": "en", "flags": ["The lease is neither fair nor lawful"]}
 *   The lease is neither fair nor lawful.
 * @example
 *   {"lang": "en", "flags": ["Their advice was anything but honest"]}
 *   Their advice was anything but honest.
 * @example
 *   {"lang": "en", "flags": []}
 *   Their office is far from my shop.
 * @example
 *   {"lang": "fr", "flags": ["Le « pack réseaux » ne sert strictement à rien"]}
 *   Le « pack réseaux » ne sert strictement à rien.
 * @example
 *   {"lang": "fr", "flags": ["Leur application ne vaut absolument rien"]}
 *   Leur application ne vaut absolument rien.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ce bouton ne sert qu’à imprimer.
 * @example
 *   {"lang": "fr", "flags": ["Le logiciel, vendu 4 000 €, est inutilisable"]}
 *   Le logiciel, vendu 4 000 €, est inutilisable.
 * @example
 *   {"lang": "fr", "flags": ["Leur hotline, quant à elle, est inexistante"]}
 *   Leur hotline, quant à elle, est inexistante.
 * @example
 *   {"lang": "en", "flags": ["The app, sold for 4,000 euros, is unusable"]}
 *   The app, sold for 4,000 euros, is unusable.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le contrat, lui, prévoit une indemnité de 40 %.
 * @example
 *   {"lang": "en", "flags": []}
 *   The lease, however, was signed by my partner.
 * @example
 *   {"lang": "fr", "flags": ["Le site est vide et inefficace"]}
 *   Le site est vide et inefficace.
 * @example
 *   {"lang": "fr", "flags": ["La vitrine est lente, buggée et inutilisable"]}
 *   La vitrine est lente, buggée et inutilisable.
 * @example
 *   {"lang": "en", "flags": ["The shop page is outdated and useless"]}
 *   The shop page is outdated and useless.
 * @example
 *   {"lang": "en", "flags": ["overpriced"]}
 *   - Hosting: **unreliable and overpriced**
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le site est en ligne depuis mars et nul ne s’en sert.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le site est rapide et fiable.
 * @example
 *   {"lang": "fr", "flags": ["une vitrine qui est inutilisable"]}
 *   Ils m’ont livré une vitrine qui est inutilisable.
 * @example
 *   {"lang": "fr", "flags": ["leurs CGV, qui sont illisibles"]}
 *   J’ai relu leurs CGV, qui sont illisibles.
 * @example
 *   {"lang": "fr", "flags": ["ce qui est illégal"]}
 *   Ils ont prélevé 250 € sans mandat, ce qui est illégal.
 * @example
 *   {"lang": "en", "flags": ["a shop page which is unusable"]}
 *   They delivered a shop page which is unusable.
 * @example
 *   {"lang": "en", "flags": ["which is unlawful"]}
 *   They debited 250 euros twice, which is unlawful.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ils m’ont livré une vitrine qui est en ligne depuis mars.
 * @example
 *   {"lang": "en", "flags": []}
 *   That is the clause which is in dispute.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon expert-comptable trouve que le forfait est abusif.
 * @example
 *   {"lang": "en", "flags": []}
 *   They claim my old logo is useless.
 * @example
 *   {"lang": "en", "flags": []}
 *   Their claims department answered within two days.
 * @example
 *   {"lang": "en", "flags": ["Their claims are misleading"]}
 *   Their claims are misleading.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La connexion était mauvaise dans ma boutique ce jour-là.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon ancien site était vieillot, c’est pourquoi j’ai signé.
 * @example
 *   {"lang": "en", "flags": []}
 *   My old website was outdated, which is why I signed.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le nombre de visites est nul depuis la mise en ligne.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La facture est datée du 3 mars 2023.
 * @example
 *   {"lang": "fr", "flags": []}
 *   ## Les faits, datés
 *
 *   Les réponses reçues, datées et numérotées, sont jointes ; la dernière est du [date].
 * @example
 *   {"lang": "en", "flags": []}
 *   The invoice is dated 3 March 2023.
 * @example
 *   {"lang": "en", "flags": []}
 *   The answers received, dated and numbered, are attached.
 * @example
 *   {"lang": "fr", "flags": ["Leurs tarifs sont prohibitifs"]}
 *   Leurs tarifs sont prohibitifs.
 * @example
 *   {"lang": "fr", "flags": ["Leur référencement est inefficace"]}
 *   Leur référencement est inefficace.
 * @example
 *   {"lang": "fr", "flags": ["Leur site est truffé d’erreurs"]}
 *   Leur site est truffé d’erreurs.
 * @example
 *   {"lang": "en", "flags": ["Their reviews are fake"]}
 *   Their reviews are fake.
 * @example
 *   {"lang": "en", "flags": ["The fee is unacceptable"]}
 *   The fee is unacceptable.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Sur l’enregistrement, on l’entend dire que le forfait est illégal.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le gérant m’a répondu : votre ancienne vitrine est nulle.
 * @example
 *   {"lang": "fr", "flags": ["Votre forfait est abusif"]}
 *   J’ai répondu au gérant : Votre forfait est abusif.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Il a reconnu au téléphone que le forfait était déséquilibré.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le forfait serait illégal d’après l’association de consommateurs.
 * @example
 *   {"lang": "en", "flags": []}
 *   He admitted on the phone that the lease was one-sided.
 * @example
 *   {"lang": "en", "flags": []}
 *   The manager told me: your current logo is useless.
 * @example
 *   {"lang": "en", "flags": []}
 *   The lease is unlawful according to Trading Standards.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Méfiez-vous des forfaits qui sont abusifs.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Une clause abusive est réputée non écrite.
 * @example
 *   {"lang": "en", "flags": []}
 *   An unfair term is not binding on the consumer.
 * @example
 *   {"lang": "fr", "flags": ["une politique commerciale trompeuse"]}
 *   Ils pratiquent une politique commerciale trompeuse.
 * @example
 *   {"lang": "fr", "flags": ["Il s’agit d’un piège"]}
 *   Il s’agit d’un piège pour les artisans.
 * @example
 *   {"lang": "fr", "flags": ["Ce n’est pas du travail de professionnel"]}
 *   Ce n’est pas du travail de professionnel.
 * @example
 *   {"lang": "fr", "flags": ["Ils m’ont vendu du vent"]}
 *   Ils m’ont vendu du vent.
 * @example
 *   {"lang": "fr", "flags": ["Ils se moquent du monde"]}
 *   Ils se moquent du monde.
 * @example
 *   {"lang": "fr", "flags": ["Ils ont bâclé la refonte"]}
 *   Ils ont bâclé la refonte.
 * @example
 *   {"lang": "fr", "flags": ["La boutique a été codée avec les pieds"]}
 *   La boutique a été codée avec les pieds.
 * @example
 *   {"lang": "fr", "flags": ["Ce prélèvement viole le code de la consommation"]}
 *   Ce prélèvement viole le code de la consommation.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J’ai bâclé ma relecture du bon de commande.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je me moque du prix, je veux une vitrine qui marche.
 * @example
 *   {"lang": "en", "flags": ["They botched the migration"]}
 *   They botched the migration.
 * @example
 *   {"lang": "en", "flags": ["They sold me junk"]}
 *   They sold me junk.
 * @example
 *   {"lang": "en", "flags": ["They don’t care about their customers"]}
 *   They don’t care about their customers.
 * @example
 *   {"lang": "en", "flags": ["This direct debit breaches the GDPR"]}
 *   This direct debit breaches the GDPR.
 * @example
 *   {"lang": "en", "flags": []}
 *   I botched my own reading of the lease.
 * @example
 *   {"lang": "en", "flags": []}
 *   The engineer sold us the printer in 2021.
 * @example
 *   {"lang": "fr", "flags": ["c’est l’agence la plus malhonnête"]}
 *   Bailexa, c’est l’agence la plus malhonnête de la région.
 * @example
 *   {"lang": "fr", "flags": ["Vitrinova est de loin la pire agence"]}
 *   Vitrinova est de loin la pire agence que j’aie connue.
 * @example
 *   {"lang": "fr", "flags": ["Les frais de sortie sont tout bonnement scandaleux"]}
 *   Les frais de sortie sont tout bonnement scandaleux.
 * @example
 *   {"lang": "fr", "flags": ["Cette agence est malhonète"]}
 *   Cette agence est malhonète.
 * @example
 *   {"lang": "fr", "flags": ["Leur technicien est incompétant"]}
 *   Leur technicien est incompétant.
 * @example
 *   {"lang": "en", "flags": ["Their rep was incompetant"]}
 *   Their rep was incompetant.
 * @example
 *   {"lang": "en", "flags": ["Bailexa is by far the worst agency"]}
 *   Bailexa is by far the worst agency I have dealt with.
 * @example
 *   {"lang": "en", "flags": ["their hotline is non-existent"]}
 *   After two years of unanswered emails I can say their hotline is non-existent.
 * @example
 *   {"lang": "en", "flags": []}
 *   I’d say their hotline is non-existent.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le pire, c’est que j’ai signé sans lire.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le pire dans tout ça, c’est que j’ai signé.
 * @example
 *   {"lang": "en", "flags": []}
 *   I was told the lease is illegal.
 * @example
 *   {"lang": "en", "flags": []}
 *   The court held that the clause was unfair.
 * @example
 *   {"lang": "en", "flags": []}
 *   In a comparable case, the county court ruled on 14 February 2024 (claim K00AB123) that the lease was unenforceable.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le tribunal de commerce a jugé le 14 février 2024 (RG n° 23/01234) que le contrat était nul.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le tribunal a constaté que la clause était abusive.
 * @example
 *   {"lang": "en", "flags": []}
 *   It’s hopeless trying to reach anyone there.
 * @example
 *   {"lang": "fr", "flags": ["Ils ont été d’une incompétence rare"]}
 *   Ils ont été d’une incompétence rare.
 * @example
 *   {"lang": "fr", "flags": ["L’agence a fait preuve d’une mauvaise foi totale"]}
 *   L’agence a fait preuve d’une mauvaise foi totale.
 * @example
 *   {"lang": "fr", "flags": ["leur incompétence"]}
 *   Face à leur incompétence, j’ai résilié.
 * @example
 *   {"lang": "fr", "flags": ["Leur malhonnêteté"]}
 *   Leur malhonnêteté est évidente.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon incompétence en informatique est réelle, je l’admets.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J’ai signé sans aucune mauvaise foi.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La négligence du transporteur a été reconnue par écrit le 4 mai.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le tribunal de commerce est incompétent pour ce litige.
 * @example
 *   {"lang": "en", "flags": ["They showed sheer incompetence"]}
 *   They showed sheer incompetence.
 * @example
 *   {"lang": "en", "flags": ["their incompetence"]}
 *   Given their incompetence, I cancelled.
 * @example
 *   {"lang": "en", "flags": ["The agency acted in bad faith"]}
 *   The agency acted in bad faith.
 * @example
 *   {"lang": "en", "flags": []}
 *   My own negligence played a part.
 * @example
 *   {"lang": "en", "flags": []}
 *   The court found no negligence on their part.
 * @example
 *   {"lang": "fr", "flags": ["Le forfait pourrait bien être illégal"]}
 *   Le forfait pourrait bien être illégal.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le forfait peut être résilié à tout moment.
 * @example
 *   {"lang": "en", "flags": ["The lease might well be unlawful"]}
 *   The lease might well be unlawful.
 * @example
 *   {"lang": "fr", "flags": ["Le bon de commande, signé le 3 mars 2022 dans ma boutique de Lorient sans aucun délai de réflexion, est tout simplement abusif"]}
 *   Le bon de commande, signé le 3 mars 2022 dans ma boutique de Lorient sans aucun délai de réflexion, est tout simplement abusif.
 * @example
 *   {"lang": "fr", "flags": []}
 *   D’autres clients racontent que leur hotline est inexistante.
 * @example
 *   {"lang": "fr", "flags": ["c’est le néant"]}
 *   Pour ce qui est de la hotline, c’est le néant.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La société a été condamnée pour des pratiques commerciales trompeuses (TJ Rennes, 4 mai 2021, n° 20/01234).
 * @example
 *   {"lang": "en", "flags": []}
 *   The firm was fined for misleading advertising in 2021.
 * @example
 *   {"lang": "en", "flags": []}
 *   In my experience, their hotline is useless.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Perso, leur hotline est nulle.
 * @example
 *   {"lang": "fr", "flags": []}
 *   ## Mon avis sur Vitrinova : une agence malhonnête
 * @example
 *   {"lang": "en", "flags": []}
 *   Not all agencies are dishonest.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ma situation financière est catastrophique depuis la signature.
 * @example
 *   {"lang": "en", "flags": []}
 *   My experience was terrible.
 * @example
 *   {"lang": "fr", "flags": ["Leur bon de commande est conçu pour piéger les commerçants"]}
 *   Leur bon de commande est conçu pour piéger les commerçants.
 * @example
 *   {"lang": "fr", "flags": ["Leur technicien ne connaît rien au référencement"]}
 *   Leur technicien ne connaît rien au référencement.
 * @example
 *   {"lang": "fr", "flags": ["Ils n’y connaissent rien"]}
 *   Ils n’y connaissent rien.
 * @example
 *   {"lang": "fr", "flags": ["La nouvelle vitrine est pire que l’ancienne"]}
 *   La nouvelle vitrine est pire que l’ancienne.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le formulaire est conçu pour recevoir des devis.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je n’y connais rien en droit.
 * @example
 *   {"lang": "en", "flags": ["The lease is designed to trap small businesses"]}
 *   The lease is designed to trap small businesses.
 * @example
 *   {"lang": "en", "flags": ["Their technician doesn’t know the first thing about SEO"]}
 *   Their technician doesn’t know the first thing about SEO.
 * @example
 *   {"lang": "en", "flags": ["Their hotline is worse than useless"]}
 *   Their hotline is worse than useless.
 * @example
 *   {"lang": "en", "flags": []}
 *   I don’t know the first thing about leasing.
 * @example
 *   {"lang": "fr", "flags": ["Leurs méthodes sont douteuses"]}
 *   Leurs méthodes sont douteuses.
 * @example
 *   {"lang": "fr", "flags": ["Le classement promis était truqué"]}
 *   Le classement promis était truqué.
 * @example
 *   {"lang": "fr", "flags": ["Leur maquette est pathétique"]}
 *   Leur maquette est pathétique.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La photo est floue sur mon téléphone.
 * @example
 *   {"lang": "en", "flags": ["Their billing is shambolic"]}
 *   Their billing is shambolic.
 * @example
 *   {"lang": "en", "flags": ["Their pricing looks dubious"]}
 *   Their pricing looks dubious.
 * @example
 *   {"lang": "en", "flags": []}
 *   My accountant reckons the lease is one-sided.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Beaucoup de clients se plaignent que leur hotline est inexistante.
 * @example
 *   {"lang": "en", "flags": ["I complained that the hotline is useless"]}
 *   I complained that the hotline is useless.
 * @example
 *   {"lang": "fr", "flags": ["Cette agence est peu scrupuleuse"]}
 *   Cette agence est peu scrupuleuse.
 * @example
 *   {"lang": "fr", "flags": ["Leur hébergement est très peu fiable"]}
 *   Leur hébergement est très peu fiable.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Leur hébergement est un peu lent.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le site est peu visité.
 * @example
 *   {"lang": "en", "flags": ["Their advice was less than honest"]}
 *   Their advice was less than honest.
 * @example
 *   {"lang": "fr", "flags": ["une catastrophe"]}
 *   ## Verdict : une catastrophe du début à la fin
 * @example
 *   {"lang": "en", "flags": ["a shambles"]}
 *   ## Verdict: a shambles from start to finish
 * @example
 *   {"lang": "fr", "flags": ["Contrat : abusif et illégal"]}
 *   - Contrat : abusif et illégal
 * @example
 *   {"lang": "en", "flags": ["Their hotline? Useless"]}
 *   Their hotline? Useless.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le gérant m’a dit : une blague, rien de plus.
 * @example
 *   {"lang": "en", "flags": ["The so-called SEO package did absolutely nothing"]}
 *   The so-called SEO package did absolutely nothing.
 * @example
 *   {"lang": "en", "flags": ["The shop page they built for me is embarrassing"]}
 *   The shop page they built for me is embarrassing.
 * @example
 *   {"lang": "en", "flags": ["Their lease is full of traps"]}
 *   Their lease is full of traps.
 * @example
 *   {"lang": "fr", "flags": ["Leur bon de commande est truffé de pièges"]}
 *   Leur bon de commande est truffé de pièges.
 * @example
 *   {"lang": "en", "flags": []}
 *   I did absolutely nothing wrong.
 * @example
 *   {"lang": "fr", "flags": ["une agence aussi incompétente"]}
 *   Comment une agence aussi incompétente peut-elle encore exister ?
 * @example
 *   {"lang": "fr", "flags": ["si nulle"]}
 *   Si leur hotline n’était pas si nulle, j’aurais renouvelé.
 * @example
 *   {"lang": "en", "flags": ["so useless"]}
 *   Why is their hotline so useless?
 * @example
 *   {"lang": "en", "flags": ["such a useless agency"]}
 *   How can such a useless agency still exist?
 * @example
 *   {"lang": "fr", "flags": []}
 *   Leur vitrine n’est pas si nulle, finalement.
 * @example
 *   {"lang": "en", "flags": []}
 *   Their hotline isn’t so useless after all.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je suis si nulle en comptabilité.
 * @example
 *   {"lang": "en", "flags": []}
 *   I was so naive.
 * @example
 *   {"lang": "fr", "flags": ["leur mise en demeure, totalement abusive"]}
 *   Le 3 mars, j’ai reçu leur mise en demeure, totalement abusive.
 * @example
 *   {"lang": "fr", "flags": ["un bon de commande de 48 mois, évidemment léonin"]}
 *   Ils m’ont fait signer un bon de commande de 48 mois, évidemment léonin.
 * @example
 *   {"lang": "en", "flags": ["their final notice, entirely misleading"]}
 *   On 3 May I received their final notice, entirely misleading.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le 3 mars, j’ai reçu leur courrier, daté du 28 février.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le commercial, très poli, m’a présenté le bon de commande.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Pour la vitrine, inutile de relancer.
 */
import type {Root} from 'nlcst'
import {compileLexicon, defineRule, guillemets, matchCase, quotes, sourceRange, type LexiconEntry, type LexiconMatch, type TextView, type Token} from '../support/index.js'
import {CLAUSE_BREAK, contiguous, frenchSpaces, gapAfter, gapBefore, hasOpinionMarker, lowerFirst, opinionCovers, opinionMarkers, sentencesByParagraph, upperFirst} from '../support/opinion.js'
import type {Lang} from '../../src/core/types.js'
import {insults} from '../insult/index.js'
import fr from './lexicon.fr.yml'
import en from './lexicon.en.yml'
import {objectCache} from '../support/cache.js'

type Kind = 'adj' | 'legal' | 'noun' | 'positive' | 'verb' | 'quality'

// Hoisted: bundlers lower `\p{…}` literals to `new RegExp(…)`, which inside a function runs per call.
const LEADING_LETTER = /^\p{L}/u
const LEADING_UPPER = /^\p{Lu}/u
const COMBINING_MARKS = /\p{M}/gu
const lexicons = {
  fr: compileLexicon(fr, 'fact-as-opinion/lexicon.fr.yml'),
  en: compileLexicon(en, 'fact-as-opinion/lexicon.en.yml')
}

interface Grammar {
  /** Determiners that open a subject noun phrase. */
  determiners: Set<string>
  /** Pronouns for the other side (or the thing discussed) that can be the subject. */
  pronouns: Set<string>
  /** Subjects that make the judgement one about oneself. */
  self: Set<string>
  /** One-token copulas. */
  copulas: Set<string>
  /** Negated one-token copulas (English "isn't"). */
  negatedCopulas: Set<string>
  /** Auxiliaries before the participle of « être » (« a été », "has been"). */
  auxiliaries: Set<string>
  participle: Set<string>
  /** Participles of « devenir » / "become", after « être » or "have" (« est devenu », "has become"). */
  becomes: Set<string>
  /** Words that join two judgements (« lent et inutilisable », "outdated and useless"). */
  coordinators: Set<string>
  /** Two-token copulas (« s'avère », « se révèle »). */
  reflexive: Set<string>
  reflexiveVerbs: Set<string>
  negations: Set<string>
  /** Words allowed between the copula and the judgement. */
  adverbs: Set<string>
  /** Determiners and pre-noun intensifiers inside the predicate (« une vraie », "a total"). */
  fillers: Set<string>
  /** Words skipped at the start of a clause (« franchement », "honestly"). */
  discourse: Set<string>
  /** Conjunctions that start a new clause. */
  conjunctions: Set<string>
  /** Verbs of reported speech: « mon avocat dit que … » is attributed, not asserted. */
  reporting: Set<string>
  /** Words after the judgement that make an impersonal construction (« il est illégal de »). */
  impersonalAfter: Set<string>
  impersonalSubjects: Set<string>
  /** Attribution at the start of a sentence (« selon mon avocat », "according to"). */
  attribution: Set<string>
  plural: Set<string>
  /** How a pronoun subject becomes an object in the rewrite (« ils » → « les »). */
  objects: Record<string, string>
  /** Subjects rewritten with a demonstrative (« c'est nul » → « Je trouve ça nul »). */
  demonstratives: Set<string>
}

const FR: Grammar = {
  determiners: new Set(['le', 'la', 'les', "l'", 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'un', 'une', 'des', 'du', 'tout', 'toute', 'tous', 'toutes', 'chaque', 'cette']),
  pronouns: new Set(['ils', 'elles', 'il', 'elle', 'vous', 'ca', 'cela', 'ceci', "c'", 'ce', 'tu', 'ceux', 'celle', 'celui', 'celles']),
  self: new Set(['je', "j'", 'nous', 'moi', 'on']),
  copulas: new Set(['est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'serait', 'seraient', 'fut', 'furent', 'soit', 'soient', 'etes', 'es', 'reste', 'restent', 'restait', 'demeure', 'demeurent',
    'devient', 'deviennent', 'devenait', 'devenaient', 'deviendra', 'deviendront', 'semble', 'semblent', 'semblait', 'semblaient', 'parait', 'paraissent', 'paraissait', 'paraissaient']),
  negatedCopulas: new Set(),
  auxiliaries: new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'avez', 'as']),
  participle: new Set(['ete']),
  becomes: new Set(['devenu', 'devenue', 'devenus', 'devenues']),
  coordinators: new Set(['et', 'ou', 'voire', 'mais']),
  reflexive: new Set(["s'", 'se']),
  reflexiveVerbs: new Set(['avere', 'averent', 'averait', 'averee', 'averes', 'averees', 'revele', 'revelent', 'revelee', 'reveles', 'revelees', 'montre', 'montrent', 'montree', 'montres', 'montrees',
    'agit', 'agissait', 'agissaient', 'agira']),
  negations: new Set(['pas', 'plus', 'jamais', 'guere', 'nullement', 'aucunement', 'point']),
  adverbs: new Set(['vraiment', 'totalement', 'completement', 'carrement', 'franchement', 'tres', 'trop', 'tellement', 'si', 'assez', 'plutot', 'absolument', 'clairement', 'particulierement', 'parfaitement', 'simplement', 'juste', 'purement', 'reellement', 'foncierement', 'profondement', 'manifestement', 'evidemment', 'bien', 'tout', 'toute', 'toutes', 'tous', 'meme', 'encore', 'deja', 'aussi', 'egalement', 'souvent', 'parfois', 'hyper', 'super', 'ultra', 'archi', 'du', 'vraiement', 'vrm', 'grave', 'complement', 'entierement', 'largement', 'notoirement', 'objectivement', 'litteralement', 'incroyablement', 'terriblement', 'extremement', 'vachement', 'franchement', 'definitivement', 'toujours',
    'strictement', 'rigoureusement', 'pratiquement', 'quasiment', 'presque', 'visiblement', 'apparemment', 'proprement', 'carrement', 'outrageusement', 'scandaleusement', 'lamentablement', 'honteusement', 'desormais', 'maintenant']),
  fillers: new Set(['un', 'une', 'des', 'de', "d'", 'du', 'la', 'le', "l'", 'les', 'grand', 'grande', 'vaste', 'vrai', 'vraie', 'vrais', 'vraies', 'veritable', 'veritables', 'pur', 'pure', 'belle', 'beau', 'bel', 'sacre', 'sacree', 'parfait', 'parfaite', 'grosse', 'gros', 'immense', 'totale', 'total', 'complete', 'complet', 'sombre', 'pure', 'fieffe', 'fieffee', 'authentique']),
  discourse: new Set(['franchement', 'honnetement', 'bref', 'enfin', 'alors', 'bon', 'clairement', 'donc', 'et', 'mais', 'or', 'puis', 'ensuite', 'aujourd', 'hui', 'resultat', 'bilan', 'verdict', 'sincerement', 'objectivement', 'en', 'plus', 'surtout', 'sinon', 'bien', 'sur', 'oui', 'non', 'voila', 'effectivement', 'evidemment']),
  conjunctions: new Set(['et', 'mais', 'car', 'donc', 'or', 'ou', 'puis', 'parce', 'puisque', 'lorsque', 'quand', 'comme', 'si', 'alors', 'sinon', 'tandis', 'pendant']),
  reporting: new Set(['note', 'notent', 'signale', 'signalent', 'remarque', 'remarquent', 'observe', 'rapporte', 'rapportent', 'denonce', 'denoncent', 'plaint', 'plaignent', 'previent', 'avertit', 'temoigne', 'temoignent', 'evoque', 'evoquent', 'publie', 'publient', 'raconte', 'racontent', 'racontait', 'lit', 'lisait', 'lu', 'constate', 'constatent', 'retenu', 'retient', 'decide', 'statue', 'qualifie', 'trouve', 'trouvent', 'croit', 'croient', 'dire', 'affirmer', 'expliquer', 'reconnu', 'reconnaitre', 'admis', 'admet', 'admettent', 'admettre', 'avoue', 'avouent', 'avouer', 'repondu', 'entendu', 'entendre', 'ecrire', 'pretendre', 'declarer', 'assurer', 'dit', 'disent', 'disait', 'disaient', 'affirme', 'affirment', 'affirmait', 'explique', 'expliquent', 'confirme', 'confirment', 'indique', 'indiquent', 'ecrit', 'ecrivent', 'precise', 'precisent', 'rappelle', 'rappellent', 'juge', 'jugent', 'estime', 'estiment', 'considere', 'considerent', 'pense', 'pensent', 'soutient', 'soutiennent', 'reconnait', 'reconnaissent', 'dise', 'disent', 'assure', 'assurent', 'pretend', 'pretendent', 'declare', 'declarent', 'conclut', 'concluent']),
  impersonalAfter: new Set(['de', "d'", 'que', "qu'"]),
  impersonalSubjects: new Set(['il', "c'", 'ce', 'ca', 'cela']),
  attribution: new Set(['selon', "d'apres", 'apres', 'pour']),
  plural: new Set(['les', 'ces', 'mes', 'tes', 'ses', 'nos', 'vos', 'leurs', 'des', 'tous', 'toutes']),
  objects: {ils: 'les', elles: 'les', il: 'le', elle: 'la', vous: 'vous', tu: 'te'},
  demonstratives: new Set(["c'", 'ce', 'ca', 'cela', 'ceci'])
}

const EN: Grammar = {
  determiners: new Set(['the', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'its', 'my', 'your', 'our', 'a', 'an', 'every', 'each', 'all', 'whole']),
  pronouns: new Set(['they', "they'", 'he', "he'", 'she', "she'", 'you', "you'", 'it', "it'", 'this', 'that', "that'", 'these', 'those']),
  self: new Set(['i', "i'", 'we', "we'", 'me', 'us']),
  copulas: new Set(['is', 'are', 'was', 'were', 'remains', 'remain', 'remained', 're', 's', 'be', 'becomes', 'became', 'seems', 'seem', 'seemed', 'looks', 'look', 'looked', 'appears', 'appear', 'appeared', 'proves', 'proved', 'proven']),
  negatedCopulas: new Set(["isn'", "aren'", "wasn'", "weren'", "ain'"]),
  auxiliaries: new Set(['has', 'have', 'had', 've', 'will', 'would', 'll', 'd']),
  participle: new Set(['been', 'be']),
  becomes: new Set(['become']),
  coordinators: new Set(['and', 'or', 'but', 'yet']),
  reflexive: new Set(),
  reflexiveVerbs: new Set(),
  negations: new Set(['not', 'never', 't', 'hardly', 'no']),
  adverbs: new Set(['really', 'totally', 'completely', 'utterly', 'absolutely', 'so', 'very', 'quite', 'just', 'simply', 'pretty', 'clearly', 'downright', 'plain', 'truly', 'entirely', 'frankly', 'honestly', 'also', 'still', 'always', 'all', 'both', 'rather', 'fairly', 'extremely', 'incredibly', 'obviously', 'basically', 'literally', 'genuinely', 'deeply', 'seriously', 'such', 'too', 'thoroughly', 'wholly', 'beyond', 'nothing', 'but', 'at', 'least', 'even', 'now', 'again', 'then', 'sadly', 'frankly', 'painfully', 'shockingly', 'blatantly', 'flat', 'out', 'flat-out']),
  fillers: new Set(['a', 'an', 'the', 'some', 'total', 'complete', 'absolute', 'real', 'utter', 'proper', 'right', 'big', 'massive', 'huge', 'pure', 'sheer', 'genuine', 'total', 'bloody', 'full', 'of', 'one']),
  discourse: new Set(['honestly', 'frankly', 'basically', 'so', 'well', 'and', 'but', 'also', 'anyway', 'now', 'overall', 'verdict', 'result', 'bottom', 'line', 'sadly', 'clearly', 'seriously', 'yes', 'no', 'oh', 'plus']),
  conjunctions: new Set(['and', 'but', 'because', 'so', 'or', 'while', 'whereas', 'since', 'as', 'when', 'although', 'though', 'if', 'whether', 'unless']),
  reporting: new Set(['reckons', 'reckoned', 'feels', 'suspects', 'warned', 'warns', 'noted', 'notes', 'observed', 'mentioned', 'mentions', 'reported', 'reports', 'complained', 'complain', 'complains', 'posted', 'posts', 'tweeted', 'testified', 'held', 'holds', 'decided', 'declared', 'determined', 'admit', 'admits', 'admitted', 'acknowledged', 'acknowledges', 'conceded', 'concedes', 'heard', 'saying', 'claiming', 'stating', 'telling', 'claim', 'think', 'believe', 'insist', 'maintain', 'maintains', 'allege', 'alleges', 'alleged', 'suggest', 'suggests', 'suggested', 'describe', 'describes', 'described', 'says', 'said', 'say', 'states', 'stated', 'confirmed', 'confirms', 'explains', 'explained', 'told', 'tells', 'wrote', 'writes', 'ruled', 'found', 'claims', 'claimed', 'argues', 'argued', 'thinks', 'believes', 'considers', 'insists', 'insisted', 'agrees', 'agreed', 'admits', 'admitted', 'concluded', 'concludes']),
  impersonalAfter: new Set(['to', 'that', 'for']),
  impersonalSubjects: new Set(['it', "it'", 'this', 'that', "that'"]),
  attribution: new Set(['according']),
  // ("their support is", "their prices are": the noun decides after a possessive)
  plural: new Set(['these', 'those', 'they', "they'"]),
  objects: {they: 'them', "they'": 'them', he: 'him', "he'": 'him', she: 'her', "she'": 'her', you: 'you', "you'": 'you', it: 'it', "it'": 'it'},
  demonstratives: new Set(['this', 'that', "that'", 'these', 'those'])
}

const GRAMMAR: Record<Lang, Grammar> = {fr: FR, en: EN}
const FUNCTION_WORDS = new Set([...FR.determiners, ...FR.pronouns, ...FR.self, ...EN.determiners, ...EN.pronouns, ...EN.self, ...FR.discourse, ...EN.discourse])
const FR_PREDICATE_DET = new Set(['un', 'une', 'des'])
const ELIDE_BEFORE = /^[aeiouyàâäéèêëîïôöûüœh]/i
const BOUNDARY_GAP = CLAUSE_BREAK
const SUBJECT_BREAK = /[,;:()[\]—–?!.…=]/
// Verdicts without a verb: « Le site : nul », "SEO: worthless", « Mon site — une catastrophe ».
const COMMA_GAP = /^\s*,\s*$/
const VERDICT_GAP = /[:—–=]|(?:^|\s)-(?:\s|$)/

interface Clause {
  subject: number
  /** First token of the copula group (including « n' » / « ne »), or -1 for a verbless verdict. */
  copula: number
  /** First token after the copula group. */
  predicate: number
  negated: boolean
  /** A noun heads the predicate (« une entreprise malhonnête »): no « Je trouve X ADJ » rewrite. */
  nominal: boolean
  /** Text index where the judgement ends (the match, or the noun after it: "a dishonest company"). */
  end: number
  /** First token of a short main clause the judgement depends on (« Je sais que … »), or -1. */
  main: number
  /** The relative pronoun whose clause states the judgement (« un site qui est inutilisable »,
   * ", which is illegal"), or -1. */
  relative: number
}

const DEFAULT_NOTE: Record<Lang, string> = {
  fr: 'Loi du 29 juillet 1881, art. 29 al. 1 : la diffamation est l’imputation d’un fait ; un jugement de valeur présenté comme une opinion, sur une base factuelle suffisante, relève de la liberté d’expression (CEDH, Lingens c. Autriche, 8 juill. 1986). Dénigrer les produits ou services d’une entreprise sans base factuelle ni mesure engage la responsabilité civile (art. 1240 C. civ.). Information, pas un conseil juridique.',
  en: 'Defamation Act 2013, s.3 (honest opinion): the statement must be recognisable as an opinion, indicate its basis, and be one an honest person could hold on the facts. In France, loi du 29 juillet 1881, art. 29 (a fact imputed) and art. 1240 C. civ. (disparaging a company’s services). Information, not legal advice.'
}
const LEGAL_NOTE: Record<Lang, string> = {
  fr: 'Qualifier juridiquement un contrat ou une pratique (illégal, abusif, trompeur) revient au juge : présentée comme un fait, la qualification impute une faute ; présentée comme votre appréciation, avec les clauses et les faits qui la fondent, elle relève de l’opinion (loi du 29 juillet 1881, art. 29 ; CEDH, Lingens c. Autriche, 8 juill. 1986). Information, pas un conseil juridique.',
  en: 'Whether a contract or a practice is illegal or unfair is for a court to decide: stated as a fact it imputes wrongdoing; stated as your view, with the clauses and facts it rests on, it is opinion (Defamation Act 2013, s.3; in France, loi du 29 juillet 1881, art. 29). Information, not legal advice.'
}

export const rule = defineRule(
  {
    id: 'fact-as-opinion',
    severity: 'warning',
    languages: ['fr', 'en'],
    title: {fr: 'Jugement présenté comme un fait', en: 'Judgement stated as fact'},
    summary: {
      fr: 'Jugement péjoratif ou juridique présenté comme un fait, sans marque d’opinion.',
      en: 'A pejorative or legal judgement stated as a fact, with no opinion marker.'
    }
  },
  (tree, ctx) => {
    const lang: Lang = ctx.lang === 'en' ? 'en' : 'fr'
    const g = GRAMMAR[lang]
    const lexicon = lexicons[lang]
    for (const {sentences} of sentencesByParagraph(tree as Root)) {
      for (let index = 0; index < sentences.length; index++) {
        const view = sentences[index]
        if (view.tokens.length === 0) continue
        const matches = lexicon.find(view)
        // Most sentences judge nothing: look for opinion markers only where a judgement is.
        if (matches.length === 0 || attributed(view, g)) continue
        // A marker covers its own clause (« Je ne trouve pas les mots : leur travail est indigne »).
        const markers = opinionMarkers(view, lang)
        const question = /\?[\s»"”)*_]*$/.test(view.text)
        const done = new Set<number>()
        // Name-calling inside the predicate (« est un petit con arrogant ») is the rule `insult`'s.
        const named = matches.length > 0 ? insults(view, lang) : []
        for (const m of matches) {
          if (markers.length > 0 && opinionCovers(view, lang, m.from, markers)) continue
          const kind = m.entry.kind as Kind
          if (kind === 'quality') {
            // « leur incompétence », « ils ont été d'une incompétence rare », "their sheer incompetence".
            const q = question ? undefined : qualityClause(view, m, g, lang)
            if (q && !done.has(q.from) && !named.some((hit) => hit.from < m.to && hit.to > q.from)) {
              done.add(q.from)
              if (q.clause) report(view, q.clause, m, 'noun')
              else reportQuality(view, q.from, q.to, m)
            }
            continue
          }
          const clause = question ? undefined : findClause(view, m, kind, g, lang)
          if (clause && named.some((hit) => hit.from < m.to && hit.to > clause.predicate)) continue
          if (clause) {
            if (done.has(clause.subject)) continue
            done.add(clause.subject)
            report(view, clause, m, kind)
            continue
          }
          // « Mon site ? Une catastrophe. »: a bare noun phrase asked, then answered by a verdict.
          if (kind !== 'positive' && kind !== 'verb' && index > 0 && predicateStart(view, m, g) === 0) {
            const previous = sentences[index - 1]
            if (/\?[\s*_]*$/.test(previous.text) && previous.tokens.length <= 6 && validSubject(previous, 0, previous.tokens.length, g) && !hasOpinionMarker(previous, lang)) {
              reportAcross(previous, view, m, kind)
            }
          }
          // « Verdict : une catastrophe », "Result: a shambles": a noun verdict after a label.
          if (!question && kind === 'noun' && !SUPERLATIVE_ENTRIES.has(m.entry.id)) {
            const from = labelledNoun(view, m, g)
            if (from !== -1 && !done.has(from) && !named.some((hit) => hit.from < m.to && hit.to > from)) {
              done.add(from)
              reportVerblessNoun(view, from, m.to, m, true)
              continue
            }
          }
          // « Travail bâclé. », « Un site inutilisable. », "Terrible service." (no verb at all).
          // « Le pire, c'est que j'ai signé »: a superlative alone names no verdict.
          if (!question && (kind === 'adj' || kind === 'legal' || (kind === 'noun' && m.to - m.from >= 2 && !SUPERLATIVE_ENTRIES.has(m.entry.id) && !['honte', 'catastrophe', 'scandale'].includes(view.tokens[m.from].fold)))) {
            const verbless = verblessClause(view, m, g, lang)
            if (verbless && !done.has(verbless[0]) && !named.some((hit) => hit.from < verbless[1] && hit.to > verbless[0])) {
              done.add(verbless[0])
              // A heading or a list item (one sentence, no final stop) or a labelled verdict
              // (« Verdict : … ») is a verdict line and counts normally; elsewhere sureness 0.
              const line = sentences.length === 1 && !/[.!?…][\s»"”)*_]*$/.test(view.text)
              const labelled = view.text.lastIndexOf(':', view.tokens[verbless[0]].start) > -1
              reportVerblessNoun(view, verbless[0], verbless[1], m, line || labelled)
              continue
            }
          }
          // « Ils m'ont fait signer un contrat illégal », "an unlawful contract": a judgement carried by
          // an attributive adjective inside a factual sentence; « leur hotline inexistante » after a
          // copular clause (« Leur site est lent et leur hotline inexistante »): the verb is gapped.
          if (!question && (kind === 'adj' || kind === 'legal')) {
            const np = attributive(view, m, g, lang)
            if (np && !done.has(np.from) && !named.some((hit) => hit.from < np.to && hit.to > np.from)) {
              done.add(np.from)
              reportAttributive(view, np, m, kind)
              continue
            }
            // « j'ai reçu leur mise en demeure, totalement abusive »: a detached adjective.
            const app = apposition(view, m, g)
            if (app && !done.has(app[0]) && !named.some((hit) => hit.from < app[2] && hit.to > app[0])) {
              done.add(app[0])
              reportApposition(view, app, m, kind)
              continue
            }
          }
          // « Comment une agence aussi incompétente peut-elle exister ? », « Si leur SAV n'était pas
          // si nul, … », "Why is their support so useless?": a degree word presupposes the judgement,
          // even in a question or a hypothesis.
          // (Last: only when no clause above was reported.)
          if (kind === 'adj' || kind === 'legal' || kind === 'noun') {
            const range = presupposed(view, m, g, lang)
            if (range && !done.has(range[0]) && !named.some((hit) => hit.from < range[1] && hit.to > range[0])) {
              done.add(range[0])
              reportPresupposed(view, range[0], range[1], m)
            }
          }
          // « Le pire service client de toute la France. »
          // (« Le pire dans tout ça, c'est … »: a preposition, not a noun, follows.)
          if (kind === 'noun' && m.from === 0 && (m.entry.id === 'pire') && m.to < view.tokens.length && !BOUNDARY_GAP.test(gapAfter(view, m.to - 1)) && !g.copulas.has(view.tokens[m.to].fold) && !STOP[lang].has(view.tokens[m.to].fold)) {
            const end = clauseEnd(view, m.to)
            reportVerbless(view, 0, end, m)
          }
        }
      }
    }

    function report(view: TextView, clause: Clause, m: LexiconMatch, kind: Kind) {
      const start = view.tokens[clause.main === -1 ? clause.subject : clause.main].start
      const end = clause.end
      const text = view.text.slice(start, end)
      const atStart = (clause.main === -1 ? clause.subject : clause.main) === 0
      const legal = kind === 'legal' || m.entry.legal === true || (m.entry.id === 'positive' && /^(?:legal|lawful|legit|legitimate|légal|légale|légaux|légales|réglo)$/i.test(m.actual))
      if (!contiguous(view, start, end)) {
        // Markdown markup inside the clause (« Leur travail est **nul** »): a clause-wide fix would
        // break it, so the finding sits on the judgement and the fix appends the marker.
        const expected = [lang === 'fr' ? `${m.actual}, à mon avis` : `${m.actual}, in my opinion`]
        ctx.report({view, start: m.start, end: m.end, entry: m.entry.id, sureness: m.entry.sureness as 0 | 1 | 2 | undefined, reason: reason(text, lang === 'fr' ? `${text}, à mon avis` : `${text}, in my opinion`, m.entry), expected, note: legal ? LEGAL_NOTE[lang] : (m.entry.note as string | undefined) ?? DEFAULT_NOTE[lang]})
        return
      }
      const expected = rewrites(view, clause, m, kind, atStart)
      ctx.report({view, start, end, entry: m.entry.id, sureness: m.entry.sureness as 0 | 1 | 2 | undefined, reason: reason(text, expected[0], m.entry), expected, note: legal ? LEGAL_NOTE[lang] : (m.entry.note as string | undefined) ?? DEFAULT_NOTE[lang]})
    }

    function reportQuality(view: TextView, from: number, to: number, m: LexiconMatch) {
      const start = view.tokens[from].start
      const end = view.tokens[to - 1].end
      const sureness = m.entry.sureness as 0 | 1 | 2 | undefined
      const text = view.text.slice(start, end)
      if (!contiguous(view, start, end)) {
        const expected = [lang === 'fr' ? `${m.actual}, à mon avis` : `${m.actual}, in my opinion`]
        ctx.report({view, start: m.start, end: m.end, entry: m.entry.id, sureness, reason: reason(text, expected[0], m.entry), expected, note: DEFAULT_NOTE[lang]})
        return
      }
      // « leur incompétence » → « ce que je considère comme leur incompétence »; « Leur incompétence
      // est totale » → « À mon avis, leur incompétence est totale ».
      let value = lang === 'fr' ? `ce que je considère comme ${lowerSubject(view, from, text)}` : `what I consider ${lowerSubject(view, from, text)}`
      const tokens = view.tokens
      if (to < tokens.length && GRAMMAR[lang].copulas.has(tokens[to].fold) && !BOUNDARY_GAP.test(gapAfter(view, to - 1))) {
        const clauseEndAt = clauseEnd(view, to)
        if (contiguous(view, start, clauseEndAt)) {
          const clause = lowerSubject(view, from, view.text.slice(start, clauseEndAt))
          value = lang === 'fr' ? `à mon avis, ${clause}` : `in my opinion, ${clause}`
        }
      }
      const expected = [from === 0 ? upperFirst(value) : value]
      ctx.report({view, start, end, entry: m.entry.id, sureness, reason: reason(text, expected[0], m.entry), expected, note: DEFAULT_NOTE[lang]})
    }

    /**
     * The judged span [from, to) with its note and sureness; when markup splits its text, reports
     * the judgement with the marker after it and returns undefined.
     */
    function judgedSpan(view: TextView, from: number, to: number, m: LexiconMatch, kind: Kind) {
      const tokens = view.tokens
      const start = tokens[from].start
      const end = tokens[to - 1].end
      const text = view.text.slice(start, end)
      const legal = kind === 'legal'
      const note = legal ? LEGAL_NOTE[lang] : (m.entry.note as string | undefined) ?? DEFAULT_NOTE[lang]
      const sureness = m.entry.sureness as 0 | 1 | 2 | undefined
      if (!contiguous(view, start, end)) {
        const expected = [lang === 'fr' ? `${m.actual}, à mon avis` : `${m.actual}, in my opinion`]
        ctx.report({view, start: m.start, end: m.end, entry: m.entry.id, sureness, reason: reason(text, expected[0], m.entry), expected, note})
        return undefined
      }
      return {start, end, text, legal, note, sureness}
    }

    function reportApposition(view: TextView, [from, adjective, to]: [number, number, number], m: LexiconMatch, kind: Kind) {
      const tokens = view.tokens
      const span = judgedSpan(view, from, to, m, kind)
      if (!span) return
      const {start, end, text, legal, note, sureness} = span
      // « leur mise en demeure, totalement abusive » → « leur mise en demeure, que j'estime totalement abusive »
      const head = view.text.slice(start, tokens[adjective].start)
      const judgement = view.text.slice(tokens[adjective].start, end)
      const value = lang === 'fr' ? `${head}${legal ? 'que j’estime' : 'que je trouve'} ${judgement}` : `${head}which I consider ${judgement}`
      const expected = [from === 0 ? upperFirst(value) : value]
      ctx.report({view, start, end, entry: m.entry.id, sureness, reason: reason(text, expected[0], m.entry), expected, note})
    }

    function reportPresupposed(view: TextView, from: number, to: number, m: LexiconMatch) {
      const start = view.tokens[from].start
      const end = view.tokens[to - 1].end
      const text = view.text.slice(start, end)
      const ok = contiguous(view, start, end)
      // « aussi nul (à mon avis) » fits a question as well as a statement.
      const expected = [ok ? (lang === 'fr' ? `${text} (à mon avis)` : `${text} (in my opinion)`) : (lang === 'fr' ? `${m.actual} (à mon avis)` : `${m.actual} (in my opinion)`)]
      ctx.report({view, start: ok ? start : m.start, end: ok ? end : m.end, entry: m.entry.id, sureness: m.entry.sureness as 0 | 1 | 2 | undefined, reason: reason(text, expected[0], m.entry), expected, note: m.entry.kind === 'legal' ? LEGAL_NOTE[lang] : DEFAULT_NOTE[lang]})
    }

    function reportVerbless(view: TextView, fromToken: number, end: number, m: LexiconMatch) {
      const start = view.tokens[fromToken].start
      if (!contiguous(view, start, end)) return
      const text = view.text.slice(start, end)
      const clause = lowerFirst(text)
      const expected = lang === 'fr' ? [`Je trouve que c’est ${clause}`, `À mon avis, ${clause}`] : [`I think it is ${clause}`, `In my opinion, ${clause}`]
      ctx.report({view, start, end, entry: m.entry.id, sureness: m.entry.sureness as 0 | 1 | 2 | undefined, reason: reason(text, expected[0], m.entry), expected, note: DEFAULT_NOTE[lang]})
    }

    function reportVerblessNoun(view: TextView, from: number, to: number, m: LexiconMatch, verdictLine = false) {
      const start = view.tokens[from].start
      const end = view.tokens[to - 1].end
      if (!contiguous(view, start, end)) return
      const text = view.text.slice(start, end)
      const atStart = from === 0
      const first = view.tokens[from].value
      const lowered = first.length > 1 && first === first.toUpperCase() ? text : lowerFirst(text)
      const options = lang === 'fr' ? [`À mon avis, ${lowered}`, `${text}, à mon avis`] : [`In my opinion, ${lowered}`, `${text}, in my opinion`]
      const expected = options.map((value) => (atStart ? upperFirst(value) : lowerFirst(value)))
      ctx.report({view, start, end, entry: m.entry.id, sureness: verdictLine ? (m.entry.sureness as 0 | 1 | 2 | undefined) : 0, reason: reason(text, expected[0], m.entry), expected, note: m.entry.kind === 'legal' ? LEGAL_NOTE[lang] : DEFAULT_NOTE[lang]})
    }

    function reportAttributive(view: TextView, np: NounPhrase, m: LexiconMatch, kind: Kind) {
      const tokens = view.tokens
      const span = judgedSpan(view, np.from, np.to, m, kind)
      if (!span) return
      const {start, end, text, legal, note, sureness} = span
      const atStart = np.from === 0
      let expected: string[]
      if (np.gapped) {
        // « leur hotline inexistante » → « leur hotline, à mon avis, inexistante »
        const head = view.text.slice(start, tokens[np.head[1] - 1].end)
        const judgement = view.text.slice(m.start, end)
        expected = lang === 'fr' ? [`${head}, à mon avis, ${judgement}`] : [`${head}, in my opinion, ${judgement}`]
      } else if (lang === 'fr') {
        // « un contrat illégal » → « un contrat que j'estime illégal »
        const head = view.text.slice(start, tokens[np.head[1] - 1].end)
        const judgement = view.text.slice(tokens[np.head[1]].start, end)
        expected = [`${head} ${legal ? 'que j’estime' : 'que je trouve'} ${judgement}`]
      } else {
        // "an unlawful contract" → "a contract I consider unlawful"
        const det = tokens[np.from]
        const nouns = view.text.slice(tokens[np.head[0]].start, tokens[np.head[1] - 1].end)
        const judgement = view.text.slice(tokens[np.from + 1].start, tokens[np.head[0] - 1].end)
        let article = det.value
        if (det.fold === 'a' || det.fold === 'an') article = matchCase(/^[aeiou]/i.test(nouns) ? 'an' : 'a', det.value)
        expected = [`${article} ${nouns} I consider ${judgement}`]
      }
      expected = expected.map((value) => (atStart ? upperFirst(value) : value))
      ctx.report({view, start, end, entry: m.entry.id, sureness, reason: reason(text, expected[0], m.entry), expected, note})
    }

    function reportAcross(first: TextView, second: TextView, m: LexiconMatch, kind: Kind) {
      const head = first.tokens[0].start
      const tail = first.text.replace(/[\s*_]+$/, '').length
      const opening = second.tokens[0].start
      if (!contiguous(first, head, tail) || !contiguous(second, opening, m.end)) return
      const a = sourceRange(first, head, tail)
      const b = sourceRange(second, opening, m.end)
      const between = b.start - a.end
      if (between < 0 || between > 3) return
      const subject = first.text.slice(first.tokens[0].start, first.tokens[first.tokens.length - 1].end)
      const predicate = second.text.slice(second.tokens[0].start, m.end)
      // The source between the two sentences is white space (the parser split at « ? »).
      const actual = `${first.text.slice(head, tail)}${' '.repeat(between)}${second.text.slice(opening, m.end)}`
      const copula = copulaFor(first, 0, lang)
      const sentence = `${lowerSubject(first, 0, subject)} ${copula} ${lowerFirst(predicate)}`
      const expected =
        lang === 'fr'
          ? [kind === 'adj' ? `Je trouve ${lowerSubject(first, 0, subject)} ${lowerFirst(second.text.slice(m.start, m.end))}` : `Je trouve ${que(sentence)}`, `À mon avis, ${sentence}`]
          : [`I think ${sentence}`, `In my opinion, ${sentence}`]
      ctx.report({start: a.start, end: b.end, actual, entry: m.entry.id, sureness: m.entry.sureness as 0 | 1 | 2 | undefined, reason: reason(actual, expected[0], m.entry), expected, note: kind === 'legal' ? LEGAL_NOTE[lang] : DEFAULT_NOTE[lang]})
    }

    function reason(text: string, fix: string, entry: LexiconEntry): string {
      const milder = Array.isArray(entry.suggest) && entry.suggest.length > 0 ? entry.suggest[0] : undefined
      if (lang === 'fr') {
        return frenchSpaces(`${guillemets(text)} présente un jugement comme un fait établi, ce qui peut être diffamatoire ou dénigrant. Exprimez-le comme votre opinion, par exemple ${guillemets(fix)}, et donnez les faits sur lesquels il repose${milder ? ` (ou décrivez ce qui ne va pas : ${guillemets(milder)})` : ''}.`)
      }
      return `${quotes(text)} states a judgement as an established fact, which can be defamatory or disparaging. Present it as your opinion, for example ${quotes(fix)}, and give the facts it rests on${milder ? ` (or describe what is wrong: ${quotes(milder)})` : ''}.`
    }

    function rewrites(view: TextView, clause: Clause, m: LexiconMatch, kind: Kind, atStart: boolean): string[] {
      const tokens = view.tokens
      const start = tokens[clause.subject].start
      const text = view.text.slice(start, clause.end)
      const clauseText = lowerSubject(view, clause.subject, text)
      const out: string[] = []
      if (clause.main !== -1) {
        // « Je sais que le contrat est illégal » → « J'estime que le contrat est illégal ».
        if (lang === 'fr') out.push(kind === 'legal' ? `J’estime ${que(clauseText)}` : `Je trouve ${que(clauseText)}`, `À mon avis, ${clauseText}`)
        else out.push(kind === 'legal' ? `I believe ${clauseText}` : `I think ${clauseText}`, `In my opinion, ${clauseText}`)
        return out.map((value) => (atStart ? upperFirst(value) : value.startsWith('I ') ? value : lowerFirst(value)))
      }
      if (clause.relative !== -1) {
        // « un site qui est inutilisable » → « un site que je trouve inutilisable », « un site qui,
        // à mon avis, est inutilisable »; "a site which is unusable" → "a site I consider unusable".
        const r = clause.relative
        const antecedent = view.text.slice(start, tokens[r].start).trimEnd()
        const before = antecedent ? `${antecedent} ` : ''
        const group = view.text.slice(tokens[r].end, tokens[clause.predicate].start).trim()
        const predicate = view.text.slice(tokens[clause.predicate].start, clause.end)
        const verb = tokens[clause.copula].fold
        const simple = clause.predicate === clause.copula + 1 && !clause.negated && !clause.nominal && kind !== 'noun' && ['est', 'sont', 'is', 'are'].includes(verb)
        const legal = kind === 'legal'
        if (lang === 'fr') {
          if (simple) out.push(`${before}${legal ? 'que j’estime' : 'que je trouve'} ${predicate}`)
          out.push(`${before}${tokens[r].value}, à mon avis, ${group} ${predicate}`)
        } else {
          if (simple) out.push(`${before}${antecedent ? '' : 'which '}I consider ${predicate}`)
          out.push(`${before}${tokens[r].value}, in my opinion, ${group} ${predicate}`)
        }
        return out.map((value) => (atStart ? upperFirst(value) : value))
      }
      if (clause.copula === -1) {
        // Verbless verdict: rebuild « sujet est prédicat ».
        const subject = view.text.slice(start, tokens[clause.predicate - 1].end)
        const predicate = view.text.slice(tokens[clause.predicate].start, clause.end)
        const sentence = `${lowerSubject(view, clause.subject, subject)} ${copulaFor(view, clause.subject, lang)} ${predicate}`
        if (lang === 'fr') out.push(kind === 'adj' ? `Je trouve ${lowerSubject(view, clause.subject, subject)} ${predicate}` : kind === 'legal' ? `J’estime ${que(sentence)}` : `Je trouve ${que(sentence)}`, `À mon avis, ${sentence}`)
        else out.push(kind === 'adj' ? `I find ${lowerSubject(view, clause.subject, subject)} ${predicate}` : kind === 'legal' ? `I believe ${sentence}` : `I think ${sentence}`, `In my opinion, ${sentence}`)
      } else {
        const copula = tokens[clause.copula]
        const simple = clause.predicate === clause.copula + 1 && (lang === 'fr' ? copula.fold === 'est' || copula.fold === 'sont' || copula.fold === 'etes' || copula.fold === 'es' : copula.fold === 'is' || copula.fold === 'are' || copula.fold === 're' || copula.fold === 's')
        const subjectEnd = lang === 'en' && /'$/.test(tokens[clause.copula - 1]?.value ?? '') ? tokens[clause.copula - 1].end - 1 : copula.start
        const subject = view.text.slice(start, subjectEnd).trim()
        const predicate = view.text.slice(tokens[clause.predicate].start, clause.end)
        const first = tokens[clause.subject].fold.replace(/’/g, "'")
        if (lang === 'fr') {
          if (kind === 'adj' && simple && !clause.negated && !clause.nominal) {
            if (FR.objects[first] && clause.copula === clause.subject + 1) out.push(`Je ${FR.objects[first]} trouve ${predicate}`)
            else if (FR.demonstratives.has(first) && clause.copula === clause.subject + 1) out.push(`Je trouve ça ${predicate}`)
            else out.push(`Je trouve ${lowerSubject(view, clause.subject, subject)} ${predicate}`)
          } else if (kind === 'legal' || m.entry.legal === true || (kind === 'positive' && /^(?:legal|légal|légale|légaux|légales|réglo)$/i.test(m.actual))) {
            out.push(`J’estime ${que(clauseText)}`)
          } else {
            out.push(`Je trouve ${que(clauseText)}`)
          }
          out.push(`À mon avis, ${clauseText}`)
        } else {
          if (kind === 'adj' && simple && !clause.negated && !clause.nominal) {
            if (EN.objects[first] && clause.copula === clause.subject + 1) out.push(`I find ${EN.objects[first]} ${predicate}`)
            else out.push(`I find ${lowerSubject(view, clause.subject, subject)} ${predicate}`)
          } else if (kind === 'legal' || m.entry.legal === true || (kind === 'positive' && /^(?:legal|lawful|legit|legitimate)$/i.test(m.actual))) {
            out.push(`I believe ${clauseText}`)
          } else {
            out.push(`I think ${clauseText}`)
          }
          out.push(`In my opinion, ${clauseText}`)
        }
      }
      // « I » keeps its capital; everything else follows the position of the clause.
      return out.map((value) => (atStart ? upperFirst(value) : value.startsWith('I ') ? value : lowerFirst(value)))
    }
  }
)

/** « que » or « qu' » before the clause. */
function que(clause: string): string {
  return ELIDE_BEFORE.test(clause) ? `qu’${clause}` : `que ${clause}`
}

/** « est » or « sont » ("is"/"are") for a subject noun phrase. */
function copulaFor(view: TextView, subject: number, lang: Lang): string {
  const first = view.tokens[subject]
  const plural = GRAMMAR[lang].plural.has(first.fold) || (lang === 'en' && /s$/i.test(view.tokens[subject + 1]?.value ?? '') && !/ss$/i.test(view.tokens[subject + 1]?.value ?? ''))
  if (lang === 'fr') return plural ? 'sont' : 'est'
  return plural ? 'are' : 'is'
}

/** The clause with its first word lowercased when that word is a determiner or a pronoun. */
function lowerSubject(view: TextView, subject: number, text: string): string {
  const first = view.tokens[subject]
  if (FUNCTION_WORDS.has(first.fold) && first.fold !== 'i' && first.fold !== "i'") return lowerFirst(text)
  return text
}

/** Whether the sentence is attributed to a source (« Selon mon avocat, … », "According to …",
 * « …, m'a dit le technicien », "…, the technician told me"). */
function attributed(view: TextView, g: Grammar): boolean {
  const tokens = view.tokens
  for (let i = 1; i < tokens.length; i++) {
    if (!REPORTED.has(tokens[i].fold)) continue
    // « , m'a dit », « , a expliqué », « , dit-il », "…, he said", "…, the technician told me"
    let k = i - 1
    while (k >= 0 && i - k <= 4 && !gapAfter(view, k).includes(',')) k--
    if (k >= 0 && i - k <= 4 && gapAfter(view, k).includes(',')) {
      // « comme je l'ai dit », "as I said": the writer's own assertion.
      let own = false
      for (let n = k + 1; n < i; n++) if (g.self.has(tokens[n].fold)) own = true
      if (!own) return true
    }
  }
  // « Selon mon avocat, … », « … d'après la DGCCRF », "… according to Trading Standards".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].fold
    if (g.attribution.has(t)) {
      const next = tokens[i + 1]?.fold
      if (next === 'moi' || next === 'me' || next === 'nous') return false
      if (t === 'apres' && tokens[i - 1]?.fold !== "d'") continue
      if (t === 'pour') continue
      return true
    }
  }
  return false
}

/** Where the predicate of `m` starts, skipping adverbs and fillers backwards. */
function predicateStart(view: TextView, m: LexiconMatch, g: Grammar): number {
  let j = m.from
  let steps = 0
  while (j > 0 && steps < 4 && modifier(view.tokens[j - 1].fold, g) && !BOUNDARY_GAP.test(gapBefore(view, j))) {
    j--
    steps++
  }
  return j
}

/** The end (text index) of the clause that continues after token `from`. */
function clauseEnd(view: TextView, from: number): number {
  let k = from
  while (k + 1 < view.tokens.length && !BOUNDARY_GAP.test(gapAfter(view, k))) k++
  return view.tokens[Math.min(k, view.tokens.length - 1)].end
}

function findClause(view: TextView, m: LexiconMatch, kind: Kind, g: Grammar, lang: Lang): Clause | undefined {
  const tokens = view.tokens
  let predicate = m.from
  let copula = -1
  let negated = false
  let j = -1
  let others = 0
  let steps = 0
  let sawDeterminer = false
  if (kind === 'verb') {
    copula = m.from
    // « ne vaut rien »: the match carries its own negation.
  } else {
    j = m.from - 1
    let coordinated = false
    while (j >= 0 && steps < (coordinated ? 14 : 8)) {
      // « lent, buggé et inutilisable »: commas inside a list of predicates.
      if (BOUNDARY_GAP.test(gapAfter(view, j)) && !(coordinated && COMMA_GAP.test(gapAfter(view, j)))) {
        // A colon or a dash between a noun phrase and the judgement: a verbless verdict.
        // « Le site, nul. »: a comma counts when the judgement ends the sentence.
        if ((VERDICT_GAP.test(gapAfter(view, j)) || (/^\s*,\s*$/.test(gapAfter(view, j)) && m.to === tokens.length && j < 4)) && kind !== 'positive') {
          const verdict = verdictClause(view, j, m, g)
          if (verdict) return verdict
        }
        return undefined
      }
      const t = tokens[j].fold
      if (g.copulas.has(t) || g.negatedCopulas.has(t)) break
      if (g.participle.has(t) && j > 0 && (g.auxiliaries.has(tokens[j - 1].fold) || (j > 1 && g.negations.has(tokens[j - 1].fold) && g.auxiliaries.has(tokens[j - 2].fold)))) break
      // « est devenu », « n'est pas devenu », "has become"
      if (g.becomes.has(t) && j > 0 && (g.auxiliaries.has(tokens[j - 1].fold) || g.copulas.has(tokens[j - 1].fold) || (j > 1 && g.negations.has(tokens[j - 1].fold) && g.copulas.has(tokens[j - 2].fold)))) break
      // « n'a rien de professionnel »: « a » is the verb of the clause.
      if (kind === 'positive' && t === 'rien' && j > 0 && HAVE_NOTHING.has(tokens[j - 1].fold) && (tokens[j + 1]?.fold === 'de' || tokens[j + 1]?.fold === "d'")) {
        negated = true
        j--
        break
      }
      // « pourrait (bien) être illégal », « doit être nul »: the modal carries the clause.
      if (t === 'etre' && j > 0) {
        let q = j - 1
        if (q > 0 && g.adverbs.has(tokens[q].fold)) q--
        if (MODALS.has(tokens[q].fold)) {
          j = q
          break
        }
      }
      // « lent et inutilisable », "outdated and useless": the judgement is one of two predicates.
      // « n'est ni clair ni honnête », "neither fair nor legal": denied one by one.
      if (!coordinated && NEITHER.has(t) && others === 0) {
        coordinated = true
        negated = true
        j--
        steps++
        continue
      }
      if (!coordinated && g.coordinators.has(t) && others === 0) {
        coordinated = true
        j--
        steps++
        continue
      }
      if (coordinated && (g.self.has(t) || g.pronouns.has(t) || g.conjunctions.has(t))) return undefined
      // « s'avère », « se révèle », « s'est montrée »
      if (g.reflexiveVerbs.has(t) && j > 0 && (g.reflexive.has(tokens[j - 1].fold) || (j > 1 && g.reflexive.has(tokens[j - 2].fold) && g.copulas.has(tokens[j - 1].fold)))) break
      if (t === 'plus' && !(j >= 2 && (tokens[j - 2].fold === "n'" || tokens[j - 2].fold === 'ne'))) {
        // « l'agence la plus malhonnête », « de plus en plus nul »: not « ne … plus ».
        if (j > 0 && SUPERLATIVE_DET.has(tokens[j - 1].fold)) sawDeterminer = true
      } else if (g.negations.has(t) || (DENYING.has(t) && denies(tokens, j))) negated = true
      else if (lang === 'fr' && !coordinated && t.length >= 7 && t.endsWith('ment') && !(j > 0 && g.determiners.has(tokens[j - 1].fold) && tokens[j - 1].fold !== 'tout')) {
        // « tout bonnement », « proprement »: an adverb in -ment (« un engagement abusif » is a noun).
      }
      else if (coordinated) {
        // The first predicate (« vide de contenu et inefficace »): any words up to the copula.
        others++
      } else if (modifier(t, g) || DENYING_LINKS.has(t)) {
        if (t === 'un' || t === 'une' || t === 'des' || t === 'du' || t === 'a' || t === 'an') sawDeterminer = true
      } else {
        // A noun between the copula and a post-posed adjective (« un contrat illégal »).
        // « ce n'est pas du travail de professionnel »: a denied quality after its noun.
        if (lang === 'en' || (kind !== 'adj' && kind !== 'legal' && kind !== 'positive') || others >= 3) return undefined
        others++
      }
      j--
      steps++
    }
    if (j < 0 || steps >= (coordinated ? 14 : 8)) return undefined
    if (others > 0 && !sawDeterminer && !coordinated) return undefined
    // « c'est un incapable »: an adjective right after « un/une/des » is a noun (rule `insult`).
    if (lang === 'fr' && (kind === 'adj' || kind === 'legal') && m.from > 0 && FR_PREDICATE_DET.has(tokens[m.from - 1].fold)) return undefined
    predicate = j + 1
    const t = tokens[j].fold
    copula = j
    if (g.becomes.has(t) && copula > 0 && (g.auxiliaries.has(tokens[copula - 1].fold) || g.copulas.has(tokens[copula - 1].fold) || g.negations.has(tokens[copula - 1].fold))) {
      copula--
      // « n'est pas devenu »
      if (g.negations.has(tokens[copula].fold)) {
        negated = true
        copula--
      }
    }
    if (g.participle.has(t)) {
      copula = j - 1
      // « n'a pas été »
      if (g.negations.has(tokens[copula].fold)) {
        negated = true
        copula--
      }
    }
    if (g.negatedCopulas.has(t)) negated = true
    // « s'avère », « se révèle », « s'est montré »
    if (g.reflexiveVerbs.has(t) && copula > 0 && g.copulas.has(tokens[copula - 1].fold)) copula--
    if (g.reflexiveVerbs.has(t) && copula > 0 && g.reflexive.has(tokens[copula - 1].fold)) copula--
    // « n'est pas », « ne sont plus »
    if (copula > 0 && (tokens[copula - 1].fold === "n'" || tokens[copula - 1].fold === 'ne')) copula--
    // English 's / 're count only after a pronoun (not the possessive « the agency's »).
    if (lang === 'en' && (t === 's' || t === 're')) {
      const before = tokens[j - 1]
      if (!before || !/'$/.test(before.fold) || (!g.pronouns.has(before.fold) && !['what', "what'", 'there', "there'", 'everything', "everything'", 'who', "who'"].includes(before.fold))) return undefined
    }
    if (kind === 'positive' && !negated) return undefined
    if (kind !== 'positive' && negated) return undefined
  }
  if (kind === 'verb' && copula > 0 && (tokens[copula].fold === "n'" || tokens[copula].fold === 'ne')) {
    // the match starts with « ne »: the subject ends before it
  }
  const subject = subjectStart(view, copula, g)
  if (subject === -1) return undefined
  // « Le risque est nul », « le solde est nul ».
  if (m.entry.id === 'nul' && someIn(tokens, subject, copula, NUL_NEUTRAL)) return undefined
  // « Le réseau était mauvais », "the signal was bad": circumstances, not the other side's work.
  if (g.determiners.has(tokens[subject].fold) && CIRCUMSTANCES.has(tokens[subject + 1]?.fold ?? '')) return undefined
  // « Mon ancien site était vieillot », "my old site was outdated": what the writer had before.
  if (OWN.has(tokens[subject].fold) && someIn(tokens, subject + 1, Math.min(copula, subject + 3), FORMER)) return undefined
  // « Ma situation est catastrophique », "my experience was terrible": the writer's own state.
  if (OWN.has(tokens[subject].fold) && OWN_STATE.has(tokens[subject + 1]?.fold ?? '')) return undefined
  // Law stated in general terms: « Les clauses abusives sont interdites par l'article L. 212-1 ».
  if ((GENERIC_SUBJECT.has(tokens[subject].fold) || (lang === 'en' && !g.determiners.has(tokens[subject].fold) && !g.pronouns.has(tokens[subject].fold))) && LAW_TEXT.test(view.text)) return undefined
  if (insideQuotes(view, tokens[subject].start)) return undefined
  // Impersonal « il est illégal de… », "it is illegal to…"
  const after = tokens[m.to]?.fold
  // Impersonal « il est illégal de… », "it is illegal to…"; « c'est honteux de facturer… » still
  // judges their practice, so only a legal or weak judgement after « c'est » is let through.
  const demonstrative = tokens[subject].fold !== 'il' && tokens[subject].fold !== 'it' && tokens[subject].fold !== "it'"
  if (after && (g.impersonalAfter.has(after) || (lang === 'en' && after.endsWith('ing') && after.length > 4)) && g.impersonalSubjects.has(tokens[subject].fold) && !BOUNDARY_GAP.test(gapAfter(view, m.to - 1)) && (!demonstrative || kind === 'legal' || m.entry.sureness === 0)) return undefined
  // The judgement may go on with its noun ("a dishonest company", « le pire contrat »).
  let to = m.to
  const extend = kind === 'noun' || (lang === 'en' && sawDeterminer && kind !== 'verb')
  while (extend && to < tokens.length && to - m.to < 2 && !BOUNDARY_GAP.test(gapAfter(view, to - 1)) && !STOP[lang].has(tokens[to].fold) && LEADING_LETTER.test(tokens[to].value)) to++
  // « Ils ont bâclé le travail », "They botched the job": the verb's object ends the clause.
  if (kind === 'verb' && m.entry.object === true) {
    while (to < tokens.length && to - m.to < 3 && !BOUNDARY_GAP.test(gapAfter(view, to - 1)) && !g.conjunctions.has(tokens[to].fold) && !g.self.has(tokens[to].fold) && !g.pronouns.has(tokens[to].fold) && LEADING_LETTER.test(tokens[to].value)) to++
  }
  if (to > m.to && NEUTRAL_HEADS.has(tokens[m.to].fold)) return undefined
  const nominal = others > 0 || to > m.to || kind === 'noun'
  // « lent et inutilisable », "neither fair nor lawful": the clause takes in the other predicates.
  to = coordinatedEnd(view, to, g)
  const relative = relativeAt(view, copula)
  return {subject, copula, predicate, negated, nominal, end: tokens[to - 1].end, main: relative === -1 ? mainClause(view, subject, g) : -1, relative}
}

/** After a predicate ending before token `to`, the end of predicates coordinated with it (« et
 * inutilisable », ", buggé et lent", "nor lawful") when they close the clause; else `to`. */
function coordinatedEnd(view: TextView, to: number, g: Grammar): number {
  const tokens = view.tokens
  let k = to
  let words = 0
  let coordinated = false
  while (k < tokens.length && k - to < 6) {
    const gap = gapBefore(view, k)
    if (BOUNDARY_GAP.test(gap) && !(COMMA_GAP.test(gap) && !coordinated)) break
    const t = tokens[k].fold
    if (g.coordinators.has(t) || NEITHER.has(t)) {
      coordinated = true
      words = 0
    } else if (g.self.has(t) || g.pronouns.has(t) || g.determiners.has(t) || g.copulas.has(t) || g.conjunctions.has(t) || STOP[g === EN ? 'en' : 'fr'].has(t)) {
      return to
    } else if (++words > 2) return to
    k++
  }
  if (!coordinated || words === 0) return to
  return k
}

// Quality nouns (« incompétence », "dishonesty") judge when they are imputed: after a possessive
// of the other side, after « être d'une » / « faire preuve de », after "showed".
const POSSESSIVE_OTHER = new Set(['leur', 'leurs', 'son', 'sa', 'ses', 'votre', 'vos', 'their', 'his', 'her', 'its', 'your'])
const QUALITY_INTENSIFIERS = new Set(['totale', 'total', 'pure', 'parfaite', 'grande', 'profonde', 'immense', 'incroyable', 'rare', 'crasse', 'absolue', 'evidente', 'flagrante', 'manifeste', 'notoire', 'siderante', 'affligeante', 'consternante', 'inouie', 'certaine',
  'sheer', 'utter', 'complete', 'absolute', 'breathtaking', 'staggering', 'astonishing', 'blatant', 'such', 'obvious', 'rank', 'gross'])
const QUALITY_VERBS = new Set(['showed', 'shown', 'show', 'shows', 'displayed', 'display', 'displays', 'demonstrated', 'demonstrates'])

/** The imputed quality noun around `m` (see QUALITY_*): a clause when a verb imputes it, else the
 * noun phrase with its possessive. */
function qualityClause(view: TextView, m: LexiconMatch, g: Grammar, lang: Lang): {from: number; to: number; clause?: Clause} | undefined {
  const tokens = view.tokens
  if (insideQuotes(view, m.start)) return undefined
  const joined = (i: number) => i >= 0 && !BOUNDARY_GAP.test(gapAfter(view, i))
  let k = m.from - 1
  while (k >= 0 && m.from - k <= 2 && (QUALITY_INTENSIFIERS.has(tokens[k].fold) || g.adverbs.has(tokens[k].fold)) && joined(k)) k--
  let to = m.to
  while (to < tokens.length && to - m.to < 2 && QUALITY_INTENSIFIERS.has(tokens[to].fold) && joined(to - 1)) to++
  if (k < 0 || !joined(k)) return undefined
  // The words before: a denial or a hypothesis (« sans aucune mauvaise foi », "if there was negligence").
  for (let n = k; n >= 0 && k - n < 4; n--) if (DENIAL.has(tokens[n].fold) || HYPOTHESIS.has(tokens[n].fold)) return undefined
  const t = tokens[k].fold
  if (POSSESSIVE_OTHER.has(t)) return {from: k, to}
  // « d'une incompétence rare », « preuve d'incompétence », « de mauvaise foi »
  let v = k
  if (lang === 'fr') {
    if (INDEFINITE.has(tokens[v].fold)) v--
    if (v < 1 || (tokens[v].fold !== 'de' && tokens[v].fold !== "d'") || !joined(v)) return undefined
    v--
    const verb = tokens[v].fold
    const copular = g.copulas.has(verb) || (g.participle.has(verb) && v > 0 && g.auxiliaries.has(tokens[v - 1].fold))
    if (!copular && verb !== 'preuve') return undefined
    let head = v
    if (verb === 'preuve') {
      // « ont fait preuve de »
      if (v < 1 || !['fait', 'font', 'faisait', 'faisaient', 'fera', 'feront'].includes(tokens[v - 1].fold)) return undefined
      head = v - 1
    } else if (g.participle.has(verb)) head = v - 1
    if (head > 0 && (tokens[head - 1].fold === "n'" || tokens[head - 1].fold === 'ne')) return undefined
    const subject = subjectStart(view, head, g)
    if (subject === -1) return undefined
    return {from: subject, to, clause: {subject, copula: head, predicate: head + 1, negated: false, nominal: true, end: tokens[to - 1].end, main: -1, relative: -1}}
  }
  // "showed sheer incompetence", "have shown total bad faith"
  if (!QUALITY_VERBS.has(t)) return undefined
  let head = k
  if (head > 0 && g.auxiliaries.has(tokens[head - 1].fold)) head--
  const subject = subjectStart(view, head, g)
  if (subject === -1) return undefined
  return {from: subject, to, clause: {subject, copula: head, predicate: head + 1, negated: false, nominal: true, end: tokens[to - 1].end, main: -1, relative: -1}}
}

const VERBLESS_OPENERS = new Set(['quel', 'quels', 'quelle', 'quelles', 'what'])

/** A clause with no verb that pairs a noun with a judgement: « Travail bâclé. », « Un site
 * inutilisable, livré en retard. », "Terrible service." Returns its token range or undefined. */
function verblessClause(view: TextView, m: LexiconMatch, g: Grammar, lang: Lang): [number, number] | undefined {
  const tokens = view.tokens
  const opens = (i: number) => i === 0 || SUBJECT_BREAK.test(gapBefore(view, i))
  const closes = (i: number) => i >= tokens.length || SUBJECT_BREAK.test(gapBefore(view, i))
  const opener = (t: Token) => g.determiners.has(t.fold) || VERBLESS_OPENERS.has(t.fold) || (LEADING_UPPER.test(t.value) && !FUNCTION_WORDS.has(t.fold) && !g.copulas.has(t.fold))
  if (lang === 'fr') {
    if (!closes(m.to)) return undefined
    // « Travail bâclé. », « Quel travail bâclé ! »: the noun is inside the matched phrase.
    if (m.entry.kind === 'noun') {
      if (opens(m.from)) return [m.from, m.to]
      if (m.from > 0 && opens(m.from - 1) && (VERBLESS_OPENERS.has(tokens[m.from - 1].fold) || g.determiners.has(tokens[m.from - 1].fold))) return [m.from - 1, m.to]
      return undefined
    }
    let s = m.from - 1
    while (s > 0 && m.from - s < 3 && !opens(s)) s--
    if (s < 0 || !opens(s) || m.from - s < 1 || m.from - s > 3) return undefined
    for (let k = s; k < m.from; k++) {
      const t = tokens[k].fold
      if (g.copulas.has(t) || g.self.has(t) || g.pronouns.has(t) && k > s) return undefined
    }
    // « Verdict : prestation médiocre, contrat trompeur »: after a label's colon, a lowercase noun
    // opens each item of the verdict list.
    const labelled = /:/.test(gapBefore(view, s)) || (/,/.test(gapBefore(view, s)) && view.text.lastIndexOf(':', tokens[s].start) > -1)
    if (g.pronouns.has(tokens[s].fold) || !(opener(tokens[s]) || (labelled && !FUNCTION_WORDS.has(tokens[s].fold)))) return undefined
    // « d'incapables », « de nuls »: a noun use, the rule `insult`'s.
    if (['de', "d'", 'du', 'des', 'un', 'une'].includes(tokens[m.from - 1].fold)) return undefined
    return [s, m.to]
  }
  // English: "Terrible service.", "Useless support, rude staff."
  let s = m.from
  if (s > 0 && (g.determiners.has(tokens[s - 1].fold) || VERBLESS_OPENERS.has(tokens[s - 1].fold)) && opens(s - 1)) s--
  if (!opens(s)) return undefined
  let e = m.to
  while (e < tokens.length && e - m.to < 2 && !closes(e) && LEADING_LETTER.test(tokens[e].value) && !STOP.en.has(tokens[e].fold) && !g.copulas.has(tokens[e].fold)) e++
  if (e === m.to || !closes(e)) return undefined
  return [s, e]
}

/** « leur mise en demeure, totalement abusive », "their final notice, entirely misleading": a
 * judgement set off by a comma after a specific noun phrase and closing the clause. Returns
 * [first token of the noun phrase, first token of the adjective group, end], or undefined. */
function apposition(view: TextView, m: LexiconMatch, g: Grammar): [number, number, number] | undefined {
  const tokens = view.tokens
  if (insideQuotes(view, m.start)) return undefined
  // The judgement (with its adverbs) closes the clause.
  if (m.to < tokens.length && !BOUNDARY_GAP.test(gapAfter(view, m.to - 1))) return undefined
  let a = m.from
  while (a > 0 && m.from - a < 2 && modifier(tokens[a - 1].fold, g) && !BOUNDARY_GAP.test(gapBefore(view, a))) a--
  if (a < 2 || !COMMA_GAP.test(gapBefore(view, a))) return undefined
  // A specific noun phrase right before the comma: DET NOUN [de NOUN …], no verb.
  for (let d = a - 1; d >= 0 && a - d <= 8; d--) {
    const t = tokens[d].fold
    if (d < a - 1 && BOUNDARY_GAP.test(gapAfter(view, d))) return undefined
    // (« mise en demeure »: « demeure » after a preposition is a noun, not a verb.)
    const verb = g.copulas.has(t) && !PREPOSITIONS.has(tokens[d - 1]?.fold ?? '')
    if (verb || g.self.has(t) || g.pronouns.has(t) || DENIAL.has(t) || NAMING.has(t)) return undefined
    if (ATTRIBUTIVE_DET[g === EN ? 'en' : 'fr'].has(t)) {
      if (d === a - 1 || GENERIC_ANTECEDENT.has(t) || (d === 0 && (t === 'les' || t === 'des'))) return undefined
      // The sentence must not be someone else's words or a hypothesis.
      for (let k = 0; k < d; k++) if (HYPOTHESIS.has(tokens[k].fold) || SOURCES.has(tokens[k].fold) || SANCTIONED.test(tokens[k].fold)) return undefined
      return [d, a, m.to]
    }
  }
  return undefined
}

const PREPOSITIONS = new Set(['en', 'de', "d'", 'a', 'in', 'of', 'to'])

// Degree words that presuppose the judgement they intensify (« aussi nul », "so useless").
const DEGREE = new Set(['aussi', 'si', 'tellement', 'so', 'such'])

/** The token range of a presupposed judgement (« une agence aussi incompétente », « leur SAV si
 * nul », "such a useless agency", "so useless"), or undefined (the writer's own degree: « je suis
 * si nulle »; a comparison « aussi … que » is still a judgement). */
function presupposed(view: TextView, m: LexiconMatch, g: Grammar, lang: Lang): [number, number] | undefined {
  const tokens = view.tokens
  if (m.from < 1 || insideQuotes(view, m.start)) return undefined
  // "such a useless agency"
  const degree = m.from >= 2 && tokens[m.from - 2].fold === 'such' && (tokens[m.from - 1].fold === 'a' || tokens[m.from - 1].fold === 'an') ? m.from - 2 : m.from - 1
  if (!DEGREE.has(tokens[degree].fold) || BOUNDARY_GAP.test(gapAfter(view, degree)))  return undefined
  let from = degree
  let to = m.to
  // « une agence aussi incompétente »: the noun phrase it qualifies.
  if (lang === 'fr' && degree >= 2 && isNoun(tokens[degree - 1]) && ATTRIBUTIVE_DET.fr.has(tokens[degree - 2].fold) && !BOUNDARY_GAP.test(gapAfter(view, degree - 2))) from = degree - 2
  // "such a useless agency"
  if (lang === 'en' && to < tokens.length && isNoun(tokens[to]) && !g.copulas.has(tokens[to].fold) && !BOUNDARY_GAP.test(gapAfter(view, to - 1))) to++
  // « Le site n'est pas si nul », "not so bad": a denial, unless the clause is a counterfactual
  // (« Si leur SAV n'était pas si nul, … », "If their support weren't so useless, …").
  let denied = false
  let hypothesis = false
  for (let k = degree - 1; k >= 0 && degree - k <= 8; k--) {
    const t = tokens[k].fold
    if (g.negations.has(t) || g.negatedCopulas.has(t) || t === "n'" || t === 'ne') denied = true
    if (HYPOTHESIS.has(t)) hypothesis = true
    if (k > 0 && BOUNDARY_GAP.test(gapBefore(view, k))) break
  }
  if (denied && !hypothesis) return undefined
  // About the writer (« je suis si nulle », "I was so naive").
  for (let k = Math.max(0, degree - 4); k < degree; k++) if (g.self.has(tokens[k].fold)) return undefined
  // « si » is a degree word only right before an adjective, not the conjunction (« si nul ne … »).
  if (tokens[degree].fold === 'si' && m.entry.kind === 'noun') return undefined
  return [from, to]
}

/** « Verdict : une catastrophe », « Bilan : un fiasco du début à la fin », "Verdict: a shambles":
 * the first token of a noun verdict right after a short label and its colon, or -1. */
function labelledNoun(view: TextView, m: LexiconMatch, g: Grammar): number {
  const tokens = view.tokens
  let k = m.from
  while (k > 0 && m.from - k < 2 && g.fillers.has(tokens[k - 1].fold) && !BOUNDARY_GAP.test(gapBefore(view, k))) k--
  if (k === 0 || k > 4 || !gapBefore(view, k).includes(':')) return -1
  for (let n = 0; n < k; n++) if (!LEADING_LETTER.test(tokens[n].value) || g.self.has(tokens[n].fold) || g.copulas.has(tokens[n].fold) || REPORTED.has(tokens[n].fold) || g.reporting.has(tokens[n].fold)) return -1
  // The verdict closes the line, or a phrase of time follows it (« du début à la fin »).
  if (m.to < tokens.length && !BOUNDARY_GAP.test(gapAfter(view, m.to - 1)) && !(TRAILING_PREPOSITIONS.has(tokens[m.to].fold) && clauseEnd(view, m.to) === tokens[tokens.length - 1].end)) return -1
  return k
}

/** « Le site : nul »: a noun phrase, a colon or a dash, then the judgement closing the clause. */
function verdictClause(view: TextView, last: number, m: LexiconMatch, g: Grammar): Clause | undefined {
  // The judgement must close the clause, or a phrase of time or place that ends the line may follow
  // (« Verdict : une catastrophe du début à la fin », "a shambles from start to finish").
  if (m.to < view.tokens.length && !BOUNDARY_GAP.test(gapAfter(view, m.to - 1)) && !(TRAILING_PREPOSITIONS.has(view.tokens[m.to].fold) && clauseEnd(view, m.to) === view.tokens[view.tokens.length - 1].end)) return undefined
  let start = last
  while (start > 0 && last - start < 5 && !BOUNDARY_GAP.test(gapBefore(view, start))) start--
  if (start > 0 && !BOUNDARY_GAP.test(gapBefore(view, start))) return undefined
  if (!validSubject(view, start, last + 1, g)) return undefined
  // « Le gérant m'a dit : une blague »: words reported after a colon.
  if (reportedBefore(view, last + 1, g)) return undefined
  return {subject: start, copula: -1, predicate: last + 1, negated: false, nominal: false, end: m.end, main: -1, relative: -1}
}

/** Whether tokens [from, to) can be the subject noun phrase of a judgement. */
function validSubject(view: TextView, from: number, to: number, g: Grammar): boolean {
  const first = view.tokens[from]
  if (!first || to - from > MAX_SUBJECT - 1) return false
  if (g.self.has(first.fold) || DENIAL.has(first.fold)) return false
  if (g.determiners.has(first.fold) || g.pronouns.has(first.fold)) return true
  // A company or product name (« Pixelia », "SEO"): capitalised and not a function word.
  return LEADING_UPPER.test(first.value) && !FUNCTION_WORDS.has(first.fold)
}

const MAX_INSERTION = 16
const INSERTION_GAP = /,/
const SUBJECT_BREAK_NO_COMMA = /[;:()[\]—–?!.…=]/
const DIGITS = /^\d+$/

/** « 4,000 », « 1,5 »: a comma inside a number. */
function numberComma(view: TextView, k: number): boolean {
  const tokens = view.tokens
  return k > 0 && gapBefore(view, k) === ',' && DIGITS.test(tokens[k - 1].value) && DIGITS.test(tokens[k].value)
}
// Relative pronouns that can be the subject of a judgement (« un site qui est inutilisable »).
const RELATIVES = new Set(['qui', 'which', 'who', 'that'])
const GENERIC_ANTECEDENT = new Set(['des', 'tout', 'toute', 'tous', 'toutes', 'chaque', 'every', 'each', 'all'])
const INDEFINITE = new Set(['un', 'une', 'a', 'an'])

/** The relative pronoun right before the copula group (« qui n'est pas »), or -1. */
function relativeAt(view: TextView, copula: number): number {
  const tokens = view.tokens
  let r = copula - 1
  while (r >= 0 && r >= copula - 2 && (tokens[r].fold === "n'" || tokens[r].fold === 'ne')) r--
  if (r < 0 || !RELATIVES.has(tokens[r].fold)) return -1
  // "that" is a relative pronoun only after its antecedent, not as a subject ("that is a joke").
  if (tokens[r].fold === 'that' && (r === 0 || SUBJECT_BREAK.test(gapBefore(view, r)) || !isNoun(tokens[r - 1]))) return -1
  return r
}

/** For a relative clause (« un contrat qui est abusif », « leurs CGV, qui sont illisibles »,
 * ", which is illegal"), the first token of the antecedent noun phrase — or of « which » when it
 * takes up the clause before —, -1 when the antecedent is not one we trust, -2 when the copula's
 * subject is not a relative pronoun. */
function relativeSubject(view: TextView, copula: number, g: Grammar): number {
  const tokens = view.tokens
  const r = relativeAt(view, copula)
  if (r === -1) return -2
  const gap = r === 0 ? '' : gapBefore(view, r)
  if (r === 0 || (SUBJECT_BREAK.test(gap) && !COMMA_GAP.test(gap))) return -1
  // ", which is illegal": the whole clause before.
  if (tokens[r].fold === 'which' && COMMA_GAP.test(gap)) return r
  for (let d = r - 1; d >= 0 && r - d <= 5; d--) {
    const t = tokens[d].fold
    // « Méfiez-vous des contrats qui sont abusifs »: a kind of thing, not one.
    if (g.determiners.has(t)) return insideQuotes(view, tokens[d].start) || GENERIC_ANTECEDENT.has(t) ? -1 : d
    if (g.self.has(t) || g.pronouns.has(t) || g.copulas.has(t) || !LEADING_LETTER.test(tokens[d].value)) return -1
    if (d > 0 && SUBJECT_BREAK.test(gapBefore(view, d))) return -1
  }
  return -1
}

/** The first token of a short insertion between commas right before the copula (« , lui, »,
 * « , signé en 2022, », ", however, "), or -1. The words before it must still make a subject. */
function insertionStart(view: TextView, copula: number, g: Grammar): number {
  const tokens = view.tokens
  if (!INSERTION_GAP.test(gapBefore(view, copula)) || SUBJECT_BREAK_NO_COMMA.test(gapBefore(view, copula))) return -1
  let k = copula - 1
  while (k > 0 && copula - k < MAX_INSERTION && (!SUBJECT_BREAK.test(gapBefore(view, k)) || numberComma(view, k))) k--
  if (k <= 0 || !INSERTION_GAP.test(gapBefore(view, k)) || SUBJECT_BREAK_NO_COMMA.test(gapBefore(view, k))) return -1
  for (let n = k; n < copula; n++) {
    const t = tokens[n].fold
    // A clause of its own (« Le site, je l'ai payé, est nul »: « je » ; « …, et il est nul »).
    if (g.copulas.has(t) || g.self.has(t) || g.conjunctions.has(t) || HYPOTHESIS.has(t)) return -1
  }
  return k
}

/** Whether a verb of speech by someone else (not « je » / "I") ends the words before token `end`
 * (« il a reconnu au téléphone [que] », « le commercial m'a dit [:] »). */
function reportedBefore(view: TextView, end: number, g: Grammar): boolean {
  const tokens = view.tokens
  // Five words back at most, not counting a parenthesis on the way (« the court ruled on 14 February
  // 2024 (claim no. K00AB123) that … »).
  let counted = 0
  let depth = 0
  // A parenthesis may close right before `end` (« (RG n° 23/01234) que »).
  if (end < tokens.length && end > 0) {
    const gap = gapBefore(view, end)
    if (PARENTHESIS_GAP.test(gap)) for (const char of gap) depth = char === ')' ? depth + 1 : char === '(' ? Math.max(0, depth - 1) : depth
  }
  for (let k = end - 1; k >= 0 && end - k <= 30; k--) {
    if (depth === 0 && ++counted > 5) return false
    const t = tokens[k].fold
    if (depth === 0 && (g.reporting.has(t) || REPORTED.has(t))) {
      for (let n = k - 1; n >= 0 && k - n <= 3; n--) if (g.self.has(tokens[n].fold) && tokens[n].fold !== 'on') return false
      return true
    }
    if (k === 0) break
    const gap = gapBefore(view, k)
    if (PARENTHESIS_GAP.test(gap)) {
      // Walking backwards: « ) » opens a parenthesis, « ( » closes it.
      for (const char of gap) depth = char === ')' ? depth + 1 : char === '(' ? Math.max(0, depth - 1) : depth
      continue
    }
    if (depth === 0 && BOUNDARY_GAP.test(gap)) return false
  }
  return false
}
const PARENTHESIS_GAP = /^[\s.()]*[()][\s.()]*$/u

/** The first token of the subject of the copula at `copula`, or -1 when there is none we trust. */
function subjectStart(view: TextView, copula: number, g: Grammar): number {
  const tokens = view.tokens
  if (copula <= 0) return -1
  const relative = relativeSubject(view, copula, g)
  if (relative !== -2) return relative
  let i = copula
  let inserted = false
  let skipped = 0
  while (i > 0 && copula - i - skipped < MAX_SUBJECT) {
    // Quotation marks may sit inside the subject (« leur pack « SEO » est bidon »).
    if (!inserted && SUBJECT_BREAK.test(gapBefore(view, i))) {
      // « Le commercial m'a dit : votre site est nul »: someone else's words after the colon.
      if (gapBefore(view, i).includes(':') && reportedBefore(view, i, g)) return -1
      // « Le contrat, lui, est illégal », "The contract, however, is unlawful": an insertion
      // between commas separates the subject from its verb.
      const open = i === copula ? insertionStart(view, copula, g) : -1
      if (open === -1) break
      skipped = copula - open
      i = open
      inserted = true
      continue
    }
    inserted = false
    const previous = tokens[i - 1].fold
    if (g.conjunctions.has(previous) && !gapBefore(view, i).includes('-')) {
      // A hypothesis is not an assertion (« si le contrat est illégal, … », "if it is unfair").
      if (HYPOTHESIS.has(previous)) return -1
      break
    }
    if (previous === "s'" && (tokens[i].fold === 'il' || tokens[i].fold === 'ils')) return -1
    // "My lawyer said the clause is unfair": attributed speech ("I said …" stays an assertion).
    // ("their claims are misleading": a noun after a determiner, not a verb of speech).
    if (g === EN && g.reporting.has(previous) && !g.determiners.has(tokens[i - 2]?.fold ?? '')) {
      // "I can say …", "I must say …": the writer's own words ("I was told …" is someone else's).
      if (someIn(tokens, Math.max(0, i - 4), i - 1, g.self) && !PASSIVE.has(tokens[i - 2]?.fold ?? '')) break
      return -1
    }
    if (previous === 'que' || previous === "qu'" || previous === 'that' || previous === 'qui' || previous === 'who') {
      // A complement clause (« il dit que le contrat… ») starts here; a relative clause inside the
      // subject (« le site qu'ils m'ont vendu ») does not.
      const own = tokens[i].fold
      const next = i + 1 < copula ? tokens[i + 1].fold : ''
      const complement = g.determiners.has(own) || ((g.pronouns.has(own) || g.self.has(own)) && (i + 1 === copula || next === "n'" || next === 'ne'))
      if (complement) {
        // « mon avocat dit que … », « il a reconnu au téléphone que … »: attributed speech.
        if (reportedBefore(view, i - 1, g)) return -1
        break
      }
    }
    i--
  }
  if (copula - i - skipped >= MAX_SUBJECT) return -1
  // Skip discourse words at the start of the clause (« Bref leur travail est nul »).
  while (i < copula - 1 && GRAMMAR_DISCOURSE.has(tokens[i].fold) && !g.determiners.has(tokens[i].fold)) i++
  if (!validSubject(view, i, copula - skipped, g)) return -1
  // An English subject pronoun must be the whole subject (« they are », not "they built it is").
  return i
}

interface NounPhrase {
  /** Token range [from, to) of the noun phrase (determiner … judgement). */
  from: number
  to: number
  /** Token range of the head noun(s). */
  head: [number, number]
  /** The copula of a previous clause is understood (« et leur hotline inexistante »). */
  gapped: boolean
}

// Determiners of a specific noun phrase carrying an attributive judgement.
const ATTRIBUTIVE_DET: Record<Lang, Set<string>> = {
  fr: new Set(['un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'leur', 'leurs', 'son', 'sa', 'ses', 'le', 'la', 'les', "l'", 'mon', 'ma', 'mes', 'votre', 'vos', 'notre', 'nos']),
  en: new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'its', 'my', 'your', 'our'])
}
// Words that name or define a category rather than judge a thing (« ce qu'on appelle une clause
// abusive », « la clause dite abusive », « la commission des clauses abusives », "a so-called").
const NAMING = new Set([
  'appelle', 'appellent', 'appelait', 'appele', 'appelee', 'appeles', 'appelees', 'nomme', 'nomment', 'qualifie', 'qualifient', 'qualifiee', 'qualifies', 'qualifiees',
  'dit', 'dite', 'dits', 'dites', 'denomme', 'denommee', 'pretendu', 'pretendue', 'pretendus', 'pretendues', 'soi', 'disant', 'notion', 'notions', 'definition', 'liste',
  'commission', 'categorie', 'type', 'types', 'concept', 'regime', 'contre', 'reconnaitre', 'comment', 'exemple', 'exemples', 'cas', 'matiere', 'sujet', 'theme',
  'eviter', 'prevenir', 'risque', 'peur', 'crainte',
  'so', 'called', 'known', 'termed', 'dubbed', 'list', 'notion', 'concept', 'category', 'against', 'how', 'spot', 'example', 'examples', 'definition', 'case', 'topic', 'guide',
  'avoid', 'prevent', 'risk', 'afraid', 'fear'
])
// A source that made the qualification (« le tribunal a annulé une clause abusive », "my lawyer
// spotted an unfair clause"): attributed, not asserted.
const SOURCES = new Set(['avocat', 'avocate', 'avocats', 'juriste', 'juristes', 'tribunal', 'juge', 'cour', 'dgccrf', 'expert', 'experte', 'conciliateur', 'conciliatrice', 'mediateur', 'mediatrice', 'association', 'ufc', 'huissier', 'commissaire', 'notaire',
  'lawyer', 'lawyers', 'solicitor', 'solicitors', 'barrister', 'court', 'judge', 'tribunal', 'ombudsman', 'regulator', 'expert', 'standards', 'adviser', 'advisor'])
// Negations and restrictions that deny the judgement (« aucune clause abusive », "no unfair terms").
const DENIAL = new Set(['pas', 'aucun', 'aucune', 'sans', 'ni', 'jamais', 'nul', 'no', 'not', 'without', 'never', 'none', 'nor', "n'", 'ne', "isn'", "aren'", "wasn'", "don'", "doesn'", "didn'"])
// A sentence that cites legislation states the law in general terms (« les clauses abusives sont
// interdites par l'article L. 212-1 », "unfair terms are banned by the Consumer Rights Act 2015").
const LAW_TEXT = /(?:article|art\.)\s*[LRD]\.?\s*\d|\bloi\s+(?:du|n\s?°)|\b(?:Act|Regulations?|Directive)\s+(?:19|20)\d\d|\bsection\s+\d+\s+of\b/i
// « nul » attributive only of an act (« un contrat nul »), never « un risque nul », « un match nul ».
const NUL_HEADS = new Set(['contrat', 'contrats', 'clause', 'clauses', 'avenant', 'avenants', 'engagement', 'engagements', 'bon', 'site', 'sites', 'travail', 'service', 'prestation', 'prestations', 'sav'])
const NOUN_STOP = new Set([...FUNCTION_WORDS, ...STOP_WORDS_FR(), 'ete', 'been', 'etre', 'be', 'avoir', 'fait', 'faits', 'rendu', 'rendus'])

function STOP_WORDS_FR(): string[] {
  return ['et', 'ou', 'mais', 'car', 'donc', 'que', "qu'", 'qui', 'dont', 'de', "d'", 'du', 'a', 'au', 'aux', 'pour', 'par', 'avec', 'sans', 'sur', 'sous', 'dans', 'en', 'est', 'sont', 'etait', 'etaient', 'ne', "n'", 'pas', 'plus', 'and', 'or', 'but', 'that', 'which', 'to', 'for', 'with', 'in', 'on', 'at', 'of', 'by', 'is', 'are', 'was', 'were', 'not', 'as', 'than', 'so', 'very', 'too']
}

// English adverbs in -ly are open-ended ("plainly", "blatantly"); these -ly words are not adverbs.
const LY_NOUNS = new Set(['family', 'supply', 'reply', 'monopoly', 'assembly', 'rally', 'ally', 'bully', 'belly', 'italy', 'july', 'fly', 'holy', 'only'])

/** Whether a token may sit between the copula and the judgement as an adverb or a determiner. */
function modifier(t: string, g: Grammar): boolean {
  return g.fillers.has(t) || g.adverbs.has(t) || (g === EN && t.length >= 5 && t.endsWith('ly') && !LY_NOUNS.has(t))
}

// « loin d'être sérieux », « tout sauf professionnel », "far from fair", "anything but honest",
// "nowhere near good enough": they deny the quality like « pas » / "not".
const DENYING = new Set(['loin', 'sauf', 'far', 'anything', 'nowhere', 'ni', 'neither', 'nor', 'peu', 'less'])
const NEITHER = new Set(['ni', 'nor'])
const SUPERLATIVE_ENTRIES = new Set(['pire'])
const TRAILING_PREPOSITIONS = new Set(['du', 'de', "d'", 'depuis', 'en', 'a', 'sur', 'dans', 'from', 'since', 'in', 'on', 'at', 'across', 'throughout'])
const SANCTIONED = /^(?:condamn|poursuivi|sanctionn|verbalis|convicted|fined|prosecuted|sanctioned)/
const MODALS = new Set(['pourrait', 'pourraient', 'peut', 'peuvent', 'pouvait', 'doit', 'doivent', 'devait', 'devrait', 'devraient', 'risque', 'risquent', 'va', 'vont', 'allait', 'semble', 'semblent', 'parait', 'paraissent'])
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'be', 'ete', 'etait', 'etais'])
const SUPERLATIVE_DET = new Set(['le', 'la', 'les', "l'", 'the', 'most'])

/** Whether the denying word at `j` denies (« loin d'être », "far from", "anything but",
 * "nowhere near"), not « de loin la pire », "by far the worst". */
function denies(tokens: Token[], j: number): boolean {
  const t = tokens[j].fold
  const next = tokens[j + 1]?.fold ?? ''
  if (t === 'loin') return next === "d'" || next === 'de'
  if (t === 'far') return next === 'from'
  if (t === 'anything') return next === 'but'
  if (t === 'nowhere') return next === 'near'
  // « peu sérieux » denies, « un peu nul » does not; "less than honest".
  if (t === 'peu') return tokens[j - 1]?.fold !== 'un'
  if (t === 'less') return next === 'than'
  return true
}
const DENYING_LINKS = new Set(['etre', 'being', 'from', 'near', 'by', 'loin', 'far', 'peu', 'than', 'less'])
// « leur SAV n'a rien de professionnel »: « avoir rien de » + quality.
const HAVE_NOTHING = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront'])

function isNoun(token: Token | undefined): boolean {
  return token !== undefined && LEADING_LETTER.test(token.value) && token.fold.length > 1 && !NOUN_STOP.has(token.fold) && !token.fold.endsWith("'")
}

/** Whether the entry may judge attributively (« un contrat illégal »): `attributive: true`, or a
 * list of the forms that may. */
function attributiveEntry(m: LexiconMatch): boolean {
  const a = m.entry.attributive
  if (a === true) return true
  if (!Array.isArray(a)) return false
  const actual = m.actual.toLowerCase().replace(/[’ʼ]/g, "'")
  return (a as string[]).some((form) => actual.normalize('NFD').replace(COMBINING_MARKS, '') === form.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, ''))
}

/** The noun phrase around an attributive judgement, or undefined (see the call site). */
function attributive(view: TextView, m: LexiconMatch, g: Grammar, lang: Lang): NounPhrase | undefined {
  const tokens = view.tokens
  if (insideQuotes(view, m.start)) return undefined
  const dets = ATTRIBUTIVE_DET[lang]
  const joined = (i: number) => !BOUNDARY_GAP.test(gapAfter(view, i))
  let det = -1
  let head: [number, number]
  let to = m.to
  if (lang === 'fr') {
    // DET NOUN [de NOUN] [ADV] JUDGEMENT
    let h = m.from - 1
    let adverbs = 0
    while (h >= 0 && adverbs < 2 && g.adverbs.has(tokens[h].fold) && joined(h)) {
      h--
      adverbs++
    }
    if (h < 1 || !joined(h) || !isNoun(tokens[h])) return undefined
    let first = h
    if (first >= 3 && (tokens[first - 1].fold === 'de' || tokens[first - 1].fold === "d'") && isNoun(tokens[first - 2]) && joined(first - 2) && joined(first - 1)) first -= 2
    // « une politique commerciale trompeuse », « une clause pénale abusive »: NOUN ADJ JUDGEMENT.
    else if (first >= 2 && !dets.has(tokens[first - 1].fold) && isNoun(tokens[first - 1]) && dets.has(tokens[first - 2].fold) && joined(first - 2) && joined(first - 1)) first -= 1
    det = first - 1
    if (!dets.has(tokens[det].fold) || !joined(det)) return undefined
    if (m.entry.id === 'nul' && !NUL_HEADS.has(tokens[h].fold)) return undefined
    head = [first, h + 1]
  } else {
    // DET [ADV] JUDGEMENT NOUN [NOUN], or DET NOUN JUDGEMENT after "and" (gapped copula)
    if (m.from >= 2 && isNoun(tokens[m.from - 1]) && !g.adverbs.has(tokens[m.from - 1].fold) && !/ly$/.test(tokens[m.from - 1].fold) && dets.has(tokens[m.from - 2].fold) && joined(m.from - 2) && joined(m.from - 1)) {
      det = m.from - 2
      head = [m.from - 1, m.from]
    } else {
      let d = m.from - 1
      let adverbs = 0
      while (d >= 0 && adverbs < 2 && g.adverbs.has(tokens[d].fold) && joined(d)) {
        d--
        adverbs++
      }
      if (d < 0 || !dets.has(tokens[d].fold) || !joined(d) || !joined(m.to - 1) || !isNoun(tokens[m.to]) || g.copulas.has(tokens[m.to].fold)) return undefined
      det = d
      to = m.to + 1
      if (to < tokens.length && joined(to - 1) && isNoun(tokens[to]) && !g.copulas.has(tokens[to].fold) && !/(?:ly|ed)$/.test(tokens[to].fold)) to++
      head = [m.to, to]
    }
  }
  // Gapping: « Leur site est lent et leur hotline inexistante », "… and their hotline useless".
  const postposed = head[1] <= m.from
  let gapped = false
  const before = tokens[det - 1]?.fold
  if (postposed && det > 0 && (['et', 'mais', 'and', 'but'].includes(before ?? '') || /^\s*[,;]\s*$/.test(gapAfter(view, det - 1))) && (to >= tokens.length || !joined(to - 1))) {
    for (let k = det - 1; k >= 0 && det - k < 12; k--) {
      if (g.copulas.has(tokens[k].fold) || g.negatedCopulas.has(tokens[k].fold)) {
        gapped = true
        break
      }
    }
  }
  // « Les sites bâclés pullulent », « Des sites bâclés, il y en a partout »: generic plurals
  // (« … et les formulaires inutilisables » after a copular clause is not generic).
  if (!gapped && lang === 'fr' && (tokens[det].fold === 'les' || (tokens[det].fold === 'des' && det === 0))) return undefined
  // « Une clause abusive est réputée non écrite », "An unfair term is not binding": a definition.
  if (det === 0 && INDEFINITE.has(tokens[0].fold) && to < tokens.length && (g.copulas.has(tokens[to].fold) || g.negatedCopulas.has(tokens[to].fold) || tokens[to].fold === 'ne' || tokens[to].fold === "n'" || g.auxiliaries.has(tokens[to].fold))) return undefined
  // English pre-nominal judgements and French post-nominal ones need an attributive entry unless gapped.
  if (!gapped && (!attributiveEntry(m) || (lang === 'en' && postposed))) return undefined
  if (LAW_TEXT.test(view.text)) return undefined
  // The clause before the noun phrase: denial, hypothesis, reported speech, naming.
  for (let k = det - 1; k >= 0 && det - k <= 10; k--) {
    const t = tokens[k].fold
    if (DENIAL.has(t) || HYPOTHESIS.has(t) || NAMING.has(t) || REPORTED.has(t) || (g.reporting.has(t) && !g.self.has(tokens[k - 1]?.fold ?? ''))) return undefined
    if (!joined(k) && det - k > 1 && !/^\s*,\s*$/.test(gapAfter(view, k))) break
  }
  for (let k = det; k < to; k++) if (NAMING.has(tokens[k].fold)) return undefined
  for (let k = 0; k < det; k++) if (SOURCES.has(tokens[k].fold)) return undefined
  // « condamnée pour des pratiques commerciales trompeuses », "fined for misleading advertising":
  // the name of an offence a court or an authority retained.
  for (let k = Math.max(0, det - 4); k < det; k++) if (SANCTIONED.test(tokens[k].fold)) return undefined
  return {from: det, to, head, gapped}
}

// Subjects up to 11 tokens: « L'indemnité de sortie prévue à l'article 12 est léonine ».
const MAX_SUBJECT = 12
// « Le risque est nul »: « nul » of a quantity is a measure, not a judgement.
const CIRCUMSTANCES = new Set(['reseau', 'connexion', 'signal', 'meteo', 'adresse', 'numero', 'moment', 'timing', 'conjoncture', 'saison', 'sante', 'vue', 'chance',
  'network', 'connection', 'signal', 'reception', 'weather', 'address', 'number', 'timing', 'health', 'eyesight', 'luck'])
const OWN_STATE = new Set(['experience', 'situation', 'vie', 'moral', 'sante', 'tresorerie', 'finances', 'sommeil', 'journee', 'semaine', 'annee', 'quotidien', 'ressenti', 'etat',
  'life', 'health', 'finances', 'sleep', 'day', 'week', 'year', 'situation', 'state', 'morale', 'cash', 'cashflow'])
const FORMER = new Set(['ancien', 'ancienne', 'anciens', 'anciennes', 'precedent', 'precedente', 'old', 'previous', 'former'])
const OWN = new Set(['mon', 'ma', 'mes', 'notre', 'nos', 'my', 'our'])

/** Whether one of tokens [from, to) is in `set` (no array copy). */
function someIn(tokens: Token[], from: number, to: number, set: Set<string>): boolean {
  for (let k = from; k < to && k < tokens.length; k++) if (set.has(tokens[k].fold)) return true
  return false
}

const NUL_NEUTRAL = new Set(['visites', 'visite', 'nombre', 'trafic', 'audience', 'ventes', 'contacts', 'appels', 'commandes', 'clics', 'retombees', 'chiffre', 'resultats', 'risque', 'risques', 'cout', 'couts', 'solde', 'soldes', 'impact', 'effet', 'effets', 'montant', 'ecart', 'resultat', 'score', 'match', 'gain', 'gains', 'benefice', 'reste', 'taux', 'delai', 'frais', 'interet', 'interets', 'bilan', 'debit', 'credit', 'apport', 'chance', 'chances', 'probabilite'])
const GENERIC_SUBJECT = new Set(['les', 'des', 'toute', 'tout', 'toutes', 'tous', 'all', 'any'])
const GRAMMAR_DISCOURSE = new Set([...FR.discourse, ...EN.discourse])
const REPORTED = new Set(['dit', 'explique', 'affirme', 'assure', 'confirme', 'ecrit', 'repondu', 'precise', 'indique', 'souligne', 'affirmait', 'disait', 'expliquait', 'said', 'says', 'told', 'tells', 'explained', 'wrote', 'claimed', 'claims', 'insisted', 'replied', 'confirmed'])
/** Nouns after a superlative that make it a matter of timing, not a judgement of someone. */
const NEUTRAL_HEADS = new Set(['moment', 'moments', 'periode', 'jour', 'jours', 'annee', 'mois', 'semaine', 'saison', 'heure', 'idee', 'decision', 'choix', 'time', 'times', 'day', 'days', 'year', 'month', 'week', 'season', 'idea', 'decision', 'choice', 'period'])
const HYPOTHESIS = new Set(['si', 'if', 'whether', 'unless', 'lorsque', 'quand', 'when', 'suppose', 'supposing', 'even'])

/** Words that end the noun group after a judgement (prepositions, conjunctions, relatives). */
const STOP: Record<Lang, Set<string>> = {
  fr: new Set(['et', 'ou', 'mais', 'car', 'donc', 'que', "qu'", 'qui', 'dont', 'ou', 'de', "d'", 'du', 'des', 'a', 'au', 'aux', 'pour', 'par', 'avec', 'sans', 'sur', 'sous', 'dans', 'en', 'depuis', 'pendant', 'jusqu', "jusqu'", 'selon', 'comme', 'quand', 'si', 'je', "j'", 'il', 'ils', 'elle', 'elles', 'on', 'nous', 'vous', 'ce', "c'", 'est', 'sont', 'le', 'la', 'les', "l'", 'un', 'une', 'ne', "n'", 'pas', 'plus', 'aussi', 'deja', 'encore', 'toujours', 'jamais']),
  en: new Set(['and', 'or', 'but', 'because', 'that', 'which', 'who', 'whom', 'to', 'for', 'with', 'in', 'on', 'at', 'of', 'by', 'from', 'since', 'as', 'than', 'i', "i'", 'they', "they'", 'we', 'you', 'he', 'she', 'it', 'is', 'are', 'was', 'were', 'the', 'a', 'an', 'if', 'when', 'so', 'too', 'ever', 'have', 'has', 'had', 'not', 'no'])
}

const QUOTE_MARK = /[«»“”"]/g
const quoteCache = objectCache<TextView, Array<[number, number]>>('quotes')

/** Whether a text index of the view lies inside quotation marks (someone else's words). */
function insideQuotes(view: TextView, index: number): boolean {
  let spans = quoteCache.get(view)
  if (!spans) {
    // One pass per view: the quoted stretches, in order.
    spans = []
    let open = 0
    let straight = -1
    let from = -1
    QUOTE_MARK.lastIndex = 0
    let found: RegExpExecArray | null
    while ((found = QUOTE_MARK.exec(view.text))) {
      const c = found[0]
      if (c === '«' || c === '“') {
        if (open++ === 0) from = found.index
      } else if ((c === '»' || c === '”') && open > 0) {
        if (--open === 0) spans.push([from, found.index])
      } else if (c === '"') {
        if (straight === -1) straight = found.index
        else {
          spans.push([straight, found.index])
          straight = -1
        }
      }
    }
    if (open > 0) spans.push([from, view.text.length])
    if (straight !== -1) spans.push([straight, view.text.length])
    quoteCache.set(view, spans)
  }
  return spans.some(([a, b]) => index > a && index < b)
}

/** « Je sais que … », "I know that …": the start of a short first-person main clause, or -1. */
function mainClause(view: TextView, subject: number, g: Grammar): number {
  const tokens = view.tokens
  const before = tokens[subject - 1]?.fold
  if (before !== 'que' && before !== "qu'" && before !== 'that') return -1
  let i = subject - 1
  while (i > 0 && subject - i <= 5 && !BOUNDARY_GAP.test(gapBefore(view, i))) i--
  if (subject - i > 5 || (i > 0 && !BOUNDARY_GAP.test(gapBefore(view, i)))) return -1
  return g.self.has(tokens[i].fold) || ['il', 'it', "c'", 'ce', "it'"].includes(tokens[i].fold) ? i : -1
}

export default rule.plugin
