// The `@example` fixtures of lint-rules/spelling/index.ts (docs double as tests, like the other
// rules in test/rules.test.ts, which skips spelling because it needs the dictionaries), run through
// the engine with the prepared spellers.
import {describe, expect, it} from 'vitest'
import {rules} from '../../lint-rules/index.js'
import {lint} from '../../src/core/index.js'
import type {Lang, LintSettings} from '../../src/core/types.js'
import {readFixtures} from '../fixtures.js'
import {speller} from './helpers.js'

const spellers = {fr: speller('fr'), en: speller('en')}
const only = (lang: Lang): LintSettings => ({
  language: lang,
  equality: false,
  rules: Object.fromEntries(rules.map((r) => [r.id, r.id === 'spelling' ? 'info' : 'off']))
})

describe('spelling fixtures', () => {
  const fixtures = readFixtures('spelling')

  it('cover both languages, with and without findings', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10)
    for (const lang of ['fr', 'en'] as const) {
      expect(fixtures.some((f) => f.lang === lang && f.flags.length > 0)).toBe(true)
      expect(fixtures.some((f) => f.lang === lang && f.flags.length === 0)).toBe(true)
    }
  })

  for (const fixture of fixtures) {
    it(`${fixture.lang}: ${fixture.input.slice(0, 70).replace(/\n/g, '⏎')}`, () => {
      const result = lint(fixture.input, only(fixture.lang), {spellers})
      const own = result.messages.filter((m) => m.ruleId === 'spelling')
      expect(own.map((m) => m.actual)).toEqual(fixture.flags)
      for (const m of own) {
        expect(m.source).toBe('temoin')
        expect(m.severity).toBe('info')
        expect(m.fatal).toBeUndefined()
        expect(fixture.input.slice(m.place.start.offset, m.place.end.offset)).toBe(m.actual)
        expect(m.reason).toMatch(fixture.lang === 'fr' ? /^«\u00a0.+\u00a0» est absent du dictionnaire français\u00a0: .+\u202f; / : /^“.+” is not in the English dictionary: /)
        // Each suggestion is itself a known word: applying it silences the rule there.
        for (const replacement of m.expected ?? []) {
          const fixed = fixture.input.slice(0, m.place.start.offset) + replacement + fixture.input.slice(m.place.end.offset)
          const again = lint(fixed, only(fixture.lang), {spellers}).messages.filter(
            (x) => x.ruleId === 'spelling' && x.place.start.offset === m.place.start.offset
          )
          expect(again.map((x) => x.actual), fixed).toEqual([])
        }
      }
    })
  }

  it('without spellers (CLI without --spell), spelling does not run', () => {
    expect(lint('Cette agense ne m’a jamais répondu.', only('fr')).messages.filter((m) => m.ruleId === 'spelling')).toEqual([])
  })
})
