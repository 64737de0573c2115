// Bundles the CLI (src/cli + src/core + lint-rules) into dist/cli.mjs with esbuild, so that
// `npx temoin` starts fast (one file, no TypeScript at run time). Runs on `npm ci` (prepare).
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import * as esbuild from 'esbuild'
import {esbuildYaml} from './yaml-plugin.mjs'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))

await esbuild.build({
  entryPoints: [path.join(root, 'src/cli/node-entry.ts')],
  outfile: path.join(root, 'dist/cli.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: false,
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: {__TEMOIN_VERSION__: JSON.stringify(pkg.version)},
  // Some dependencies are CommonJS and call require(): give the ESM bundle one.
  banner: {js: "import {createRequire as __temoinRequire} from 'node:module'; const require = __temoinRequire(import.meta.url);"},
  plugins: [esbuildYaml()]
})
