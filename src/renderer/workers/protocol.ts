// Messages between the renderer and the lint worker.
import type {LintResult, LintSettings} from '../../core/types'

export interface RuleMetaEntry {
  id: string
  severity: string
  title: {fr: string; en: string}
  summary: {fr: string; en: string}
  url?: string
}

export type ToWorker =
  | {type: 'lint'; id: number; text: string}
  | {type: 'settings'; settings: LintSettings}

export type FromWorker =
  | {type: 'ready'; ruleMeta: Record<string, RuleMetaEntry>}
  | {type: 'result'; id: number; result: LintResult; ms: number}
  | {type: 'stale'; id: number}
  | {type: 'error'; id: number; error: string}
