// `temoin report`: a review report for a lawyer (French first, English where useful): remaining
// diagnostics with their notes, ignores with their justifications, the « Prêt à publier ? »
// checklist, and the end of the three-month prescription (loi du 29 juillet 1881, art. 65). Pure.
import type {Checklist} from '../checklist.js'
import type {LintResult, TemoinMessage} from '../types.js'
import {formatDay, frTypo, parseDay} from './meta.js'

export interface ReviewReportInput {
  /** File name of the draft as the user knows it. */
  draftName: string
  title?: string
  author?: string
  result: LintResult
  checklist: Checklist
  /** First publication day `YYYY-MM-DD` (front matter `date` or `--published`). */
  publishedOn?: string
  now: Date
}

/** Adds three calendar months, clamped to the month's last day (30 nov. → 28 févr.). */
export function prescriptionEnd(publishedOn: string): string | undefined {
  const d = parseDay(publishedOn)
  if (!d) return undefined
  const monthIndex = d.month - 1 + 3
  const year = d.year + Math.floor(monthIndex / 12)
  const month = monthIndex % 12
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const day = Math.min(d.day, lastDay)
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

const e = escapeHtml
const t = (s: string) => escapeHtml(frTypo(s))

const SEVERITY = {error: 'Erreur / error', warning: 'Avertissement / warning', info: 'Info'} as const
const STATUS = {ok: '✔ OK', warning: '⚠ À vérifier / check', error: '✖ À corriger / fix'} as const

const STYLE = `body{font-family:Georgia,serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.45;color:#111}
table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #999;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#eee}.en{color:#555;font-style:italic}.error{color:#a00}.warning{color:#850}.ok{color:#060}
.notice{border:1px solid #999;padding:.5em 1em;background:#f7f7f7}@media print{body{margin:0}}`

function messageRow(m: TemoinMessage): string {
  const suggestions = m.expected === undefined ? '' : m.expected.length === 0 ? t('(supprimer / delete)') : m.expected.map((x) => `«\u00a0${e(x)}\u00a0»`).join('<br>')
  return `<tr><td>${m.line}:${m.column}</td><td class="${m.severity}">${SEVERITY[m.severity]}</td><td><code>${e(m.ruleId)}</code></td><td>${m.actual ? `«\u00a0${e(m.actual)}\u00a0»` : ''}</td><td>${e(m.reason)}${m.note ? `<br><small>${e(m.note)}</small>` : ''}</td><td>${suggestions}</td></tr>`
}

/** The report as a standalone HTML page. */
export function renderReviewReport(input: ReviewReportInput): string {
  const {result, checklist} = input
  const end = input.publishedOn ? prescriptionEnd(input.publishedOn) : undefined
  const parts: string[] = []
  parts.push(
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${t(`Rapport de relecture — ${input.draftName}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${t('Rapport de relecture')} <span class="en">/ Review report</span></h1>`,
    `<p class="notice"><strong>${t('Ce rapport est une information, pas un conseil juridique.')}</strong> <span class="en">This report is information, not legal advice.</span></p>`,
    '<table>',
    `<tr><th>${t('Brouillon / Draft')}</th><td>${e(input.draftName)}</td></tr>`,
    input.title ? `<tr><th>Titre / Title</th><td>${e(input.title)}</td></tr>` : '',
    `<tr><th>${t('Auteur / Author')}</th><td>${input.author ? e(input.author) : t('non indiqué / not given')}</td></tr>`,
    `<tr><th>Langue / Language</th><td>${result.language}</td></tr>`,
    `<tr><th>${t('Généré le / Generated')}</th><td>${e(input.now.toISOString())}</td></tr>`,
    `<tr><th>Messages</th><td>${result.counts.error} erreur(s), ${result.counts.warning} avertissement(s), ${result.counts.info} info · ${result.ignored.length} ${t('ignoré(s) / ignored')}</td></tr>`,
    '</table>'
  )

  parts.push(`<h2>${t('Prescription (loi du 29 juillet 1881, art. 65)')}</h2>`)
  if (input.publishedOn && end) {
    parts.push(
      `<p>${t(`Première publication : ${formatDay(input.publishedOn, 'fr')}. L’action en diffamation ou en injure se prescrit par trois mois révolus à compter de la première publication, en ligne comme sur papier (loi du 29 juillet 1881, art. 65) : le délai court jusqu’au ${formatDay(end, 'fr')}.`)}</p>`,
      `<p class="en">First publication: ${e(formatDay(input.publishedOn, 'en'))}. Actions for defamation or insult are time-barred three months after first publication, online too (art. 65): the period runs until ${e(formatDay(end, 'en'))}.</p>`,
      `<p><small>${t('Calcul indicatif : un acte de poursuite interrompt le délai ; le dernier jour exact est à confirmer par un avocat.')} <span class="en">Indicative: a prosecution step interrupts the period; a lawyer should confirm the exact last day.</span></small></p>`
    )
  } else {
    parts.push(
      `<p>${t('Date de publication inconnue : indiquez « date: AAAA-MM-JJ » dans l’en-tête ou l’option --published AAAA-MM-JJ. Le délai de trois mois de l’art. 65 court à compter de la première publication.')}</p>`,
      '<p class="en">Publication date unknown: set <code>date: YYYY-MM-DD</code> in the front matter or pass <code>--published YYYY-MM-DD</code>. The three-month period runs from first publication.</p>'
    )
  }

  parts.push(`<h2>${t('« Prêt à publier ? »')} <span class="en">/ Ready to publish?</span></h2>`, '<table>', `<tr><th>${t('État / Status')}</th><th>${t('Point / Item')}</th><th>Explication</th></tr>`)
  for (const item of checklist.items) {
    parts.push(
      `<tr><td class="${item.status}">${STATUS[item.status]}</td><td>${e(item.title.fr)}<br><span class="en">${e(item.title.en)}</span>${item.detail ? `<br><small>${e(item.detail.fr)}</small>` : ''}</td><td>${e(item.explanation.fr)}<br><span class="en">${e(item.explanation.en)}</span></td></tr>`
    )
  }
  parts.push('</table>')

  parts.push(`<h2>${t('Messages restants')} <span class="en">/ Remaining diagnostics</span></h2>`)
  if (result.messages.length === 0) parts.push(`<p>${t('Aucun.')} <span class="en">None.</span></p>`)
  else {
    parts.push('<table>', `<tr><th>${t('Ligne:col')}</th><th>${t('Niveau')}</th><th>${t('Règle')}</th><th>Passage</th><th>${t('Message et note')}</th><th>Suggestions</th></tr>`)
    for (const m of result.messages) parts.push(messageRow(m))
    parts.push('</table>')
  }

  parts.push(`<h2>${t('Passages ignorés et justifications')} <span class="en">/ Ignored diagnostics and justifications</span></h2>`)
  if (result.ignored.length === 0) parts.push(`<p>${t('Aucun.')} <span class="en">None.</span></p>`)
  else {
    parts.push('<table>', `<tr><th>${t('Ligne:col')}</th><th>${t('Règle')}</th><th>Passage</th><th>Message</th><th>${t('Ignoré par')}</th><th>Justification</th></tr>`)
    for (const i of result.ignored) {
      const m = i.message
      const by = i.by === 'comment' ? t('commentaire <!--temoin …--> / inline comment') : t('expression autorisée (configuration) / allowed phrase')
      const why = i.justification ? e(i.justification) : `<span class="warning">${t('aucune justification donnée / no justification given')}</span>`
      parts.push(
        `<tr><td>${m.line}:${m.column}</td><td><code>${e(m.ruleId)}</code></td><td>${m.actual ? `«\u00a0${e(m.actual)}\u00a0»` : ''}</td><td>${e(m.reason)}${m.note ? `<br><small>${e(m.note)}</small>` : ''}</td><td>${by}</td><td>${why}</td></tr>`
      )
    }
    parts.push('</table>')
  }

  if (result.configMessages.length > 0) {
    parts.push(`<h2>${t('Configuration')}</h2>`, '<ul>')
    for (const m of result.configMessages) parts.push(`<li>${m.line}:${m.column} ${e(m.reason)}</li>`)
    parts.push('</ul>')
  }
  parts.push(`<hr><p><small>${t('Généré par Témoin, hors ligne.')} <span class="en">Generated offline by Témoin.</span></small></p>`, '</body>', '</html>', '')
  return parts.filter((p) => p !== '').join('\n')
}
