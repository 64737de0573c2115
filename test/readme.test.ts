// The README's rule table is generated from the rules' data and must be up to date.
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {withRulesTable} from '../scripts/readme-rules.js'

describe('README', () => {
  it('has the generated rule table (run: node scripts/run-ts.mjs scripts/readme-rules.ts)', () => {
    const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    expect(readme).toBe(withRulesTable(readme))
  })
})
