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
import {arrayOf, bool, bytes, none, nullable, num, object, oneOf, optional, str, union, type Validator} from './validate'

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
export const exportSaveRequest: Validator<ExportSaveRequest> = object({
  format: oneOf('md', 'txt', 'html', 'json', 'pdf', 'eml'),
  suggestedName: fileName,
  data: union(str({max: EXPORT_MAX_BYTES}), bytes({max: EXPORT_MAX_BYTES}))
})
export const exportPdfRequest: Validator<ExportPdfRequest> = object({
  html: str({min: 1, max: 20 * 1024 * 1024}),
  suggestedName: fileName,
  pageSize: optional(oneOf('A4', 'Letter'))
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
