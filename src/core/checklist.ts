// « Prêt à publier ? » — the pre-publication checklist, computed from a draft and its LintResult.
// Shown by the editor's panel and included in the lawyer's review report. Pure.
import {splitFrontMatter, resolveMeta, frTypo} from './export/meta.js'
import type {LintResult} from './types.js'

export type ChecklistStatus = 'ok' | 'warning' | 'error'

export const CHECKLIST_ITEM_IDS = ['no-errors', 'author', 'personal-data', 'dates', 'agency', 'financer', 'emotion'] as const
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number]

export interface Bilingual {
  fr: string
  en: string
}

export interface ChecklistItem {
  id: ChecklistItemId
  status: ChecklistStatus
  title: Bilingual
  /** Why this matters and what to do, with the legal basis where there is one. */
  explanation: Bilingual
  /** Short measured value: « 2 erreurs », « 5 dates », « Agence Pixelune »… */
  detail?: Bilingual
}

export interface Checklist {
  items: ChecklistItem[]
  /** No item in 'error'. */
  ready: boolean
  /** Emotion level used by the `emotion` item. */
  emotionLevel: 'low' | 'medium' | 'high'
}

const MONTHS_FR = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre'
const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec'

/** Dates written in the text: « 4 février 2022 », « 1er mars 2023 », « mars 2023 », 04/02/2022, 2022-02-04, "March 4, 2022". */
const DATE_PATTERNS = [
  new RegExp(`\\b(?:\\d{1,2}(?:er)?\\s+)?(?:${MONTHS_FR})\\s+\\d{4}\\b`, 'giu'),
  new RegExp(`\\b(?:\\d{1,2}\\s+)?(?:${MONTHS_EN})\\.?\\s+(?:\\d{1,2},\\s+)?\\d{4}\\b`, 'gu'),
  /\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b/g,
  /\b\d{4}-\d{2}-\d{2}\b/g
]

/** Counts distinct date mentions in the Markdown body (code spans and HTML comments excluded). */
export function countDates(body: string): number {
  const prose = body
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
  const spans: Array<[number, number]> = []
  for (const pattern of DATE_PATTERNS) {
    for (const m of prose.matchAll(pattern)) {
      const start = m.index ?? 0
      const end = start + m[0].length
      if (!spans.some(([s, e]) => start < e && end > s)) spans.push([start, end])
    }
  }
  return spans.length
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`

function item(id: ChecklistItemId, status: ChecklistStatus, title: Bilingual, explanation: Bilingual, detail?: Bilingual): ChecklistItem {
  return {
    id,
    status,
    title: {fr: frTypo(title.fr), en: title.en},
    explanation: {fr: frTypo(explanation.fr), en: explanation.en},
    ...(detail ? {detail: {fr: frTypo(detail.fr), en: detail.en}} : {})
  }
}

/** Builds the checklist. `text` is the whole draft (front matter included). */
export function computeChecklist(text: string, result: LintResult): Checklist {
  const split = splitFrontMatter(text)
  const data = result.frontmatter && Object.keys(result.frontmatter).length > 0 ? result.frontmatter : split.data
  const meta = resolveMeta(data)
  const items: ChecklistItem[] = []

  const errors = result.messages.filter((m) => m.severity === 'error')
  items.push(
    errors.length === 0
      ? item('no-errors', 'ok', {fr: 'Aucune erreur restante', en: 'No error left'}, {
          fr: 'Aucun passage ne qualifie pénalement des faits, n’injurie, ne présume la culpabilité ou ne lie la publication à de l’argent.',
          en: 'No passage labels facts as an offence, insults, presumes guilt or links publication to money.'
        })
      : item(
          'no-errors',
          'error',
          {fr: 'Erreurs à corriger', en: 'Errors to fix'},
          {
            fr: 'Reformulez chaque erreur avant de publier : imputer un fait portant atteinte à l’honneur est une diffamation, une invective une injure (loi du 29 juillet 1881, art. 29) ; lier le retrait du texte à un paiement est du chantage (Code pénal, art. 312-10).',
            en: 'Rewrite each error before publishing: imputing a fact that harms honour is defamation, an invective is an insult (French press law of 29 July 1881, art. 29); linking withdrawal to payment is blackmail (Code pénal, art. 312-10).'
          },
          {fr: plural(errors.length, 'erreur', 'erreurs'), en: plural(errors.length, 'error', 'errors')}
        )
  )

  const author = meta.author
  const looksReal = author !== undefined && author.split(/\s+/).filter(Boolean).length >= 2 && !/[\d@_]/.test(author)
  items.push(
    item(
      'author',
      author === undefined ? 'error' : looksReal ? 'ok' : 'warning',
      {fr: 'Votre nom réel', en: 'Your real name'},
      author === undefined
        ? {
            fr: 'Indiquez votre prénom et votre nom dans l’en-tête (auteur: Prénom Nom). Témoigner sous son vrai nom montre que vous assumez vos propos et que votre but est d’informer.',
            en: 'Put your first and last name in the front matter (author: First Last). Testifying under your real name shows you stand by your words and aim to inform.'
          }
        : looksReal
          ? {fr: 'Le témoignage sera signé de ce nom dans chaque export.', en: 'Every export is signed with this name.'}
          : {
              fr: 'Ce nom ressemble à un pseudonyme : un témoignage signé d’un prénom et d’un nom est plus crédible.',
              en: 'This looks like a pseudonym: a testimony signed with a first and last name is more credible.'
            },
      author ? {fr: author, en: author} : undefined
    )
  )

  const personal = result.messages.filter((m) => m.ruleId === 'personal-data')
  items.push(
    item(
      'personal-data',
      personal.length === 0 ? 'ok' : 'warning',
      {fr: 'Pas de données personnelles', en: 'No personal data'},
      personal.length === 0
        ? {fr: 'Aucun numéro de téléphone, IBAN, adresse ou courriel personnel détecté.', en: 'No phone number, IBAN, home address or personal e-mail detected.'}
        : {
            fr: 'Retirez les numéros, IBAN, adresses et courriels personnels : ils n’apportent rien au témoignage et exposent des personnes privées.',
            en: 'Remove phone numbers, IBANs, addresses and personal e-mails: they add nothing and expose private people.'
          },
      personal.length ? {fr: plural(personal.length, 'passage', 'passages'), en: plural(personal.length, 'passage', 'passages')} : undefined
    )
  )

  const dates = countDates(split.body)
  items.push(
    item(
      'dates',
      dates > 0 ? 'ok' : 'warning',
      {fr: 'Des faits datés', en: 'Dated facts'},
      dates > 0
        ? {fr: 'Les faits sont datés : c’est la base factuelle qu’exige la bonne foi (Cass. 2e civ., 27 mars 2003).', en: 'The facts are dated: good faith requires a sufficient factual basis (Cass. 2e civ., 27 March 2003).'}
        : {
            fr: 'Datez chaque fait (signature, courriers, paiements) : la bonne foi suppose une base factuelle suffisante (Cass. 2e civ., 27 mars 2003).',
            en: 'Date each fact (signature, letters, payments): good faith requires a sufficient factual basis (Cass. 2e civ., 27 March 2003).'
          },
      {fr: plural(dates, 'date', 'dates'), en: plural(dates, 'date', 'dates')}
    )
  )

  for (const [id, value, fr, en, key] of [
    ['agency', meta.agency, 'l’agence web', 'the web agency', 'agence'],
    ['financer', meta.financer, 'la société de financement', 'the financing company', 'financeur']
  ] as const) {
    const mentioned = value !== undefined && split.body.toLowerCase().includes(value.toLowerCase())
    items.push(
      item(
        id,
        value === undefined ? 'warning' : 'ok',
        {fr: `Nom de ${fr}`, en: `Name of ${en}`},
        value === undefined
          ? {
              fr: `Indiquez ${fr} dans l’en-tête (${key}: …) : le lecteur doit savoir exactement de quelle société vous parlez, et seulement d’elle.`,
              en: `Name ${en} in the front matter (${key}: …): readers must know exactly which company you mean, and only that one.`
            }
          : mentioned
            ? {fr: 'Nommée dans l’en-tête et dans le texte.', en: 'Named in the front matter and in the text.'}
            : {fr: 'Nommée dans l’en-tête, pas dans le texte.', en: 'Named in the front matter, not in the text.'},
        value ? {fr: value, en: value} : undefined
      )
    )
  }

  const emotion = result.messages.filter((m) => m.ruleId === 'emotion').length
  const words = Math.max(result.counts?.words ?? 0, 1)
  const per1000 = (emotion * 1000) / words
  const level: Checklist['emotionLevel'] = emotion === 0 || per1000 < 5 ? 'low' : per1000 < 15 ? 'medium' : 'high'
  const levelText = {low: {fr: 'faible', en: 'low'}, medium: {fr: 'moyen', en: 'medium'}, high: {fr: 'élevé', en: 'high'}}[level]
  items.push(
    item(
      'emotion',
      level === 'low' ? 'ok' : 'warning',
      {fr: 'Ton mesuré', en: 'Measured tone'},
      {
        fr: 'La bonne foi suppose « prudence et mesure dans l’expression » (Cass. 2e civ., 27 mars 2003) ; une victime qui témoigne a un peu de latitude sur le ton (TGI Paris, 3 oct. 2011), mais moins il y a d’exclamations, de majuscules et de généralisations, plus le témoignage est crédible.',
        en: 'Good faith requires “prudence and measure in expression” (Cass. 2e civ., 27 March 2003); someone testifying gets some leeway on tone, but fewer exclamations, capitals and sweeping claims make it more credible.'
      },
      {
        fr: `niveau ${levelText.fr} (${plural(emotion, 'passage', 'passages')} pour ${result.counts?.words ?? 0} mots)`,
        en: `${levelText.en} level (${plural(emotion, 'passage', 'passages')} in ${result.counts?.words ?? 0} words)`
      }
    )
  )

  return {items, ready: items.every((i) => i.status !== 'error'), emotionLevel: level}
}
