/// <reference lib="webworker" />
// The spelling worker: dictionaries bundled into the worker by Vite as base64 data URLs
// (`?url&inline`), decoded here without `fetch` (the CSP has `connect-src 'none'`). Checks are
// coalesced (only the newest text is checked; older requests are answered `stale`), and
// suggestions over the time budget are computed afterwards in small slices, between requests.
import enData from '../../../resources/dict/en.spell?url&inline'
import frData from '../../../resources/dict/fr.spell?url&inline'
import {decodeBase64} from '../../core/spell/index'
import type {FromSpellWorker, ToSpellWorker} from './protocol'
import {createSpellService, type SpellService} from './service'
import {applyTextEdit} from '../workers/text-edit'

const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (m: FromSpellWorker) => scope.postMessage(m)

let service: SpellService | null = null
let loadError: string | null = null
try {
  const t0 = performance.now()
  service = createSpellService({fr: decodeBase64(frData), en: decodeBase64(enData)})
  post({type: 'ready', ms: performance.now() - t0})
} catch (error) {
  loadError = String(error)
  post({type: 'error', error: loadError})
}

let text: string | null = null // the renderer's text: whole on the first check, then edits
let pending: {id: number; text: string} | null = null
let scheduled = false
let suggesting = false

function run() {
  scheduled = false
  const job = pending
  pending = null
  if (!job) return
  if (!service) {
    post({type: 'error', id: job.id, error: loadError ?? 'spelling unavailable'})
    return
  }
  const t0 = performance.now()
  try {
    const {issues, pending: more} = service.check(job.text)
    post({type: 'result', id: job.id, issues, ms: performance.now() - t0})
    if (more && !suggesting) {
      suggesting = true
      setTimeout(suggestSlice, 0)
    }
  } catch (error) {
    post({type: 'error', id: job.id, error: String(error)})
  }
}

function suggestSlice() {
  // A newer check first: it re-lists what still needs suggestions.
  if (pending || !service) {
    suggesting = false
    return
  }
  if (service.computePending(50)) {
    setTimeout(suggestSlice, 0)
  } else {
    suggesting = false
    post({type: 'suggestions'})
  }
}

scope.onmessage = (event: MessageEvent<ToSpellWorker>) => {
  const m = event.data
  if (m.type === 'words') {
    service?.setWords(m.words)
    return
  }
  if (m.type === 'language') {
    service?.setLanguage(m.language)
    return
  }
  const next = m.type === 'check' ? m.text : text === null ? null : applyTextEdit(text, m.edit)
  if (next === null) {
    // Out of sync with the renderer (never expected): it sends the whole text next time.
    text = null
    post({type: 'error', id: m.id, error: 'spell worker: edit does not fit the text'})
    return
  }
  text = next
  if (pending) post({type: 'stale', id: pending.id})
  pending = {id: m.id, text}
  if (!scheduled) {
    scheduled = true
    setTimeout(run, 0)
  }
}
