// Pure parts: the gate, the « Prêt à publier ? » checklist and the review report, on LintResult data.
import {describe, expect, it} from 'vitest'
import {computeChecklist, countDates} from '../../src/core/checklist.js'
import {acknowledgmentReport, gate, prescriptionEnd, renderReviewReport} from '../../src/core/export/index.js'
import type {LintResult, Severity, TemoinMessage} from '../../src/core/types.js'
import {NOW, SAMPLE} from './helpers.js'

let offset = 0
function message(ruleId: string, severity: Severity, extra: Partial<TemoinMessage> = {}): TemoinMessage {
  const start = {line: 3, column: 1, offset: (offset += 10)}
  const end = {line: 3, column: 8, offset: offset + 7}
  return {
    ruleId,
    source: 'temoin',
    reason: `Message ${ruleId}`,
    severity,
    ...(severity === 'error' ? {fatal: true} : severity === 'warning' ? {fatal: false} : {}),
    lang: 'fr',
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 8,
    place: {start, end},
    ...extra
  }
}

function result(messages: TemoinMessage[], extra: Partial<LintResult> = {}): LintResult {
  const count = (s: Severity) => messages.filter((m) => m.severity === s).length
  return {
    messages,
    ignored: [],
    controls: [],
    configMessages: [],
    language: 'fr',
    frontmatter: {},
    counts: {error: count('error'), warning: count('warning'), info: count('info'), words: 200},
    ...extra
  }
}

describe('gate', () => {
  it('is open without error-level messages', () => {
    expect(gate(result([message('emotion', 'info'), message('insinuation', 'warning')]), 'html').open).toBe(true)
  })

  it('blocks on any error-level message, for every format', () => {
    for (const format of ['html', 'page', 'wxr', 'eml', 'txt', 'md'] as const) {
      const g = gate(result([message('criminal-term', 'error'), message('emotion', 'info')]), format)
      expect(g.open).toBe(false)
      expect(g.blocking.map((m) => m.ruleId)).toEqual(['criminal-term'])
    }
  })

  it('blocks an e-mail on blackmail even when configured as a warning or ignored inline', () => {
    const warned = result([message('blackmail', 'warning')])
    expect(gate(warned, 'html').open).toBe(true)
    expect(gate(warned, 'eml').open).toBe(false)
    expect(gate(warned, 'eml').blackmail).toHaveLength(1)
    const ignored = result([], {ignored: [{message: message('blackmail', 'error'), by: 'comment', justification: 'test'}]})
    expect(gate(ignored, 'page').open).toBe(true)
    expect(gate(ignored, 'eml').open).toBe(false)
  })

  it('the acknowledgment records what, when and which messages', () => {
    const g = gate(result([message('blackmail', 'error', {actual: 'si vous me remboursez', note: 'Code pénal, art. 312-10'})]), 'eml')
    const text = acknowledgmentReport({draft: 'brouillon.md', output: 'brouillon.eml', format: 'eml', when: NOW, gate: g})
    expect(text).toContain('2026-01-15T10:30:00.000Z')
    expect(text).toContain('brouillon.eml (eml)')
    expect(text).toContain('blackmail')
    expect(text).toContain('«\u00a0si vous me remboursez\u00a0»')
    expect(text).toContain('art. 312-10')
    expect(text).toContain('pas un conseil juridique')
    expect(text).toContain('Brouillon / Draft\u00a0: brouillon.md')
  })
})

describe('checklist', () => {
  it('all green on the sample testimony without messages', () => {
    const list = computeChecklist(SAMPLE, result([]))
    expect(list.items.map((i) => [i.id, i.status])).toEqual([
      ['no-errors', 'ok'],
      ['author', 'ok'],
      ['personal-data', 'ok'],
      ['dates', 'ok'],
      ['agency', 'ok'],
      ['financer', 'ok'],
      ['emotion', 'ok']
    ])
    expect(list.ready).toBe(true)
    for (const item of list.items) {
      expect(item.title.fr && item.title.en && item.explanation.fr && item.explanation.en).toBeTruthy()
    }
  })

  it('flags errors, missing author, personal data, missing dates, agency, financer and a heated tone', () => {
    const text = '---\ntitre: Sans rien\n---\n\nUn texte sans aucune date ni nom.\n'
    const messages = [message('criminal-term', 'error'), message('personal-data', 'warning'), ...Array.from({length: 5}, () => message('emotion', 'info'))]
    const list = computeChecklist(text, result(messages))
    const status = Object.fromEntries(list.items.map((i) => [i.id, i.status]))
    expect(status).toEqual({
      'no-errors': 'error',
      author: 'error',
      'personal-data': 'warning',
      dates: 'warning',
      agency: 'warning',
      financer: 'warning',
      emotion: 'warning'
    })
    expect(list.ready).toBe(false)
    expect(list.emotionLevel).toBe('high') // 5 in 200 words
    expect(list.items[0]!.detail?.fr).toBe('1 erreur')
    expect(list.items[0]!.explanation.fr).toContain('art. 29')
  })

  it('a one-word or handle-like author is a warning (pseudonym)', () => {
    const list = computeChecklist('---\nauteur: cam_du_42\n---\n\nTexte.\n', result([]))
    expect(list.items.find((i) => i.id === 'author')!.status).toBe('warning')
  })

  it('counts dates written in French, English and numerically, not in comments', () => {
    expect(countDates('Le 4 février 2022, puis le 1er mars 2023 et en juin 2023.')).toBe(3)
    expect(countDates('On 4 March 2022 and March 5, 2022; 04/02/2022; 2022-02-04.')).toBe(4)
    expect(countDates('<!-- 4 février 2022 --> `2022-02-04` rien')).toBe(0)
  })

  it('uses French typography in French texts', () => {
    const list = computeChecklist('---\ntitre: x\n---\n\ntexte\n', result([]))
    const agency = list.items.find((i) => i.id === 'agency')!
    expect(agency.explanation.fr).toContain('\u00a0: le lecteur')
  })
})

describe('review report', () => {
  it('computes the end of the three-month period (calendar months, clamped)', () => {
    expect(prescriptionEnd('2024-03-12')).toBe('2024-06-12')
    expect(prescriptionEnd('2024-11-30')).toBe('2025-02-28')
    expect(prescriptionEnd('2023-11-30')).toBe('2024-02-29')
    expect(prescriptionEnd('2024-10-15')).toBe('2025-01-15')
    expect(prescriptionEnd('2024-02-30')).toBeUndefined()
    expect(prescriptionEnd('mars 2024')).toBeUndefined()
  })

  const ignoredMessage = message('criminal-term', 'error', {actual: 'escroquerie', note: 'Loi du 29 juillet 1881, art. 29.'})
  const lintResult = result([message('insinuation', 'warning', {actual: '<script>alert(1)</script>', note: 'Même sous forme dubitative (art. 29).', expected: ['À mon avis']})], {
    ignored: [
      {message: ignoredMessage, by: 'comment', justification: 'citation exacte du jugement, pièce 4'},
      {message: message('emotion', 'info'), by: 'comment'}
    ]
  })

  const html = renderReviewReport({
    draftName: 'temoignage.md',
    title: 'Mon site',
    author: 'Camille Exemplaire',
    result: lintResult,
    checklist: computeChecklist(SAMPLE, lintResult),
    publishedOn: '2024-03-12',
    now: NOW
  })

  it('lists remaining messages with notes, ignores with justifications, the checklist and the prescription', () => {
    expect(html).toContain('Même sous forme dubitative (art. 29).')
    expect(html).toContain('«\u00a0À mon avis\u00a0»')
    expect(html).toContain('citation exacte du jugement, pièce 4')
    expect(html).toContain('aucune justification donnée')
    expect(html).toContain('Aucune erreur restante')
    expect(html).toContain('Des faits datés')
    expect(html).toContain('art. 65')
    expect(html).toContain('12 juin 2024')
    expect(html).toContain('12 June 2024')
  })

  it('says once that it is information, not legal advice', () => {
    expect(html.match(/information, pas un conseil juridique/g)).toHaveLength(1)
    expect(html.match(/information, not legal advice/g)).toHaveLength(1)
  })

  it('escapes what comes from the draft', () => {
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
  })

  it('without a publication date it says how to give one', () => {
    const noDate = renderReviewReport({draftName: 'x.md', result: result([]), checklist: computeChecklist('x', result([])), now: NOW})
    expect(noDate).toContain('Date de publication inconnue')
    expect(noDate).toContain('--published')
  })
})
