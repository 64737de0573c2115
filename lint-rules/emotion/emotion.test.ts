import {describe, expect, it} from 'vitest'
import rule from './index.js'
import {rule as emotionRule} from './index.js'
import {corpusSuite, fixtureSuite, frameSuite, linter} from '../fact-as-opinion/harness.js'
import fr from './lexicon.fr.yml'
import en from './lexicon.en.yml'

void rule
const lint = linter(emotionRule)

fixtureSuite(emotionRule, new URL('./index.ts', import.meta.url))
frameSuite(emotionRule, {fr, en})
corpusSuite(emotionRule)

describe('emotion with a dictionary', () => {
  it('counts only dictionary words as shouted when a speller is given', async () => {
    const fs = await import('node:fs')
    const {createSpeller} = await import('../../src/core/spell/index.js')
    const {createEngine} = await import('../../src/core/engine.js')
    const file = new URL('../../resources/dict/fr.spell', import.meta.url)
    expect(fs.existsSync(file), 'resources/dict/fr.spell is committed').toBe(true)
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
