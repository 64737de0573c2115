// The renderer side of the lint worker. The editor's rule diagnostics (and the checklist, the export)
// ask this client for the result of a document text; it sends one request per distinct text and shares it.
import type {LintResult, LintSettings} from '../../core/types'
import {createUnpacker, type FromWorker, type RuleMetaEntry, type ToWorker} from '../workers/protocol'
import {textEdit} from '../workers/text-edit'

export interface LintBackend {
  /** Resolves with the result for `text`, or null when a newer text superseded it. */
  lint(text: string): Promise<LintResult | null>
  /** The last result received (for the status bar, side panel, export gate). */
  readonly last: {text: string; result: LintResult} | null
  onResult(f: (result: LintResult, text: string) => void): () => void
  ruleMeta(): Record<string, RuleMetaEntry>
  onReady(f: () => void): void
}

interface WorkerLike {
  postMessage(m: ToWorker): void
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null
  onerror: ((e: ErrorEvent) => void) | null
}

export class WorkerLintClient implements LintBackend {
  private nextId = 1
  private waiting = new Map<number, {resolve: (r: LintResult | null) => void; reject: (e: Error) => void}>()
  private inflight: {text: string; promise: Promise<LintResult | null>} | null = null
  private listeners = new Set<(result: LintResult, text: string) => void>()
  private readyListeners: (() => void)[] = []
  private meta: Record<string, RuleMetaEntry> = {}
  private ready = false
  private texts = new Map<number, string>()
  private unpack = createUnpacker()
  /** The text the worker holds (after every request sent so far); null: send the whole text. */
  private sent: string | null = null
  last: {text: string; result: LintResult} | null = null
  /** Worker time of the last lint, in ms (for the bench). */
  lastWorkerMs = 0

  constructor(private worker: WorkerLike) {
    worker.onmessage = (e) => this.receive(e.data)
    worker.onerror = (e) => {
      const error = new Error(e.message || 'lint worker error')
      for (const w of this.waiting.values()) w.reject(error)
      this.waiting.clear()
      this.inflight = null
      this.sent = null
    }
  }

  private receive(m: FromWorker) {
    if (m.type === 'ready') {
      this.meta = m.ruleMeta
      this.ready = true
      for (const f of this.readyListeners.splice(0)) f()
      return
    }
    const w = this.waiting.get(m.id)
    const text = this.texts.get(m.id) ?? ''
    this.waiting.delete(m.id)
    this.texts.delete(m.id)
    if (this.inflight && this.inflight.text === text && m.type !== 'result') this.inflight = null
    if (m.type === 'result') {
      this.lastWorkerMs = m.ms
      let result: LintResult
      try {
        result = this.unpack(m.result)
      } catch (error) {
        w?.reject(error as Error)
        return
      }
      this.last = {text, result}
      for (const f of this.listeners) f(result, text)
      w?.resolve(result)
    } else if (m.type === 'stale') {
      w?.resolve(null)
    } else {
      this.sent = null // the worker dropped its text: send the whole text next time
      w?.reject(new Error(m.error))
    }
  }

  lint(text: string): Promise<LintResult | null> {
    if (this.last && this.last.text === text) return Promise.resolve(this.last.result)
    if (this.inflight && this.inflight.text === text) return this.inflight.promise
    const id = this.nextId++
    const promise = new Promise<LintResult | null>((resolve, reject) => {
      this.waiting.set(id, {resolve, reject})
    })
    this.texts.set(id, text)
    this.inflight = {text, promise}
    if (this.sent === null) this.worker.postMessage({type: 'lint', id, text})
    else this.worker.postMessage({type: 'edit', id, edit: textEdit(this.sent, text)})
    this.sent = text
    return promise
  }

  setSettings(settings: LintSettings) {
    this.last = null
    this.inflight = null
    this.worker.postMessage({type: 'settings', settings})
  }

  onResult(f: (result: LintResult, text: string) => void) {
    this.listeners.add(f)
    return () => this.listeners.delete(f)
  }

  ruleMeta() {
    return this.meta
  }

  onReady(f: () => void) {
    if (this.ready) f()
    else this.readyListeners.push(f)
  }
}

export function createLintWorker(): WorkerLintClient {
  const worker = new Worker(new URL('../workers/lint.worker.ts', import.meta.url), {type: 'module'})
  return new WorkerLintClient(worker as unknown as WorkerLike)
}
