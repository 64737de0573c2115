// Files handed to the app by the system: `temoin-app brouillon.md` on a command line, « Ouvrir avec
// Témoin » or a double-click on a .md/.txt (argv on Windows and Linux, a second launch forwarded to
// the running instance through `second-instance`, the `open-file` event on macOS).
import * as path from 'node:path'

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt'] as const

/**
 * The draft files named in a command line, as absolute paths (resolved against the directory the
 * command ran in). Options (`--flag`, `-x`) and anything that is not a .md/.markdown/.txt name
 * (Electron's own executable, the app folder in development) are skipped; whether the file exists
 * is for the open to tell, with a message that names it.
 */
export function draftFilesFromArgv(argv: readonly string[], cwd: string): string[] {
  const files: string[] = []
  // argv[0] is the executable; in development argv[1] is the app folder (".").
  for (const arg of argv.slice(1)) {
    if (!arg || arg.startsWith('-')) continue
    if (!isDraftName(arg)) continue
    const file = path.resolve(cwd, arg)
    if (!files.includes(file)) files.push(file)
  }
  return files
}

export function isDraftName(file: string): boolean {
  const ext = path.extname(file).toLowerCase()
  return (DRAFT_EXTENSIONS as readonly string[]).includes(ext)
}

/**
 * Collects files that arrive before the app can open them (macOS sends `open-file` before `ready`),
 * then hands each to `open` once `start` is called; later files go straight through.
 */
export class LaunchQueue {
  private pending: string[] | null = []
  private open: ((file: string) => void) | null = null

  add(files: readonly string[]): void {
    for (const file of files) {
      if (this.pending) {
        if (!this.pending.includes(file)) this.pending.push(file)
      } else this.open?.(file)
    }
  }

  start(open: (file: string) => void): void {
    this.open = open
    const files = this.pending ?? []
    this.pending = null
    for (const file of files) open(file)
  }
}
