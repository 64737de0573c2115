// The app's export plan (src/renderer/ui/export-plan.ts): the formats offered per platform, the gate
// honoured (eml and blackmail included), the acknowledgment report attached once « J’ai compris les
// risques » is ticked, and English drafts signed in English. Runs the real engine and exporters.
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/core/index'
import {APP_EXPORT_FORMATS, desktopOnlyNote, isAvailable, planExport} from '../../src/renderer/ui/export-plan'
import {SCHEMAS} from '../../src/main/ipc-schemas'
import {INVOKE} from '../../src/preload/contract'

const NOW = new Date('2026-03-12T09:30:00.000Z')
const CLEAN_FR = `---
titre: Mon expérience avec l’agence Exemple-Pixel
auteur: Aline Exemple
date: 2026-03-01
objet: Témoignage sur un contrat de site web
destinataires: redaction@exemple-emission.fr
expediteur: Aline Exemple <aline@exemple.fr>
---

Le 4 février 2026, j’ai signé un contrat de création de site avec l’agence Exemple-Pixel.
`
const BLACKMAIL_FR = `${CLEAN_FR}
Je retirerai mon témoignage si vous me remboursez.
`

describe('export formats in the app', () => {
  it('offers html, page, pdf, wxr, eml, txt and md; eml and pdf only in the desktop app', () => {
    expect(APP_EXPORT_FORMATS).toEqual(['html', 'page', 'pdf', 'wxr', 'eml', 'txt', 'md'])
    for (const f of APP_EXPORT_FORMATS) expect(isAvailable(f, 'linux')).toBe(true)
    expect(APP_EXPORT_FORMATS.filter((f) => !isAvailable(f, 'web'))).toEqual(['pdf', 'eml'])
    expect(desktopOnlyNote('fr')).toMatch(/application de bureau\u202F:/)
    expect(desktopOnlyNote('en')).toMatch(/desktop app/)
  })

  it('the web build never plans an eml export', async () => {
    const result = lint(CLEAN_FR)
    const plan = await planExport({text: CLEAN_FR, result, format: 'eml', acknowledged: true, platform: 'web', draftName: 'a.md', now: NOW})
    expect(plan).toEqual({kind: 'unavailable', format: 'eml'})
  })
})

describe('the gate in the app', () => {
  it('a clean draft exports every format without acknowledgment; the requests pass main’s validator', async () => {
    const result = lint(CLEAN_FR)
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([])
    for (const format of ['html', 'page', 'wxr', 'txt', 'md'] as const) {
      const plan = await planExport({text: CLEAN_FR, result, format, acknowledged: false, platform: 'linux', draftName: 'a.md', now: NOW})
      if (plan.kind !== 'save') throw new Error(`${format}: ${plan.kind}`)
      expect(plan.request.format).toBe(format)
      expect(plan.request.acknowledgment).toBeUndefined()
      expect(SCHEMAS[INVOKE.exportSave](plan.request)).toEqual(plan.request)
    }
    const wxr = await planExport({text: CLEAN_FR, result, format: 'wxr', acknowledged: false, platform: 'linux', draftName: 'a.md', now: NOW})
    expect(wxr.kind === 'save' && wxr.request.suggestedName).toBe('mon-experience-avec-l-agence-exemple-pixel.wxr.xml')
    expect(wxr.kind === 'save' && 'data' in wxr.request && wxr.request.data).toMatch(/<wp:status><!\[CDATA\[draft\]\]><\/wp:status>|<wp:status>draft<\/wp:status>/)
  })

  it('eml: the message options for main, validated by main’s schema', async () => {
    const result = lint(CLEAN_FR)
    const plan = await planExport({text: CLEAN_FR, result, format: 'eml', acknowledged: false, platform: 'linux', draftName: 'a.md', now: NOW})
    if (plan.kind !== 'save' || plan.request.format !== 'eml') throw new Error(plan.kind)
    expect(plan.request.message).toMatchObject({
      from: 'Aline Exemple <aline@exemple.fr>',
      to: ['redaction@exemple-emission.fr'],
      subject: 'Témoignage sur un contrat de site web',
      date: NOW.toISOString(),
      headers: {'X-Unsent': '1'}
    })
    expect(plan.request.message.text).toContain('Aline Exemple')
    expect(SCHEMAS[INVOKE.exportSave](plan.request)).toEqual(plan.request)
  })

  it('blackmail blocks the e-mail even as a warning, and is never exported as eml without the acknowledgment', async () => {
    // Configured down to a warning: the blog formats go through, the e-mail does not.
    const result = lint(BLACKMAIL_FR, {rules: {blackmail: 'warn'}})
    expect(result.messages.some((m) => m.ruleId === 'blackmail')).toBe(true)
    const page = await planExport({text: BLACKMAIL_FR, result, format: 'page', acknowledged: false, platform: 'linux', draftName: 'a.md', now: NOW})
    expect(page.kind).toBe('save')
    const blocked = await planExport({text: BLACKMAIL_FR, result, format: 'eml', acknowledged: false, platform: 'linux', draftName: 'a.md', now: NOW})
    if (blocked.kind !== 'blocked') throw new Error(blocked.kind)
    expect(blocked.gate.blackmail.map((m) => m.ruleId)).toEqual(['blackmail'])

    const acked = await planExport({text: BLACKMAIL_FR, result, format: 'eml', acknowledged: true, platform: 'linux', draftName: 'lettre.md', now: NOW})
    if (acked.kind !== 'save') throw new Error(acked.kind)
    expect(acked.request.acknowledgment).toMatch(/Brouillon \/ Draft[\u00A0\u202F]: lettre\.md/)
    expect(acked.request.acknowledgment).toContain('art. 312-10')
    expect(acked.request.acknowledgment).toMatch(/Date[\u00A0\u202F]: 2026-03-12T09:30:00\.000Z/)
    expect(SCHEMAS[INVOKE.exportSave](acked.request)).toEqual(acked.request)
  })

  it('an ignored blackmail message still blocks the e-mail', async () => {
    const text = `${CLEAN_FR}
<!--temoin ignore blackmail "citation de la lettre de l’agence"-->
Je retirerai mon témoignage si vous me remboursez.
`
    const result = lint(text)
    expect(result.messages.some((m) => m.ruleId === 'blackmail')).toBe(false)
    const plan = await planExport({text, result, format: 'eml', acknowledged: false, platform: 'darwin', draftName: 'a.md', now: NOW})
    expect(plan.kind).toBe('blocked')
  })

  it('errors block every format (pdf included) until acknowledged; the report names the blocking messages', async () => {
    const text = `${CLEAN_FR}\nCe sont des escrocs.\n`
    const result = lint(text)
    for (const format of APP_EXPORT_FORMATS) {
      const plan = await planExport({text, result, format, acknowledged: false, platform: 'linux', draftName: 'a.md', now: NOW})
      expect(plan.kind, format).toBe('blocked')
    }
    const pdf = await planExport({text, result, format: 'pdf', acknowledged: true, platform: 'linux', draftName: 'a.md', now: NOW})
    if (pdf.kind !== 'pdf') throw new Error(pdf.kind)
    expect(pdf.request.suggestedName).toMatch(/\.pdf$/)
    expect(pdf.request.html).toMatch(/^<!DOCTYPE html>/i)
    expect(pdf.request.acknowledgment).toMatch(/criminal-term/)
    expect(SCHEMAS[INVOKE.exportPdf](pdf.request)).toEqual(pdf.request)
  })

  it('an English draft is signed in English (defaultLang from the detected language)', async () => {
    const text = `---
title: My experience with a web agency
author: Jane Example
date: 2026-03-01
---

On 4 February 2026 I signed a contract for a website with a web agency. The site was delivered late and I asked for a refund.
`
    const result = lint(text)
    expect(result.language).toBe('en')
    const plan = await planExport({text, result, format: 'txt', acknowledged: true, platform: 'linux', draftName: 'a.md', now: NOW})
    if (plan.kind !== 'save' || !('data' in plan.request)) throw new Error(plan.kind)
    expect(plan.request.data).toContain('Jane Example, 1 March 2026')
    expect(plan.request.data).not.toMatch(/le 1er mars|1 mars/)
  })
})
