import {describe, expect, it} from 'vitest'
import {fileURLToPath} from 'node:url'
import rule from './index.js'
import {rule as emotionRule} from './index.js'
import {corpus, fixtures, linter, score} from '../fact-as-opinion/harness.js'
import fr from './lexicon.fr.yml'
import en from './lexicon.en.yml'

void rule
const lint = linter(emotionRule)

describe('emotion fixtures', () => {
  for (const f of fixtures(fileURLToPath(new URL('./index.ts', import.meta.url)))) {
    it(`${f.lang}: ${f.input}`, () => {
      const messages = lint(f.input, f.lang)
      expect(messages.map((m) => m.actual)).toEqual(f.flags)
      for (const m of messages) {
        expect(m.source).toBe('temoin')
        expect(m.note).toBeTruthy()
      }
    })
  }
})

describe('emotion lexicon frames', () => {
  for (const [lang, data] of [['fr', fr], ['en', en]] as const) {
    for (const entry of data as Array<{id: string; match: string[]; frame: string}>) {
      it(`${lang} ${entry.id}`, () => {
        for (const phrase of entry.match) {
          const literal = phrase.split(/\s+/).map((t) => t.split('|')[0].replace(/\*$/, '')).join(' ')
          const text = entry.frame.replace('{}', literal)
          expect(lint(text, lang).map((m) => m.ruleId), text).toEqual(['emotion'])
        }
      })
    }
  }
})

describe('emotion corpus', () => {
  it('scores the development corpus', () => {
    if (corpus().length === 0) return
    const s = score(emotionRule, 'emotion')
    for (const lang of ['fr', 'en']) {
      console.log(`emotion ${lang} P=${s[lang].p.toFixed(2)} R=${s[lang].r.toFixed(2)} (tp ${s[lang].tp} fp ${s[lang].fp} fn ${s[lang].fn})\n  ${s[lang].misses.join('\n  ')}`)
    }
    expect(s.fr.p).toBeGreaterThanOrEqual(0.9)
    expect(s.fr.r).toBeGreaterThanOrEqual(0.9)
  })
})

describe('emotion with a dictionary', () => {
  it('counts only dictionary words as shouted when a speller is given', async () => {
    const fs = await import('node:fs')
    const {createSpeller} = await import('../../src/core/spell/index.js')
    const {createEngine} = await import('../../src/core/engine.js')
    const file = new URL('../../resources/dict/fr.spell', import.meta.url)
    if (!fs.existsSync(file)) return
    const fr = createSpeller(new Uint8Array(fs.readFileSync(file)))
    const engine = createEngine({rules: [emotionRule]})
    const run = (text: string) =>
      engine.createLinter({language: 'fr'}, {spellers: {fr}}).lint(text).messages.filter((m) => m.ruleId === 'emotion').map((m) => m.actual)
    expect(run('C’est HONTEUX.')).toEqual(['HONTEUX'])
    expect(run('J’ai écrit à ZORBILAX, le loueur.')).toEqual([])
    expect(run('Le SAV et la DGCCRF sont prévenus.')).toEqual([])
  })
})

// A capitalised superlative is both shouting and hyperbole: two findings, each with its own fix.
// (Not a JSDoc fixture: fixing one leaves the other, which the shared "silenced by its own
// suggestions" check would count against it.)
describe('emotion capitalised superlatives', () => {
  it.each([
    ['WORST experience ever.', ['WORST', 'WORST experience ever']],
    ['This was the WORST service I have ever had.', ['the WORST', 'WORST']],
    ['C’est la PIRE agence de la région.', ['la PIRE', 'PIRE']]
  ] as const)('%s', (text, flags) => {
    const lang = /[’é]/.test(text) ? 'fr' : 'en'
    const messages = lint(text, lang)
    expect(messages.map((m) => m.actual).sort()).toEqual([...flags].sort())
    expect(messages.some((m) => m.reason.includes('capital') || m.reason.includes('capitales'))).toBe(true)
  })
})
