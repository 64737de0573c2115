// `eml`: an RFC 5322 message (multipart/alternative: text/plain + text/html) that mail clients open
// as a draft (`X-Unsent: 1`); never sent, no server.
//
// Design choice: src/core stays pure, so this module builds the message *options* (addresses,
// subject, both bodies, headers) and validates them, and the MIME encoding itself (RFC 2047 encoded
// words, quoted-printable, boundaries, folding) is done by an injected composer — the CLI and the
// app's main process pass nodemailer's MailComposer (`nodemailer/lib/mail-composer`), a maintained
// MIME library, instead of hand-built headers.
import {bodyHast, type PreparedDraft} from './document.js'
import {hastToHtml} from './html.js'
import {ExportInputError} from './meta.js'
import {hastToText} from './text.js'

/** The subset of nodemailer's mail options that Témoin fills (structurally compatible with it). */
export interface EmlMessage {
  from?: string
  to?: string[]
  subject: string
  date: Date
  text: string
  html: string
  headers: Record<string, string>
  textEncoding: 'quoted-printable'
}

/** Builds the MIME bytes from the options; e.g. `(m) => new MailComposer(m).compile().build()`. */
export type EmlComposer = (message: EmlMessage) => Promise<Uint8Array>

export interface EmlOptions {
  now?: Date
}

/** `Name <a@b.fr>`, `"Name, Jr" <a@b.fr>` or `a@b.fr`: one address, one `@`, no header breaks. */
const ADDRESS = /^(?:[^<>@\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/

function checkAddress(value: string, field: 'from' | 'to'): string {
  const trimmed = value.trim()
  if (!ADDRESS.test(trimmed)) {
    const label = field === 'from' ? 'expediteur / from' : 'destinataires / to'
    throw new ExportInputError(`adresse invalide dans « ${label} » : ${JSON.stringify(trimmed)} / invalid e-mail address in "${field}"`, field)
  }
  return trimmed
}

/** Pure part: the message options for the composer. Throws ExportInputError on bad addresses. */
export function emlMessage(draft: PreparedDraft, options: EmlOptions = {}): EmlMessage {
  const {meta} = draft
  const body = bodyHast(draft, {dropTitleHeading: true, signature: true})
  const fragment = hastToHtml(body)
  const subject = meta.subject ?? meta.title ?? (meta.lang === 'fr' ? 'Témoignage' : 'Testimony')
  if (/[\r\n]/.test(subject)) throw new ExportInputError('saut de ligne interdit dans « objet / subject »', 'subject')
  const html =
    `<!DOCTYPE html>\n<html lang="${meta.lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<title>${escapeText(subject)}</title>\n</head>\n<body>\n${fragment}</body>\n</html>\n`
  const to = meta.to.flatMap((v) => v.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)).map((v) => v.trim()).filter(Boolean)
  return {
    ...(meta.from ? {from: checkAddress(meta.from, 'from')} : {}),
    ...(to.length ? {to: to.map((a) => checkAddress(a, 'to'))} : {}),
    subject,
    date: options.now ?? new Date(),
    text: hastToText(body),
    html,
    // Outlook and others open a message with X-Unsent: 1 as an editable draft.
    headers: {'X-Unsent': '1'},
    textEncoding: 'quoted-printable'
  }
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The `eml` export: message options built here, MIME bytes by the injected composer. */
export async function renderEml(draft: PreparedDraft, compose: EmlComposer, options: EmlOptions = {}): Promise<Uint8Array> {
  return compose(emlMessage(draft, options))
}
