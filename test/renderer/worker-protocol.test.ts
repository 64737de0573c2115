// The editor ↔ worker protocol: edits instead of whole texts, packed lint results. Both sides run
// here in one process; the lint result comes from the real engine on an invented draft.
import {describe, expect, it} from 'vitest'
import {createLinter} from '../../src/core/index'
import {createPacker, createUnpacker} from '../../src/renderer/workers/protocol'
import {applyTextEdit, textEdit} from '../../src/renderer/workers/text-edit'

describe('text edits', () => {
  const cases: [string, string][] = [
    ['Le gérant est un escroc.', 'Le gérant est un escroc notoire.'],
    ['Le gérant est un escroc.', 'Le gérant est escroc.'],
    ['aaa', 'aaaa'],
    ['abc', 'xyz'],
    ['', 'Texte neuf.'],
    ['Texte ancien.', ''],
    ['même texte', 'même texte'],
    ['Émoji 👍 ici', 'Émoji 👎 ici'],
    ['ligne 1\nligne 2\n', 'ligne 1\nligne 1bis\nligne 2\n']
  ]
  it.each(cases)('turn %j into %j', (prev, next) => {
    const edit = textEdit(prev, next)
    expect(applyTextEdit(prev, edit)).toBe(next)
    // Only what changed travels: the edit is never longer than the new text.
    expect(edit.insert.length).toBeLessThanOrEqual(next.length)
  })

  it('long texts: edits near the start, the middle, the end, across blocks', () => {
    const base = Array.from({length: 2000}, (_, i) => `Ligne ${i} du témoignage.`).join('\n')
    for (const at of [0, 1, 255, 256, 257, 10_000, base.length - 300, base.length - 1, base.length]) {
      for (const [cut, insert] of [[0, 'é'], [3, ''], [600, 'bloc remplacé'], [0, 'x'.repeat(700)]] as const) {
        const next = base.slice(0, at) + insert + base.slice(Math.min(base.length, at + cut))
        expect(applyTextEdit(base, textEdit(base, next))).toBe(next)
      }
    }
  })

  it('a typed character travels alone', () => {
    const prev = 'x'.repeat(60_000)
    const next = prev.slice(0, 30_000) + 'é' + prev.slice(30_000)
    expect(textEdit(prev, next)).toEqual({from: 30_000, to: 30_000, insert: 'é', length: 60_001})
  })

  it('an edit that does not fit the text is refused (out of sync)', () => {
    const edit = textEdit('Un texte.', 'Un autre texte.')
    expect(applyTextEdit('Un texte plus long.', edit)).toBeNull()
    expect(applyTextEdit('Un', edit)).toBeNull()
  })
})

describe('packed lint results', () => {
  const draft = [
    'Le 3 mars 2023, la société Agence Exemple a livré un site. Ce sont des escrocs !!!',
    '',
    'Mon site est merdique. Il paraît que la société aurait trompé d’autres commerçants.'
  ].join('\n')

  it('unpack what was packed: the same result, content sent once', () => {
    const linter = createLinter()
    const pack = createPacker()
    const unpack = createUnpacker()
    const first = linter.lint(draft)
    expect(first.messages.length).toBeGreaterThan(2)
    const p1 = pack(first)
    expect(unpack(p1)).toEqual(first)
    expect(p1.contents.length).toBeGreaterThan(0)
    // The same findings, moved by an edit before them: positions change, no content is resent.
    const moved = 'Bonjour.\n\n' + draft
    const second = linter.lint(moved)
    const p2 = pack(second)
    expect(p2.contents).toEqual([])
    expect(unpack(p2)).toEqual(second)
    // A new finding sends its content only.
    const third = linter.lint(moved + '\n\nCe sont des voleurs.')
    const p3 = pack(third)
    expect(p3.contents.length).toBeGreaterThan(0)
    expect(p3.contents.length).toBeLessThan(third.messages.length)
    expect(unpack(p3)).toEqual(third)
    // A finding added before the others (every index moves by one), then one reworded in the middle.
    const fourth = linter.lint('Ce sont des voleurs.\n\n' + moved)
    const p4 = pack(fourth)
    expect(p4.contents.length).toBeLessThan(fourth.messages.length)
    expect(unpack(p4)).toEqual(fourth)
    const fifth = linter.lint('Ce sont des voleurs.\n\n' + moved.replace('escrocs', 'bandits'))
    expect(unpack(pack(fifth))).toEqual(fifth)
    expect(unpack(pack(first))).toEqual(first)
  })

  it('a full table starts over on both sides', () => {
    const linter = createLinter()
    const pack = createPacker(1)
    const unpack = createUnpacker()
    const a = linter.lint(draft)
    expect(unpack(pack(a))).toEqual(a)
    const b = linter.lint(draft + ' Encore des escrocs.')
    const pb = pack(b)
    expect(pb.reset).toBe(true)
    expect(unpack(pb)).toEqual(b)
    // Content ids the renderer never received are an error, not a wrong message.
    const packer = createPacker()
    packer(a)
    expect(() => createUnpacker()(packer(a))).toThrow(/unknown message content/)
  })
})
