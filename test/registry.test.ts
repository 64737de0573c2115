// The rule registry matches the rule folders and the public rule ids of issue 2.
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../lint-rules/index.js'
import {RULE_IDS} from '../src/core/types.js'
// @ts-expect-error plain ESM script without types
import {registrySource} from '../scripts/generate-registry.mjs'

describe('rule registry', () => {
  it('is the generated file', () => {
    expect(fs.readFileSync(new URL('../lint-rules/index.ts', import.meta.url), 'utf8')).toBe(registrySource())
  })

  it('has exactly the public rule ids', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual([...RULE_IDS].sort())
  })

  it('gives every rule titles and summaries in French and English', () => {
    for (const rule of rules) {
      expect(rule.title.fr && rule.title.en && rule.summary.fr && rule.summary.en, rule.id).toBeTruthy()
      expect(['error', 'warning', 'info']).toContain(rule.severity)
    }
  })
})
