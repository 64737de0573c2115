// Draft files on disk: reading with refusal of binary / non-UTF-8 / oversize files, atomic saves,
// and change detection (mtime + size, then sha256). Plain Node module: no `electron` import.
import {createHash, randomBytes} from 'node:crypto'
import {promises as fsp} from 'node:fs'
import * as path from 'node:path'
import {MAX_DRAFT_BYTES, type FileErrorCode, type FileStamp} from '../preload/contract'

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt'] as const

/** A refusal or failure about one file. `code` is mapped to a user message by messages.ts. */
export class DraftFileError extends Error {
  readonly code: FileErrorCode
  readonly file: string
  constructor(code: FileErrorCode, file: string, detail?: string) {
    super(detail ?? code)
    this.name = 'DraftFileError'
    this.code = code
    this.file = file
  }
}

export function draftFormat(file: string): 'md' | 'txt' | null {
  const ext = path.extname(file).toLowerCase()
  if (ext === '.md' || ext === '.markdown') return 'md'
  if (ext === '.txt') return 'txt'
  return null
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined
}

/** Maps a Node fs error to a DraftFileError (keeps the original message as detail). */
export function toDraftError(error: unknown, file: string): DraftFileError {
  if (error instanceof DraftFileError) return error
  const code = errnoCode(error)
  const detail = error instanceof Error ? error.message : String(error)
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new DraftFileError('not-found', file, detail)
    case 'EISDIR':
      return new DraftFileError('not-a-file', file, detail)
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new DraftFileError('permission', file, detail)
    default:
      return new DraftFileError('io', file, detail)
  }
}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false})

/** Decodes draft bytes; refuses NUL bytes (binary) and invalid UTF-8. A UTF-8 BOM is dropped. */
export function decodeDraft(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) throw new DraftFileError('binary', file)
  try {
    return utf8.decode(bytes)
  } catch {
    throw new DraftFileError('invalid-utf8', file)
  }
}

export interface ReadDraft {
  content: string
  format: 'md' | 'txt'
  stamp: FileStamp
}

/**
 * Reads a draft. Refuses (DraftFileError) unsupported extensions, non-files, files over `maxBytes`
 * (checked before reading, and again on the bytes in case the file grew), binary and non-UTF-8 data.
 */
export async function readDraft(file: string, maxBytes = MAX_DRAFT_BYTES): Promise<ReadDraft> {
  const format = draftFormat(file)
  if (!format) throw new DraftFileError('unsupported-type', file)
  let handle: fsp.FileHandle | undefined
  try {
    // stat before open: opening a FIFO or a device for reading could block or never end.
    if (!(await fsp.stat(file)).isFile()) throw new DraftFileError('not-a-file', file)
    handle = await fsp.open(file, 'r')
    const stat = await handle.stat()
    if (!stat.isFile()) throw new DraftFileError('not-a-file', file)
    if (stat.size > maxBytes) throw new DraftFileError('too-large', file, String(stat.size))
    // Read at most maxBytes + 1 so a file that grew after stat() is still refused.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1)
    let length = 0
    for (;;) {
      const {bytesRead} = await handle.read(buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
      if (length === buffer.length) break
    }
    if (length > maxBytes) throw new DraftFileError('too-large', file, String(length))
    const bytes = buffer.subarray(0, length)
    const content = decodeDraft(bytes, file)
    return {content, format, stamp: {mtimeMs: stat.mtimeMs, size: length, sha256: sha256(bytes)}}
  } catch (error) {
    throw toDraftError(error, file)
  } finally {
    await handle?.close()
  }
}

/** The current stamp of a file, or null when it does not exist. */
export async function currentStamp(file: string): Promise<FileStamp | null> {
  try {
    const handle = await fsp.open(file, 'r')
    try {
      const stat = await handle.stat()
      const hash = createHash('sha256')
      const chunk = Buffer.alloc(1 << 16)
      let size = 0
      for (;;) {
        const {bytesRead} = await handle.read(chunk, 0, chunk.length, null)
        if (bytesRead === 0) break
        size += bytesRead
        hash.update(chunk.subarray(0, bytesRead))
      }
      return {mtimeMs: stat.mtimeMs, size, sha256: hash.digest('hex')}
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null
    throw toDraftError(error, file)
  }
}

/**
 * Has the file changed since `expected`? Cheap path first: same mtime and size means unchanged.
 * Otherwise the content hash decides (a `touch` or a rewrite with the same bytes is not a change).
 */
export async function hasChanged(
  file: string,
  expected: FileStamp
): Promise<{changed: false} | {changed: true; current: FileStamp | null}> {
  let stat
  try {
    stat = await fsp.stat(file)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return {changed: true, current: null}
    throw toDraftError(error, file)
  }
  if (stat.mtimeMs === expected.mtimeMs && stat.size === expected.size) return {changed: false}
  const current = await currentStamp(file)
  if (current && current.size === expected.size && current.sha256 === expected.sha256) return {changed: false}
  return {changed: true, current}
}

async function fsyncDirectory(dir: string): Promise<void> {
  // Makes the rename durable. Not possible on Windows (EISDIR/EPERM): NTFS journals the rename.
  if (process.platform === 'win32') return
  let handle: fsp.FileHandle | undefined
  try {
    handle = await fsp.open(dir, 'r')
    await handle.sync()
  } catch {
    // Some filesystems refuse fsync on directories; the data itself was already synced.
  } finally {
    await handle?.close()
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  // On Windows a rename over a file another program holds open fails transiently (EPERM/EBUSY).
  for (let attempt = 0; ; attempt++) {
    try {
      await fsp.rename(from, to)
      return
    } catch (error) {
      const code = errnoCode(error)
      if (process.platform !== 'win32' || attempt >= 5 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES'))
        throw error
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)))
    }
  }
}

/**
 * Atomic write: a temporary file in the same folder, write, fsync, rename over the target, fsync the
 * folder. Keeps the target's permission bits; writes through a symlink to its target. On any
 * failure the temporary file is removed and the old file is left untouched.
 */
export async function atomicWrite(file: string, data: string | Uint8Array): Promise<void> {
  let target = file
  try {
    target = await fsp.realpath(file)
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw toDraftError(error, file)
  }
  let mode: number | undefined
  try {
    const stat = await fsp.stat(target)
    if (!stat.isFile()) throw new DraftFileError('not-a-file', file)
    mode = stat.mode & 0o7777
  } catch (error) {
    if (error instanceof DraftFileError) throw error
    if (errnoCode(error) !== 'ENOENT') throw toDraftError(error, file)
  }
  const dir = path.dirname(target)
  const tmp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  let handle: fsp.FileHandle | undefined
  try {
    handle = await fsp.open(tmp, 'wx', mode ?? 0o666)
    await handle.writeFile(data)
    if (mode !== undefined && process.platform !== 'win32') await handle.chmod(mode)
    await handle.sync()
    await handle.close()
    handle = undefined
    await renameWithRetry(tmp, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await fsp.rm(tmp, {force: true}).catch(() => undefined)
    throw toDraftError(error, file)
  }
  await fsyncDirectory(dir)
  await removeStaleTemporaries(target)
}

/** Temporaries of `target` left by a save that was killed (older than `ageMs`), removed best-effort. */
export async function removeStaleTemporaries(target: string, ageMs = 10 * 60 * 1000, now = Date.now()): Promise<string[]> {
  const dir = path.dirname(target)
  const prefix = `.${path.basename(target)}.`
  const removed: string[] = []
  let names: string[]
  try {
    names = await fsp.readdir(dir)
  } catch {
    return removed
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue
    const tmp = path.join(dir, name)
    try {
      const stat = await fsp.lstat(tmp)
      if (stat.isFile() && now - stat.mtimeMs > ageMs) {
        await fsp.rm(tmp, {force: true})
        removed.push(tmp)
      }
    } catch {
      // best-effort
    }
  }
  return removed
}

export type SaveOutcome = {ok: true; stamp: FileStamp} | {ok: false; conflict: true; current: FileStamp | null}

/**
 * Saves a draft atomically. With `expected` and without `force`, refuses (conflict, nothing written)
 * when the file on disk is no longer the version the user edited.
 */
export async function saveDraftFile(
  file: string,
  content: string,
  options: {expected?: FileStamp | null; force?: boolean; maxBytes?: number} = {}
): Promise<SaveOutcome> {
  if (!draftFormat(file)) throw new DraftFileError('unsupported-type', file)
  const bytes = Buffer.from(content, 'utf8')
  if (bytes.length > (options.maxBytes ?? MAX_DRAFT_BYTES)) throw new DraftFileError('too-large', file)
  if (options.expected && !options.force) {
    const check = await hasChanged(file, options.expected)
    if (check.changed) return {ok: false, conflict: true, current: check.current}
  }
  await atomicWrite(file, bytes)
  const stat = await fsp.stat(file).catch((error: unknown) => {
    throw toDraftError(error, file)
  })
  return {ok: true, stamp: {mtimeMs: stat.mtimeMs, size: bytes.length, sha256: sha256(bytes)}}
}
