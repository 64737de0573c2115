// English versions. The contracts concerned are French, so the letters cite French law; each says
// that a letter to a French company is normally sent in French (the French template). The testimony
// also names the English test (Defamation Act 2013) for a publication in England and Wales.
import type {TemplateSource} from './types'

const testimony: TemplateSource = {
  id: 'blog-testimony',
  kind: 'testimony',
  title: 'Blog testimony',
  description: 'Background, dated facts with evidence, what I did, my opinion stated as such, what I ask for.',
  fileName: 'testimony.md',
  basis: ['Loi du 29 juillet 1881, art. 29 (France)', 'Cass. 2e civ., 27 mars 2003 (good faith)', 'Defamation Act 2013, ss. 1–3 (England and Wales)'],
  content: `---
title: "My experience with [web agency name]"
auteur: "[First name Last name]"
date: "[YYYY-MM-DD]"
agence: "[web agency name]"
financeur: "[leasing company name]"
lang: en
---

<!--
Témoin template. Information, not legal advice: for your own situation, ask a lawyer or a consumer association.
Basis: in France, loi du 29 juillet 1881, art. 29 (defamation: alleging a fact that harms someone's honour or reputation, even as a question or a rumour; insult: contemptuous words with no fact). Good faith rests on a legitimate aim, no personal animosity, prudence and measure in expression, and a sufficient factual basis (Cass. 2e civ., 27 mars 2003). In England and Wales, the Defamation Act 2013 requires serious harm (s. 1) and offers the defences of truth (s. 2) and honest opinion (s. 3): state your opinion as an opinion and show the facts it rests on.
Replace each [text in brackets]. Tell dated facts backed by your documents; present judgements as opinions; do not label the facts as offences, that is for a judge. Delete this comment before publishing.
-->

# My experience with [web agency name]

## Background

I run [your business] in [town], with [number] employees. [In two or three sentences: why you wanted a website, how you were approached.]

## The facts, dated, with evidence

- **[DD/MM/YYYY]**: [what happened, described without labels: who, what, where]. (Exhibit 1: [order form].)
- **[DD/MM/YYYY]**: I signed [leasing contract no. …] with [leasing company name], for [duration] months at [amount] € a month. (Exhibit 2: [contract].)
- **[DD/MM/YYYY]**: [delivery of the website, acceptance certificate signed or not, state of the website on that date]. (Exhibit 3: [certificate].)
- **[DD/MM/YYYY]**: [exchange with the agency: date, channel, summary]. (Exhibit 4: [e-mail].)

## What I did

- **[DD/MM/YYYY]**: [registered letter with acknowledgement of receipt sent to …, what I asked for]. (Exhibit 5.)
- **[DD/MM/YYYY]**: [answer received, or no answer as of that date].
- [Steps taken with a consumer association, a mediator or a lawyer, if any.]

## My opinion

In my opinion, [your assessment, stated as an opinion and linked to the facts above]. I think [what disappointed you, in measured terms].

## What I ask for

[What you expect, for example: termination of the contract, a refund of [amount] €, the website described in the specification.] I remain open to discussing it with [web agency name] and [leasing company name].
`
}

const email: TemplateSource = {
  id: 'programme-email',
  kind: 'email',
  title: 'E-mail to a consumer-affairs programme',
  description: 'Offer your testimony to a programme or a newsroom, with dated facts and evidence.',
  fileName: 'programme-email.md',
  basis: ['Loi du 29 juillet 1881, art. 29', 'Code pénal, art. 312-10 (blackmail)'],
  content: `<!--
Témoin template. Information, not legal advice.
Basis: loi du 29 juillet 1881, art. 29 (what you state must rest on facts you can prove). Code pénal, art. 312-10: linking silence towards the media, or the withdrawal of a testimony, to a payment, an advantage or a waiver is blackmail, even when the facts are true; never offer it, neither to the company nor in this e-mail.
Find the contact address on the programme's official website; do not write to an address found elsewhere. Replace each [text in brackets] and delete this comment before sending.
-->

To: [programme's address]
Subject: Testimony offer: website contract and financial leasing

Dear Sir or Madam,

I am [First name Last name], [your business] in [town]. I am writing to offer my testimony about a website contract signed with [web agency name] and financed through a leasing contract with [leasing company name].

The facts, in short:

- on [DD/MM/YYYY], [first contact: visit to my business, phone call…];
- on [DD/MM/YYYY], I signed the contract for [duration] months at [amount] € a month;
- on [DD/MM/YYYY], [delivery, acceptance certificate, state of the website];
- since then, [your steps and the answers received, dated].

I have the following documents and can send them to you: [contract, certificate, e-mails, registered letters and acknowledgements of receipt].

I do not know whether other businesses are in the same situation; I can only speak about mine, with the documents. You can reach me at this address or on [your business phone number].

Yours faithfully,

[First name Last name]
[Business name]
`
}

const letterHeader = `[First name Last name]
[Business name, legal form]
[Business address]

[Recipient company name]
[Registered office address, as shown on the contract]

Registered letter with acknowledgement of receipt

[Town], [date]`

const frenchNote = 'This English version helps you understand the French letter; a letter to a French company is normally sent in French (the French template).'

const withdrawal: TemplateSource = {
  id: 'withdrawal-letter',
  kind: 'letter',
  title: 'Withdrawal letter (14 days)',
  description: 'Withdraw from a contract signed off-premises within 14 days (art. L. 221-18), professionals included under conditions (art. L. 221-3).',
  fileName: 'withdrawal-letter.md',
  basis: [
    'Code de la consommation, art. L. 221-18 (14 days)',
    'Code de la consommation, art. L. 221-3 (professionals: off-premises, outside the main activity, at most 5 employees)',
    'Code de la consommation, art. L. 221-20 (12-month extension without information on the right)',
    'Code de la consommation, art. L. 221-24 (refund within 14 days)'
  ],
  content: `<!--
Témoin template. Information, not legal advice: check your situation with a lawyer or a consumer association. ${frenchNote}
Basis: Code de la consommation, art. L. 221-18: 14 days to withdraw from a contract signed off-premises (loi du 17 mars 2014, contracts signed since 14 June 2014), from the signature (services) or the delivery of goods. Art. L. 221-20: the period is extended by 12 months when the information on this right was not given. Art. L. 221-3: a professional benefits from it only if the contract was signed off-premises, its subject is outside the field of their main activity and they employ at most 5 people. Art. L. 221-24: refund of the sums paid within 14 days.
Send the letter to the address on the contract, by registered post with acknowledgement of receipt, and keep a copy. Delete this comment and the paragraph that does not apply.
-->

${letterHeader}

Subject: Withdrawal from contract no. [number] of [date of signature]

Dear Sir or Madam,

On [date of signature], I signed at [place: my business premises, for example] contract no. [number] for [subject: design and hosting of a website, for example]. This contract was signed off-premises.

I hereby withdraw from this contract, within the 14-day period provided by article L. 221-18 of the Code de la consommation.

[If the contract did not give the information on the right of withdrawal: The contract did not give the information on the right of withdrawal; the period is therefore extended by 12 months under article L. 221-20 of the same code.]

[If you signed as a professional: I act as a professional and benefit from these provisions under article L. 221-3 of the Code de la consommation: the contract was signed off-premises, its subject is outside the field of my main activity, which is [your business], and my business employs [number, at most 5] people.]

Please refund the sums paid, [amount] €, within 14 days of receiving this letter, as provided by article L. 221-24 of the same code, and stop any direct debit.

I am sending a copy of this letter to [leasing company name], party to the related leasing contract no. [number].

Yours faithfully,

[First name Last name]
[Signature]
`
}

const documents: TemplateSource = {
  id: 'documents-request-letter',
  kind: 'letter',
  title: 'Request for the leasing file’s documents',
  description: 'Obtain a copy of the contract, the delivery or acceptance certificate, the specification…',
  fileName: 'documents-request-letter.md',
  basis: ['Code civil, art. 1353 (burden of proof)'],
  content: `<!--
Témoin template. Information, not legal advice. ${frenchNote}
Basis: Code civil, art. 1353: whoever claims the performance of an obligation must prove it. Asking for the documents lets you check what you signed before deciding what to do; this letter accuses no one.
Send it to the leasing company (and, if needed, a similar letter to the agency), by registered post with acknowledgement of receipt. Delete this comment before sending.
-->

${letterHeader}

Subject: Request for copies of the documents of leasing contract no. [number]

Dear Sir or Madam,

I hold leasing contract no. [number], signed on [date], for [the website made by web agency name, for example], for [duration] months at [amount] € a month.

To check the commitments made, please send me a copy of the following documents:

1. the signed leasing contract, with its general and specific terms;
2. the order form and, if any, the contract signed with [web agency name];
3. the delivery or acceptance certificate, with the date and signature on it;
4. the specification or description of the financed service;
5. the invoice for the purchase of this service by your company from [web agency name];
6. the schedule of payments and a statement of the sums already debited;
7. the SEPA direct debit mandate;
8. any document by which the contract was assigned to another company.

As you claim the performance of this contract, it is for you to prove it (article 1353 of the Code civil). Please send me these documents within 30 days of receiving this letter.

Yours faithfully,

[First name Last name]
[Signature]
`
}

const termination: TemplateSource = {
  id: 'termination-letter',
  kind: 'letter',
  title: 'Termination letter',
  description: 'End the contract under its termination clause, or for non-performance after a formal notice (Code civil, arts. 1224 and 1226).',
  fileName: 'termination-letter.md',
  basis: [
    'The contract’s termination clause',
    'Code civil, art. 1224 (termination for sufficiently serious non-performance)',
    'Code civil, art. 1226 (notification after a formal notice left unanswered)'
  ],
  content: `<!--
Témoin template. Information, not legal advice: an unjustified termination can be held against you; have your file reviewed by a lawyer or a consumer association. ${frenchNote}
Basis: first, your contract's termination clause (notice, form). Otherwise, Code civil, art. 1224: the contract may be terminated for sufficiently serious non-performance; art. 1226: by notification, at your own risk, after a formal notice to perform within a reasonable time has gone unanswered.
Keep only one of the two options below. Send the letter by registered post with acknowledgement of receipt and delete this comment.
-->

${letterHeader}

Subject: Termination of contract no. [number] of [date of signature]

Dear Sir or Madam,

[Option 1, termination under the contract: Under article [number] of the general terms of contract no. [number], I give notice of the termination of this contract, with a notice period of [period set by the clause], that is from [date].]

[Option 2, non-performance: By registered letter of [date], received on [date], I gave you formal notice to [service provided for in the contract and not delivered: putting online the website described in the specification, for example] before [date]. To date, this service has not been delivered. Under articles 1224 and 1226 of the Code civil, I give notice of the termination of contract no. [number], for the following reasons: [dated facts, with documents].]

Please stop any direct debit from that date and confirm in writing that you have taken this letter into account.

I am sending a copy of this letter to [leasing company name or web agency name].

Yours faithfully,

[First name Last name]
[Signature]
`
}

export const EN_TEMPLATES: TemplateSource[] = [testimony, email, withdrawal, documents, termination]
