/// <reference lib="webworker" />
// Runs the Témoin engine off the main thread. Requests are coalesced: when several texts queue up
// while a lint is running, only the newest is linted and the others are answered `stale`.
import {createLinter, ruleMeta} from '../../core/index'
import type {FromWorker, ToWorker} from './protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope
const linter = createLinter()
let pending: {id: number; text: string} | null = null
let scheduled = false

function post(m: FromWorker) {
  scope.postMessage(m)
}

function run() {
  scheduled = false
  const job = pending
  pending = null
  if (!job) return
  const t0 = performance.now()
  try {
    const result = linter.lint(job.text)
    post({type: 'result', id: job.id, result, ms: performance.now() - t0})
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
  if (pending) post({type: 'stale', id: pending.id})
  pending = {id: m.id, text: m.text}
  if (!scheduled) {
    scheduled = true
    setTimeout(run, 0)
  }
}

post({type: 'ready', ruleMeta: JSON.parse(JSON.stringify(ruleMeta))})
