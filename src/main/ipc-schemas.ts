// The payload validator of every renderer → main message. Each one is typed against the contract, so
// a change in contract.ts that the validator does not follow fails to compile.
import {
  INVOKE,
  MAX_DRAFT_BYTES,
  type AutosaveRequest,
  type CheckRequest,
  type DirtyState,
  type DiscardRecoveryRequest,
  type DocsRequest,
  type EmlMessagePayload,
  type ExportPdfRequest,
  type ExportSaveRequest,
  type FileStamp,
  type InvokeChannel,
  type OpenRequest,
  type SaveAsRequest,
  type SaveRequest,
  type SettingsPatch,
  type TemplateGetRequest,
  type UiLang
} from '../preload/contract'
import {DRAFT_ID} from './autosave'
import {MAX_DICTIONARY_WORDS, MAX_WORD_LENGTH} from './settings'
import {MAX_URL_LENGTH} from './url'
import {arrayOf, bool, none, nullable, num, object, oneOf, optional, str, type Validator} from './validate'

const PATH_MAX = 4096
/** Content strings: UTF-16 length bound; the byte limit is checked again when writing. */
const content = str({max: MAX_DRAFT_BYTES})
const filePath = str({min: 1, max: PATH_MAX})
const draftId = str({min: 1, max: 64, pattern: DRAFT_ID})
const fileName = str({min: 1, max: 255, pattern: /^[^/\\\u0000]+$/})
const uiLang: Validator<UiLang> = oneOf('fr', 'en')

const stamp: Validator<FileStamp> = object({
  mtimeMs: num({min: 0}),
  size: num({min: 0, integer: true}),
  sha256: str({min: 64, max: 64, pattern: /^[0-9a-f]{64}$/})
})

export const openRequest: Validator<OpenRequest> = object({path: optional(filePath)})
export const saveRequest: Validator<SaveRequest> = object({
  path: filePath,
  content,
  expected: optional(nullable(stamp)),
  force: optional(bool),
  draftId: optional(draftId)
})
export const saveAsRequest: Validator<SaveAsRequest> = object({
  content,
  suggestedName: optional(fileName),
  draftId: optional(draftId)
})
export const checkRequest: Validator<CheckRequest> = object({path: filePath, expected: stamp})
export const autosaveRequest: Validator<AutosaveRequest> = object({
  draftId,
  content,
  path: nullable(filePath),
  title: str({max: 300})
})
export const discardRecoveryRequest: Validator<DiscardRecoveryRequest> = object({draftId})
export const settingsPatch: Validator<SettingsPatch> = object({
  language: optional(oneOf('system', 'fr', 'en')),
  dictionary: optional(arrayOf(str({min: 1, max: MAX_WORD_LENGTH}), {max: MAX_DICTIONARY_WORDS}))
})
export const dirtyState: Validator<DirtyState> = object({
  dirty: bool,
  title: str({max: 300}),
  path: nullable(filePath),
  draftId: nullable(draftId)
})
export const openExternalRequest: Validator<{url: string}> = object({url: str({min: 1, max: MAX_URL_LENGTH})})
export const docsRequest: Validator<DocsRequest> = object({
  ruleId: str({min: 1, max: 64, pattern: /^[a-z][a-z0-9-]*$/}),
  lang: uiLang
})
const EXPORT_MAX_BYTES = 50 * 1024 * 1024
/** The acknowledgment report (src/core/export acknowledgmentReport): text, bounded. */
const acknowledgment = optional(str({min: 1, max: 2 * 1024 * 1024}))
/** A header value: one line (no CR/LF: header injection), at most RFC 5322's 998 characters. */
const headerLine = (min: number) => str({min, max: 998, pattern: /^[^\r\n\u0000]*$/})
/** One address as emlMessage() checks it: `Name <a@b.fr>` or `a@b.fr`, one `@`, no line break. */
const address = str({min: 3, max: 320, pattern: /^(?:[^<>@\r\n\u0000]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/})
const isoDate = str({min: 10, max: 40, pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/})
export const emlMessagePayload: Validator<EmlMessagePayload> = object({
  from: optional(address),
  to: optional(arrayOf(address, {max: 100})),
  subject: headerLine(1),
  date: isoDate,
  text: str({max: EXPORT_MAX_BYTES}),
  html: str({max: EXPORT_MAX_BYTES}),
  // Only the header emlMessage() sets: the renderer cannot add arbitrary headers.
  headers: object({'X-Unsent': oneOf('1')}),
  textEncoding: oneOf('quoted-printable')
})
const textExportRequest = object({
  format: oneOf('html', 'page', 'wxr', 'txt', 'md'),
  suggestedName: fileName,
  data: str({max: EXPORT_MAX_BYTES}),
  acknowledgment
})
const emlExportRequest = object({format: oneOf('eml'), suggestedName: fileName, message: emlMessagePayload, acknowledgment})
/** Dispatched on `format`, so an error names the field of the right variant. */
export const exportSaveRequest: Validator<ExportSaveRequest> = (value, where = '$') =>
  typeof value === 'object' && value !== null && (value as {format?: unknown}).format === 'eml'
    ? emlExportRequest(value, where)
    : textExportRequest(value, where)
export const exportPdfRequest: Validator<ExportPdfRequest> = object({
  html: str({min: 1, max: 20 * 1024 * 1024}),
  suggestedName: fileName,
  pageSize: optional(oneOf('A4', 'Letter')),
  acknowledgment
})
export const templateListRequest: Validator<{lang?: UiLang}> = object({lang: optional(uiLang)})
export const templateGetRequest: Validator<TemplateGetRequest> = object({
  id: str({min: 1, max: 64, pattern: /^[a-z0-9-]+$/}),
  lang: uiLang
})

/** One validator per invoke channel: the contract's channel list and this table must match. */
export const SCHEMAS = {
  [INVOKE.draftOpen]: openRequest,
  [INVOKE.draftSave]: saveRequest,
  [INVOKE.draftSaveAs]: saveAsRequest,
  [INVOKE.draftCheck]: checkRequest,
  [INVOKE.draftRecent]: none,
  [INVOKE.draftAutosave]: autosaveRequest,
  [INVOKE.draftRecover]: none,
  [INVOKE.draftDiscardRecovery]: discardRecoveryRequest,
  [INVOKE.settingsGet]: none,
  [INVOKE.settingsSet]: settingsPatch,
  [INVOKE.appSetDirty]: dirtyState,
  [INVOKE.appConfirmClose]: none,
  [INVOKE.appOpenExternal]: openExternalRequest,
  [INVOKE.docsOpen]: docsRequest,
  [INVOKE.exportSave]: exportSaveRequest,
  [INVOKE.exportPdf]: exportPdfRequest,
  [INVOKE.templateList]: templateListRequest,
  [INVOKE.templateGet]: templateGetRequest
} satisfies Record<InvokeChannel, Validator<unknown>>
