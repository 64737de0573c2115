// Every lexicon of every rule: it compiles, and each alternative of each `match` phrase can fire —
// a phrase built from it (`*` → a word, `prefix*` → the prefix, `a|b|c` → each alternative in turn)
// is found by a lexicon holding only that entry. An alternative written with a space, a hyphen or
// an apostrophe inside (« grand-père », « d'ici », "'d") splits into several tokens and could never
// match a token: it must be written as a phrase of its own.
import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import {describe, expect, it} from 'vitest'
import {compileLexicon, type LexiconEntry} from '../lint-rules/support/lexicon.js'
import {tokenize} from '../lint-rules/support/text.js'
import type {TextView} from '../lint-rules/support/view.js'

const root = path.join(__dirname, '..', 'lint-rules')
// Files that are not lexicons of `{id, match}` entries (lists of words read by the rule itself).
const notLexicons = new Set(['personal-data/role-addresses.yml'])

/** The lexicons in a YAML file: a list of entries, or a map of lists (culprit.yml: {fr: [], en: []}). */
function lexiconsOf(data: unknown): Array<[string, LexiconEntry[]]> {
  if (Array.isArray(data)) return [['', data as LexiconEntry[]]]
  if (data && typeof data === 'object') return Object.entries(data).filter(([, v]) => Array.isArray(v)) as Array<[string, LexiconEntry[]]>
  return []
}

function viewOf(text: string): TextView {
  const offsets = new Int32Array(text.length)
  for (let i = 0; i < text.length; i++) offsets[i] = i
  return {node: {type: 'SentenceNode', children: []}, text, offsets, tokens: tokenize(text)}
}

interface Slot {
  choices: string[]
  /** An alternative keeps its apostrophe (« qu' » matches the token of « qu'il »): written against the next word. */
  elides: boolean
}

/** Texts that exercise each alternative of a phrase at least once. */
function probes(phrase: string): string[] {
  const slots: Slot[] = phrase.trim().split(/\s+/).map((raw) => {
    if (raw === '*') return {choices: ['mot'], elides: false}
    if (raw.includes('|')) return {choices: raw.split('|'), elides: true}
    if (raw.endsWith('*')) return {choices: [raw.slice(0, -1)], elides: false}
    return {choices: [raw], elides: false}
  })
  const texts: string[] = []
  slots.forEach((slot, at) => {
    for (const choice of slot.choices) {
      const words = slots.map((s, i) => (i === at ? choice : s.choices[0]))
      let text = ''
      words.forEach((word, i) => {
        const glued = i > 0 && slots[i - 1].elides && /['’]$/.test(words[i - 1])
        text += i === 0 || glued ? word : ` ${word}`
      })
      // A phrase ending on an elided alternative (« tant qu' »): in prose a word follows it.
      if (slots[slots.length - 1].elides && /['’]$/.test(words[words.length - 1])) text += 'il'
      texts.push(text)
    }
  })
  return [...new Set(texts)]
}

// A French elided word written as a plain word of a phrase (« ce n' est ») loses its apostrophe when
// the phrase is tokenised, while in prose (« n'est ») the token keeps it: the phrase never matches.
const lonelyElision = /^(?:[a-zà-ÿ]|qu|lorsqu|puisqu|jusqu|quoiqu|presqu)['’]$/i

const files = fs
  .readdirSync(root)
  .filter((dir) => fs.statSync(path.join(root, dir)).isDirectory())
  .flatMap((dir) => fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.yml')).map((f) => `${dir}/${f}`))
  .filter((file) => !notLexicons.has(file))

describe('lexicons', () => {
  it('are found (the check below has something to check)', () => {
    expect(files.length).toBeGreaterThanOrEqual(18)
  })

  for (const file of files) {
    it(`${file}: compiles, and every alternative of every phrase can match`, () => {
      const data = YAML.parse(fs.readFileSync(path.join(root, file), 'utf8'))
      const lexicons = lexiconsOf(data)
      expect(lexicons.length, 'a lexicon is a list of entries').toBeGreaterThan(0)
      const dead: string[] = []
      for (const [section, entries] of lexicons) {
        compileLexicon(entries, `${file}${section ? `#${section}` : ''}`)
        for (const entry of entries) {
          // Each entry on its own, without its exceptions (they cancel matches on purpose).
          const alone = compileLexicon([{...entry, except: undefined}], file)
          for (const phrase of entry.match) {
            for (const word of phrase.trim().split(/\s+/)) if (lonelyElision.test(word)) dead.push(`${entry.id}: elided « ${word} » written as a word of its own in « ${phrase} » (write « ${word.slice(0, -1)}'|${word.slice(0, -1)}’ »)`)
            for (const text of probes(phrase)) {
              const matches = alone.find(viewOf(text))
              if (!matches.some((m) => m.from === 0)) dead.push(`${entry.id}: « ${text} » (from « ${phrase} »)`)
            }
          }
        }
      }
      expect(dead, 'alternatives that can never match (write them as phrases of their own)').toEqual([])
    })
  }

  // Suggestions are shown in the messages between « » (where the typography pass leaves the text as
  // it is, since it is usually the writer's own) and inserted by the quick fixes: French ones are
  // written with the typographic apostrophe.
  it('French suggestions use the typographic apostrophe', () => {
    const straight: string[] = []
    for (const file of files.filter((f) => /\.fr\.yml$|\/culprit\.yml$/.test(f))) {
      const data = YAML.parse(fs.readFileSync(path.join(root, file), 'utf8'))
      const lexicons = /\.fr\.yml$/.test(file) ? lexiconsOf(data) : lexiconsOf(data).filter(([section]) => section === 'fr')
      for (const [, entries] of lexicons)
        for (const entry of entries) for (const suggestion of entry.suggest ?? []) if (suggestion.includes("'")) straight.push(`${file}: ${entry.id}: « ${suggestion} »`)
    }
    expect(straight).toEqual([])
  })
})
