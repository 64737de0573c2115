// Test helpers for the judgement rules (fact-as-opinion, insult, emotion): run the JSDoc
// @example fixtures of a rule through the real engine with only that rule on, and score the
// development corpus for one category. Test-only (uses node:fs).
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {createEngine} from '../../src/core/engine.js'
import type {Rule} from '../support/define-rule.js'
import type {Lang, TemoinMessage} from '../../src/core/types.js'
import {parseFixtures, type Fixture} from '../../test/fixtures.js'

export type {Fixture} from '../../test/fixtures.js'

/** The `@example` blocks of a rule's JSDoc header (test/fixtures.ts, the reader of test/rules.test.ts). */
export function fixtures(indexFile: string): Fixture[] {
  return parseFixtures(fs.readFileSync(indexFile, 'utf8'), indexFile)
}

export function linter(rule: Rule) {
  const engine = createEngine({rules: [rule]})
  return (text: string, lang: Lang): TemoinMessage[] =>
    engine.createLinter({language: lang}).lint(text).messages.filter((m) => m.ruleId === rule.id)
}

export interface CorpusItem {
  id: string
  lang: Lang
  text: string
  labels: string[]
  spans: string[]
}

export function corpus(): CorpusItem[] {
  const file = new URL('../../../shared/corpus/dev.jsonl', import.meta.url)
  if (!fs.existsSync(file)) return []
  return fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as CorpusItem)
}

/** Precision/recall of one rule against one corpus category, per language, with the misses. */
export function score(rule: Rule, category: string) {
  const lint = linter(rule)
  const out: Record<string, {tp: number; fp: number; fn: number; p: number; r: number; misses: string[]}> = {}
  for (const lang of ['fr', 'en'] as const) {
    let tp = 0
    let fp = 0
    let fn = 0
    const misses: string[] = []
    for (const item of corpus().filter((i) => i.lang === lang)) {
      const gold = item.labels.includes(category)
      const messages = lint(item.text, lang)
      const raised = messages.length > 0
      if (gold && raised) tp++
      if (!gold && raised) {
        fp++
        misses.push(`FP ${item.id} ${item.text} → ${messages.map((m) => m.actual).join(' | ')}`)
      }
      if (gold && !raised) {
        fn++
        misses.push(`FN ${item.id} ${item.text}`)
      }
    }
    out[lang] = {tp, fp, fn, p: tp / (tp + fp) || 0, r: tp / (tp + fn) || 0, misses}
  }
  return out
}

/** The rule's JSDoc fixtures through the engine; `extra` adds checks per message. */
export function fixtureSuite(rule: Rule, indexUrl: URL, extra?: (message: TemoinMessage) => void): void {
  const lint = linter(rule)
  describe(`${rule.id} fixtures`, () => {
    for (const f of fixtures(fileURLToPath(indexUrl))) {
      it(`${f.lang}: ${f.input}`, () => {
        const messages = lint(f.input, f.lang)
        expect(messages.map((m) => m.actual)).toEqual(f.flags)
        for (const m of messages) {
          expect(m.source).toBe('temoin')
          expect(m.note).toBeTruthy()
          extra?.(m)
        }
      })
    }
  })
}

/** Every lexicon phrase, put in its entry's `frame` sentence, fires the rule (and only it). */
export function frameSuite(rule: Rule, lexicons: {fr: unknown; en: unknown}): void {
  const lint = linter(rule)
  describe(`${rule.id} lexicon frames`, () => {
    for (const [lang, data] of [['fr', lexicons.fr], ['en', lexicons.en]] as const) {
      for (const entry of data as Array<{id: string; match: string[]; frame: string}>) {
        it(`${lang} ${entry.id}`, () => {
          for (const phrase of entry.match) {
            const literal = phrase.split(/\s+/).map((t) => t.split('|')[0].replace(/\*$/, '')).join(' ')
            const text = entry.frame.replace('{}', literal)
            expect(lint(text, lang).map((m) => m.ruleId), text).toEqual([rule.id])
          }
        })
      }
    }
  })
}

/** The rule alone on its development-corpus category: French precision and recall ≥ 0.90. */
export function corpusSuite(rule: Rule): void {
  describe(`${rule.id} corpus`, () => {
    it('scores the development corpus', () => {
      expect(corpus().length, 'the shared corpus ../shared/corpus/dev.jsonl must be present').toBeGreaterThan(0)
      const s = score(rule, rule.id)
      for (const lang of ['fr', 'en']) {
        console.log(`${rule.id} ${lang} P=${s[lang].p.toFixed(2)} R=${s[lang].r.toFixed(2)} (tp ${s[lang].tp} fp ${s[lang].fp} fn ${s[lang].fn})\n  ${s[lang].misses.join('\n  ')}`)
      }
      expect(s.fr.p).toBeGreaterThanOrEqual(0.9)
      expect(s.fr.r).toBeGreaterThanOrEqual(0.9)
    })
  })
}
