// Test helpers shared by the blackmail, personal-data and recording unit tests: run one rule through
// the real engine (Markdown → nlcst → rule), independently of the generated registry, and read the
// `@example` fixtures of a rule's JSDoc header (test/fixtures.ts, the reader of test/rules.test.ts).
import fs from 'node:fs'
import path from 'node:path'
import type {Rule} from '../support/define-rule.js'
import {compileLexicon} from '../support/lexicon.js'
import {tokenize} from '../support/text.js'
import {createEngine} from '../../src/core/engine.js'
import type {Lang, TemoinMessage} from '../../src/core/types.js'

export {readFixtures, type Fixture} from '../../test/fixtures.js'

export function linterFor(rule: Rule) {
  const engine = createEngine({rules: [rule]})
  const linters = {
    fr: engine.createLinter({language: 'fr', equality: false}),
    en: engine.createLinter({language: 'en', equality: false})
  }
  return (text: string, lang: Lang): TemoinMessage[] => linters[lang].lint(text).messages.filter((m) => m.ruleId === rule.id)
}

/**
 * Every `match` phrase of a lexicon, instantiated (`a|b` → a, `prefix*` → prefix, `*` → « mot »),
 * must be found by the compiled lexicon from its first word to its last: this catches phrases that
 * tokenise differently from prose (an elided « qu' » written apart, a hyphen). Returns the failures.
 */
export function lexiconMisses(data: unknown, file: string): string[] {
  const lexicon = compileLexicon(data, file)
  const misses: string[] = []
  for (const entry of lexicon.entries) {
    for (const phrase of entry.match) {
      // An elided word (« qu' ») is glued to the next one as in prose (« qu'il »).
      const text = phrase
        .trim()
        .split(/\s+/)
        .map((chunk) => (chunk === '*' ? 'mot' : chunk.includes('|') ? chunk.split('|')[0] : chunk.endsWith('*') ? chunk.slice(0, -1) : chunk))
        .join(' ')
        .replace(/(['’]) /g, '$1')
        .replace(/(['’])$/, '$1il')
      const view = {node: undefined as never, text, offsets: Int32Array.from(text, (_, i) => i), tokens: tokenize(text)}
      const found = lexicon.find(view)
      const end = /['’]il$/.test(text) && !/['’]il$/.test(phrase) ? text.length - 2 : text.length
      if (found.length === 0 || found[0].start !== 0 || found[found.length - 1].end < end) misses.push(`${entry.id}: « ${phrase} »`)
    }
  }
  return misses
}
