// The `@example` fixtures of a rule's JSDoc header (docs double as tests, as in remark-lint): one
// reader for test/rules.test.ts and the rules' own unit tests. Test-only (node:fs).
import fs from 'node:fs'
import path from 'node:path'
import type {Lang} from '../src/core/types.js'

export interface Fixture {
  lang: Lang
  flags: string[]
  input: string
  /** Line of the `@example` tag in the JSDoc header (0-based). */
  line: number
}

/** The fixtures of `lint-rules/<id>/index.ts`. */
export function readFixtures(id: string): Fixture[] {
  const file = path.join(__dirname, '..', 'lint-rules', id, 'index.ts')
  return parseFixtures(fs.readFileSync(file, 'utf8'), file)
}

/** The `@example` fixtures of a rule's JSDoc header; throws on a fixture that swallows another. */
export function parseFixtures(source: string, file: string): Fixture[] {
  const header = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? ''
  const lines = header.split('\n').map((line) => line.replace(/^\s*\* ?/, ''))
  const fixtures: Fixture[] = []
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '@example') continue
    const block: string[] = []
    let j = i + 1
    while (j < lines.length && (lines[j].startsWith('  ') || lines[j].trim() === '') && !lines[j].trim().startsWith('@')) {
      block.push(lines[j].slice(2))
      j++
    }
    while (block.length > 0 && block[block.length - 1].trim() === '') block.pop()
    const meta = JSON.parse(block[0])
    const input = block.slice(1).join('\n')
    // A fixture glued to the line before (« …. * @example ») would silently swallow the next one.
    if (/(?:^|\s)@example\b/.test(input)) throw new Error(`${file}: the fixture after JSDoc line ${i + 1} contains “@example”: put each @example on a line of its own`)
    fixtures.push({lang: meta.lang, flags: meta.flags, input, line: i})
  }
  // (`@example` after a space or at a line start: « perso@example.org » is an address.)
  const declared = header.match(/(?:^|\s)@example\b/g)?.length ?? 0
  if (declared !== fixtures.length) throw new Error(`${file}: ${declared} “@example” in the JSDoc but ${fixtures.length} fixtures read: each @example must stand alone on its line`)
  return fixtures
}
