// French templates. Current law only (see /work/shared/seed/legal-notes.md): 14-day withdrawal under
// art. L. 221-18 Code de la consommation, professionals only under L. 221-3. Placeholders are in
// [brackets]; the only names are invented placeholders. Each template says once, in an HTML comment
// (not prose, not published), that it is information and not legal advice.
import type {TemplateSource} from './types'

const testimony: TemplateSource = {
  id: 'blog-testimony',
  kind: 'testimony',
  title: 'Témoignage pour un blog',
  description: 'Contexte, faits datés avec pièces, démarches, avis présenté comme tel, demande.',
  fileName: 'temoignage.md',
  basis: ['Loi du 29 juillet 1881, art. 29', 'Cass. 2e civ., 27 mars 2003 (bonne foi)', 'Code civil, art. 1240 (dénigrement)'],
  content: `---
titre: "Mon expérience avec [nom de l’agence web]"
auteur: "[Prénom Nom]"
date: "[AAAA-MM-JJ]"
agence: "[nom de l’agence web]"
financeur: "[nom de la société de location financière]"
lang: fr
---

<!--
Modèle Témoin. Information, pas un conseil juridique : pour votre situation, consultez un avocat ou une association de défense des consommateurs.
Base : loi du 29 juillet 1881, art. 29 (diffamation : imputer un fait qui porte atteinte à l’honneur, même sous forme dubitative ; injure : terme de mépris sans fait précis). La bonne foi repose sur un but légitime, l’absence d’animosité personnelle, la prudence et la mesure dans l’expression, et une base factuelle suffisante (Cass. 2e civ., 27 mars 2003). Critiquer les services d’une entreprise sans base factuelle ni mesure peut constituer un dénigrement (Code civil, art. 1240).
Remplacez chaque [texte entre crochets]. Racontez des faits datés et prouvés par vos pièces ; présentez vos appréciations comme des opinions ; ne qualifiez pas pénalement les faits, c’est le rôle du juge. Supprimez ce commentaire avant de publier.
-->

# Mon expérience avec [nom de l’agence web]

## Contexte

Je suis [votre activité] à [commune], dans une entreprise de [nombre] salariés. [En deux ou trois phrases : pourquoi vous cherchiez un site internet, comment vous avez été contacté.]

## Les faits, datés, avec pièces

- **[JJ/MM/AAAA]** : [ce qui s’est passé, décrit sans qualificatif : qui, quoi, où]. (Pièce n° 1 : [bon de commande].)
- **[JJ/MM/AAAA]** : j’ai signé [le contrat de location financière n° …] avec [nom de la société de location financière], pour [durée] mois à [montant] € par mois. (Pièce n° 2 : [contrat].)
- **[JJ/MM/AAAA]** : [livraison du site, procès-verbal de réception signé ou non, état du site à cette date]. (Pièce n° 3 : [procès-verbal].)
- **[JJ/MM/AAAA]** : [échange avec l’agence : date, moyen, contenu résumé]. (Pièce n° 4 : [courriel].)

## Ce que j’ai fait

- **[JJ/MM/AAAA]** : [lettre recommandée avec accusé de réception envoyée à …, demande formulée]. (Pièce n° 5.)
- **[JJ/MM/AAAA]** : [réponse reçue, ou absence de réponse à cette date].
- [Démarches auprès d’une association de consommateurs, d’un médiateur, d’un avocat, le cas échéant.]

## Mon avis

À mon avis, [votre appréciation, présentée comme une opinion et reliée aux faits ci-dessus]. Je trouve [ce qui vous a déçu, avec mesure].

## Ce que je demande

[Ce que vous attendez, par exemple : la résiliation du contrat, le remboursement de [montant] €, la mise en ligne du site prévu au cahier des charges.] Je reste disponible pour en discuter avec [nom de l’agence web] et [nom de la société de location financière].
`
}

const email: TemplateSource = {
  id: 'programme-email',
  kind: 'email',
  title: 'Courriel à une émission consommation',
  description: 'Proposer son témoignage à une émission ou une rédaction, faits datés et pièces à l’appui.',
  fileName: 'courriel-emission.md',
  basis: ['Loi du 29 juillet 1881, art. 29', 'Code pénal, art. 312-10 (chantage)'],
  content: `<!--
Modèle Témoin. Information, pas un conseil juridique.
Base : loi du 29 juillet 1881, art. 29 (ce que vous affirmez doit reposer sur des faits que vous pouvez prouver). Code pénal, art. 312-10 : lier le fait de ne pas parler aux médias ou de retirer un témoignage à un paiement, un avantage ou une renonciation est un chantage, même si les faits sont vrais ; ne le proposez jamais, ni à l’entreprise ni dans ce courriel.
Cherchez l’adresse de contact sur le site officiel de l’émission ; n’écrivez à aucune adresse trouvée ailleurs. Remplacez chaque [texte entre crochets] et supprimez ce commentaire avant l’envoi.
-->

À : [adresse de l’émission]
Objet : Proposition de témoignage : contrat de site internet et location financière

Madame, Monsieur,

Je suis [Prénom Nom], [votre activité] à [commune]. Je vous écris pour vous proposer mon témoignage au sujet d’un contrat de création de site internet conclu avec [nom de l’agence web] et financé par une location financière auprès de [nom de la société de location financière].

Les faits, en résumé :

- le [JJ/MM/AAAA], [premier contact : démarchage à mon entreprise, par téléphone…] ;
- le [JJ/MM/AAAA], signature du contrat pour [durée] mois à [montant] € par mois ;
- le [JJ/MM/AAAA], [livraison, procès-verbal de réception, état du site] ;
- depuis, [vos démarches et les réponses reçues, datées].

Je dispose des pièces suivantes, que je peux vous transmettre : [contrat, procès-verbal, courriels, lettres recommandées et accusés de réception].

Je ne sais pas si d’autres entreprises sont dans la même situation ; je peux seulement parler de la mienne, pièces à l’appui. Vous pouvez me joindre à cette adresse ou au [votre numéro de téléphone professionnel].

Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées.

[Prénom Nom]
[Raison sociale]
`
}

const letterHeader = `[Prénom Nom]
[Raison sociale, forme juridique]
[Adresse de l’entreprise]

[Nom de la société destinataire]
[Adresse du siège social, telle qu’elle figure sur le contrat]

Lettre recommandée avec accusé de réception

[Commune], le [date]`

const withdrawal: TemplateSource = {
  id: 'withdrawal-letter',
  kind: 'letter',
  title: 'Lettre de rétractation (14 jours)',
  description: 'Se rétracter d’un contrat signé hors établissement, dans les 14 jours (art. L. 221-18), professionnel inclus sous conditions (art. L. 221-3).',
  fileName: 'lettre-retractation.md',
  basis: [
    'Code de la consommation, art. L. 221-18 (délai de 14 jours)',
    'Code de la consommation, art. L. 221-3 (professionnels : hors établissement, hors activité principale, 5 salariés au plus)',
    'Code de la consommation, art. L. 221-20 (prolongation de 12 mois sans information sur le droit)',
    'Code de la consommation, art. L. 221-24 (remboursement sous 14 jours)'
  ],
  content: `<!--
Modèle Témoin. Information, pas un conseil juridique : vérifiez votre situation avec un avocat ou une association de consommateurs.
Base : Code de la consommation, art. L. 221-18 : 14 jours pour se rétracter d’un contrat conclu hors établissement (loi du 17 mars 2014, contrats conclus depuis le 14 juin 2014), à compter de la conclusion du contrat (services) ou de la réception du bien. Art. L. 221-20 : délai prolongé de 12 mois si l’information sur ce droit n’a pas été donnée. Art. L. 221-3 : un professionnel en bénéficie seulement si le contrat a été conclu hors établissement, si son objet n’entre pas dans le champ de son activité principale et s’il emploie 5 salariés au plus. Art. L. 221-24 : remboursement des sommes versées sous 14 jours.
Envoyez la lettre à l’adresse du contrat, en recommandé avec accusé de réception, et gardez une copie. Supprimez ce commentaire et le paragraphe qui ne vous concerne pas.
-->

${letterHeader}

Objet : Exercice du droit de rétractation, contrat n° [numéro] du [date de signature]

Madame, Monsieur,

Le [date de signature], j’ai signé à [lieu : mes locaux professionnels, par exemple] le contrat n° [numéro] portant sur [objet : création et hébergement d’un site internet, par exemple]. Ce contrat a été conclu hors établissement.

Par la présente, j’exerce mon droit de rétractation, dans le délai de 14 jours prévu par l’article L. 221-18 du Code de la consommation.

[Si le contrat ne contenait pas l’information sur le droit de rétractation : Le contrat ne comportait pas l’information sur le droit de rétractation ; le délai est donc prolongé de 12 mois, en application de l’article L. 221-20 du même code.]

[Si vous signez en tant que professionnel : J’agis en tant que professionnel et je bénéficie de ces dispositions en application de l’article L. 221-3 du Code de la consommation : le contrat a été conclu hors établissement, son objet n’entre pas dans le champ de mon activité principale, qui est [votre activité], et mon entreprise emploie [nombre, 5 au plus] salariés.]

Je vous demande de me rembourser les sommes versées, soit [montant] €, dans les 14 jours suivant la réception de cette lettre, comme le prévoit l’article L. 221-24 du même code, et de cesser tout prélèvement.

J’adresse une copie de cette lettre à [nom de la société de location financière], signataire du contrat de location financière n° [numéro] lié à ce contrat.

Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées.

[Prénom Nom]
[Signature]
`
}

const documents: TemplateSource = {
  id: 'documents-request-letter',
  kind: 'letter',
  title: 'Demande des pièces du dossier de location financière',
  description: 'Obtenir la copie du contrat, du procès-verbal de livraison ou de réception, du cahier des charges…',
  fileName: 'lettre-demande-pieces.md',
  basis: ['Code civil, art. 1353 (charge de la preuve)'],
  content: `<!--
Modèle Témoin. Information, pas un conseil juridique.
Base : Code civil, art. 1353 : celui qui réclame l’exécution d’une obligation doit la prouver. Demander les pièces permet de vérifier ce que vous avez signé avant de décider de la suite ; cette lettre n’accuse personne.
Envoyez-la à la société de location financière (et, si besoin, une lettre semblable à l’agence), en recommandé avec accusé de réception. Supprimez ce commentaire avant l’envoi.
-->

${letterHeader}

Objet : Demande de copie des pièces du contrat de location financière n° [numéro]

Madame, Monsieur,

Je suis titulaire du contrat de location financière n° [numéro], signé le [date], portant sur [le site internet réalisé par nom de l’agence web, par exemple], pour [durée] mois à [montant] € par mois.

Afin de vérifier les engagements pris, je vous demande de m’adresser une copie des pièces suivantes :

1. le contrat de location financière signé, avec ses conditions générales et particulières ;
2. le bon de commande et, le cas échéant, le contrat conclu avec [nom de l’agence web] ;
3. le procès-verbal de livraison ou de réception, avec la date et la signature qui y figurent ;
4. le cahier des charges ou la description de la prestation financée ;
5. la facture d’achat de cette prestation par votre société auprès de [nom de l’agence web] ;
6. l’échéancier des loyers et l’état des sommes déjà prélevées ;
7. le mandat de prélèvement SEPA ;
8. tout document par lequel le contrat aurait été cédé à une autre société.

Comme vous réclamez l’exécution de ce contrat, il vous appartient d’en justifier (article 1353 du Code civil). Je vous remercie de me transmettre ces pièces dans un délai de 30 jours à compter de la réception de cette lettre.

Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées.

[Prénom Nom]
[Signature]
`
}

const termination: TemplateSource = {
  id: 'termination-letter',
  kind: 'letter',
  title: 'Lettre de résiliation',
  description: 'Mettre fin au contrat selon sa clause de résiliation, ou pour inexécution après mise en demeure (art. 1224 et 1226 du Code civil).',
  fileName: 'lettre-resiliation.md',
  basis: [
    'Clause de résiliation du contrat',
    'Code civil, art. 1224 (résolution pour inexécution suffisamment grave)',
    'Code civil, art. 1226 (notification après mise en demeure restée sans effet)'
  ],
  content: `<!--
Modèle Témoin. Information, pas un conseil juridique : une résiliation injustifiée peut vous être reprochée ; faites relire votre dossier par un avocat ou une association de consommateurs.
Base : d’abord la clause de résiliation de votre contrat (préavis, forme). À défaut, Code civil, art. 1224 : le contrat peut être résolu en cas d’inexécution suffisamment grave ; art. 1226 : par notification, à vos risques, après une mise en demeure de s’exécuter dans un délai raisonnable restée sans effet.
Gardez une seule des deux options ci-dessous. Envoyez la lettre en recommandé avec accusé de réception et supprimez ce commentaire.
-->

${letterHeader}

Objet : Résiliation du contrat n° [numéro] du [date de signature]

Madame, Monsieur,

[Option 1, résiliation prévue par le contrat : Conformément à l’article [numéro] des conditions générales du contrat n° [numéro], je vous notifie la résiliation de ce contrat, avec un préavis de [durée prévue par la clause], soit à compter du [date].]

[Option 2, inexécution : Par lettre recommandée du [date], reçue le [date], je vous ai mis en demeure de [prestation prévue au contrat et non fournie : mise en ligne du site conforme au cahier des charges, par exemple] avant le [date]. À ce jour, cette prestation n’a pas été fournie. En application des articles 1224 et 1226 du Code civil, je vous notifie la résolution du contrat n° [numéro], pour les raisons suivantes : [faits datés, pièces à l’appui].]

Je vous demande de cesser tout prélèvement à compter de cette date et de me confirmer par écrit la prise en compte de cette lettre.

J’adresse une copie de cette lettre à [nom de la société de location financière ou de l’agence web].

Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées.

[Prénom Nom]
[Signature]
`
}

export const FR_TEMPLATES: TemplateSource[] = [testimony, email, withdrawal, documents, termination]
