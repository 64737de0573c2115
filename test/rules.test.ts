// Runs the `@example` fixtures of every rule's JSDoc (docs double as tests, as in remark-lint),
// checks the message conventions, that applying a rule's own suggestion silences it, and keeps a
// full-JSON snapshot of one message per rule.
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../lint-rules/index.js'
import {lint} from '../src/core/index.js'
import type {Lang, LintSettings, TemoinMessage} from '../src/core/types.js'
import {parseFixtures, readFixtures, type Fixture} from './fixtures.js'

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
