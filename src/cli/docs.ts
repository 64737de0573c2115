// Rule documentation ships with the package (lint-rules/<id>/readme.md): the CLI turns the
// engine's `temoin://regles/<id>` into a file URL a terminal can open, offline.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

let root: string | undefined

export function packageRoot(): string {
  if (root) return root
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'lint-rules')) && fs.existsSync(path.join(dir, 'package.json'))) return (root = dir)
    dir = path.dirname(dir)
  }
  return (root = process.cwd())
}

export function docUrl(url: string): string {
  const match = /^temoin:\/\/regles\/([a-z-]+)$/.exec(url)
  if (!match) return url
  return pathToFileURL(path.join(packageRoot(), 'lint-rules', match[1], 'readme.md')).href
}
