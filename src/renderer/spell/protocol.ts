// Messages between the editor and the spelling worker (spell.worker.ts).
import type {Lang} from '../../core/types'
import type {TextEdit} from '../workers/text-edit'
import type {SpellIssue} from './service'

export type ToSpellWorker =
  | {type: 'check'; id: number; text: string}
  /** Check the previous text (from the last `check` or `edit`) with `edit` applied. */
  | {type: 'edit'; id: number; edit: TextEdit}
  | {type: 'words'; words: string[]}
  | {type: 'language'; language: Lang | 'auto'}

export type FromSpellWorker =
  | {type: 'ready'; ms: number}
  | {type: 'result'; id: number; issues: SpellIssue[]; ms: number}
  | {type: 'stale'; id: number}
  /** Suggestions left over the time budget are now computed: check again to get them. */
  | {type: 'suggestions'}
  | {type: 'error'; id?: number; error: string}
