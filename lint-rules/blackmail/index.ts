/**
 * @module blackmail
 * @summary-fr Retrait ou non-publication d'un témoignage, ou silence médiatique, lié à de l'argent ou à une concession.
 * @summary-en Taking down or not publishing a testimony, or not going to the media, linked to money or a concession.
 *
 * ## Ce qui est signalé
 *
 * Une phrase (ou une phrase suivie d'une autre qui commence par « Sinon », « À défaut », « En
 * échange »…) qui lie **trois éléments** :
 *
 * 1. une publication, un retrait ou les médias : publier, diffuser, retirer, supprimer, effacer,
 *    témoignage, avis, article, vidéo, presse, journalistes, RTL, TV, réseaux sociaux, « mauvaise
 *    pub », silence… ;
 *    Le silence compte aussi sans mot des médias : « cette histoire restera entre nous », « on n'en
 *    parle plus », « je ne dirai rien », « je me tais » ;
 * 2. une condition ou un échange : si, sauf si, à condition que, tant que, à moins que, en échange
 *    de, contre, moyennant, dès que, soit… soit…, « Remboursez-moi ou je publie », un impératif
 *    coordonné (« Virez-moi 1 200 € et je retire mes avis », « Faites-moi un avoir et… »), la
 *    condition dite par un nom (« ma condition pour retirer mon avis : … », « mon prix pour me
 *    taire »), une proposition en question (« Que diriez-vous d'un geste commercial en échange de la
 *    suppression de mon avis ? », « Seriez-vous prêts à annuler si je retire… ? »), la
 *    juxtaposition (« Vous effacez la dette, j'efface mes avis. », « Je vous propose un marché : … ») ;
 * 3. de l'argent ou une concession : remboursement, annulation, résiliation, indemnité, geste
 *    commercial, avoir, argent, €, mensualités, prélèvements, virer, verser, « solder mon dossier »,
 *    « effacer la dette », « reprendre le matériel »…
 *
 * Aussi (sonde de novembre 2026) : le public comme sujet (« tout le quartier saura ») ; le tiroir et le
 * silence imagés (« restera dans mon tiroir », « je ne parlerai plus jamais de », « je tiendrai ma
 * langue ») ; la concession par pronom (« supprimez-les et mon avis disparaît ») ; la question puis sa
 * réponse (« Retirer mes avis ? Avec plaisir, dès que… », « Vous refusez de rembourser ? Alors je
 * publie. ») ; la condition seule en deuxième phrase (« … Sauf si vous me remboursez. ») ; le registre
 * soutenu (« sous réserve de », « dès lors que », « dépendra de ») ; le but (« Pour que mes avis
 * disparaissent, annulez… ») ; l'ultimatum (« avant que je publie », « passé ce délai ») ; l'offre en
 * tête (« Pour 3 000 €, … », « Avec un geste commercial, … ») ; le prix d'une publication (« Ma vidéo a
 * un prix ») ; l'escalade (« Encore un prélèvement et… ») ; l'insinuation après points de suspension
 * (« … Un geste commercial réglerait tout. ») ; le retrait par pronom dans la phrase suivante (« Mon avis
 * est en ligne ; remboursez-moi et je le retire. ») ; ne pas nommer (« je ne citerai pas votre nom »).
 *
 * Dans les deux sens : « je retirerai mon avis si vous me remboursez » comme « je publierai tout si
 * je ne suis pas remboursé », « sauf si vous me remboursez, mon témoignage partira à la presse »,
 * « en échange de mon silence ».
 *
 * ## Pourquoi
 *
 * Obtenir ou tenter d'obtenir de l'argent, une signature, un engagement ou une renonciation en
 * menaçant de révéler des faits qui portent atteinte à l'honneur, c'est le **chantage** (C. pén.,
 * art. 312-10) : cinq ans d'emprisonnement et 75 000 € d'amende, **que les faits soient vrais ou
 * non**, et la tentative est punie de la même façon. Le guide d'origine suggère de proposer de ne pas
 * aller voir les médias « en échange de l'équivalent de 20 mensualités » : c'est précisément ce que
 * le texte punit. Témoin n'écrit jamais de reformulation qui garde le marché.
 *
 * ## Que faire à la place
 *
 * Séparer les deux démarches. Réclamer ce qui vous est dû par une mise en demeure (« Je vous mets en
 * demeure de … ; à défaut, je saisirai la juridiction compétente. ») et décider de publier ou non
 * votre témoignage indépendamment de la réponse (« Je publierai mon témoignage dans tous les cas. »).
 *
 * ## Ce qui n'est pas signalé
 *
 * Une mise en demeure ou l'annonce d'une action en justice (« sans réponse sous 8 jours, je saisirai
 * le tribunal »), une publication annoncée quelle que soit la réponse (« dans tous les cas », « que
 * vous me remboursiez ou non »), l'offre de corriger une erreur factuelle (« si une date est
 * inexacte, je la corrigerai »), une simple demande de remboursement, le récit au passé (« j'ai
 * publié mon avis quand ils ont refusé de me rembourser »), l'offre faite par l'autre partie
 * (« l'agence m'a proposé un remboursement contre le retrait de mon avis », « le commercial m'a
 * promis un avoir… »), une question sur le droit (« ai-je le droit de… ? »), le conseil aux lecteurs
 * (« demandez un avoir et publiez votre avis »), le démenti (« je n'ai jamais demandé d'argent en
 * échange du retrait de mon avis »), une question sans marché (« Que diriez-vous de me rembourser
 * avant la fin du mois ? »), le refus (« Retirer mon avis contre un remboursement ? Jamais. », « je refuse
 * de retirer… contre… »), la menace ou l'exigence de l'autre partie (« ils m'ont menacé de poursuites
 * si… »), un retrait fait par un tiers (« supprimé par la plateforme »).
 *
 * ---
 *
 * **What is flagged:** a sentence (or a sentence plus the next one when it opens with "Otherwise",
 * "In return"…) that links a publication, withdrawal or media cue, a condition or exchange cue and a
 * money or concession cue, in either direction: "I'll take the review down if you refund me",
 * "unless you cancel, I go to the press", "for my silence". Silence counts without a media word
 * ("this stays between us", "nobody hears about this"); the condition may be an imperative joined by
 * "and"/"or" ("Give me a credit note and I'll delete my review"), a noun ("my price for taking it
 * down"), or a proposal in a question ("Would you consider cancelling … in exchange for me deleting
 * …?", "How about a refund and I take the post down?"); money includes waive, write off, credit
 * note.
 *
 * **Why:** French Criminal Code art. 312-10 (chantage) punishes obtaining or trying to obtain money,
 * a signature or a waiver by threatening to reveal facts damaging to someone's honour: five years and
 * €75,000, whether or not the facts are true; an attempt is punished alike.
 *
 * **Instead:** keep the two apart: send a formal notice for what you are owed ("I give you formal
 * notice to …; failing that, I will refer the matter to the competent court.") and decide on
 * publication regardless of the answer. No quick fix is offered: any rewrite that keeps the bargain
 * is still blackmail.
 *
 * **Not flagged:** a formal notice or a threat of legal action, publication announced "whatever you
 * decide", offering to correct a factual error, a plain refund request, past narrative, the other
 * side's offer or promise, a question about the law, advice to readers ("ask for a credit note and
 * post your review anyway"), a denial ("I never asked for a refund in exchange for…").
 *
 * @example
 *   {"lang": "fr", "flags": ["retirerai mon témoignage si vous me remboursez"]}
 *   Je retirerai mon témoignage si vous me remboursez.
 * @example
 *   {"lang": "fr", "flags": ["supprime mon article contre l'annulation"]}
 *   Je supprime mon article contre l'annulation du contrat.
 * @example
 *   {"lang": "fr", "flags": ["contacterai pas RTL si vous annulez"]}
 *   Je ne contacterai pas RTL si vous annulez.
 * @example
 *   {"lang": "fr", "flags": ["publierai tout si je ne suis pas remboursé"]}
 *   Je publierai tout si je ne suis pas remboursé.
 * @example
 *   {"lang": "fr", "flags": ["Sauf si vous me remboursez, mon témoignage partira à la presse"]}
 *   Sauf si vous me remboursez, mon témoignage partira à la presse.
 * @example
 *   {"lang": "fr", "flags": ["en échange de mon silence"]}
 *   Je veux bien oublier toute l'affaire en échange de mon silence.
 * @example
 *   {"lang": "fr", "flags": ["Remboursez-moi les 1 900 € et cette vidéo disparaîtra"]}
 *   **Remboursez-moi les 1 900 € et cette vidéo disparaîtra.**
 * @example
 *   {"lang": "fr", "flags": ["soit vous résiliez, soit j'appelle France 3"]}
 *   Deux options : soit vous résiliez, soit j'appelle France 3.
 * @example
 *   {"lang": "fr", "flags": ["Annulez les prélèvements. Sinon, les journalistes"]}
 *   Annulez les prélèvements. Sinon, les journalistes de ma région recevront tout le dossier.
 * @example
 *   {"lang": "fr", "flags": ["retirerais volontiers mes avis Google, à condition que vous renonciez aux mensualités"]}
 *   Je retirerais volontiers mes avis Google, à condition que vous renonciez aux mensualités restantes.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Sans réponse de votre part sous huit jours, je saisirai le tribunal de commerce.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je vous mets en demeure de me rembourser la somme de 2 150 € ; à défaut, je saisirai la juridiction compétente.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je publierai mon témoignage dans tous les cas, que vous me remboursiez ou non.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Si une date de mon article est inexacte, je la corrigerai volontiers.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'ai publié mon avis quand ils ont refusé de me rembourser.
 * @example
 *   {"lang": "fr", "flags": []}
 *   L'agence m'a proposé un remboursement partiel contre le retrait de mon avis ; j'ai refusé.
 * @example
 *   {"lang": "fr", "flags": []}
 *   À mon avis, si vous me remboursez, nous éviterons une procédure longue.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'écris mon témoignage contre l'agence qui refuse de résilier le contrat.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ai-je le droit de retirer mon avis si l'agence me rembourse ?
 * @example
 *   {"lang": "en", "flags": ["take the review down if you refund me"]}
 *   I'll take the review down if you refund me.
 * @example
 *   {"lang": "en", "flags": ["Unless you cancel, I go to the press"]}
 *   Unless you cancel, I go to the press.
 * @example
 *   {"lang": "en", "flags": ["£2,000 for my silence"]}
 *   I want £2,000 for my silence.
 * @example
 *   {"lang": "en", "flags": ["Refund the deposit or I post the whole story on Facebook"]}
 *   Refund the deposit or I post the whole story on Facebook.
 * @example
 *   {"lang": "en", "flags": ["stays online until you cancel the direct debits"]}
 *   The video stays online until you cancel the direct debits.
 * @example
 *   {"lang": "en", "flags": []}
 *   If I receive no answer within 15 days, I will take the matter to the small claims court.
 * @example
 *   {"lang": "en", "flags": []}
 *   I will publish my testimony next week, whatever you decide about the refund.
 * @example
 *   {"lang": "en", "flags": []}
 *   They offered me a refund if I removed my review, and I said no.
 * @example
 *   {"lang": "en", "flags": []}
 *   If you refund me, I will be grateful; I am asking for the money back by post.
 * @example
 *   {"lang": "fr", "flags": ["Virez-moi 1 200 € et je retire"]}
 *   Virez-moi 1 200 € et je retire mes avis.
 * @example
 *   {"lang": "fr", "flags": ["Remboursez les frais d'installation et cette histoire restera entre nous"]}
 *   Remboursez les frais d'installation et cette histoire restera entre nous.
 * @example
 *   {"lang": "fr", "flags": ["Annulez les mensualités restantes et on n'en parle plus"]}
 *   Annulez les mensualités restantes et on n'en parle plus.
 * @example
 *   {"lang": "fr", "flags": ["Soldez mon dossier, sinon l'article part à la presse"]}
 *   Soldez mon dossier, sinon l'article part à la presse.
 * @example
 *   {"lang": "fr", "flags": ["Effacez la dette et je ne dirai rien"]}
 *   Effacez la dette et je ne dirai rien.
 * @example
 *   {"lang": "fr", "flags": ["Reprenez le matériel et je supprime"]}
 *   Reprenez le matériel et je supprime ma vidéo.
 * @example
 *   {"lang": "fr", "flags": ["un avoir et mes commentaires disparaissent"]}
 *   Faites-moi un avoir et mes commentaires disparaissent.
 * @example
 *   {"lang": "fr", "flags": ["Ma condition pour retirer mon avis : la résiliation"]}
 *   Ma condition pour retirer mon avis : la résiliation du contrat.
 * @example
 *   {"lang": "fr", "flags": ["Mon prix pour me taire : 3 000 €"]}
 *   Mon prix pour me taire : 3 000 €.
 * @example
 *   {"lang": "fr", "flags": ["geste commercial en échange de la suppression"]}
 *   Que diriez-vous d'un geste commercial en échange de la suppression de mon avis ?
 * @example
 *   {"lang": "fr", "flags": ["annuler le contrat si je retire"]}
 *   Seriez-vous prêts à annuler le contrat si je retire mon témoignage ?
 * @example
 *   {"lang": "fr", "flags": ["Si le loueur accepte de résilier, je m'engage à ne rien publier"]}
 *   Si le loueur accepte de résilier, je m'engage à ne rien publier.
 * @example
 *   {"lang": "fr", "flags": ["Si vous me remboursez, cette histoire restera entre nous"]}
 *   Si vous me remboursez, cette histoire restera entre nous.
 * @example
 *   {"lang": "fr", "flags": ["Payez et je me tais"]}
 *   Payez et je me tais.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Demandez un avoir et publiez votre avis, c'est votre droit.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ma condition pour signer un nouveau contrat : un prix clair.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le commercial m'a promis un avoir en échange de la suppression de mon avis ; j'ai refusé.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je n'ai jamais demandé de remboursement en échange du retrait de mon avis.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Que diriez-vous de me rembourser avant la fin du mois ?
 * @example
 *   {"lang": "fr", "flags": []}
 *   Soldez mon dossier sous huit jours ; à défaut, je saisirai le tribunal.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ce que je vous écris restera entre nous : je préfère régler cela par courrier.
 * @example
 *   {"lang": "en", "flags": ["Pay me back or I post the recording on Facebook"]}
 *   Pay me back or I post the recording on Facebook.
 * @example
 *   {"lang": "en", "flags": ["My price for taking it down is a full refund"]}
 *   My price for taking it down is a full refund.
 * @example
 *   {"lang": "en", "flags": ["cancelling the contract in exchange for me deleting"]}
 *   Would you consider cancelling the contract in exchange for me deleting my review?
 * @example
 *   {"lang": "en", "flags": ["refund and I take the post down"]}
 *   How about a refund and I take the post down?
 * @example
 *   {"lang": "en", "flags": ["If you waive the fees, I won't go to the papers"]}
 *   If you waive the fees, I won't go to the papers.
 * @example
 *   {"lang": "en", "flags": ["If you refund me, this stays between us"]}
 *   If you refund me, this stays between us.
 * @example
 *   {"lang": "en", "flags": ["Write off the balance and nobody hears"]}
 *   Write off the balance and nobody hears about this.
 * @example
 *   {"lang": "en", "flags": ["credit note and I'll delete"]}
 *   Give me a credit note and I'll delete my review.
 * @example
 *   {"lang": "en", "flags": []}
 *   Ask for a credit note and post your review anyway.
 * @example
 *   {"lang": "en", "flags": []}
 *   I never asked for a refund in exchange for deleting my review.
 * @example
 *   {"lang": "en", "flags": []}
 *   How about a refund? My review is already online and stays there.
 * @example
 *   {"lang": "en", "flags": []}
 *   They wrote off the balance and I updated my review to say so.
 * @example
 *   {"lang": "en", "flags": []}
 *   Sign the papers for the refund and send them back by Friday.
 * @example
 *   {"lang": "fr", "flags": ["Je vous propose un marché : vous annulez le contrat, je retire"]}
 *   Je vous propose un marché : vous annulez le contrat, je retire mon avis.
 * @example
 *   {"lang": "fr", "flags": ["effacez la dette, j'efface"]}
 *   Vous effacez la dette, j'efface mes avis.
 * @example
 *   {"lang": "fr", "flags": ["Que penseriez-vous d'un avoir de 300 € ? Je retirerais"]}
 *   Que penseriez-vous d'un avoir de 300 € ? Je retirerais alors mon témoignage.
 * @example
 *   {"lang": "fr", "flags": ["geste commercial contre le retrait"]}
 *   Accepteriez-vous un geste commercial contre le retrait de ma vidéo ?
 * @example
 *   {"lang": "fr", "flags": ["Si vous versez l'indemnité, je garderai tout ça pour moi"]}
 *   Si vous versez l'indemnité, je garderai tout ça pour moi.
 * @example
 *   {"lang": "fr", "flags": ["Si vous soldez mon dossier, je ne contacterai pas la presse"]}
 *   Si vous soldez mon dossier, je ne contacterai pas la presse.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Vous avez annulé le contrat, j'ai retiré mon avis comme promis au médiateur.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Vous me devez 2 000 €, je publie mon témoignage pour prévenir les autres clients.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Que penseriez-vous d'un avoir de 300 € ? J'attends votre réponse écrite.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'ai payé contre la publication d'une annonce sur leur site.
 * @example
 *   {"lang": "en", "flags": ["cancel the contract, I delete"]}
 *   You cancel the contract, I delete the review.
 * @example
 *   {"lang": "en", "flags": ["Cancel my contract and I'll stop posting"]}
 *   Cancel my contract and I'll stop posting about you.
 * @example
 *   {"lang": "en", "flags": ["If you write off what I owe, I'll keep my story off social media"]}
 *   If you write off what I owe, I'll keep my story off social media.
 * @example
 *   {"lang": "en", "flags": ["Credit my account and I'll keep quiet"]}
 *   Credit my account and I'll keep quiet about the whole thing.
 * @example
 *   {"lang": "en", "flags": []}
 *   You refunded me, I updated my review to say so.
 * @example
 *   {"lang": "en", "flags": []}
 *   You owe me £2,000, I am publishing my review to warn others.
 * @example
 *   {"lang": "en", "flags": []}
 *   How about a refund? I will publish my review regardless.
 * @example
 *   {"lang": "en", "flags": []}
 *   I paid for the publication of an ad on their site.
 * @example
 *   {"lang": "fr", "flags": ["Rendez-moi mon acompte et je supprime"]}
 *   Rendez-moi mon acompte et je supprime mon avis.
 * @example
 *   {"lang": "fr", "flags": ["remboursement intégral, et mon avis disparaît"]}
 *   Un remboursement intégral, et mon avis disparaît.
 * @example
 *   {"lang": "fr", "flags": ["Pour peu que vous me remboursiez, mon témoignage ne verra jamais le jour"]}
 *   Pour peu que vous me remboursiez, mon témoignage ne verra jamais le jour.
 * @example
 *   {"lang": "fr", "flags": ["retirerai mes avis à réception du virement"]}
 *   Je retirerai mes avis à réception du virement.
 * @example
 *   {"lang": "fr", "flags": ["restera dans mes tiroirs si vous résiliez"]}
 *   Mon témoignage restera dans mes tiroirs si vous résiliez le contrat.
 * @example
 *   {"lang": "fr", "flags": ["Payez, ou la vidéo fera le tour des réseaux"]}
 *   Payez, ou la vidéo fera le tour des réseaux.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le remboursement et la publication de mon avis ont eu lieu le même jour.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ce projet ne verra jamais le jour, et je demande le remboursement de l'acompte.
 * @example
 *   {"lang": "en", "flags": ["Should you decide to waive the remaining payments, I will not publish"]}
 *   Should you decide to waive the remaining payments, I will not publish my story.
 * @example
 *   {"lang": "en", "flags": ["Were you to refund me, the article would never see the light of day"]}
 *   Were you to refund me, the article would never see the light of day.
 * @example
 *   {"lang": "en", "flags": ["Pay up, or the video goes viral"]}
 *   Pay up, or the video goes viral.
 * @example
 *   {"lang": "en", "flags": ["refund, and the review disappears"]}
 *   A full refund, and the review disappears.
 * @example
 *   {"lang": "en", "flags": []}
 *   My deposit was taken in March and my review went online in April.
 * @example
 *   {"lang": "en", "flags": []}
 *   Should you wish to discuss the refund, my review explains the whole story.
 * @example
 *   {"lang": "fr", "flags": ["Virez-moi 1 200 € et je retire"]}
 *   « Virez-moi 1 200 € et je retire mes avis », leur ai-je écrit.
 * @example
 *   {"lang": "fr", "flags": ["REMBOURSEZ-MOI ET CETTE HISTOIRE RESTERA ENTRE NOUS"]}
 *   REMBOURSEZ-MOI ET CETTE HISTOIRE RESTERA ENTRE NOUS.
 * @example
 *   {"lang": "fr", "flags": ["Effacez l'ardoise et je ne publie"]}
 *   Effacez l'ardoise et je ne publie rien.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Remboursez-vous les clients mécontents ? Mon article pose la question.
 * @example
 *   {"lang": "en", "flags": ["Pay me back or I post everything"]}
 *   **Pay me back or I post everything.**
 * @example
 *   {"lang": "en", "flags": ["cancel the contract if I took down"]}
 *   Would you be prepared to cancel the contract if I took down my review?
 * @example
 *   {"lang": "en", "flags": ["My price for keeping quiet is £3,000"]}
 *   My price for keeping quiet is £3,000.
 * @example
 *   {"lang": "en", "flags": []}
 *   "Refund me," I wrote; my review stays online whatever happens.
 * @example
 *   {"lang": "fr", "flags": ["geste commercial ferait disparaître"]}
 *   Un geste commercial ferait disparaître mon avis.
 * @example
 *   {"lang": "fr", "flags": ["Pas de remboursement, pas de retrait"]}
 *   Pas de remboursement, pas de retrait.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Un remboursement me ferait plaisir, mais mon avis restera en ligne dans tous les cas.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Leur service client ferait mieux de rembourser les clients ; c'est ce que dit mon article.
 * @example
 *   {"lang": "en", "flags": ["goodwill gesture would make my review disappear"]}
 *   A goodwill gesture would make my review disappear.
 * @example
 *   {"lang": "en", "flags": ["Once you've cancelled the contract, my review will be deleted"]}
 *   Once you've cancelled the contract, my review will be deleted.
 * @example
 *   {"lang": "en", "flags": ["No refund, no deletion"]}
 *   No refund, no deletion.
 * @example
 *   {"lang": "en", "flags": ["Refund = review removed"]}
 *   Refund = review removed.
 * @example
 *   {"lang": "en", "flags": []}
 *   My review was deleted by the platform after they complained, and I am still waiting for my refund.
 * @example
 *   {"lang": "en", "flags": []}
 *   A refund would make me happy; my review is online anyway.
 * @example
 *   {"lang": "en", "flags": []}
 *   If you have been mis-sold a contract, ask for a refund and share your story online.
 * @example
 *   {"lang": "fr", "flags": ["rembourses et je retire"]}
 *   Tu me rembourses et je retire mon avis.
 * @example
 *   {"lang": "fr", "flags": ["tout effacer contre la résiliation"]}
 *   Je suis prête à tout effacer contre la résiliation.
 * @example
 *   {"lang": "fr", "flags": ["Résiliation du contrat contre retrait"]}
 *   Résiliation du contrat contre retrait de mes avis : voilà ma proposition.
 * @example
 *   {"lang": "fr", "flags": ["Vous voulez que mon avis disparaisse ? Remboursez"]}
 *   Vous voulez que mon avis disparaisse ? Remboursez-moi.
 * @example
 *   {"lang": "fr", "flags": []}
 *   On annule souvent des contrats et on publie des avis, c'est la vie.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Vous voulez que je retire mon avis ? Il restera en ligne, que vous me remboursiez ou non.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Un remboursement et un avis publié : voilà ce que j'ai obtenu après six mois.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La résiliation contre l'avis de mon avocat n'était pas une option.
 * @example
 *   {"lang": "en", "flags": ["You want my review gone? Refund me"]}
 *   You want my review gone? Refund me.
 * @example
 *   {"lang": "en", "flags": ["Refund against removal"]}
 *   Refund against removal of my reviews: that is my offer.
 * @example
 *   {"lang": "en", "flags": []}
 *   If you want a refund, write to them first and then post your review.
 * @example
 *   {"lang": "en", "flags": []}
 *   You want to know what happened? Read my review, then ask for a refund.
 * @example
 *   {"lang": "fr", "flags": ["Annulez le contrat et votre agence disparaît"]}
 *   Annulez le contrat et votre agence disparaît de mes avis.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Que diriez-vous de demander un geste commercial et de publier votre avis ensuite ?
 * @example
 *   {"lang": "fr", "flags": []}
 *   Résiliez votre contrat et publiez votre témoignage sur les forums, c'est mon conseil.
 * @example
 *   {"lang": "en", "flags": []}
 *   Why not ask for a refund and share your experience online?
 * @example
 *   {"lang": "en", "flags": []}
 *   Cancel your contract and publish your review online, that's my advice to other customers.
 * @example
 *   {"lang": "fr", "flags": ["remboursement, mon silence"]}
 *   Votre remboursement, mon silence. Simple.
 * @example
 *   {"lang": "fr", "flags": ["Libérez-moi du contrat et le journal local n'entendra parler de rien"]}
 *   Libérez-moi du contrat et le journal local n'entendra parler de rien.
 * @example
 *   {"lang": "fr", "flags": ["Réglez-moi ce que vous me devez et vous ne verrez plus jamais d'avis"]}
 *   Réglez-moi ce que vous me devez et vous ne verrez plus jamais d'avis de ma part.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Votre remboursement, mon avocat s'en occupe ; mon avis reste en ligne.
 * @example
 *   {"lang": "en", "flags": ["retract my review should you cancel"]}
 *   I'll happily retract my review should you cancel the agreement.
 * @example
 *   {"lang": "en", "flags": ["refund and I'll make the Facebook post disappear"]}
 *   Sort out my refund and I'll make the Facebook post disappear.
 * @example
 *   {"lang": "en", "flags": ["Make it right with a refund, then I'll delete"]}
 *   Make it right with a refund, then I'll delete the thread.
 * @example
 *   {"lang": "en", "flags": ["forget the whole story in exchange for a refund"]}
 *   I'm prepared to forget the whole story in exchange for a refund.
 * @example
 *   {"lang": "en", "flags": []}
 *   Get a refund and post your review: that's what I did.
 * @example
 *   {"lang": "en", "flags": ["Refund me by Friday or the whole street reads"]}
 *   Refund me by Friday or the whole street reads my review.
 * @example
 *   {"lang": "fr", "flags": ["Remboursez-moi avant vendredi ou toute la ville lira"]}
 *   Remboursez-moi avant vendredi ou toute la ville lira mon témoignage.
 * @example
 *   {"lang": "fr", "flags": ["Payez ou tout le quartier saura"]}
 *   Payez ou tout le quartier saura ce que vous m'avez fait.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Toute la ville connaît cette agence depuis des années.
 * @example
 *   {"lang": "en", "flags": ["disappear if the invoice"]}
 *   My review could easily disappear if the invoice disappeared too.
 * @example
 *   {"lang": "fr", "flags": ["disparaître si votre facture"]}
 *   Curieux comme mon billet pourrait disparaître si votre facture en faisait autant.
 * @example
 *   {"lang": "en", "flags": ["fees are unfair: drop them and I delete"]}
 *   Those fees are unfair: drop them and I delete the post.
 * @example
 *   {"lang": "fr", "flags": ["supprimez-les et mon avis disparaît"]}
 *   Vos frais sont abusifs ; supprimez-les et mon avis disparaît.
 * @example
 *   {"lang": "fr", "flags": ["remboursez-moi et je la supprime"]}
 *   Voici ma vidéo : remboursez-moi et je la supprime.
 * @example
 *   {"lang": "en", "flags": []}
 *   Your fees are abusive; I dispute them and my review explains why.
 * @example
 *   {"lang": "en", "flags": ["If the debits don't stop, I'll post the whole story online"]}
 *   If the debits don't stop, I'll post the whole story online.
 * @example
 *   {"lang": "fr", "flags": ["Si les prélèvements continuent, ma vidéo part sur YouTube"]}
 *   Si les prélèvements continuent, ma vidéo part sur YouTube.
 * @example
 *   {"lang": "fr", "flags": ["Supprimer ma vidéo ? Volontiers, dès que vous aurez annulé"]}
 *   Supprimer ma vidéo ? Volontiers, dès que vous aurez annulé le contrat.
 * @example
 *   {"lang": "en", "flags": ["Take my review down? Gladly, once the debits"]}
 *   Take my review down? Gladly, once the debits stop.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Retirer mon avis contre un remboursement ? Jamais.
 * @example
 *   {"lang": "en", "flags": []}
 *   Delete my review for a refund? Never.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Pourquoi ai-je publié mon avis ? Parce que vous ne m'avez pas remboursé.
 * @example
 *   {"lang": "fr", "flags": ["restera dans mon tiroir à une condition : le remboursement"]}
 *   Mon enregistrement restera dans mon tiroir à une condition : le remboursement intégral.
 * @example
 *   {"lang": "fr", "flags": ["sous le coude si vous résiliez"]}
 *   Je garderai la vidéo sous le coude si vous résiliez le contrat.
 * @example
 *   {"lang": "en", "flags": ["under wraps if you cancel"]}
 *   I will keep the footage under wraps if you cancel the contract.
 * @example
 *   {"lang": "fr", "flags": ["Annulez mes loyers et je ne parlerai plus jamais de"]}
 *   Annulez mes loyers et je ne parlerai plus jamais de votre agence.
 * @example
 *   {"lang": "fr", "flags": ["Remboursez-moi et vous n'entendrez plus jamais parler"]}
 *   Remboursez-moi et vous n'entendrez plus jamais parler de moi.
 * @example
 *   {"lang": "en", "flags": ["Cancel my instalments and I will never mention your"]}
 *   Cancel my instalments and I will never mention your agency again.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je ne parlerai plus jamais à ce commercial, et j'attends mon remboursement.
 * @example
 *   {"lang": "fr", "flags": ["supprimer notre témoignage sous réserve d'un dédommagement"]}
 *   Nous sommes disposés à supprimer notre témoignage sous réserve d'un dédommagement.
 * @example
 *   {"lang": "en", "flags": ["remove our testimony subject to compensation"]}
 *   We are prepared to remove our testimony subject to compensation.
 * @example
 *   {"lang": "en", "flags": ["delete our reviews if you offered us a goodwill gesture"]}
 *   We would delete our reviews if you offered us a goodwill gesture.
 * @example
 *   {"lang": "en", "flags": ["if you refunded me and I deleted"]}
 *   What if you refunded me and I deleted my review?
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je refuse de retirer mon témoignage contre un geste commercial.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je ne retirerai pas mon avis en échange d'un remboursement.
 * @example
 *   {"lang": "en", "flags": []}
 *   I won't take my review down in exchange for a discount.
 * @example
 *   {"lang": "fr", "flags": ["retirerai mon avis que contre un remboursement"]}
 *   Je ne retirerai mon avis que contre un remboursement intégral.
 * @example
 *   {"lang": "en", "flags": ["take my review down until you refund me"]}
 *   I won't take my review down until you refund me.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le commercial m'a dit que mon avis disparaîtrait si j'acceptais un geste commercial.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je n'ai jamais proposé de retirer mon avis en échange d'un remboursement.
 * @example
 *   {"lang": "en", "flags": []}
 *   I never offered to remove my review in return for a refund.
 * @example
 *   {"lang": "en", "flags": ["take down my video in exchange for cancelling"]}
 *   I offered to take down my video in exchange for cancelling the lease.
 * @example
 *   {"lang": "fr", "flags": ["Faute de résiliation sous huit jours, toute l'histoire sera sur mon blog"]}
 *   Faute de résiliation sous huit jours, toute l'histoire sera sur mon blog.
 * @example
 *   {"lang": "fr", "flags": ["retirer mon avis. Mais d'abord, remboursez"]}
 *   Je suis prête à retirer mon avis. Mais d'abord, remboursez-moi.
 * @example
 *   {"lang": "en", "flags": ["delete my review. First, though, you refund me"]}
 *   I'm ready to delete my review. First, though, you refund me.
 * @example
 *   {"lang": "fr", "flags": ["retrait de notre avis dès lors que vous aurez procédé à la résiliation"]}
 *   Nous procéderons au retrait de notre avis dès lors que vous aurez procédé à la résiliation.
 * @example
 *   {"lang": "en", "flags": ["Should the contract be terminated, I would withdraw"]}
 *   Should the contract be terminated, I would withdraw my testimony.
 * @example
 *   {"lang": "fr", "flags": ["effaceraient si le contrat était annulé"]}
 *   Bizarrement, mes avis sur cette affaire s'effaceraient si le contrat était annulé.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Si le remboursement était arrivé à temps, je n'aurais jamais publié mon avis.
 * @example
 *   {"lang": "fr", "flags": ["Remboursez-moi avant que mon témoignage ne paraisse"]}
 *   Remboursez-moi avant que mon témoignage ne paraisse.
 * @example
 *   {"lang": "en", "flags": ["refund me before the local paper"]}
 *   You'd better refund me before the local paper hears about this.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Demandez un remboursement avant de publier votre avis.
 * @example
 *   {"lang": "en", "flags": []}
 *   I asked for a refund before I posted my review.
 * @example
 *   {"lang": "fr", "flags": ["jusqu'au 30 juin pour annuler le contrat ; passé ce délai, la vidéo sera en ligne"]}
 *   Je vous laisse jusqu'au 30 juin pour annuler le contrat ; passé ce délai, la vidéo sera en ligne.
 * @example
 *   {"lang": "fr", "flags": ["résiliation ; si elle n'arrive pas, mon témoignage sortira dans la presse"]}
 *   Le 12 mars, je vous ai demandé la résiliation ; si elle n'arrive pas, mon témoignage sortira dans la presse.
 * @example
 *   {"lang": "en", "flags": ["cancellation; if it doesn't come, my testimony goes to the press"]}
 *   On 12 March I asked for a cancellation; if it doesn't come, my testimony goes to the press.
 * @example
 *   {"lang": "fr", "flags": ["Pour 3 000 €, j'oublie"]}
 *   Pour 3 000 €, j'oublie l'enregistrement.
 * @example
 *   {"lang": "en", "flags": ["For £3,000, I forget"]}
 *   For £3,000, I forget the recording.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Pour information, j'ai publié mon avis après le remboursement.
 * @example
 *   {"lang": "fr", "flags": ["virement de 1 800 € et vous n'entendrez plus jamais parler de moi sur internet"]}
 *   Un virement de 1 800 € et vous n'entendrez plus jamais parler de moi sur internet.
 * @example
 *   {"lang": "en", "flags": ["transfer of £1,800 and you'll never hear about it online"]}
 *   One transfer of £1,800 and you'll never hear about it online again.
 * @example
 *   {"lang": "fr", "flags": ["retiré... contre un petit chèque"]}
 *   Évidemment, mon témoignage pourrait être retiré... contre un petit chèque.
 * @example
 *   {"lang": "en", "flags": ["money and my review stays up"]}
 *   Keep the money and my review stays up; refund me and it goes.
 * @example
 *   {"lang": "fr", "flags": ["restera en ligne aussi longtemps que les prélèvements"]}
 *   Mon avis restera en ligne aussi longtemps que les prélèvements continueront.
 * @example
 *   {"lang": "en", "flags": ["retract everything I wrote if you compensate"]}
 *   I'll retract everything I wrote if you compensate me.
 * @example
 *   {"lang": "fr", "flags": ["devenir cinq étoiles si vous annulez"]}
 *   Mon avis d'une étoile peut devenir cinq étoiles si vous annulez le contrat.
 * @example
 *   {"lang": "fr", "flags": ["Si vous me remboursez, je passerai ma vidéo en privé"]}
 *   Si vous me remboursez, je passerai ma vidéo en privé.
 * @example
 *   {"lang": "fr", "flags": ["tiendrai ma langue si vous annulez"]}
 *   Je tiendrai ma langue si vous annulez le contrat.
 * @example
 *   {"lang": "fr", "flags": ["geste de votre part et je laisse tomber"]}
 *   Un geste de votre part et je laisse tomber mon projet d'article.
 * @example
 *   {"lang": "fr", "flags": ["Remboursez-moi et je ne ferai pas de scandale sur les réseaux"]}
 *   Remboursez-moi et je ne ferai pas de scandale sur les réseaux.
 * @example
 *   {"lang": "fr", "flags": ["n'ira pas plus loin si vous me remboursez"]}
 *   Mon témoignage n'ira pas plus loin si vous me remboursez.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Si vous me remboursez, l'affaire n'ira pas plus loin.
 * @example
 *   {"lang": "fr", "flags": ["Soit je suis remboursé, soit je raconte tout"]}
 *   Soit je suis remboursé, soit je raconte tout.
 * @example
 *   {"lang": "fr", "flags": ["supprimé le jour où l'avoir sera crédité"]}
 *   Mon avis sera supprimé le jour où l'avoir sera crédité.
 * @example
 *   {"lang": "fr", "flags": ["retiré qu'une fois le remboursement"]}
 *   Mon avis ne sera retiré qu'une fois le remboursement effectué.
 * @example
 *   {"lang": "fr", "flags": ["retirerai mon avis qu'après remboursement"]}
 *   Je ne retirerai mon avis qu'après remboursement intégral.
 * @example
 *   {"lang": "fr", "flags": ["publication de mon témoignage dépendra de votre réponse à ma demande de remboursement"]}
 *   La publication de mon témoignage dépendra de votre réponse à ma demande de remboursement.
 * @example
 *   {"lang": "fr", "flags": ["sort de mon article dépend de votre geste commercial"]}
 *   Le sort de mon article dépend de votre geste commercial.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le sort de mon remboursement dépend du médiateur ; mon article est déjà en ligne.
 * @example
 *   {"lang": "fr", "flags": ["remboursement, et il reste dans mon ordinateur"]}
 *   J'ai un article tout prêt pour Le Parisien ; un remboursement, et il reste dans mon ordinateur.
 * @example
 *   {"lang": "fr", "flags": ["Pour que mes avis disparaissent, annulez"]}
 *   Pour que mes avis disparaissent, annulez le contrat.
 * @example
 *   {"lang": "fr", "flags": ["Pour que je retire ma vidéo, il faudra me rembourser"]}
 *   Pour que je retire ma vidéo, il faudra me rembourser intégralement.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Demandez un remboursement pour que votre avis soit crédible.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Pour que mon avis soit utile, je précise que j'ai été remboursée.
 * @example
 *   {"lang": "fr", "flags": ["tous les réseaux lundi, à moins d'un remboursement"]}
 *   Mon témoignage sera sur tous les réseaux lundi, à moins d'un remboursement.
 * @example
 *   {"lang": "fr", "flags": ["Si vous ne me libérez pas du contrat, j'envoie les captures d'écran à BFM"]}
 *   Si vous ne me libérez pas du contrat, j'envoie les captures d'écran à BFM.
 * @example
 *   {"lang": "fr", "flags": ["Signal Arnaques si vous résiliez"]}
 *   Je ne signalerai rien sur Signal Arnaques si vous résiliez le contrat.
 * @example
 *   {"lang": "en", "flags": ["stays until the money"]}
 *   The review stays until the money is back in my account.
 * @example
 *   {"lang": "en", "flags": ["fate depends on your goodwill gesture"]}
 *   My review's fate depends on your goodwill gesture.
 * @example
 *   {"lang": "en", "flags": []}
 *   Before you post your review, ask for a refund in writing.
 * @example
 *   {"lang": "en", "flags": []}
 *   Once the refund arrived, I updated my review to say so.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je vous laisse jusqu'au 30 juin pour me rembourser ; passé ce délai, je saisirai le tribunal.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Retirer mon avis ? Non : il reste en ligne, remboursement ou pas.
 * @example
 *   {"lang": "en", "flags": []}
 *   Take my review down for a refund? No way.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le commercial m'a laissé entendre qu'un avoir ferait disparaître mon avis ; j'ai refusé.
 * @example
 *   {"lang": "en", "flags": []}
 *   The salesman told me a refund would make my review disappear; I declined.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Pour 3 000 € de travaux, le site ne fonctionne toujours pas, comme je l'explique dans mon avis.
 * @example
 *   {"lang": "en", "flags": []}
 *   For £3,000, the website still doesn't work, as my review explains.
 * @example
 *   {"lang": "en", "flags": []}
 *   I keep all the invoices in my drawer in case the court asks for them.
 * @example
 *   {"lang": "fr", "flags": ["Renoncez à la clause pénale et mon témoignage disparaît"]}
 *   Renoncez à la clause pénale et mon témoignage disparaît.
 * @example
 *   {"lang": "fr", "flags": ["poursuites et je retire"]}
 *   Abandonnez les poursuites et je retire mon avis.
 * @example
 *   {"lang": "fr", "flags": ["virement et j'oublie le numéro de RMC"]}
 *   Un petit virement et j'oublie le numéro de RMC.
 * @example
 *   {"lang": "fr", "flags": ["oubliés si vous acceptiez de résilier"]}
 *   Mes avis négatifs pourraient vite être oubliés si vous acceptiez de résilier.
 * @example
 *   {"lang": "fr", "flags": ["revoir ma note à la hausse si vous me remboursez"]}
 *   Je peux revoir ma note à la hausse si vous me remboursez.
 * @example
 *   {"lang": "fr", "flags": ["invisible contre la résiliation"]}
 *   Je peux rendre ma vidéo invisible contre la résiliation du contrat.
 * @example
 *   {"lang": "fr", "flags": ["remboursez, j'efface"]}
 *   Vous remboursez, j'efface ; vous refusez, je publie.
 * @example
 *   {"lang": "fr", "flags": ["rembourser ? Alors je publie"]}
 *   Vous refusez de rembourser ? Alors je publie tout.
 * @example
 *   {"lang": "fr", "flags": ["rembourser ? Très bien, la presse"]}
 *   Vous ne voulez pas rembourser ? Très bien, la presse sera ravie.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Remboursez-vous vos clients ? Alors lisez mon avis.
 * @example
 *   {"lang": "fr", "flags": ["payer pour que ma vidéo disparaisse"]}
 *   Combien êtes-vous prêts à payer pour que ma vidéo disparaisse ?
 * @example
 *   {"lang": "fr", "flags": ["Combien vaut mon silence"]}
 *   Combien vaut mon silence à vos yeux ?
 * @example
 *   {"lang": "fr", "flags": ["Ma vidéo a un prix : 2 000 €"]}
 *   Ma vidéo a un prix : 2 000 €.
 * @example
 *   {"lang": "fr", "flags": ["resteront en place jusqu'au dernier centime remboursé"]}
 *   Mes avis resteront en place jusqu'au dernier centime remboursé.
 * @example
 *   {"lang": "fr", "flags": ["enlèverai rien tant que l'argent"]}
 *   Je n'enlèverai rien tant que l'argent ne sera pas sur mon compte.
 * @example
 *   {"lang": "fr", "flags": ["bougeront pas tant que vous ne m'aurez pas remboursé"]}
 *   Mes avis ne bougeront pas tant que vous ne m'aurez pas remboursé.
 * @example
 *   {"lang": "fr", "flags": ["remboursez-moi et il n'en saura rien"]}
 *   Je connais un journaliste de La Dépêche ; remboursez-moi et il n'en saura rien.
 * @example
 *   {"lang": "fr", "flags": ["3 000 € ou une vidéo virale"]}
 *   Réfléchissez bien : 3 000 € ou une vidéo virale.
 * @example
 *   {"lang": "fr", "flags": ["retrait de mes avis est négociable"]}
 *   Le retrait de mes avis est négociable.
 * @example
 *   {"lang": "fr", "flags": ["mettrai une étoile sur Google si vous ne me remboursez"]}
 *   Je mettrai une étoile sur Google si vous ne me remboursez pas.
 * @example
 *   {"lang": "fr", "flags": ["JT de 20 heures si vous me remboursez"]}
 *   Je ne passerai pas au JT de 20 heures si vous me remboursez.
 * @example
 *   {"lang": "fr", "flags": ["Si vous voulez que ma vidéo disparaisse, il faudra me rembourser"]}
 *   Si vous voulez que ma vidéo disparaisse, il faudra me rembourser.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Si vous voulez écrire un avis sur Google, demandez d'abord le remboursement.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ils m'ont menacé de poursuites si je ne retirais pas mon avis.
 * @example
 *   {"lang": "fr", "flags": []}
 *   L'agence exige le retrait de mon avis contre l'abandon des pénalités ; je refuse.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je vous mettrai en demeure de me rembourser si mon avis est supprimé par la plateforme.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le reportage de France 3 sur les contrats de location est passé avant que je sois remboursé.
 * @example
 *   {"lang": "en", "flags": ["ll leave a one-star review on Google unless you refund me"]}
 *   I'll leave a one-star review on Google unless you refund me.
 * @example
 *   {"lang": "en", "flags": ["Removing my review is negotiable"]}
 *   Removing my review is negotiable.
 * @example
 *   {"lang": "en", "flags": ["£3,000 or a viral video: your choice"]}
 *   £3,000 or a viral video: your choice.
 * @example
 *   {"lang": "en", "flags": ["front page of the local paper unless you refund me"]}
 *   You'll make the front page of the local paper unless you refund me.
 * @example
 *   {"lang": "en", "flags": []}
 *   If you want to leave a review on Google, ask for a refund first.
 * @example
 *   {"lang": "en", "flags": []}
 *   They threatened me with a lawsuit unless I removed my review.
 * @example
 *   {"lang": "en", "flags": []}
 *   The agency wants my review removed in exchange for waiving the fees; I said no.
 * @example
 *   {"lang": "fr", "flags": ["partent dès que l'argent"]}
 *   Mes avis ? Ils partent dès que l'argent arrive.
 * @example
 *   {"lang": "fr", "flags": ["disparaît contre 1 500 €"]}
 *   Ma vidéo ? Elle disparaît contre 1 500 €.
 * @example
 *   {"lang": "en", "flags": ["disappears the day you cancel"]}
 *   My review? It disappears the day you cancel.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon avis ? Il est en ligne depuis mars, et je demande toujours le remboursement.
 * @example
 *   {"lang": "fr", "flags": ["Avec un petit geste commercial, j'oublierais l'adresse de BFM"]}
 *   Avec un petit geste commercial, j'oublierais l'adresse de BFM.
 * @example
 *   {"lang": "en", "flags": ["With a full refund, I'd forget the number of the local paper"]}
 *   With a full refund, I'd forget the number of the local paper.
 * @example
 *   {"lang": "en", "flags": []}
 *   I'll post my review with a copy of my refund request.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je publie mon avis avec la copie de ma demande de remboursement.
 * @example
 *   {"lang": "fr", "flags": ["un avoir m'aiderait à oublier le numéro de Capital"]}
 *   Je suis sûre qu'un avoir m'aiderait à oublier le numéro de Capital.
 * @example
 *   {"lang": "fr", "flags": ["partira pas si vous me faites un geste"]}
 *   Ma lettre ouverte ne partira pas si vous me faites un geste.
 * @example
 *   {"lang": "fr", "flags": ["En attendant votre remboursement, mon avis reste en ligne"]}
 *   En attendant votre remboursement, mon avis reste en ligne.
 * @example
 *   {"lang": "fr", "flags": ["restera en ligne d'ici à ce que vous me remboursiez"]}
 *   Ma vidéo restera en ligne d'ici à ce que vous me remboursiez.
 * @example
 *   {"lang": "fr", "flags": []}
 *   En attendant, mon avis reste en ligne et je maintiens ma demande de remboursement.
 * @example
 *   {"lang": "fr", "flags": ["Encore un prélèvement et je contacte la presse"]}
 *   Encore un prélèvement et je contacte la presse.
 * @example
 *   {"lang": "fr", "flags": ["Au prochain prélèvement, j'appelle RTL"]}
 *   Au prochain prélèvement, j'appelle RTL.
 * @example
 *   {"lang": "fr", "flags": ["Chaque mois de prélèvement vous coûtera un nouvel avis"]}
 *   Chaque mois de prélèvement vous coûtera un nouvel avis négatif.
 * @example
 *   {"lang": "fr", "flags": ["Le prochain prélèvement déclenchera la publication"]}
 *   Le prochain prélèvement déclenchera la publication de ma vidéo.
 * @example
 *   {"lang": "en", "flags": ["One more debit and I call the local paper"]}
 *   One more debit and I call the local paper.
 * @example
 *   {"lang": "en", "flags": ["The next direct debit you take, my video goes on YouTube"]}
 *   The next direct debit you take, my video goes on YouTube.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Chaque mois, je publie un point sur mon dossier ; le remboursement se fait attendre.
 * @example
 *   {"lang": "en", "flags": []}
 *   Each month I post an update; the refund is still pending.
 * @example
 *   {"lang": "fr", "flags": ["supprime mon retour d'expérience si vous annulez"]}
 *   Je supprime mon retour d'expérience si vous annulez le contrat.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Si le remboursement arrive, je vous enverrai un message de confirmation.
 * @example
 *   {"lang": "en", "flags": []}
 *   If you refund me, I'll send a message to confirm receipt.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Si vous ne me remboursez pas, je transmettrai mon dossier au tribunal.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Si vous ne résiliez pas le contrat de mon site internet, je saisirai le tribunal.
 * @example
 *   {"lang": "en", "flags": []}
 *   My web agency offered a discount if I signed a second contract for my online store.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Si vous me remboursez, je mettrai à jour mon site internet avec un autre prestataire web.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Y compris porter plainte contre l’entreprise de crédit-bail, et résilier le contrat de crédit.
 * @example
 *   {"lang": "fr", "flags": ["retire mon avis, vous annulez"]}
 *   Ma proposition : je retire mon avis, vous annulez le contrat.
 * @example
 *   {"lang": "fr", "flags": ["retire mon avis. À une condition : que vous me remboursiez"]}
 *   Je retire mon avis. À une condition : que vous me remboursiez.
 * @example
 *   {"lang": "fr", "flags": ["restera en ligne. Sauf si vous me remboursez"]}
 *   Mon avis restera en ligne. Sauf si vous me remboursez.
 * @example
 *   {"lang": "fr", "flags": ["partira à la presse lundi. À moins que vous ne me remboursiez"]}
 *   Mon témoignage partira à la presse lundi. À moins que vous ne me remboursiez d'ici là.
 * @example
 *   {"lang": "fr", "flags": ["retirerai mes avis. Dès que le contrat sera résilié"]}
 *   Je retirerai mes avis. Dès que le contrat sera résilié.
 * @example
 *   {"lang": "fr", "flags": ["Remboursez-moi. Je retirerai mon avis ensuite"]}
 *   Remboursez-moi. Je retirerai mon avis ensuite.
 * @example
 *   {"lang": "fr", "flags": ["Faites le nécessaire et mon avis disparaît"]}
 *   Faites le nécessaire et mon avis disparaît.
 * @example
 *   {"lang": "fr", "flags": ["supprimer ma vidéo. Contre un dédommagement"]}
 *   Je suis prêt à supprimer ma vidéo. Contre un dédommagement, évidemment.
 * @example
 *   {"lang": "en", "flags": ["stays up. Unless you refund me"]}
 *   My review stays up. Unless you refund me.
 * @example
 *   {"lang": "en", "flags": ["delete the video. On one condition: a full refund"]}
 *   I'll delete the video. On one condition: a full refund.
 * @example
 *   {"lang": "en", "flags": ["Pay me back. Then the video goes"]}
 *   Pay me back. Then the video goes.
 * @example
 *   {"lang": "en", "flags": ["take the post down. In exchange for a refund"]}
 *   I'm ready to take the post down. In exchange for a refund, of course.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon avis est en ligne. Si vous me remboursez, tant mieux, mais il restera.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon témoignage est en ligne. Sauf erreur de ma part, vous me devez 2 000 €.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Remboursez-moi, c'est la loi. Ensuite, je verrai avec mon avocat.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon avis est publié. Dès que je serai remboursé, je mettrai à jour mon avis pour le signaler.
 * @example
 *   {"lang": "en", "flags": []}
 *   My review is online. If you have questions about the refund, call me.
 * @example
 *   {"lang": "en", "flags": []}
 *   Please refund me. Then I can close this chapter.
 * @example
 *   {"lang": "en", "flags": ["So long as I'm refunded, nobody needs to hear"]}
 *   So long as I'm refunded, nobody needs to hear about this.
 * @example
 *   {"lang": "en", "flags": ["refund would go a long way towards my review disappearing"]}
 *   A refund would go a long way towards my review disappearing.
 * @example
 *   {"lang": "en", "flags": ["Your choice: a refund, or a one-star review"]}
 *   Your choice: a refund, or a one-star review on every site I can find.
 * @example
 *   {"lang": "en", "flags": ["No cancellation, no peace: I'll post"]}
 *   No cancellation, no peace: I'll post every week.
 * @example
 *   {"lang": "en", "flags": ["review goes up on Monday unless you make me an offer"]}
 *   My review goes up on Monday unless you make me an offer.
 * @example
 *   {"lang": "en", "flags": ["online if you cancel"]}
 *   I won't name your company online if you cancel the lease.
 * @example
 *   {"lang": "en", "flags": ["stays on my phone as long as you refund me"]}
 *   The recording stays on my phone as long as you refund me.
 * @example
 *   {"lang": "fr", "flags": ["Faites-moi une offre sérieuse, sinon un avis négatif part sur Google"]}
 *   Faites-moi une offre sérieuse, sinon un avis négatif part sur Google.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon avis négatif est en ligne depuis mars ; j'attends toujours une offre sérieuse.
 * @example
 *   {"lang": "en", "flags": []}
 *   A one-star review is what they deserve, and I still want a refund.
 * @example
 *   {"lang": "fr", "flags": ["Si vous ne me remboursez pas, tout le monde aura"]}
 *   Si vous ne me remboursez pas, tout le monde aura l'adresse personnelle de votre gérant.
 * @example
 *   {"lang": "fr", "flags": ["Sans remboursement, la vidéo filmée à son insu fera le tour de Facebook"]}
 *   Sans remboursement, la vidéo filmée à son insu fera le tour de Facebook.
 * @example
 *   {"lang": "fr", "flags": ["ferai connaître vos méthodes à toute la région si vous ne résiliez"]}
 *   Je ferai connaître vos méthodes à toute la région si vous ne résiliez pas.
 * @example
 *   {"lang": "fr", "flags": ["mauvaise publicité à votre agence, sauf geste"]}
 *   Je ferai de la mauvaise publicité à votre agence, sauf geste commercial.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Tout mon dossier est en ligne, sauf la facture.
 * @example
 *   {"lang": "fr", "flags": ["tous vos prospects lisent mon témoignage si vous ne résiliez"]}
 *   Je vais m'assurer que tous vos prospects lisent mon témoignage si vous ne résiliez pas.
 * @example
 *   {"lang": "fr", "flags": ["citer le nom de votre société, moyennant le remboursement"]}
 *   Je suis prête à ne pas citer le nom de votre société, moyennant le remboursement.
 * @example
 *   {"lang": "fr", "flags": ["flouterai votre nom dans ma vidéo si vous annulez les mensualités"]}
 *   Je flouterai votre nom dans ma vidéo si vous annulez les mensualités.
 * @example
 *   {"lang": "fr", "flags": ["anonymiserai mon témoignage si vous me remboursez"]}
 *   J'anonymiserai mon témoignage si vous me remboursez.
 * @example
 *   {"lang": "fr", "flags": ["enverrai pas la vidéo à la presse contre un dédommagement"]}
 *   Je n'enverrai pas la vidéo à la presse contre un dédommagement.
 * @example
 *   {"lang": "en", "flags": ["send the recording to the papers in exchange for a refund"]}
 *   I won't send the recording to the papers in exchange for a refund.
 * @example
 *   {"lang": "fr", "flags": ["Rendez-moi mon fric et je retire"]}
 *   Rendez-moi mon fric et je retire ma vidéo.
 * @example
 *   {"lang": "fr", "flags": ["Si je revois pas mes 2 000 balles, tout part sur Facebook"]}
 *   Si je revois pas mes 2 000 balles, tout part sur Facebook.
 * @example
 *   {"lang": "fr", "flags": ["Gelez les prélèvements et mon témoignage reste dans mon tiroir"]}
 *   Gelez les prélèvements et mon témoignage reste dans mon tiroir.
 * @example
 *   {"lang": "fr", "flags": ["retire mon avis contre un bon d'achat de 500 €"]}
 *   Je retire mon avis contre un bon d'achat de 500 €.
 * @example
 *   {"lang": "fr", "flags": ["Si on trouve un accord, mon article ne sortira"]}
 *   Si on trouve un accord, mon article ne sortira pas.
 * @example
 *   {"lang": "en", "flags": ["Freeze the payments and my review comes down"]}
 *   Freeze the payments and my review comes down.
 * @example
 *   {"lang": "en", "flags": ["delete my post for a voucher"]}
 *   I'll delete my post for a voucher.
 * @example
 *   {"lang": "fr", "flags": ["en ligne ; remboursez-moi et je le retire"]}
 *   Mon avis est en ligne ; remboursez-moi et je le retire.
 * @example
 *   {"lang": "fr", "flags": ["YouTube depuis mars. Si vous annulez le contrat, je la supprime"]}
 *   Ma vidéo est sur YouTube depuis mars. Si vous annulez le contrat, je la supprime.
 * @example
 *   {"lang": "fr", "flags": ["contre un geste commercial, il disparaît"]}
 *   J'ai écrit un long article sur votre agence ; contre un geste commercial, il disparaît.
 * @example
 *   {"lang": "en", "flags": ["refund me and I'll take it down"]}
 *   My review has been up since March; refund me and I'll take it down.
 * @example
 *   {"lang": "en", "flags": ["YouTube. Cancel the contract and I'll delete"]}
 *   The video is on YouTube. Cancel the contract and I'll delete it.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon avis est en ligne ; si vous me remboursez, je serai ravi.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon avis est en ligne depuis mars. J'ai retiré ma demande de remboursement.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'ai publié mon témoignage ; ensuite, j'ai supprimé ma demande de remboursement.
 * @example
 *   {"lang": "en", "flags": []}
 *   My review is online. I withdrew my refund claim last week.
 * @example
 *   {"lang": "fr", "flags": ["renoncerai à toute démarche médiatique en cas de remboursement"]}
 *   Je renoncerai à toute démarche médiatique en cas de remboursement intégral.
 * @example
 *   {"lang": "fr", "flags": ["En l'absence de remboursement, mon témoignage sera publié sur mon blog"]}
 *   En l'absence de remboursement, mon témoignage sera publié sur mon blog.
 * @example
 *   {"lang": "fr", "flags": ["retirerai mon avis à la condition expresse que le contrat soit résilié"]}
 *   Je retirerai mon avis à la condition expresse que le contrat soit résilié.
 * @example
 *   {"lang": "fr", "flags": ["Remboursez-moi sous peine de voir votre agence dans la presse"]}
 *   Remboursez-moi sous peine de voir votre agence dans la presse.
 * @example
 *   {"lang": "fr", "flags": ["À défaut de régularisation, je porterai l'affaire devant l'opinion publique"]}
 *   À défaut de régularisation, je porterai l'affaire devant l'opinion publique.
 * @example
 *   {"lang": "en", "flags": ["In the event of a full refund, I will remove"]}
 *   In the event of a full refund, I will remove my review.
 * @example
 *   {"lang": "en", "flags": ["Absent a refund, my story goes to the local paper"]}
 *   Absent a refund, my story goes to the local paper.
 * @example
 *   {"lang": "en", "flags": ["Pending a refund, the review stays online"]}
 *   Pending a refund, the review stays online.
 * @example
 *   {"lang": "en", "flags": ["Refund me or face a one-star review"]}
 *   Refund me or face a one-star review on every platform.
 * @example
 *   {"lang": "fr", "flags": []}
 *   En cas de litige, le tribunal de commerce est compétent ; mon avis est en ligne.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je vous mets en demeure de me rembourser sous peine de poursuites judiciaires.
 * @example
 *   {"lang": "en", "flags": []}
 *   In case of doubt, my review gives the dates; I still want a refund.
 * @example
 *   {"lang": "fr", "flags": ["presse s'intéresse à votre agence... Un geste commercial réglerait tout"]}
 *   Ce serait dommage que la presse s'intéresse à votre agence... Un geste commercial réglerait tout.
 * @example
 *   {"lang": "fr", "flags": ["resterait en ligne tant qu'ils ne m'auraient pas remboursé"]}
 *   J'ai dit à Vitrinova que mon avis resterait en ligne tant qu'ils ne m'auraient pas remboursé.
 * @example
 *   {"lang": "fr", "flags": ["soit il me rembourse, soit je raconte tout à France Bleu"]}
 *   J'ai prévenu le commercial : soit il me rembourse, soit je raconte tout à France Bleu.
 * @example
 *   {"lang": "fr", "flags": ["retirerais-je pas mon avis, si vous me remboursez"]}
 *   Pourquoi ne retirerais-je pas mon avis, si vous me remboursez ?
 * @example
 *   {"lang": "en", "flags": ["if the papers got hold of this… A refund would sort everything out"]}
 *   It would be a shame if the papers got hold of this… A refund would sort everything out.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'ai contacté la presse locale... Le remboursement, lui, n'est jamais arrivé.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon avis est en ligne… et le remboursement se fait toujours attendre.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Un remboursement réglerait tout, mais mon avis restera en ligne quoi qu'il arrive.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Un remboursement réglerait tout ; mon avis, lui, reste en ligne.
 * @example
 *   {"lang": "en", "flags": []}
 *   A refund would sort everything out; my review stays online whatever happens.
 * @example
 *   {"lang": "en", "flags": ["With a full refund, I'd forget the local paper's"]}
 *   With a full refund, I'd forget the local paper's number.
 * @example
 *   {"lang": "en", "flags": ["Unless you refund me, the Gazette's"]}
 *   Unless you refund me, the Gazette's readers get the whole story.
 * @example
 *   {"lang": "en", "flags": ["Cancel the lease or my story lands on a journalist's"]}
 *   Cancel the lease or my story lands on a journalist's desk.
 * @example
 *   {"lang": "fr", "flags": ["mettrai en garde tous les commerçants de la ville si vous ne me remboursez"]}
 *   Je mettrai en garde tous les commerçants de la ville si vous ne me remboursez pas.
 * @example
 *   {"lang": "fr", "flags": ["Si vous résiliez, je n'ébruiterai"]}
 *   Si vous résiliez, je n'ébruiterai rien.
 * @example
 *   {"lang": "fr", "flags": ["sortirai la vidéo si vous ne me remboursez"]}
 *   Je sortirai la vidéo si vous ne me remboursez pas.
 * @example
 *   {"lang": "fr", "flags": ["avertirai les autres clients à moins que vous n'annuliez"]}
 *   J'avertirai les autres clients à moins que vous n'annuliez le contrat.
 * @example
 *   {"lang": "en", "flags": ["warn every other customer unless you refund me"]}
 *   I'll warn every other customer unless you refund me.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je vous préviendrai par courrier si je ne suis pas remboursé à temps.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je sortirai du contrat si vous me remboursez.
 * @example
 *   {"lang": "en", "flags": []}
 *   I warn you: if you don't refund me, I will go to court.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je corrigerai mon avis contre preuve du contraire.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je modifierai mon article sur présentation d'une attestation de résiliation en bonne et due forme.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Si vous m'envoyez le procès-verbal de livraison, je corrigerai la date dans mon témoignage.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Vous disposez d'un droit de réponse : je publierai votre réponse sous mon article si vous me l'envoyez.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je refuse de lier le retrait de mon avis à un quelconque remboursement.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Mon avis et ma demande de remboursement sont deux choses distinctes.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le gérant m'a proposé un avoir de 300 € si je supprimais mon avis ; j'ai décliné.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Vitrinova propose de me rembourser à condition que je retire mon témoignage : c'est non.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Lettre avant action : à défaut de remboursement sous quinze jours, j'assignerai Bailexa.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Que vous me remboursiez ou pas, mon témoignage sera publié lundi.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Remboursement ou non, je publie.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je maintiendrai mon avis tant qu'il reflète les faits, remboursement ou pas.
 * @example
 *   {"lang": "en", "flags": []}
 *   I will correct my review if you send me evidence that the dates are wrong.
 * @example
 *   {"lang": "en", "flags": []}
 *   You have a right of reply: if you send one, I will publish it under my review.
 * @example
 *   {"lang": "en", "flags": []}
 *   I refuse to link the removal of my review to any refund.
 * @example
 *   {"lang": "en", "flags": []}
 *   The manager offered me a £300 credit if I deleted my review; I declined.
 * @example
 *   {"lang": "en", "flags": []}
 *   Letter before action: unless you refund me within 14 days, I will issue a claim.
 * @example
 *   {"lang": "en", "flags": []}
 *   Refund or no refund, my review goes live on Monday.
 * @example
 *   {"lang": "en", "flags": []}
 *   Vitrinova wants me to take my review down in exchange for a refund. No.
 * @example
 *   {"lang": "fr", "flags": ["rembourser et je retire"]}
 *   Je vous propose de me rembourser et je retire mon avis.
 * @example
 *   {"lang": "fr", "flags": ["retirer mon avis contre un remboursement"]}
 *   Je propose de retirer mon avis contre un remboursement.
 * @example
 *   {"lang": "fr", "flags": ["jusqu'à vendredi pour me rembourser. Après, c'est la presse"]}
 *   Vous avez jusqu'à vendredi pour me rembourser. Après, c'est la presse.
 * @example
 *   {"lang": "fr", "flags": ["Si d'ici vendredi je n'ai rien reçu, ma vidéo part sur YouTube"]}
 *   Si d'ici vendredi je n'ai rien reçu, ma vidéo part sur YouTube.
 * @example
 *   {"lang": "fr", "flags": ["argent, quitte à tout raconter à la presse"]}
 *   Je veux mon argent, quitte à tout raconter à la presse.
 * @example
 *   {"lang": "en", "flags": ["until Friday to refund me. After that, it's the local paper"]}
 *   You have until Friday to refund me. After that, it's the local paper.
 * @example
 *   {"lang": "en", "flags": ["If I receive nothing by Friday, the video goes on YouTube"]}
 *   If I receive nothing by Friday, the video goes on YouTube.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'ai demandé le remboursement en mars. Après, j'ai publié mon avis.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je n'ai rien reçu, et mon avis est en ligne depuis mai.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Vous avez jusqu'à vendredi pour me rembourser. Après, je saisirai le tribunal.
 * @example
 *   {"lang": "en", "flags": []}
 *   I asked for a refund in March. After that, I posted my review.
 * @example
 *   {"lang": "fr", "flags": ["remboursez pas, et vous verrez mon témoignage partout"]}
 *   Ne me remboursez pas, et vous verrez mon témoignage partout.
 * @example
 *   {"lang": "fr", "flags": ["retirerons nos avis dès que vous nous aurez remboursés"]}
 *   Nous retirerons nos avis dès que vous nous aurez remboursés.
 * @example
 *   {"lang": "fr", "flags": ["retire nos vidéos si vous annulez"]}
 *   On retire nos vidéos si vous annulez les deux contrats.
 * @example
 *   {"lang": "fr", "flags": ["rembourse, et mon avis disparaîtra"]}
 *   Qu'on me rembourse, et mon avis disparaîtra.
 * @example
 *   {"lang": "fr", "flags": ["Pourvu qu'on me rembourse, je ne dirai rien à la presse"]}
 *   Pourvu qu'on me rembourse, je ne dirai rien à la presse.
 * @example
 *   {"lang": "fr", "flags": ["disparu dès que vous aurez résilié"]}
 *   Mon avis aura disparu dès que vous aurez résilié.
 * @example
 *   {"lang": "fr", "flags": ["remboursiez pour que je retire"]}
 *   Il faudrait que vous me remboursiez pour que je retire mon avis.
 * @example
 *   {"lang": "fr", "flags": ["Il suffirait d'un geste pour que mon avis disparaisse"]}
 *   Il suffirait d'un geste pour que mon avis disparaisse.
 * @example
 *   {"lang": "en", "flags": ["refund me, and you'll see my story everywhere"]}
 *   Don't refund me, and you'll see my story everywhere.
 * @example
 *   {"lang": "en", "flags": ["pull our reviews once you've refunded"]}
 *   We'll pull our reviews once you've refunded us.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Partout où je vais, on me parle de remboursement et d'avis.
 * @example
 *   {"lang": "en", "flags": []}
 *   Everywhere I look, people ask for refunds and post reviews.
 * @example
 *   {"lang": "fr", "flags": ["remboursement, ça vous dirait, plutôt qu'un article dans Le Parisien"]}
 *   Un petit remboursement, ça vous dirait, plutôt qu'un article dans Le Parisien ?
 * @example
 *   {"lang": "fr", "flags": ["remboursement discret ou une vidéo virale"]}
 *   Préférez-vous un remboursement discret ou une vidéo virale ?
 * @example
 *   {"lang": "en", "flags": ["refund rather than a story in the local paper"]}
 *   A quiet refund rather than a story in the local paper: your call.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je préfère publier mon avis plutôt que d'attendre un remboursement.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je demande un remboursement plutôt qu'un avoir, et mon avis reste en ligne.
 * @example
 *   {"lang": "en", "flags": []}
 *   I asked for a refund instead of a credit note, and my review stays online.
 * @example
 *   {"lang": "fr", "flags": ["Annulez immédiatement et sans frais supplémentaires les trente-huit loyers restants de mon contrat de location, et je m'engagerai par écrit à retirer l'ensemble de mes avis publiés sur Google et sur Facebook"]}
 *   Annulez immédiatement et sans frais supplémentaires les trente-huit loyers restants de mon contrat de location, et je m'engagerai par écrit à retirer l'ensemble de mes avis publiés sur Google et sur Facebook.
 * @example
 *   {"lang": "fr", "flags": ["prélèvements injustifiés, de relances sans réponse et de promesses non tenues de la part de votre service commercial, je vous informe que mon témoignage complet, avec les captures d'écran, sera envoyé à la rédaction de Ouest-France si je ne suis pas intégralement remboursé"]}
 *   Après dix-huit mois de prélèvements injustifiés, de relances sans réponse et de promesses non tenues de la part de votre service commercial, je vous informe que mon témoignage complet, avec les captures d'écran, sera envoyé à la rédaction de Ouest-France si je ne suis pas intégralement remboursé avant le 15 juin.
 * @example
 *   {"lang": "fr", "flags": ["retirer la vidéo que j'ai publiée sur YouTube le 4 avril dernier, à la seule condition que le contrat soit résilié sans pénalité"]}
 *   Je tiens à vous informer, en toute transparence et après mûre réflexion, que je suis disposée à retirer la vidéo que j'ai publiée sur YouTube le 4 avril dernier, à la seule condition que le contrat soit résilié sans pénalité.
 * @example
 *   {"lang": "en", "flags": ["debits, unanswered letters and broken promises from your sales team, I am informing you that my full testimony, with screenshots, will be sent to the local paper unless I am fully refunded"]}
 *   After eighteen months of unjustified debits, unanswered letters and broken promises from your sales team, I am informing you that my full testimony, with screenshots, will be sent to the local paper unless I am fully refunded by 15 June.
 * @example
 *   {"lang": "en", "flags": ["Cancel the thirty-eight remaining payments on my lease immediately and without any further charges, and I will commit in writing to removing all of my reviews on Google and Facebook"]}
 *   Cancel the thirty-eight remaining payments on my lease immediately and without any further charges, and I will commit in writing to removing all of my reviews on Google and Facebook.
 * @example
 *   {"lang": "en", "flags": ["Unless you refund me, I'll spill the beans to the local radio"]}
 *   Unless you refund me, I'll spill the beans to the local radio.
 * @example
 *   {"lang": "en", "flags": ["Provided that you refund me, I won't blow the whistle"]}
 *   Provided that you refund me, I won't blow the whistle.
 * @example
 *   {"lang": "en", "flags": ["As long as the debits continue, I'll keep telling the whole story on the Facebook"]}
 *   As long as the debits continue, I'll keep telling the whole story on the Facebook group.
 * @example
 *   {"lang": "en", "flags": ["go public unless the contract is cancelled"]}
 *   I'll go public unless the contract is cancelled.
 * @example
 *   {"lang": "en", "flags": ["Unless you cancel, I'll name and shame you on Trustpilot"]}
 *   Unless you cancel, I'll name and shame you on Trustpilot.
 * @example
 *   {"lang": "en", "flags": ["stop talking about your agency on the forum provided you refund me"]}
 *   I'll stop talking about your agency on the forum provided you refund me.
 * @example
 *   {"lang": "en", "flags": ["If you refund me, the Facebook"]}
 *   If you refund me, the Facebook group never hears another word from me.
 * @example
 *   {"lang": "en", "flags": ["Unless I get my money back, I'm telling everyone"]}
 *   Unless I get my money back, I'm telling everyone at the chamber of commerce.
 * @example
 *   {"lang": "fr", "flags": ["Remboursez-moi avant le 30 juin. Si ce n'est pas le cas, je publie"]}
 *   Remboursez-moi avant le 30 juin. Si ce n'est pas le cas, je publie tout.
 * @example
 *   {"lang": "fr", "flags": ["annuler le contrat. Si vous refusez, la presse"]}
 *   Je vous demande d'annuler le contrat. Si vous refusez, la presse sera informée.
 * @example
 *   {"lang": "fr", "flags": ["Résiliez mon contrat. En cas de refus, ma vidéo sera en ligne"]}
 *   Résiliez mon contrat. En cas de refus, ma vidéo sera en ligne.
 * @example
 *   {"lang": "en", "flags": ["Refund me by 30 June. If you don't, the local paper"]}
 *   Refund me by 30 June. If you don't, the local paper gets the story.
 * @example
 *   {"lang": "en", "flags": ["cancel my contract. If you refuse, my review goes on Trustpilot"]}
 *   Please cancel my contract. If you refuse, my review goes on Trustpilot.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Remboursez-moi avant le 30 juin. Si ce n'est pas le cas, je saisirai le tribunal.
 * @example
 *   {"lang": "en", "flags": []}
 *   Please refund me. If you don't, I will take legal action.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Si vous refusez de publier ma réponse, je saisirai le juge.
 * @example
 *   {"lang": "fr", "flags": ["interview proposée par RMC si vous me remboursez"]}
 *   Je déclinerai l'interview proposée par RMC si vous me remboursez.
 * @example
 *   {"lang": "fr", "flags": ["Si vous résiliez, je ne répondrai pas aux sollicitations de la presse"]}
 *   Si vous résiliez, je ne répondrai pas aux sollicitations de la presse.
 * @example
 *   {"lang": "fr", "flags": ["émission de M6 se fera sans moi si vous annulez les mensualités"]}
 *   L'émission de M6 se fera sans moi si vous annulez les mensualités.
 * @example
 *   {"lang": "fr", "flags": ["France Bleu, à condition que vous me remboursiez"]}
 *   Je n'accepterai pas l'invitation de France Bleu, à condition que vous me remboursiez.
 * @example
 *   {"lang": "fr", "flags": ["rédaction du Progrès n'entendront parler de rien si vous faites un geste"]}
 *   Mes contacts à la rédaction du Progrès n'entendront parler de rien si vous faites un geste.
 * @example
 *   {"lang": "fr", "flags": ["contacter les journalistes en échange de la résiliation"]}
 *   Je renonce à contacter les journalistes en échange de la résiliation.
 * @example
 *   {"lang": "fr", "flags": ["journaliste qui m'a contacté n'aura pas de nouvelles de moi si vous me remboursez"]}
 *   Le journaliste qui m'a contacté n'aura pas de nouvelles de moi si vous me remboursez.
 * @example
 *   {"lang": "fr", "flags": ["Capital si vous annulez"]}
 *   Je ne donnerai pas suite à la demande de Capital si vous annulez le contrat.
 * @example
 *   {"lang": "en", "flags": ["BBC interview if you refund me"]}
 *   I'll turn down the BBC interview if you refund me.
 * @example
 *   {"lang": "en", "flags": ["If you cancel, I won't return the journalist's"]}
 *   If you cancel, I won't return the journalist's calls.
 * @example
 *   {"lang": "fr", "flags": ["mettrai mon blog hors ligne si vous annulez"]}
 *   Je mettrai mon blog hors ligne si vous annulez le contrat.
 * @example
 *   {"lang": "fr", "flags": ["détruirai l'enregistrement contre un remboursement"]}
 *   Je détruirai l'enregistrement contre un remboursement intégral.
 * @example
 *   {"lang": "fr", "flags": ["fermerai ma page Facebook dès que vous aurez résilié"]}
 *   Je fermerai ma page Facebook dès que vous aurez résilié.
 * @example
 *   {"lang": "en", "flags": ["offline once you refund me"]}
 *   I'll take the video offline once you refund me.
 * @example
 *   {"lang": "en", "flags": ["erase the recording in exchange for a full refund"]}
 *   I'll erase the recording in exchange for a full refund.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Si vous résiliez le contrat, fermez aussi mon espace client.
 * @example
 *   {"lang": "en", "flags": []}
 *   If you cancel the contract, please deactivate my customer account.
 * @example
 *   {"lang": "fr", "flags": ["2 000 € et on oublie tout"]}
 *   2 000 € et on oublie tout.
 * @example
 *   {"lang": "fr", "flags": ["annulé, avis supprimé"]}
 *   Contrat annulé, avis supprimé.
 * @example
 *   {"lang": "fr", "flags": ["payez, je me tais"]}
 *   Vous payez, je me tais.
 * @example
 *   {"lang": "fr", "flags": ["résiliez ? Je retire"]}
 *   Vous résiliez ? Je retire mon avis.
 * @example
 *   {"lang": "fr", "flags": ["Zéro remboursement, zéro retrait"]}
 *   Zéro remboursement, zéro retrait.
 * @example
 *   {"lang": "fr", "flags": ["Remboursé, j'efface tout"]}
 *   Remboursé, j'efface tout.
 * @example
 *   {"lang": "fr", "flags": ["Une fois remboursée, je retire tout"]}
 *   Une fois remboursée, je retire tout.
 * @example
 *   {"lang": "en", "flags": ["£2,000 and we forget the whole thing"]}
 *   £2,000 and we forget the whole thing.
 * @example
 *   {"lang": "en", "flags": ["cancelled, review deleted"]}
 *   Contract cancelled, review deleted.
 * @example
 *   {"lang": "en", "flags": ["pay, I keep quiet"]}
 *   You pay, I keep quiet.
 * @example
 *   {"lang": "en", "flags": ["Refunded, I delete everything"]}
 *   Refunded, I delete everything.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Remboursé, j'ai enfin retiré mon avis comme promis au médiateur.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Contrat résilié, avis mis à jour pour le signaler.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Résilié ? Oui, et mon avis reste en ligne.
 * @example
 *   {"lang": "en", "flags": []}
 *   Refunded, I updated my review to say so.
 * @example
 *   {"lang": "fr", "flags": []}
 *   On annule souvent des contrats et on publie des avis, c'est la vie.
 * @example
 *   {"lang": "fr", "flags": ["retirer notre témoignage si vous consentiez un geste"]}
 *   Nous envisagerions de retirer notre témoignage si vous consentiez un geste.
 * @example
 *   {"lang": "fr", "flags": ["rembourser, auquel cas je retirerai"]}
 *   Je vous saurais gré de me rembourser, auquel cas je retirerai mon avis.
 * @example
 *   {"lang": "fr", "flags": ["publication si un accord amiable"]}
 *   Nous pourrions nous abstenir de toute publication si un accord amiable était trouvé.
 * @example
 *   {"lang": "fr", "flags": ["paraîtra pas si le contrat est résilié"]}
 *   Il va de soi que mon article ne paraîtra pas si le contrat est résilié.
 * @example
 *   {"lang": "fr", "flags": ["publier mon témoignage si je ne suis pas remboursé"]}
 *   Je me réserve le droit de publier mon témoignage si je ne suis pas remboursé.
 * @example
 *   {"lang": "fr", "flags": ["alerter la presse, sauf si vous résiliez"]}
 *   Je me réserve la possibilité d'alerter la presse, sauf si vous résiliez.
 * @example
 *   {"lang": "en", "flags": ["withdrawing our testimony should you make a gesture of goodwill"]}
 *   We would consider withdrawing our testimony should you make a gesture of goodwill.
 * @example
 *   {"lang": "en", "flags": ["publish my story unless I am refunded"]}
 *   I reserve the right to publish my story unless I am refunded.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je me réserve le droit de saisir le tribunal si je ne suis pas remboursé.
 * @example
 *   {"lang": "en", "flags": []}
 *   I reserve the right to take legal action unless I am refunded.
 * @example
 *   {"lang": "en", "flags": ["Don't make me go to the press: just refund the deposit"]}
 *   Don't make me go to the press: just refund the deposit.
 * @example
 *   {"lang": "fr", "flags": ["Ne m'obligez pas à alerter la presse : remboursez"]}
 *   Ne m'obligez pas à alerter la presse : remboursez-moi.
 * @example
 *   {"lang": "fr", "flags": ["Ne me forcez pas à publier la vidéo, annulez"]}
 *   Ne me forcez pas à publier la vidéo, annulez simplement le contrat.
 * @example
 *   {"lang": "en", "flags": []}
 *   Don't make me wait for my refund; my review is already online anyway.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Ne m'obligez pas à saisir le tribunal : remboursez-moi.
 */
import type {Token} from '../support/text.js'
import {compileLexicon, defineRule, guillemets, NBSP, NNBSP, quotes, type Lexicon, type TextView} from '../support/index.js'
import {bySentence, sharedParagraphViews, sharedSentenceRanges, type SentenceRange} from '../personal-data/sentences.js'
import fr from './lexicon.fr.yml'
import en from './lexicon.en.yml'

type Lang = 'fr' | 'en'
type Cue =
  | 'media' | 'publish' | 'remove' | 'content' | 'money' | 'condition' | 'if' | 'temporal' | 'exchange'
  | 'either' | 'or' | 'and' | 'condmoney' | 'bargain' | 'link' | 'unconditional' | 'reported' | 'question'
  | 'neutral' | 'symbol' | 'pair' | 'proposal' | 'refusal' | 'first' | 'before' | 'purpose'

const CUES = new Set<string>([
  'media', 'publish', 'remove', 'content', 'money', 'condition', 'if', 'temporal', 'exchange', 'either', 'or',
  'and', 'condmoney', 'bargain', 'link', 'unconditional', 'reported', 'question', 'neutral', 'pair', 'proposal', 'refusal', 'first', 'before', 'purpose'
])

function compile(data: unknown, file: string): Lexicon {
  const lexicon = compileLexicon(data, file)
  for (const entry of lexicon.entries) {
    if (typeof entry.cue !== 'string' || !CUES.has(entry.cue)) throw new Error(`${file}: entry ${entry.id}: unknown cue ${String(entry.cue)}`)
  }
  return lexicon
}

const lexicons: Record<Lang, Lexicon> = {
  fr: compile(fr, 'blackmail/lexicon.fr.yml'),
  en: compile(en, 'blackmail/lexicon.en.yml')
}

interface Hit {
  cue: Cue
  start: number
  end: number
  /** Token range [from, to) in the paragraph view. */
  from: number
  to: number
  imperative: boolean
  /** The cue may link two sentences (« … je retire mon avis. Il vous suffit de me rembourser. »). */
  pairs: boolean
  /** A condition that needs no money or publication in its own clause (« dernière chance »). */
  unscoped: boolean
  /** An exchange cue that also reads backwards: money before, publication after (« un geste en échange de la suppression de mon avis »). */
  reverse: boolean | 'proposal'
  /** A first sentence that calls for the next one (« Vous voulez que mon avis disparaisse ? Remboursez-moi. »). */
  forward: boolean
  /** A condition whose clause is before it (`backward: true`: « Un geste commercial réglerait tout »). */
  backward: boolean
  /** Counts only at the start of its unit (`opening: true`: « Pour 3 000 €, … »). */
  opening: boolean
  /** A withdrawal (cue `remove`, or a `publish` entry marked `removal: true`: « tout effacer », "take it all down"). */
  removal: boolean
}

// Auxiliaries that make a following participle a past narrative (« j'ai publié », "I deleted").
const AVOIR = new Set(['ai', 'as', 'a', 'avons', 'avez', 'ont', 'avais', 'avait', 'avions', 'aviez', 'avaient', 'eu', 'été'])
const EN_SUBJECT = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'have', 'has', 'had', "'ve", 've', 'already', 'just', 'it'])
const EN_IRREGULAR_PAST = new Set(['took', 'sent', 'wrote', 'put', 'shared', 'went', 'told', 'pulled', 'dropped'])
// After « quand / when »: a past tense makes it narrative, not a condition.
const FR_PAST = new Set(['ai', 'avons', 'ont', 'avais', 'avait', 'avions', 'aviez', 'avaient', 'étais', 'était', 'étions', 'étiez', 'étaient', 'fut', 'furent', 'fus'])
const EN_PAST = new Set(['had', 'was', 'were', 'did', 'refused', 'asked', 'said', 'told'])
// "once I get refunded" is a future condition, not a past narrative.
const PERFECT_LEAD = new Set(["'ve", 've', 'have', 'has', "'s"])
const PASSIVE_LEAD = new Set(['get', 'gets', 'got', 'be', 'been', 'is', 'are', 'am', 'being'])
// After « si / if »: a pluperfect is a regret (« si vous m'aviez remboursé, je n'aurais pas… »).
const FR_PLUPERFECT = new Set(['aviez', 'avait', 'avaient', 'avais', 'avions'])
// « si vous étiez venu… »: a pluperfect with « être » only when the main clause is a past conditional (« je
// n'aurais pas publié »); « si le contrat était annulé, mes avis s'effaceraient » is a hypothesis (an offer).
const FR_ETRE_IMPERFECT = new Set(['étiez', 'était', 'étaient', 'étais', 'étions'])
const FR_PAST_CONDITIONAL = new Set(['aurais', 'aurait', 'aurions', 'auriez', 'auraient', 'serais', 'serait', 'serions', 'seriez', 'seraient'])
const RELATIVE = new Set(['qui', 'que', "qu'", 'dont', 'où', 'car', 'mais', 'et', 'which', 'who', 'that', 'because', 'but', 'and'])
const EN_PLUPERFECT = new Set(['had'])
const CLAUSE_END = /[,;:.!?…]/u
const FR_PARTICIPLE = /(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites)$/
// « Qu'on me rembourse », « Qu'ils annulent le contrat »: a subjunctive demand (not « Que penseriez-vous… »).
const JUSSIVE_SUBJECTS = new Set(['on', 'il', 'ils', 'elle', 'elles', "l'"])
const EN_IMPERATIVE_LEAD = new Set(['you', 'just', 'simply', 'please', 'so'])
// A clause opened by one of these is a demand (« Faites-moi un avoir et… », "Give me a credit note and…").
const FR_IMPERATIVE_VERBS = new Set(['fais', 'faites', 'dites', 'rends', 'vire', 'verse', 'paie', 'paye', 'rembourse', 'annule', 'resilie', 'solde', 'efface', 'reprends', 'donne', 'envoie', 'accorde', 'arrete', 'stoppe'])
// Imperatives that address a reader (advice), not the other party: « demandez la résiliation et publiez ».
const FR_ADVICE_VERBS = new Set(['demandez', 'exigez', 'reclamez', 'obtenez', 'sollicitez', 'contestez', 'refusez', 'signalez', 'ecrivez', 'lisez', 'gardez', 'conservez', 'verifiez', 'publiez', 'temoignez', 'partagez', 'faites-vous', 'informez-vous', 'renseignez-vous', 'n\'hesitez'])
const EN_IMPERATIVE_VERBS = new Set([
  'give', 'pay', 'refund', 'reimburse', 'cancel', 'terminate', 'waive', 'write', 'wipe', 'clear', 'settle', 'send', 'transfer',
  'wire', 'credit', 'release', 'let', 'stop', 'end', 'close', 'take', 'collect', 'make', 'offer', 'issue', 'return', 'drop',
  'sort', 'get', 'put', 'arrange', 'process', 'approve', 'honour', 'honor', 'repay', 'reverse', 'scrap', 'forgive',
  'lower', 'reduce', 'cut', 'halt', 'freeze', 'suspend', 'remove', 'delete', 'knock', 'forget', 'lift', 'keep'
])
// A question holding the publication, answered by a condition: « Retirer mes avis ? Avec plaisir, dès que
// les prélèvements s'arrêtent. », "Take my review down? Sure, once you refund me."
const ELLIPSIS_END = /(?:\.\.|…)[\s*_»”"]*$/u
const QUESTION_END = /\?[\s*_»”"]*$/u
const TRAILING_ADVERB = /^(?:[\p{L}’'-]+|bien sûr|bien entendu|of course|that is)$/iu
const FRAGMENT_CONDITIONS = new Set<Cue>(['if', 'condition', 'temporal', 'exchange', 'condmoney'])
const ANSWER_CONDITIONS = new Set<Cue>(['if', 'condition', 'temporal', 'exchange', 'condmoney'])
const QUESTION_PUBLICATION = new Set<Cue>(['publish', 'remove', 'media', 'bargain'])
const FORWARD_LINK = /^(?:en [ée]change|en contrepartie|en retour|in return|in exchange)$/iu
const symbolExpression = /[=→⇒]|-+>|[€£$]/gu

// Withdrawal verbs among the `remove` cues: negated, they keep the publication (« je ne retirerai pas mon avis
// contre… » is a refusal); negated « citer », « envoyer »… withhold it (« je ne citerai pas votre nom contre… » is the deal).
const WITHDRAWAL = /^(?:retir|retrait|supprim|suppress|effac|enlev|depubli|disparai|masqu|take|taking|took|remov|delet|withdr|pull|retract)/u

function tokenAt(tokens: Token[], position: number): number {
  // First token starting at or after `position` (binary search: tokens are sorted).
  let low = 0
  let high = tokens.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (tokens[mid].start < position) low = mid + 1
    else high = mid
  }
  return low
}

function hitsOf(view: TextView, lang: Lang): Hit[] {
  const hits: Hit[] = []
  for (const m of lexicons[lang].find(view)) {
    const cue = m.entry.cue as Cue
    if (cue === 'neutral') continue
    hits.push({cue, start: m.start, end: m.end, from: m.from, to: m.to, imperative: m.entry.imperative === true, pairs: m.entry.pairs === true || cue === 'pair', unscoped: m.entry.unscoped === true, reverse: m.entry.reverse === true ? true : m.entry.reverse === 'proposal' ? 'proposal' : false, forward: m.entry.forward === true, removal: m.entry.removal === true || (cue === 'remove' && WITHDRAWAL.test(view.tokens[m.from].fold)), opening: m.entry.opening === true, backward: m.entry.backward === true})
  }
  symbolExpression.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = symbolExpression.exec(view.text))) {
    const at = tokenAt(view.tokens, match.index)
    const money = /[€£$]/u.test(match[0])
    // A currency sign belongs to the amount before it (« 1 900 € »): the span starts at that amount.
    let start = match.index
    if (money) {
      let k = at - 1
      while (k >= 0 && /^\d/.test(view.tokens[k].value) && start - view.tokens[k].end <= 1) {
        start = view.tokens[k].start
        k--
      }
      if (start === match.index && /^\d/.test(view.tokens[at]?.value ?? '') && view.tokens[at].start - match.index <= 1) {
        // "£2,000": the sign comes first.
        let j = at
        let end = view.tokens[j].end
        while (j + 1 < view.tokens.length && /^\d/.test(view.tokens[j + 1].value) && view.tokens[j + 1].start - end <= 1) end = view.tokens[++j].end
        hits.push({cue: 'money', start, end, from: at, to: j + 1, imperative: false, pairs: false, unscoped: false, reverse: false, forward: false, removal: false, opening: false, backward: false})
        continue
      }
      hits.push({cue: 'money', start, end: match.index + match[0].length, from: k + 1, to: at, imperative: false, pairs: false, unscoped: false, reverse: false, forward: false, removal: false, opening: false, backward: false})
    } else {
      hits.push({cue: 'symbol', start, end: match.index + match[0].length, from: at, to: at, imperative: false, pairs: false, unscoped: false, reverse: false, forward: false, removal: false, opening: false, backward: false})
    }
  }
  hits.sort((a, b) => a.start - b.start || a.end - b.end)
  concessions(hits, view.tokens, view.text)
  return hits
}

// Object pronouns after a verb: "drop them", « supprimez-les » (tokenised « supprimez » « les »).
const OBJECT_AFTER = new Set(['them', 'it', 'les', 'la', 'le'])
const CLAUSE_OPENING = /[.!?;:,(*_»"“]/u
const OBJECT_DETERMINERS = new Set(['the', 'these', 'those', 'my', 'your', 'all', 'any', 'remaining', 'les', 'la', 'le', "l'", 'ces', 'ce', 'cette', 'mes', 'vos', 'votre', 'mon', 'ma', 'tous', 'toutes', 'des', 'du', 'de', 'à', 'au', 'aux'])

/**
 * A withdrawal verb whose object is money is a concession, not a publication: "drop the fees",
 * « supprimez les pénalités », and, with a pronoun, "Your fees are abusive; drop them and…",
 * « Vos frais sont abusifs ; supprimez-les et… » (the pronoun's antecedent is the nearest money or
 * content word before it, within the paragraph).
 */
function concessions(hits: Hit[], tokens: Token[], text: string): void {
  // (Only the few withdrawal verbs of a paragraph reach the slices below.)
  let antecedent: Cue | undefined
  for (let index = 0; index < hits.length; index++) {
    const h = hits[index]
    if (h.cue === 'remove') {
      const next = hits[index + 1]
      let k = h.to
      while (k < tokens.length && k < h.to + 3 && OBJECT_DETERMINERS.has(tokens[k].lower)) k++
      if (next && next.cue === 'money' && next.from === k && !CLAUSE_END.test(text.slice(h.end, next.start))) h.cue = 'money'
      // The pronoun form only as a demand to the other side: the verb opens its clause and, in French, the
      // pronoun is hyphenated (« supprimez-les »; « je la supprime » is my own video).
      else if (antecedent === 'money' && h.to === h.from + 1 && OBJECT_AFTER.has(tokens[h.to]?.lower ?? '') && opensClause(tokens, h.from, text)) {
        const gap = text.slice(h.end, tokens[h.to].start)
        if (gap === '-' || (gap === ' ' && (tokens[h.to].lower === 'them' || tokens[h.to].lower === 'it'))) h.cue = 'money'
      }
    }
    if (h.cue === 'money' || h.cue === 'content' || h.cue === 'media') antecedent = h.cue
  }
}

// Words that negate or refuse the withdrawal verb just after them.
const REFUSING = new Set(['ne', "n'", 'pas', 'refuse', 'refuserai', 'refusons', 'refusé', 'refusais', 'not', 't', 'never', 'refuse', 'refused', 'refusing', 'jamais'])

/** The withdrawal verb is negated or refused (« je ne retirerai pas », « je refuse de retirer », "I won't take … down"), without « ne … que » (only). */
function refusedRemoval(hit: Hit, tokens: Token[], until: Hit): boolean {
  let refused = false
  for (let k = hit.from - 1; k >= 0 && k >= hit.from - 3 && !refused; k--) refused = REFUSING.has(tokens[k].lower)
  if (!refused) return false
  for (let k = hit.to; k < until.from && k < tokens.length; k++) if (tokens[k].lower === 'que' || tokens[k].lower === "qu'" || tokens[k].lower === 'only') return false
  return true
}

// « Vous avez intérêt à me rembourser », "You'd better refund me", « il faudra me rembourser ».
const DEMAND_LEADS = new Set(['intérêt', 'better', 'faudra', 'faut', 'faudrait', 'devez', 'devrez', 'devriez', 'suffit', 'suffira', 'suffirait', 'prêt', 'prêts', 'prête', 'prêtes', 'pret', 'prets', 'prete', 'pretes', 'interet', 'combien', "jusqu'à", "jusqu'au", 'until', 'must', 'need', 'needs', 'have', "'ll", 'willing', 'ready', 'much'])

function demanded(money: Hit, tokens: Token[]): boolean {
  for (let k = money.from - 1; k >= 0 && k >= money.from - 4; k--) if (DEMAND_LEADS.has(tokens[k].lower) || DEMAND_LEADS.has(tokens[k].fold)) return true
  return false
}

// « si elle n'arrive pas », "if it doesn't come": a condition whose subject is the demand of the previous clause.
const ANAPHORA = new Set(['elle', 'il', 'ils', 'elles', 'ça', 'cela', 'it', 'they', 'this', 'that'])

function anaphoric(hit: Hit, tokens: Token[]): boolean {
  const cue = tokens[hit.to - 1].lower
  return cue === "s'il" || cue === "s'ils" || ANAPHORA.has(cue) || ANAPHORA.has(tokens[hit.to]?.lower ?? '')
}

function firstTokenAt(tokens: Token[], position: number): number {
  return tokenAt(tokens, position)
}

function opensClause(tokens: Token[], index: number, text: string): boolean {
  const previous = tokens[index - 1]
  return !previous || CLAUSE_OPENING.test(text.slice(previous.end, tokens[index].start))
}

// « si mon avis est supprimé par la plateforme », "deleted by Google": a withdrawal done by someone else.
const AGENT = new Set(['par', 'by'])

function byOthers(hit: Hit, tokens: Token[], lang: Lang): boolean {
  const verb = tokens[hit.to - 1]
  const participle = lang === 'fr' ? FR_PARTICIPLE.test(verb.lower) : verb.lower.endsWith('ed') || verb.lower.endsWith('en')
  return participle && (AGENT.has(tokens[hit.to]?.lower ?? '') || AGENT.has(tokens[hit.to + 1]?.lower ?? ''))
}

function isNarrative(hit: Hit, tokens: Token[], lang: Lang, hypothesis: number): boolean {
  const first = tokens[hit.from]
  if (!first) return false
  if (lang === 'en' && hypothesis < hit.start) return false
  const before = [tokens[hit.from - 1]?.lower, tokens[hit.from - 2]?.lower]
  if (lang === 'fr') return FR_PARTICIPLE.test(first.lower) && before.some((word) => word !== undefined && AVOIR.has(word))
  // "if I took down my review" is a hypothesis, not a narrative.
  if (tokens[hit.from - 2]?.lower === 'if' || tokens[hit.from - 3]?.lower === 'if') return false
  const past = (first.lower.endsWith('ed') && first.lower !== 'need') || EN_IRREGULAR_PAST.has(first.lower)
  // "my review was deleted by the platform" is a past passive: narrative too.
  return past && before.some((word) => word !== undefined && (EN_SUBJECT.has(word) || word === 'was' || word === 'were'))
}

function followedBy(hit: Hit, tokens: Token[], words: Set<string>, span: number, lang: Lang): boolean {
  for (let k = hit.to; k < Math.min(tokens.length, hit.to + span); k++) {
    const lower = tokens[k].lower
    if (words.has(lower)) return true
    // "once you've cancelled" is a future condition, not a past narrative.
    if (lang === 'en' && words === EN_PAST && k - hit.to < 3 && lower.length > 3 && lower.endsWith('ed') && lower !== 'need' && !PASSIVE_LEAD.has(tokens[k - 1]?.lower ?? '') && !PERFECT_LEAD.has(tokens[k - 1]?.lower ?? '')) return true
  }
  return false
}

interface Verdict {
  start: number
  end: number
  publication: Hit
  /** End of the quoted publication: a withdrawal verb with its object (« retirerai mon témoignage »). */
  publicationEnd: number
  money: Hit
  sureness: 1 | 2
}

/** Judges one unit (a sentence, or a sentence and the next one). `linked`: the second sentence opens with a link cue. */
function judge(hits: Hit[], tokens: Token[], lang: Lang, text: string, unitStart: number, unitEnd: number, linked: boolean, asked?: Hit): Verdict | undefined {
  if (hits.length === 0) return undefined
  // "if you offered us a goodwill gesture", « si vous me proposez un avoir »: an offer asked for, not reported.
  // "I offered to take it down…" is the writer's own offer.
  if (hits.some((h, index) => h.cue === 'unconditional' || (h.cue === 'reported' && !(index > 0 && hits[index - 1].cue === 'if' && h.from - hits[index - 1].to <= 2) && !FIRST_PERSON.has(tokens[h.from - 1]?.lower ?? '')))) return undefined
  if (hits.some((h) => h.cue === 'question') && text.slice(unitStart, unitEnd).trimEnd().replace(/[*_»”"]+$/u, '').endsWith('?')) return undefined

  const hasObject = hits.some((h) => h.cue === 'content' || h.cue === 'media')
  // "What if you refunded me and I deleted my review?": a past tense after « if » is a hypothesis.
  const firstIf = hits.find((h) => h.cue === 'if')
  const regret = (h: Hit): boolean => {
    if (followedBy(h, tokens, lang === 'fr' ? FR_PLUPERFECT : EN_PLUPERFECT, 3, lang)) return true
    if (lang !== 'fr' || !followedBy(h, tokens, FR_ETRE_IMPERFECT, 3, lang)) return false
    for (let k = h.to; k < tokens.length && tokens[k].start < unitEnd; k++) if (FR_PAST_CONDITIONAL.has(tokens[k].lower)) return true
    return false
  }
  const hypothesis = firstIf !== undefined && !regret(firstIf) ? firstIf.start : Infinity
  const publication: Hit[] = []
  const money: Hit[] = []
  for (const h of hits) {
    if (h.cue === 'media' || h.cue === 'bargain') publication.push(h)
    else if ((h.cue === 'publish' || (h.cue === 'remove' && hasObject)) && !isNarrative(h, tokens, lang, hypothesis) && !byOthers(h, tokens, lang)) publication.push(h)
    if (h.cue === 'money' || h.cue === 'condmoney' || h.cue === 'bargain') money.push(h)
  }
  if (money.length === 0) return undefined
  // « Vous remboursez, j'efface. »: a bare withdrawal verb right after « je » answering « vous » + money.
  let bare: Hit | undefined
  if (publication.length === 0) {
    const pair = juxtaposition(hits, tokens, lang, text, (h) => h.cue === 'remove' && !isNarrative(h, tokens, lang, hypothesis), (h) => money.includes(h), true)
    if (!pair) return undefined
    publication.push(pair[1])
    bare = pair[0]
  }

  const condition: Hit[] = []
  if (bare) condition.push(bare)
  if (asked) condition.push(asked)
  let strong = false
  const either = hits.filter((h) => h.cue === 'either')
  if (either.length >= 2) condition.push(...either)
  if (lang === 'en' && either.length === 1 && hits.some((h) => h.cue === 'or' && h.start > either[0].start)) condition.push(either[0])
  const pSet = new Set(publication)
  const mSet = new Set(money)
  const isP = (h: Hit) => pSet.has(h)
  const isM = (h: Hit) => mSet.has(h)
  // A condition's own clause must hold the money or the publication: « si vous êtes dans mon cas,
  // demandez la résiliation et publiez » is advice, « si vous me remboursez, je retire » is a deal.
  const scoped = (h: Hit, index: number): boolean => {
    if (h.unscoped) return true
    if (h.backward) {
      // The money is the subject, in the same clause before the cue.
      for (let k = index - 1; k >= 0 && hits[k].start >= unitStart; k--) {
        if (CLAUSE_END.test(text.slice(hits[k].end, h.start))) break
        if (isM(hits[k])) return true
      }
      return false
    }
    const limit = Math.min(unitEnd, h.end + 240)
    let stop = CLAUSE_END.exec(text.slice(h.end, limit))
    let end = stop ? h.end + stop.index : limit
    // « à une condition : la résiliation », "on one condition: a refund": the clause the cue announces follows the colon.
    if (stop && stop[0] === ':' && !text.slice(h.end, end).trim()) {
      stop = CLAUSE_END.exec(text.slice(end + 1, limit))
      end = stop ? end + 1 + stop.index : limit
    }
    for (let k = index; k < hits.length && hits[k].start < end; k++) if (isP(hits[k]) || isM(hits[k])) return true
    return false
  }
  // « un geste commercial en échange de la suppression de mon avis »: money within ten words before, the
  // publication within six words after, with no relative clause in between.
  const reversedExchange = (h: Hit, index: number, opening: boolean): boolean => {
    let after: Hit | undefined
    for (let k = index + 1; k < hits.length && hits[k].from <= h.to + 6 && !after; k++) if (isP(hits[k]) && hits[k].from >= h.to) after = hits[k]
    if (!after || tokens.slice(h.to, after.from).some((t) => RELATIVE.has(t.lower))) return false
    for (let k = index - 1; k >= 0 && hits[k].to >= h.from - 10; k--) {
      if (isM(hits[k]) && hits[k].to <= h.from && !tokens.slice(hits[k].to, h.from).some((t) => RELATIVE.has(t.lower))) {
        if (!opening) return true
        // The money phrase opens the unit (determiners only before it) and no verb sits between it and « contre ».
        let j = hits[k].from - 1
        while (j >= 0 && tokens[j].start >= unitStart && DETERMINERS.has(tokens[j].lower)) j--
        return !(j >= 0 && tokens[j].start >= unitStart) && h.from - hits[k].to <= 3
      }
    }
    return false
  }
  const firstProposal = hits.findIndex((h) => h.cue === 'proposal')
  hits.forEach((h, index) => {
    switch (h.cue) {
      case 'condmoney':
      case 'bargain':
        condition.push(h)
        strong = true
        break
      case 'condition':
        if (scoped(h, index)) {
          condition.push(h)
          strong = true
        }
        break
      case 'link':
        condition.push(h)
        break
      case 'if':
        if ((scoped(h, index) || (linked && anaphoric(h, tokens))) && !regret(h)) {
          condition.push(h)
          strong = true
        }
        break
      case 'temporal':
        if (scoped(h, index) && !followedBy(h, tokens, lang === 'fr' ? FR_PAST : EN_PAST, 3, lang)) condition.push(h)
        break
      case 'exchange':
        // « Pour 3 000 €, j'oublie l'enregistrement »: « pour » is an exchange only when it opens the unit.
        if (h.opening && tokens[h.from].start > unitStart) break
        if ((h.reverse === true || (h.reverse === 'proposal' && firstProposal >= 0)) && reversedExchange(h, index, false)) {
          condition.push(h)
          strong = true
          break
        }
        // « Résiliation du contrat contre retrait de mes avis » : a verbless money phrase opening the sentence.
        if (h.reverse === 'proposal' && reversedExchange(h, index, true)) {
          condition.push(h)
          strong = true
          break
        }
        // « contre l'annulation » is an exchange; « contre l'agence » is not.
        // Within five words, unless a relative clause starts first (« contre l'agence qui refuse de rembourser »).
        for (let k = index + 1; k < hits.length && hits[k].from <= h.to + 5; k++) {
          if (isM(hits[k]) && hits[k].from >= h.to && !tokens.slice(h.to, hits[k].from).some((t) => RELATIVE.has(t.lower))) {
            condition.push(h)
            strong = true
            break
          }
        }
        break
      case 'symbol':
        condition.push(h)
        break
      case 'before':
        // « Remboursez-moi avant que je publie », "You'd better refund me before the local paper hears": a demand,
        // then the publication as a deadline (not « demandez un remboursement avant de publier votre avis »).
        if (!followedBy(h, tokens, lang === 'fr' ? FR_PAST : EN_PAST, 3, lang) && !tokens.slice(h.to, Math.min(tokens.length, h.to + 6)).some((t) => READER_OWN.has(t.lower) || SECOND_PERSON.has(t.lower))) {
          for (let k = index - 1; k >= 0; k--) {
            if (isM(hits[k]) && !isP(hits[k]) && (isImperative(hits[k], tokens, lang, text) || demanded(hits[k], tokens))) {
              condition.push(h)
              break
            }
          }
        }
        break
      case 'purpose': {
        // « Pour que mes avis disparaissent, annulez le contrat », « Pour que je retire ma vidéo, il faudra me
        // rembourser »: the publication as the aim of a demand (not « … pour que votre avis soit crédible »).
        let aim: Hit | undefined
        for (let k = index + 1; k < hits.length && hits[k].from <= h.to + 6 && !aim; k++) if (isP(hits[k])) aim = hits[k]
        if (!aim || tokens.slice(h.to, Math.min(tokens.length, aim.to + 2)).some((t) => READER_OWN.has(t.lower))) break
        for (let k = 0; k < hits.length; k++) {
          if (k !== index && isM(hits[k]) && !isP(hits[k]) && (isImperative(hits[k], tokens, lang, text) || demanded(hits[k], tokens))) {
            condition.push(h)
            break
          }
        }
        break
      }
      case 'pair':
        // « Remboursez-moi. Je retirerai mon avis ensuite. », "Pay me back. Then the video goes.": a demand, then
        // the publication announced as what follows it.
        if (linked) {
          for (let k = index - 1; k >= 0; k--) {
            if (isM(hits[k]) && !isP(hits[k]) && (isImperative(hits[k], tokens, lang, text) || demanded(hits[k], tokens))) {
              condition.push(h)
              break
            }
          }
        }
        break
      case 'first':
        // « Je suis prête à retirer mon avis. Mais d'abord, remboursez-moi. »: the demand comes first.
        if (linked) {
          for (let k = index + 1; k < hits.length; k++) {
            if (isM(hits[k]) && !isP(hits[k]) && (isImperative(hits[k], tokens, lang, text) || subjectLed(hits[k], tokens, text))) {
              condition.push(h)
              break
            }
          }
        }
        break
      case 'proposal':
        // « Que penseriez-vous d'un avoir ? Je retirerais alors mon témoignage. »: a proposal joined to the next sentence.
        if (linked) condition.push(h)
        break
      case 'or':
      case 'and': {
        // Money just before, publication just after: « Remboursez-moi ou je publie », "Pay me back and the video disappears".
        // Nearest publication or money cue on each side (a few cues away at most: the window is ten words).
        let before: Hit | undefined
        let beforeIndex = -1
        for (let k = index - 1; k >= Math.max(0, index - 12) && !before; k--) if (hits[k].end <= h.start && (isP(hits[k]) || isM(hits[k]))) before = hits[(beforeIndex = k)]
        // « Un virement de 1 800 € et… », "One transfer of £1,800 and…": the offer's head is the first money word.
        let head = before
        for (let k = beforeIndex; k > 0 && head && isM(hits[k - 1]) && !isP(hits[k - 1]) && tokens.slice(hits[k - 1].to, hits[k].from).every((t) => OF.has(t.lower)); k--) head = hits[k - 1]
        let after: Hit | undefined
        for (let k = index + 1; k < Math.min(hits.length, index + 12) && !after; k++) if (hits[k].start >= h.end && (isP(hits[k]) || isM(hits[k]))) after = hits[k]
        if (!before || !after || !isM(before) || isP(before) || !isP(after) || after.from - h.to > 10) break
        // « … et publiez votre avis », "… and publish your review": the reader's own publication is advice.
        // (Not after a media phrase: « je ne parlerai plus de votre agence » is about the other side.)
        if (after.cue !== 'media' && tokens.slice(after.to, Math.min(tokens.length, after.to + 2)).some((t) => READER_OWN.has(t.lower))) break
        if (h.cue === 'and') {
          // « Que diriez-vous d'un geste commercial et je retire mon avis ? », "How about a refund and I take the post down?"
          // (The publication clause must then open with « je » / "I": « Que diriez-vous de demander un geste et de
          // publier votre avis ? » is advice.)
          let imperative = firstProposal >= 0 && firstProposal < index && FIRST_PERSON.has(tokens[h.to]?.lower ?? '')
          for (let k = index - 1; k >= Math.max(0, index - 12) && !imperative; k--) imperative = isM(hits[k]) && isImperative(hits[k], tokens, lang, text)
          // « Un remboursement intégral, et mon avis disparaît. », "A full refund, and the review disappears.": a verbless
          // money phrase opening the sentence, then a comma before « et » / "and".
          // For a subject-led or comma-less offer, the publication clause must open with « je » / "I":
          // « On annule souvent des contrats et on publie des avis » is a general remark.
          const firstPersonAfter = FIRST_PERSON.has(tokens[h.to]?.lower ?? '')
          // « Un virement de 1 800 € et vous n'entendrez plus parler de moi »: a silence promised to « vous » counts too.
          const silenceToYou = after.cue === 'media' && SECOND_PERSON.has(tokens[h.to]?.lower ?? '')
          // (« 2 000 € et on oublie tout »: the colloquial « on » after an offer.)
          if (!imperative && head) imperative = verblessOffer(head, h, tokens, text, unitStart, firstPersonAfter || silenceToYou || tokens[h.to]?.lower === 'on') || (firstPersonAfter && subjectLed(before, tokens, text))
          if (!imperative) break
        }
        condition.push(h)
        break
      }
    }
  })
  if (condition.length === 0) {
    const juxtaposed = juxtaposition(hits, tokens, lang, text, isP, isM, false)
    if (juxtaposed) condition.push(juxtaposed[0])
  }
  if (condition.length === 0) {
    // « Remboursé, j'efface tout. », « Contrat annulé, avis supprimé. », "Refunded, I delete everything.": a money
    // participle opening the unit, then a comma, then the publication.
    const opener = hits.find((h) => isM(h) && !isP(h))
    if (opener && opener.to === opener.from + 1 && tokens[opener.from].start >= unitStart && opener.from - firstTokenAt(tokens, unitStart) <= 1) {
      const word = tokens[opener.from].lower
      const participle = lang === 'fr' ? FR_PARTICIPLE.test(word) : word.endsWith('ed')
      const comma = /^\s*,/u.test(text.slice(opener.end, opener.end + 3))
      if (participle && comma && publication.some((p) => p.start > opener.end)) condition.push(opener)
    }
  }
  if (condition.length === 0) return undefined
  // « Je refuse de retirer mon avis contre un geste commercial », "I won't take my review down in exchange for a
  // discount": a refused withdrawal priced by an exchange is a refusal of the deal. (A condition still counts:
  // « je ne retirerai pas mon avis tant que je ne suis pas remboursé » keeps the review up until paid.)
  if (condition.every((h) => h.cue === 'exchange') && publication.every((h) => h.removal && refusedRemoval(h, tokens, condition[0]))) return undefined
  let start = Infinity
  let end = -Infinity
  for (const h of [publication, money, condition].flat()) {
    if (h.start < start) start = h.start
    if (h.end > end) end = h.end
  }
  const object = hits.find((h) => h.cue === 'content' && h.from >= publication[0].to && h.from <= publication[0].to + 3)
  return {
    publicationEnd: publication[0].cue === 'remove' && object ? object.end : publication[0].end,
    start,
    end,
    publication: publication[0],
    money: money[0],
    sureness: strong && !linked ? 2 : 1
  }
}

function isImperative(hit: Hit, tokens: Token[], lang: Lang, text: string): boolean {
  if (hit.imperative) return true
  if (clauseOpensWithImperative(hit, tokens, lang, text)) return true
  const first = tokens[hit.from]
  if (!first || first.start !== hit.start) return false
  if (lang === 'fr') return first.fold.endsWith('ez')
  // English: a money verb opening its clause ("Pay me back and…", "You refund me and…"), not a noun phrase
  // ("My deposit was taken in March and…").
  if (DETERMINERS.has(first.lower)) return false
  const previous = tokens[hit.from - 1]
  if (!previous || EN_IMPERATIVE_LEAD.has(previous.lower)) return true
  return /[.!?;:,(*_]/.test(text.slice(previous.end, hit.start))
}

const SECOND_PERSON = new Set(['vous', 'tu', 'you', "you'"])
// (« I'll » is tokenised « I' » + « ll ».)
const FIRST_PERSON = new Set(['je', "j'", 'nous', 'i', 'we', "i'", "we'", "i'll", "we'll"])
const OBJECT_PRONOUN = new Set(['me', "m'", 'nous', 'lui', 'leur', 'just', 'simply'])
const CLAUSE_BREAK = /[,;:]/u

/**
 * « Vous effacez la dette, j'efface mes avis. », "You cancel the contract, I delete the review.": a clause
 * whose verb, right after « vous » / "you", is the money or concession, then, after a comma, a clause
 * opened by « je » / "I" holding the publication. Returns the money hit that serves as the condition.
 */
function juxtaposition(hits: Hit[], tokens: Token[], lang: Lang, text: string, isP: (h: Hit) => boolean, isM: (h: Hit) => boolean, bare: boolean): [Hit, Hit] | undefined {
  for (let index = 0; index < hits.length; index++) {
    const m = hits[index]
    if (!isM(m) || isP(m)) continue
    let k = m.from - 1
    while (k >= 0 && k >= m.from - 2 && OBJECT_PRONOUN.has(tokens[k].lower)) k--
    const subject = tokens[k]
    if (!subject || !SECOND_PERSON.has(subject.lower)) continue
    const verb = tokens[m.from]
    if (lang === 'en' ? verb.lower.endsWith('ed') : AVOIR.has(verb.lower)) continue
    // The subject opens its clause.
    const before = tokens[k - 1]
    if (before && !/[.!?;:,(*_»"“]/u.test(text.slice(before.end, subject.start)) && !FIRST_PERSON.has(before.lower)) continue
    // The next clause break, within eight words, then « je » / "I" and the publication within six words.
    let j = m.to
    while (j < tokens.length && j < m.to + 8 && !CLAUSE_BREAK.test(text.slice(tokens[j - 1].end, tokens[j].start))) j++
    if (j >= tokens.length || j >= m.to + 8 || !FIRST_PERSON.has(tokens[j].lower)) {
      // « Ma proposition : je retire mon avis, vous annulez le contrat. »: « je » + publication first, then « vous » + money.
      if (!bare && before && CLAUSE_BREAK.test(text.slice(before.end, subject.start))) {
        let start = k - 1
        while (start > 0 && start > k - 9 && !/[,;:.!?]/u.test(text.slice(tokens[start - 1].end, tokens[start].start))) start--
        if (FIRST_PERSON.has(tokens[start].lower)) for (let n = index - 1; n >= 0 && hits[n].from > start; n--) if (isP(hits[n]) && hits[n].from <= start + 3) return [m, hits[n]]
      }
      continue
    }
    // (`bare`: only a withdrawal verb right after « je »: « Vous remboursez, j'efface. »)
    for (let n = index + 1; n < hits.length && hits[n].from <= j + 6; n++) if (hits[n].from > j && isP(hits[n]) && (!bare || hits[n].from === j + 1)) return [m, hits[n]]
  }
  return undefined
}

const READER_OWN = new Set(['votre', 'vos', 'your', 'yours'])
const DETERMINERS = new Set(['un', 'une', 'le', 'la', 'les', "l'", 'mon', 'ma', 'mes', 'votre', 'vos', 'a', 'an', 'one', 'the', 'my', 'your', 'full', 'total', 'complete', 'simple', 'petit', 'petite', 'bon', 'beau'])

/** « Tu me rembourses et… », « On annule tout et… »: the money verb right after « tu » / « on » opening its clause. */
function subjectLed(money: Hit, tokens: Token[], text: string): boolean {
  let k = money.from - 1
  while (k >= 0 && k >= money.from - 2 && OBJECT_PRONOUN.has(tokens[k].lower)) k--
  const subject = tokens[k]
  if (!subject || !(subject.lower === 'tu' || subject.lower === 'on' || subject.lower === 'vous' || subject.lower === 'you')) return false
  if (AVOIR.has(tokens[money.from].lower) || tokens[money.from].lower.endsWith('ed')) return false
  const previous = tokens[k - 1]
  return !previous || /[.!?;:,(*_»"“]/u.test(text.slice(previous.end, subject.start))
}

/** A money phrase that opens the sentence without a verb (determiners and adjectives only), then a comma before `and`. */
const DIGIT_START = /^\d/u
const INDEFINITE = new Set(['un', 'une', 'a', 'an', 'one'])
const OF = new Set(['de', "d'", 'du', 'des', 'of'])

function verblessOffer(money: Hit, and: Hit, tokens: Token[], text: string, unitStart: number, firstPersonAfter: boolean): boolean {
  // « Un petit virement et… »: an indefinite article among the determiners opening the phrase.
  // (An amount opening the sentence is an offer too: « 2 000 € et on oublie tout ».)
  let indefinite = INDEFINITE.has(tokens[money.from].lower) || DIGIT_START.test(tokens[money.from].value)
  for (let k = money.from - 1; k >= 0 && k >= money.from - 3 && !indefinite && DETERMINERS.has(tokens[k].lower); k--) indefinite = INDEFINITE.has(tokens[k].lower)
  if (!(indefinite && firstPersonAfter) && !/,\s*$/u.test(text.slice(money.end, and.start))) return false
  if (text.slice(money.end, and.start).length > 40) return false
  let k = money.from - 1
  while (k >= 0 && tokens[k].start >= unitStart && DETERMINERS.has(tokens[k].lower)) k--
  if (k >= 0 && tokens[k].start >= unitStart) return false
  return true
}

/** The clause holding `hit` opens, at most six words before it, with an imperative (« Virez-moi 1 200 € », "Give me a credit note"). */
function clauseOpensWithImperative(hit: Hit, tokens: Token[], lang: Lang, text: string): boolean {
  for (let k = hit.from; k >= 0 && k >= hit.from - 6; k--) {
    const token = tokens[k]
    if (!token) continue
    const previous = tokens[k - 1]
    const opens = !previous || /[.!?;:,(*_»"“]/u.test(text.slice(previous.end, token.start))
    if (!opens) continue
    // (« Qu'on me rembourse, et… »: a subjunctive opening the clause is a demand too.)
    if (lang === 'fr') return (token.fold.endsWith('ez') && token.fold.length > 3 && !FR_ADVICE_VERBS.has(token.fold)) || FR_IMPERATIVE_VERBS.has(token.fold) || ((token.lower === "qu'" || token.lower === 'que') && JUSSIVE_SUBJECTS.has(tokens[k + 1]?.lower ?? ''))
    return EN_IMPERATIVE_VERBS.has(token.lower) || EN_IMPERATIVE_LEAD.has(token.lower)
  }
  return false
}

const NOTE = {
  fr:
    `Chantage (C. pén., art. 312-10)${NBSP}: obtenir ou tenter d'obtenir des fonds, une signature, un engagement ou une ` +
    `renonciation en menaçant de révéler ou d'imputer des faits de nature à porter atteinte à l'honneur ou à la ` +
    `considération est puni de cinq ans d'emprisonnement et de 75${NNBSP}000${NBSP}€ d'amende, que les faits soient vrais ` +
    `ou non${NNBSP}; la tentative est punie de la même façon. Une mise en demeure ou l'annonce d'une action en justice ` +
    `n'est pas du chantage. Témoin informe et ne donne pas de conseil juridique.`,
  en:
    `Blackmail (chantage, French Criminal Code art. 312-10): obtaining or trying to obtain money, a signature, a ` +
    `commitment or a waiver by threatening to reveal or allege facts damaging to someone's honour or reputation ` +
    `carries five years' imprisonment and a €75,000 fine, whether or not the facts are true; an attempt is punished ` +
    `alike. A formal notice or announcing legal action is not blackmail. Témoin gives information, not legal advice.`
}

function reason(lang: Lang, publication: string, money: string): string {
  if (lang === 'fr') {
    return (
      `Ce passage lie une publication, son retrait ou les médias (${guillemets(publication)}) à un paiement ou à une ` +
      `concession (${guillemets(money)})${NBSP}: c'est la forme du chantage, puni même si les faits sont vrais. ` +
      `Séparez les deux${NNBSP}: réclamez votre dû par une mise en demeure (` +
      guillemets(`Je vous mets en demeure de …${NNBSP}; à défaut, je saisirai la juridiction compétente.`) +
      `) et décidez de publier ou non sans rien demander en échange.`
    )
  }
  return (
    `This links a publication, its removal or the media (${quotes(publication)}) to a payment or a concession ` +
    `(${quotes(money)}): that is the shape of blackmail, punished even when the facts are true. Keep the two apart: ` +
    `claim what you are owed in a formal notice (${quotes('I give you formal notice to …; failing that, I will refer the matter to the competent court.')}) ` +
    `and decide whether to publish without asking for anything in return.`
  )
}

export const rule = defineRule(
  {
    id: 'blackmail',
    severity: 'error',
    languages: ['fr', 'en'],
    title: {fr: 'Chantage', en: 'Blackmail'},
    summary: {
      fr: 'Retrait ou non-publication d’un témoignage, ou silence médiatique, lié à de l’argent ou à une concession (C. pén., art. 312-10).',
      en: 'Taking down or not publishing a testimony, or not going to the media, linked to money or a concession (C. pén. art. 312-10).'
    }
  },
  (tree, ctx) => {
    const lang: Lang = ctx.lang === 'en' ? 'en' : 'fr'
    for (const view of sharedParagraphViews(tree)) {
      const hits = hitsOf(view, lang)
      // Every verdict needs a money cue and a publication cue: most paragraphs stop here.
      let hasMoney = false
      let hasPublication = false
      for (const h of hits) {
        if (h.cue === 'money' || h.cue === 'condmoney' || h.cue === 'bargain') hasMoney = true
        if (h.cue === 'media' || h.cue === 'publish' || h.cue === 'remove' || h.cue === 'bargain') hasPublication = true
      }
      if (!hasMoney || !hasPublication) continue
      const sentences = sharedSentenceRanges(view, true)
      const buckets = bySentence(hits, sentences)
      const flagged = new Set<number>()
      const report = (verdict: Verdict) => {
        ctx.report({
          view,
          start: verdict.start,
          end: verdict.end,
          sureness: verdict.sureness,
          reason: reason(lang, view.text.slice(verdict.publication.start, verdict.publicationEnd), view.text.slice(verdict.money.start, verdict.money.end)),
          note: NOTE[lang]
        })
      }
      // (Only the last characters are read: no copy of the sentence.)
      const tail = (i: number) => view.text.slice(Math.max(sentences[i].start, sentences[i].end - 8), sentences[i].end)
      const isQuestion = (i: number) => QUESTION_END.test(tail(i))
      // « Retirer mon avis contre un remboursement ? Jamais. »: a question answered by a refusal is no offer; so is an
      // offer followed by the writer's own refusal (« L'agence exige le retrait de mon avis contre… ; je refuse. »).
      const refused = (i: number) => {
        const answer = buckets[i + 1]?.[0]
        if (answer === undefined || answer.cue !== 'refusal' || answer.from > sentences[i + 1].from + 1) return false
        return FIRST_PERSON.has(view.tokens[answer.from].lower) || isQuestion(i)
      }
      // A sentence that is only a condition (no clause after it), right after a sentence holding the publication.
      const fragmentCondition = (i: number): boolean => {
        const first = buckets[i][0]
        if (!FRAGMENT_CONDITIONS.has(first.cue) || first.from > sentences[i].from + 1) return false
        if (buckets[i].some((h) => h.cue === 'media' || h.cue === 'publish' || h.cue === 'bargain')) return false
        if (!buckets[i - 1].some((h) => h.cue === 'media' || h.cue === 'publish' || h.cue === 'remove' || h.cue === 'bargain')) return false
        // (A trailing adverb is allowed: « Contre un dédommagement, évidemment. », "…, of course.")
        const rest = view.text.slice(first.end, sentences[i].end - 1)
        const cut = rest.search(CLAUSE_BREAK)
        return cut === -1 || TRAILING_ADVERB.test(rest.slice(cut + 1).trim())
      }
      const pronounWithdrawal = (i: number): boolean => {
        let remove = false
        let money = false
        for (const h of buckets[i]) {
          if (h.cue === 'content' || h.cue === 'media') return false
          if (h.cue === 'remove' && h.removal) remove = true
          else if (h.cue === 'money' || h.cue === 'condmoney') money = true
        }
        return remove && money && buckets[i - 1].some((h) => h.cue === 'content' || h.cue === 'media')
      }
      // « Vous refusez de rembourser ? Alors je publie tout. »: a question to « vous » about the money, answered by
      // « Alors », « Très bien », « Dans ce cas »…: the question is the condition. Returns its money cue.
      const askedMoney = (i: number): Hit | undefined => {
        const answer = buckets[i + 1][0]
        // (A short question needs no « Alors »: « Vous résiliez ? Je retire mon avis. »)
        const short = sentences[i].to - sentences[i].from <= 3
        if (!(short || ((answer.cue === 'pair' || answer.cue === 'link') && answer.from <= sentences[i + 1].from + 1)) || !isQuestion(i)) return undefined
        if (buckets[i].some((h) => QUESTION_PUBLICATION.has(h.cue))) return undefined
        let addressed = false
        for (let k = sentences[i].from; k < sentences[i].to && !addressed; k++) addressed = SECOND_PERSON.has(view.tokens[k].lower)
        return addressed ? buckets[i].find((h) => h.cue === 'money') : undefined
      }
      sentences.forEach((sentence: SentenceRange, i: number) => {
        if (buckets[i].length === 0 || refused(i)) return
        const verdict = judge(buckets[i], view.tokens, lang, view.text, sentence.start, sentence.end, false)
        if (verdict) {
          flagged.add(i)
          report(verdict)
        }
      })
      // « Remboursez-moi. Sinon, la presse saura tout. »: a link cue opening the next sentence.
      for (let i = 0; i + 1 < sentences.length; i++) {
        if (flagged.has(i) || flagged.has(i + 1) || buckets[i].length === 0 || buckets[i + 1].length === 0) continue
        const next = sentences[i + 1]
        const asked = askedMoney(i)
        const opens =
          asked !== undefined ||
          // (« Mes avis ? Ils partent dès que l'argent arrive. »: a short topic question holding only the object.)
          ((buckets[i].some((h) => QUESTION_PUBLICATION.has(h.cue)) || (sentences[i].to - sentences[i].from <= 4 && buckets[i].some((h) => h.cue === 'content'))) &&
            buckets[i + 1].some((h) => ANSWER_CONDITIONS.has(h.cue)) && isQuestion(i) && !refused(i)) ||
          // « Mon avis restera en ligne. Sauf si vous me remboursez. »: a condition standing alone as a sentence.
          fragmentCondition(i + 1) ||
          // « Mon avis est en ligne ; remboursez-moi et je le retire. »: a withdrawal without its object, the object
          // in the sentence before.
          pronounWithdrawal(i + 1) ||
          // « … pourrait être retiré... contre un petit chèque. », « Ce serait dommage que la presse s'en mêle…
          // Un geste commercial réglerait tout. »: after an ellipsis the thought goes on.
          ELLIPSIS_END.test(tail(i)) ||
          // « Je vous ai demandé la résiliation ; si elle n'arrive pas, … »: a condition on the previous clause's demand.
          (buckets[i + 1][0].cue === 'if' && buckets[i + 1][0].from <= next.from + 1 && anaphoric(buckets[i + 1][0], view.tokens) && buckets[i].some((h) => h.cue === 'money')) ||
          buckets[i + 1].some((h) => ((h.cue === 'link' || h.cue === 'first') && h.from <= next.from + 1) || h.pairs) ||
          // « En échange, je retire mon avis. Il vous suffit de… »: an exchange announced first.
          buckets[i].some((h) => (h.cue === 'link' && h.from <= sentences[i].from + 1 && FORWARD_LINK.test(view.text.slice(h.start, h.end))) || h.forward)
        if (!opens) continue
        const verdict = judge([...buckets[i], ...buckets[i + 1]], view.tokens, lang, view.text, sentences[i].start, next.end, true, asked)
        if (verdict) {
          flagged.add(i + 1)
          report(verdict)
        }
      }
    }
  }
)

export default rule.plugin
