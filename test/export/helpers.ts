// Shared helpers for the export tests: the committed sample testimony and golden files.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect} from 'vitest'

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/export')
export const SAMPLE_PATH = path.join(FIXTURES, 'temoignage.md')
export const SAMPLE = fs.readFileSync(SAMPLE_PATH, 'utf8')
/** Fixed export clock, so the outputs that show "now" are reproducible. */
export const NOW = new Date('2026-01-15T10:30:00Z')

/**
 * Compares with test/fixtures/export/golden/NAME. `UPDATE_GOLDEN=1 npx vitest run test/export`
 * rewrites them (review the diff before committing).
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(FIXTURES, 'golden', name)
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.writeFileSync(file, actual)
    return
  }
  expect(fs.existsSync(file), `missing golden file ${file}: run with UPDATE_GOLDEN=1`).toBe(true)
  expect(actual).toBe(fs.readFileSync(file, 'utf8'))
}

/**
 * Replaces the parts of a MIME message that change on every build (Message-ID, boundaries) with
 * stable tokens. Only these: the Date header is fixed by the injected clock and must match as is.
 */
export function normaliseMime(raw: string): string {
  const boundaries = [...raw.matchAll(/boundary="?([^";\r\n]+)"?/g)].map((m) => m[1]!)
  let out = raw
  boundaries.forEach((b, i) => {
    out = out.split(b).join(`BOUNDARY-${i + 1}`)
  })
  return out.replace(/^Message-ID:\s*<[^>]+>/im, 'Message-ID: <MESSAGE-ID>')
}
