// Runs the `@example` fixtures of every rule's JSDoc (docs double as tests, as in remark-lint),
// checks the message conventions, that applying a rule's own suggestion silences it, and keeps a
// full-JSON snapshot of one message per rule.
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../lint-rules/index.js'
import {lint} from '../src/core/index.js'
import type {Lang, LintSettings, TemoinMessage} from '../src/core/types.js'

export interface Fixture {
  lang: Lang
  flags: string[]
  input: string
  line: number
}

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

function only(id: string, lang: Lang): LintSettings {
  return {language: lang, equality: false, rules: Object.fromEntries(rules.map((r) => [r.id, r.id === id ? r.severity : 'off']))}
}

describe('fixture reader', () => {
  it('refuses a fixture glued to the line before, and counts every @example', () => {
    const good = '/**\n * @example\n *   {"lang": "fr", "flags": []}\n *   Écrivez à perso@example.org.\n * @example\n *   {"lang": "fr", "flags": ["x"]}\n *   x\n */'
    expect(parseFixtures(good, 'good.ts').map((f) => f.input)).toEqual(['Écrivez à perso@example.org.', 'x'])
    const glued = '/**\n * @example\n *   {"lang": "fr", "flags": []}\n *   Une phrase. * @example\n *   {"lang": "fr", "flags": ["x"]}\n *   x\n */'
    expect(() => parseFixtures(glued, 'glued.ts')).toThrow(/glued\.ts: the fixture after JSDoc line 2 contains “@example”/)
  })
})

const frenchReason = /[«»]/
for (const rule of rules) {
  if (rule.id === 'spelling') continue // needs dictionaries: tested in test/spell
  describe(`rule ${rule.id}`, () => {
    const fixtures = readFixtures(rule.id)

    it('documents itself with fixtures in both languages it supports', () => {
      expect(fixtures.length).toBeGreaterThanOrEqual(10)
      for (const lang of rule.languages) {
        expect(fixtures.some((f) => f.lang === lang && f.flags.length > 0), `${lang} positive`).toBe(true)
        expect(fixtures.some((f) => f.lang === lang && f.flags.length === 0), `${lang} negative`).toBe(true)
      }
    })

    for (const fixture of fixtures) {
      it(`${fixture.lang}: ${fixture.input.slice(0, 70).replace(/\n/g, '⏎')}`, () => {
        const result = lint(fixture.input, only(rule.id, fixture.lang))
        const own = result.messages.filter((m) => m.ruleId === rule.id)
        expect(own.map((m) => m.actual)).toEqual(fixture.flags)
        for (const message of own) checkMessage(message, rule.id, fixture)
      })
    }

    it('is silenced by its own suggestions', () => {
      for (const fixture of fixtures) {
        const result = lint(fixture.input, only(rule.id, fixture.lang))
        for (const message of result.messages) {
          for (const replacement of message.expected ?? []) {
            const fixed = fixture.input.slice(0, message.place.start.offset) + replacement + fixture.input.slice(message.place.end.offset)
            const again = lint(fixed, only(rule.id, fixture.lang)).messages.filter(
              (m) => m.place.start.offset < message.place.start.offset + replacement.length + 1 && m.place.end.offset > message.place.start.offset
            )
            expect(again.map((m) => m.actual), `« ${fixed} »`).toEqual([])
          }
        }
      }
    })

    it('keeps a stable message shape (snapshot)', () => {
      const positive = fixtures.find((f) => f.flags.length > 0 && f.lang === rule.languages[0])
      const result = lint(positive!.input, only(rule.id, positive!.lang))
      expect(result.messages[0]).toMatchSnapshot()
    })
  })
}

function checkMessage(message: TemoinMessage, id: string, fixture: Fixture) {
  expect(message.source).toBe('temoin')
  expect(message.ruleId).toBe(id)
  expect(message.url).toBe(`temoin://regles/${id}`)
  expect(message.note, 'a note explains why').toBeTruthy()
  expect(message.reason.length).toBeGreaterThan(10)
  if (fixture.lang === 'fr') {
    expect(message.reason, 'French reasons quote with « »').toMatch(frenchReason)
    expect(message.reason, 'no plain space before a French « : »').not.toMatch(/ [:;!?»]/)
    expect(message.reason.replace(/«[^»]*»/g, ''), 'French apostrophe ’ in our own words').not.toMatch(/\p{L}'\p{L}/u)
  }
  expect(fixture.input.slice(message.place.start.offset, message.place.end.offset)).toBe(message.actual)
}
