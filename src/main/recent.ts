// The recent-files list: most recent first, no duplicates, bounded.
import * as path from 'node:path'
import type {RecentFile} from '../preload/contract'

export const MAX_RECENT = 10

function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  // Windows and macOS file systems are case-insensitive by default.
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase()
}

export function addRecent(
  list: readonly RecentFile[],
  file: string,
  now: Date = new Date(),
  platform: NodeJS.Platform = process.platform
): RecentFile[] {
  const entry: RecentFile = {path: file, name: path.basename(file), at: now.toISOString()}
  return [entry, ...list.filter((r) => !samePath(r.path, file, platform))].slice(0, MAX_RECENT)
}

export function removeRecent(list: readonly RecentFile[], file: string, platform: NodeJS.Platform = process.platform): RecentFile[] {
  return list.filter((r) => !samePath(r.path, file, platform))
}

export function isRecent(list: readonly RecentFile[], file: string, platform: NodeJS.Platform = process.platform): boolean {
  return list.some((r) => samePath(r.path, file, platform))
}
