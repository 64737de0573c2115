// The e-mail draft, parsed back with a real MIME parser (mailparser).
import {simpleParser} from 'mailparser'
import {describe, expect, it} from 'vitest'
import {nodemailerComposer} from '../../src/cli/export.js'
import {emlMessage, exportDraft, ExportInputError, prepareDraft} from '../../src/core/export/index.js'
import {NOW, SAMPLE} from './helpers.js'

async function eml(text: string, overrides = {}) {
  const out = await exportDraft(text, 'eml', {now: NOW, composer: nodemailerComposer, ...overrides})
  const raw = Buffer.from(out.content as Uint8Array)
  return {raw: raw.toString('utf8'), mail: await simpleParser(raw)}
}

describe('eml', () => {
  it('is multipart/alternative text + HTML with headers and accents intact', async () => {
    const {raw, mail} = await eml(SAMPLE)
    expect(mail.headers.get('content-type')).toMatchObject({value: 'multipart/alternative'})
    expect(mail.subject).toBe('Témoignage\u00a0: contrat de site web en location financière')
    expect(mail.from?.value).toEqual([{address: 'camille@boulangerie-exemple.invalid', name: 'Camille Exemplaire'}])
    const to = Array.isArray(mail.to) ? mail.to : [mail.to]
    expect(to[0]?.value).toEqual([{address: 'redaction@journal-exemple.invalid', name: 'Rédaction Exemple'}])
    expect(mail.date?.toISOString()).toBe(NOW.toISOString())
    expect(mail.headers.get('x-unsent')).toBe('1')
    expect(mail.text).toContain('Le 4 février 2022, un commercial')
    expect(mail.text).toContain('189\u00a0€ HT')
    expect(mail.html).toContain('<li>Le même jour, j\'ai signé un contrat')
    expect(mail.html).toContain('— Camille Exemplaire, le 12 mars 2024')
    // Headers are 7-bit: non-ASCII travels as RFC 2047 encoded words.
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'))
    expect(head).toMatch(/^[\x20-\x7e\r\n\t]*$/)
    expect(head).toMatch(/Subject: =\?UTF-8\?/)
  })

  it('--to/--from/--subject style overrides reach the headers', async () => {
    const {mail} = await eml(SAMPLE, {to: ['Presse Exemple <presse@exemple.invalid>', 'autre@exemple.invalid'], from: 'moi@exemple.invalid', subject: 'Objet « spécial »'})
    const to = Array.isArray(mail.to) ? mail.to : [mail.to]
    expect(to[0]?.value.map((a) => a.address)).toEqual(['presse@exemple.invalid', 'autre@exemple.invalid'])
    expect(mail.from?.value[0]?.address).toBe('moi@exemple.invalid')
    expect(mail.subject).toBe('Objet « spécial »')
  })

  for (const [field, value] of [
    ['subject', 'Objet\r\nBcc: victime@exemple.invalid'],
    ['subject', 'Objet\nX-Evil: 1'],
    ['from', 'moi@exemple.invalid\r\nBcc: x@exemple.invalid'],
    ['to', 'a@exemple.invalid\nBcc: x@exemple.invalid'],
    ['title', 'Titre\rX: y']
  ] as const) {
    it(`rejects CR/LF in ${field}: ${JSON.stringify(value)}`, () => {
      expect(() => prepareDraft(SAMPLE, {[field]: value})).toThrow(ExportInputError)
      expect(() => prepareDraft(SAMPLE, {[field]: value})).toThrow(/saut de ligne|line break/)
    })
  }

  it('rejects CR/LF coming from the front matter too', () => {
    const text = '---\nobjet: "Ligne 1\\nBcc: x@exemple.invalid"\n---\n\nTexte.\n'
    expect(() => prepareDraft(text)).toThrow(/objet \/ subject/)
  })

  it('rejects an address that is not one', () => {
    expect(() => emlMessage(prepareDraft(SAMPLE, {to: 'pas une adresse'}))).toThrow(/adresse invalide/)
  })
})
