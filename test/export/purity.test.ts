// src/core/export and the checklist are shared with the renderer: no node:*, electron or DOM access.
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {prepareDraft} from '../../src/core/export/index.js'

const root = path.resolve(__dirname, '../..')
const files = [
  ...fs.readdirSync(path.join(root, 'src/core/export')).map((f) => path.join(root, 'src/core/export', f)),
  path.join(root, 'src/core/checklist.ts')
]

describe('purity of the export core', () => {
  for (const file of files) {
    it(path.relative(root, file), () => {
      const source = fs.readFileSync(file, 'utf8')
      const imports = [...source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!)
      expect(imports.filter((i) => i.startsWith('node:') || i === 'electron' || i === 'nodemailer' || i.startsWith('nodemailer/'))).toEqual([])
      const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').replace(/\bfrom\s+'[^']*'/g, '')
      expect(code).not.toMatch(/\b(document|window|process|Buffer|globalThis)\.|\brequire\(/)
    })
  }
})

describe('input errors', () => {
  it('a broken front matter is refused rather than silently dropped', () => {
    expect(() => prepareDraft('---\nauteur: [non fermé\n---\n\nTexte.\n')).toThrow(/en-tête \(front matter\) illisible/)
  })
})
