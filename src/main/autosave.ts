// Autosave of unsaved work to the app's data folder, and recovery after a crash or a kill.
//
// Layout (one pair per draft, so drafts never contend):
//   <dir>/<draftId>.md     the content, written atomically (files.atomicWrite)
//   <dir>/<draftId>.json   the journal entry: {version, draftId, sessionId, path, title, savedAt, size, sha256}
// The content is written first, then the entry. A crash between the two leaves a complete content file
// whose hash no longer matches the entry: recovery still offers it (it is newer), dated by its mtime.
// Every app start has a new session id; drafts left by another session are "recoverable".
import {randomUUID} from 'node:crypto'
import {promises as fsp} from 'node:fs'
import * as path from 'node:path'
import {MAX_DRAFT_BYTES, type RecoverableDraft} from '../preload/contract'
import {atomicWrite, decodeDraft, sha256} from './files'

export const DRAFT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

interface JournalEntry {
  version: 1
  draftId: string
  sessionId: string
  path: string | null
  title: string
  savedAt: string
  size: number
  sha256: string
}

function isJournalEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    v.version === 1 &&
    typeof v.draftId === 'string' &&
    typeof v.sessionId === 'string' &&
    (v.path === null || typeof v.path === 'string') &&
    typeof v.title === 'string' &&
    typeof v.savedAt === 'string' &&
    typeof v.size === 'number' &&
    typeof v.sha256 === 'string'
  )
}

export class AutosaveStore {
  readonly dir: string
  readonly sessionId: string
  private readonly queues = new Map<string, Promise<unknown>>()
  private readonly now: () => Date

  constructor(dir: string, options: {sessionId?: string; now?: () => Date} = {}) {
    this.dir = dir
    this.sessionId = options.sessionId ?? randomUUID()
    this.now = options.now ?? (() => new Date())
  }

  private paths(draftId: string): {content: string; entry: string} {
    if (!DRAFT_ID.test(draftId)) throw new Error(`invalid draft id: ${draftId}`)
    return {content: path.join(this.dir, `${draftId}.md`), entry: path.join(this.dir, `${draftId}.json`)}
  }

  /** Runs operations on one draft in arrival order (the last autosave received is the one kept). */
  private serial<T>(draftId: string, op: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(draftId) ?? Promise.resolve()
    const next = previous.then(op, op)
    const settled = next.catch(() => undefined)
    this.queues.set(draftId, settled)
    void settled.then(() => {
      if (this.queues.get(draftId) === settled) this.queues.delete(draftId)
    })
    return next
  }

  async save(draft: {draftId: string; content: string; path: string | null; title: string}): Promise<{savedAt: string}> {
    const {content: contentFile, entry: entryFile} = this.paths(draft.draftId)
    const bytes = Buffer.from(draft.content, 'utf8')
    if (bytes.length > MAX_DRAFT_BYTES) throw new Error('draft too large to autosave')
    return this.serial(draft.draftId, async () => {
      await fsp.mkdir(this.dir, {recursive: true})
      const savedAt = this.now().toISOString()
      await atomicWrite(contentFile, bytes)
      const entry: JournalEntry = {
        version: 1,
        draftId: draft.draftId,
        sessionId: this.sessionId,
        path: draft.path,
        title: draft.title.slice(0, 300),
        savedAt,
        size: bytes.length,
        sha256: sha256(bytes)
      }
      await atomicWrite(entryFile, JSON.stringify(entry, null, 2) + '\n')
      return {savedAt}
    })
  }

  async discard(draftId: string): Promise<void> {
    const {content, entry} = this.paths(draftId)
    await this.serial(draftId, async () => {
      // Entry first: a crash in between leaves an orphan content file, still offered for recovery.
      await fsp.rm(entry, {force: true})
      await fsp.rm(content, {force: true})
    })
  }

  /**
   * Drafts left by earlier sessions (crash, kill, power cut), newest first. Drafts of the current
   * session are not listed (they are open in the window). Unreadable entries are skipped, never deleted.
   */
  async recoverable(): Promise<RecoverableDraft[]> {
    let names: string[]
    try {
      names = await fsp.readdir(this.dir)
    } catch {
      return []
    }
    const ids = new Set<string>()
    for (const name of names) {
      const match = /^(.+)\.(md|json)$/.exec(name)
      if (match && DRAFT_ID.test(match[1])) ids.add(match[1])
    }
    const drafts: RecoverableDraft[] = []
    for (const draftId of ids) {
      const {content: contentFile, entry: entryFile} = this.paths(draftId)
      let bytes: Buffer
      let mtime: Date
      try {
        const stat = await fsp.stat(contentFile)
        if (stat.size > MAX_DRAFT_BYTES) continue
        bytes = await fsp.readFile(contentFile)
        mtime = stat.mtime
      } catch {
        continue // an entry without content: nothing to restore
      }
      let content: string
      try {
        content = decodeDraft(bytes, contentFile)
      } catch {
        continue
      }
      let entry: JournalEntry | undefined
      try {
        const parsed: unknown = JSON.parse(await fsp.readFile(entryFile, 'utf8'))
        if (isJournalEntry(parsed) && parsed.draftId === draftId) entry = parsed
      } catch {
        entry = undefined
      }
      if (entry?.sessionId === this.sessionId) continue
      if (content.trim() === '') continue
      const consistent = entry !== undefined && entry.sha256 === sha256(bytes)
      drafts.push({
        draftId,
        path: entry?.path ?? null,
        title: entry?.title || firstLine(content),
        savedAt: consistent && entry ? entry.savedAt : mtime.toISOString(),
        content
      })
    }
    return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  }
}

function firstLine(content: string): string {
  const line = content
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').trim())
    .find((l) => l !== '' && l !== '---')
  return (line ?? '').slice(0, 80)
}
