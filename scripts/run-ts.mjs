// Runs a TypeScript entry (benchmarks, tools) under plain Node: bundles our sources with esbuild
// into .cache/ (dependencies stay external), then imports the result. Usage: node scripts/run-ts.mjs FILE.ts
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import * as esbuild from 'esbuild'
import {esbuildYaml} from './yaml-plugin.mjs'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const entry = path.resolve(process.argv[2])
// One bundle per process: two runs of the same script at once must not overwrite each other's.
const outfile = path.join(root, '.cache', path.basename(entry).replace(/\.ts$/, `.${process.pid}.mjs`))
await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  plugins: [esbuildYaml()]
})
process.env.TEMOIN_ROOT = root
process.argv.splice(1, 2, outfile)
try {
  await import(pathToFileURL(outfile).href)
} finally {
  fs.rmSync(outfile, {force: true})
}
