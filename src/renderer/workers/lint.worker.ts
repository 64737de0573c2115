/// <reference lib="webworker" />
// Runs the Témoin engine off the main thread. Requests are coalesced: when several texts queue up
// while a lint is running, only the newest is linted and the others are answered `stale`. The
// renderer sends the whole text once, then the edits (text-edit.ts); results go back packed
// (protocol.ts: each message content once, positions as numbers).
import {createLinter, ruleMeta} from '../../core/index'
import {createPacker, type FromWorker, type ToWorker} from './protocol'
import {applyTextEdit} from './text-edit'

const scope = self as unknown as DedicatedWorkerGlobalScope
const linter = createLinter()
const pack = createPacker()
let text: string | null = null
let pending: {id: number; text: string} | null = null
let scheduled = false

function post(m: FromWorker) {
  if (m.type === 'result') scope.postMessage(m, [m.result.positions.buffer])
  else scope.postMessage(m)
}

function run() {
  scheduled = false
  const job = pending
  pending = null
  if (!job) return
  const t0 = performance.now()
  try {
    const result = linter.lint(job.text)
    post({type: 'result', id: job.id, result: pack(result), ms: performance.now() - t0})
  } catch (error) {
    // The engine promises never to throw; report it rather than hang the editor if it does.
    post({type: 'error', id: job.id, error: String(error)})
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data
  if (m.type === 'settings') {
    linter.setSettings(m.settings)
    return
  }
  const next = m.type === 'lint' ? m.text : text === null ? null : applyTextEdit(text, m.edit)
  if (next === null) {
    // Out of sync with the renderer (never expected): it sends the whole text next time.
    text = null
    post({type: 'error', id: m.id, error: 'lint worker: edit does not fit the text'})
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

post({type: 'ready', ruleMeta: JSON.parse(JSON.stringify(ruleMeta))})
