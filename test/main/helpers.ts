// Test helpers: real temporary folders, and a bundled copy of a main-process module for child processes.
import {build} from 'esbuild'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export async function tempDir(prefix = 'temoin-main-'): Promise<{dir: string; cleanup: () => Promise<void>}> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix))
  return {dir, cleanup: () => rm(dir, {recursive: true, force: true})}
}

/** Bundles a TypeScript entry (repo-relative) to an ESM file runnable by plain `node`. */
export async function bundleForNode(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, path.basename(entry).replace(/\.ts$/, '.mjs'))
  await build({
    entryPoints: [path.join(repoRoot, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent'
  })
  return outfile
}
