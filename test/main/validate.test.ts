import {describe, expect, it} from 'vitest'
import {INVOKE} from '../../src/preload/contract'
import {
  autosaveRequest,
  dirtyState,
  docsRequest,
  exportSaveRequest,
  SCHEMAS,
  saveRequest,
  settingsPatch,
  templateGetRequest
} from '../../src/main/ipc-schemas'
import {isAppOrigin, safeExternalUrl} from '../../src/main/url'
import {ValidationError} from '../../src/main/validate'

const hash = 'a'.repeat(64)

describe('IPC payload validators', () => {
  it('has exactly one validator per invoke channel of the contract', () => {
    expect(Object.keys(SCHEMAS).sort()).toEqual(Object.values(INVOKE).sort())
  })

  it('accepts well-formed payloads and returns them', () => {
    const save = {path: '/home/aline/t.md', content: 'texte', expected: {mtimeMs: 1, size: 5, sha256: hash}, draftId: 'd-1'}
    expect(saveRequest(save)).toEqual(save)
    expect(saveRequest({path: '/x.md', content: ''})).toEqual({path: '/x.md', content: ''})
    expect(autosaveRequest({draftId: 'abc', content: 'x', path: null, title: ''})).toEqual({draftId: 'abc', content: 'x', path: null, title: ''})
    expect(settingsPatch({language: 'en'})).toEqual({language: 'en'})
    const wxr = {format: 'wxr', suggestedName: 'lettre.wxr.xml', data: '<rss/>', acknowledgment: 'Témoin — risques acceptés'} as const
    expect(exportSaveRequest(wxr)).toEqual(wxr)
    const eml = {
      format: 'eml',
      suggestedName: 'lettre.eml',
      message: {
        from: 'Aline Exemple <aline@exemple.fr>',
        to: ['redaction@exemple-emission.fr'],
        subject: 'Témoignage',
        date: '2026-03-12T09:30:00.000Z',
        text: 'Bonjour',
        html: '<p>Bonjour</p>',
        headers: {'X-Unsent': '1'},
        textEncoding: 'quoted-printable'
      }
    } as const
    expect(exportSaveRequest(eml)).toEqual(eml)
    expect(SCHEMAS[INVOKE.draftRecent](undefined)).toBeUndefined()
  })

  it.each([
    ['wrong type', saveRequest, {path: 42, content: 'x'}, /\$\.path: expected a string/],
    ['missing field', saveRequest, {path: '/x.md'}, /\$\.content/],
    ['unknown key', saveRequest, {path: '/x.md', content: '', extra: true}, /\$\.extra: expected no such key/],
    ['bad stamp', saveRequest, {path: '/x.md', content: '', expected: {mtimeMs: 1, size: -1, sha256: hash}}, /size/],
    ['path traversal in draft id', autosaveRequest, {draftId: '../../etc', content: '', path: null, title: ''}, /draftId/],
    ['not an object', dirtyState, 'dirty', /an object/],
    ['array for object', settingsPatch, [], /an object/],
    ['prototype trick', settingsPatch, Object.create({language: 'fr'}) as unknown, /an object/],
    ['bad enum', settingsPatch, {language: 'de'}, /one of/],
    ['non-string word', settingsPatch, {dictionary: ['ok', 3]}, /dictionary\[1\]/],
    ['rule id with path', docsRequest, {ruleId: '../secret', lang: 'fr'}, /ruleId/],
    ['template id', templateGetRequest, {id: 'x', lang: 'de'}, /lang/],
    ['file name with a slash', exportSaveRequest, {format: 'md', suggestedName: '../a.md', data: ''}, /suggestedName/],
    ['data of the wrong type', exportSaveRequest, {format: 'md', suggestedName: 'a.md', data: 3}, /data/],
    ['bytes for a text export', exportSaveRequest, {format: 'md', suggestedName: 'a.md', data: new Uint8Array([1])}, /data/],
    ['unknown export format', exportSaveRequest, {format: 'json', suggestedName: 'a.json', data: '{}'}, /format/],
    ['eml without its message', exportSaveRequest, {format: 'eml', suggestedName: 'a.eml', data: 'x'}, /data: expected no such key/],
    ['CR/LF in the e-mail subject (header injection)', exportSaveRequest, {format: 'eml', suggestedName: 'a.eml', message: {subject: 'S\r\nBcc: x@evil.example', date: '2026-03-12T09:30:00Z', text: '', html: '', headers: {'X-Unsent': '1'}, textEncoding: 'quoted-printable'}}, /subject/],
    ['an extra e-mail header', exportSaveRequest, {format: 'eml', suggestedName: 'a.eml', message: {subject: 'S', date: '2026-03-12T09:30:00Z', text: '', html: '', headers: {'X-Unsent': '1', Bcc: 'x@evil.example'}, textEncoding: 'quoted-printable'}}, /headers\.Bcc/],
    ['a malformed address', exportSaveRequest, {format: 'eml', suggestedName: 'a.eml', message: {subject: 'S', date: '2026-03-12T09:30:00Z', text: '', html: '', headers: {'X-Unsent': '1'}, textEncoding: 'quoted-printable', to: ['a@b@c']}}, /to\[0\]/],
    ['a date that is not ISO 8601', exportSaveRequest, {format: 'eml', suggestedName: 'a.eml', message: {subject: 'S', date: 'mardi', text: '', html: '', headers: {'X-Unsent': '1'}, textEncoding: 'quoted-printable'}}, /date/],
    ['an acknowledgment of the wrong type', exportSaveRequest, {format: 'md', suggestedName: 'a.md', data: '', acknowledgment: 1}, /acknowledgment/],
    ['NaN number', saveRequest, {path: '/x.md', content: '', expected: {mtimeMs: Number.NaN, size: 1, sha256: hash}}, /finite/],
    ['payload where none expected', SCHEMAS[INVOKE.settingsGet], {}, /no payload/]
  ])('refuses %s', (_name, validator, payload, message) => {
    expect(() => validator(payload)).toThrow(ValidationError)
    expect(() => validator(payload)).toThrow(message)
  })

  it('refuses oversize content', () => {
    expect(() => autosaveRequest({draftId: 'a', content: 'x'.repeat(5 * 1024 * 1024 + 1), path: null, title: ''})).toThrow(/characters/)
  })
})

describe('openExternal URL validation', () => {
  it.each([
    ['https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032226842', 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032226842'],
    ['HTTPS://Example.org/a b'.replace(' ', '%20'), 'https://example.org/a%20b'],
    ['mailto:contact@exemple-emission.fr?subject=T%C3%A9moignage', 'mailto:contact@exemple-emission.fr?subject=T%C3%A9moignage']
  ])('accepts %s', (raw, expected) => {
    expect(safeExternalUrl(raw)).toBe(expected)
  })

  it.each([
    'http://example.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:pass@example.org/',
    'https:///nohost',
    'mailto:',
    'mailto:pas-une-adresse',
    ' https://example.org/',
    'https://example.org/\nmalicious',
    'https://exa mple.org/',
    '//example.org/',
    'example.org',
    'a'.repeat(3000)
  ])('refuses %s', (raw) => {
    expect(safeExternalUrl(raw)).toBeNull()
  })

  it('refuses non-strings', () => {
    expect(safeExternalUrl(undefined)).toBeNull()
    expect(safeExternalUrl({href: 'https://example.org/'})).toBeNull()
  })
})

describe('IPC sender origin', () => {
  const allowed = ['app://temoin']
  it('accepts the app’s own pages only', () => {
    expect(isAppOrigin('app://temoin/index.html', allowed)).toBe(true)
    expect(isAppOrigin('app://temoin/docs/criminal-term.html#x', allowed)).toBe(true)
    expect(isAppOrigin('app://temoin.evil/index.html', allowed)).toBe(false)
    expect(isAppOrigin('app://evil/index.html', allowed)).toBe(false)
    expect(isAppOrigin('https://temoin/index.html', allowed)).toBe(false)
    expect(isAppOrigin('file:///app/index.html', allowed)).toBe(false)
    expect(isAppOrigin('about:blank', allowed)).toBe(false)
    expect(isAppOrigin(undefined, allowed)).toBe(false)
    expect(isAppOrigin('http://localhost:5173/', ['http://localhost:5173'])).toBe(true)
    expect(isAppOrigin('http://localhost:5174/', ['http://localhost:5173'])).toBe(false)
  })
})
