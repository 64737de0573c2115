import {describe, expect, it} from 'vitest'
import {MAX_DRAFT_BYTES} from '../../src/preload/contract'
import {decodeDraftBytes} from '../../src/renderer/web/browser-bridge'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('browser bridge: opening a picked file', () => {
  it('decodes UTF-8 Markdown and text, without the BOM', () => {
    expect(decodeDraftBytes('temoignage.md', bytes('\uFEFF# Titre\n'), 'fr')).toEqual({ok: true, text: '# Titre\n'})
    expect(decodeDraftBytes('notes.TXT', bytes('Texte'), 'fr')).toEqual({ok: true, text: 'Texte'})
  })

  it('refuses binary, non-UTF-8, oversized and other files with a message naming the file', () => {
    const binary = decodeDraftBytes('photo.md', new Uint8Array([0x89, 0x50, 0x00, 0x47]), 'fr')
    expect(binary).toMatchObject({ok: false, code: 'binary'})
    expect((binary as {message: string}).message).toContain('«\u202Fphoto.md\u202F»')
    expect(decodeDraftBytes('latin1.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'en')).toMatchObject({ok: false, code: 'invalid-utf8'})
    expect(decodeDraftBytes('gros.md', new Uint8Array(MAX_DRAFT_BYTES + 1), 'fr')).toMatchObject({ok: false, code: 'too-large'})
    expect(decodeDraftBytes('contrat.pdf', bytes('%PDF'), 'fr')).toMatchObject({ok: false, code: 'unsupported-type'})
  })
})
