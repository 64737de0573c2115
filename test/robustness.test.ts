// The engine with every rule never throws, keeps positions inside the text, and finishes on
// pathological inputs (the bounds are hang detectors, far above the benchmarked times).
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createLinter, lint} from '../src/core/index.js'
import type {LintResult} from '../src/core/types.js'

function checkPositions(text: string, result: LintResult) {
  for (const m of [...result.messages, ...result.configMessages]) {
    expect(m.place.start.offset).toBeGreaterThanOrEqual(0)
    expect(m.place.end.offset).toBeLessThanOrEqual(text.length)
    expect(m.place.start.offset).toBeLessThanOrEqual(m.place.end.offset)
    expect(m.line).toBeGreaterThanOrEqual(1)
    expect(m.column).toBeGreaterThanOrEqual(1)
  }
}

const pieces = ['arnaque', 'escrocs', ' ', '\n', '\n\n', '!!!', 'Mon site est nul.', '# ', '- ', '> ', '**', '_', '`', '[a](b)', '<!--temoin ignore-->', '<!--temoin disable x', '-->', '06 12 34 56 78', 'FR76 3000 6000 0112 3456 7890 189', 'si vous me remboursez', 'je retire mon avis', '« ', ' »', '’', 'é', '\u0000', '\uFFFD', '\u202E', '🙂', 'ﬁ', '\r\n', '|a|b|\n|-|-|', '```\n', '---\n', 'lang: en\n']

describe('robustness with all rules', () => {
  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 400}), (text) => checkPositions(text, lint(text))),
      {numRuns: 300}
    )
  })

  it('never throws on Markdown-like and risky fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 60}), (parts) => {
        const text = parts.join('')
        const result = lint(text)
        checkPositions(text, result)
        expect(createLinter().lint(text)).toEqual(result)
      }),
      {numRuns: 400}
    )
  })

  it('handles empty and non-string input', () => {
    expect(lint('').messages).toEqual([])
    expect(lint(undefined as unknown as string).messages).toEqual([])
    expect(lint(42 as unknown as string).counts.words).toBe(1)
  })

  it('finishes on 1 MB of « ! »', () => {
    const text = '!'.repeat(1_000_000)
    const start = Date.now()
    checkPositions(text, lint(text))
    expect(Date.now() - start).toBeLessThan(30_000)
  })

  it('finishes on a 200 000-character line', () => {
    const text = 'Le contrat est signé et ce sont des escrocs '.repeat(4600).slice(0, 200_000)
    const start = Date.now()
    const result = lint(text)
    checkPositions(text, result)
    expect(result.messages.some((m) => m.ruleId === 'criminal-term')).toBe(true)
    expect(Date.now() - start).toBeLessThan(30_000)
  })

  it('finishes on 10 000 nested list levels', () => {
    const text = Array.from({length: 10_000}, (_, i) => ' '.repeat(i * 2) + '- arnaque').join('\n')
    const start = Date.now()
    checkPositions(text, lint(text))
    const nested = '- '.repeat(10_000) + 'arnaque'
    checkPositions(nested, lint(nested))
    const quotes = '> '.repeat(10_000) + 'arnaque'
    checkPositions(quotes, lint(quotes))
    expect(Date.now() - start).toBeLessThan(60_000)
  })
})
