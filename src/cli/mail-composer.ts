// The MIME builder for e-mail exports, in its own module so that the app's main process can load it
// without the CLI's lint and configuration code.
import MailComposer from 'nodemailer/lib/mail-composer/index.js'
import type {EmlComposer} from '../core/export/eml.js'

/** Nodemailer's MailComposer as the MIME builder the pure eml module needs (see src/core/export/eml.ts). */
export const nodemailerComposer: EmlComposer = async (message) => {
  const buffer: Buffer = await new MailComposer(message).compile().build()
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
