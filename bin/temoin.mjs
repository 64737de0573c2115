#!/usr/bin/env node
// `temoin` — runs the bundled CLI (built by `npm ci` through the `prepare` script).
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'

const bundle = new URL('../dist/cli.mjs', import.meta.url)
if (!fs.existsSync(fileURLToPath(bundle))) {
  process.stderr.write(
    'temoin : la commande n’est pas encore construite ; lancez « npm run build:cli » dans le dossier de Témoin.\n' +
      'temoin: the command is not built yet; run "npm run build:cli" in the Témoin folder.\n'
  )
  process.exit(2)
}
await import(bundle.href)
