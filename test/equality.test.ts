// src/core/equality.ts is a port of retext-equality's transformer with a precomputed phrase index.
// These tests run both on the same nlcst trees (parse-english for plain text, mdast-util-to-nlcst
// for Markdown, as the engine does) and require identical messages, in the same order.
import fc from 'fast-check'
import type {Root as MdastRoot} from 'mdast'
import {toNlcst} from 'mdast-util-to-nlcst'
import type {Node as NlcstNode, Root as NlcstRoot} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import remarkParse from 'remark-parse'
import retextEquality from 'retext-equality'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it, onTestFinished} from 'vitest'
import {patterns} from '../node_modules/retext-equality/lib/patterns-en.js'
import {createEquality, type EqualityOptions, type EqualityTransform} from '../src/core/equality.js'

const parser = new ParseEnglish()
const markdown = unified().use(remarkParse)

type Mode = 'plain' | 'markdown'

function parse(text: string, mode: Mode): {tree: NlcstRoot; file: () => VFile} {
  const file = () => new VFile({value: text, path: 'corpus.md'})
  if (mode === 'plain') return {tree: parser.parse(text) as NlcstRoot, file}
  const mdast = markdown.parse(text) as MdastRoot
  // parse-english ships its own copy of @types/nlcst: same shapes, distinct declarations.
  const tree = toNlcst(mdast, file(), parser as unknown as Parameters<typeof toNlcst>[2], {ignore: ['code', 'html'], source: ['inlineCode']}) as NlcstRoot
  return {tree, file}
}

function original(options: EqualityOptions | undefined): EqualityTransform {
  const attacher = retextEquality as unknown as (this: unknown, options: unknown) => EqualityTransform
  return attacher.call(undefined, options)
}

/** Every own field of the messages (stack excepted), ancestors as preorder indexes in the tree. */
function snapshot(messages: VFileMessage[], tree: NlcstRoot) {
  const ids = new Map<NlcstNode, number>()
  const walk = (node: NlcstNode) => {
    ids.set(node, ids.size)
    if ('children' in node) for (const child of node.children as NlcstNode[]) walk(child)
  }
  walk(tree)
  return messages.map((message) => {
    const {stack: _stack, ancestors, ...rest} = {...message}
    return {
      ...rest,
      reason: message.reason,
      message: message.message,
      ancestors: ancestors?.map((node) => ids.get(node as NlcstNode) ?? -1)
    }
  })
}

function compare(text: string, mode: Mode, ours: EqualityTransform, theirs: EqualityTransform, parsed = parse(text, mode)) {
  const {tree, file} = parsed
  const a = file()
  theirs(tree, a)
  const b = file()
  ours(tree, b)
  return {expected: snapshot(a.messages, tree), actual: snapshot(b.messages, tree)}
}

const optionSets: Array<{name: string; options: EqualityOptions | undefined}> = [
  {name: 'no options', options: undefined},
  {name: 'binary', options: {binary: true}},
  {name: 'ignore', options: {ignore: ['he', 'she', 'actress', 'chairman', 'master', 'slave', 'make * great again', 'mrs.', "he'll"]}},
  {name: 'ignore + binary', options: {ignore: ['he', 'his', 'chairmen', 'Gipsy', 'front men, frontmen'], binary: true}}
]

const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1)
const fill = (phrase: string, n: number) => phrase.replace(/\*/g, () => ['blue', 'their', 'this town', 'the'][n++ % 4])

const phrases = patterns.flatMap((pattern) => Object.keys(pattern.inconsiderate).map((phrase) => ({phrase, pattern})))

/** Sentences around every inconsiderate phrase: plain, capitalised, upper case, quoted, between dashes… */
function phraseSentences(phrase: string, n: number): string[] {
  const p = fill(phrase, n)
  return [
    `The ${p} arrived early this morning.`,
    `${capitalize(p)} is what they said, twice.`,
    `We asked the ${p.toUpperCase()} and then we left.`,
    `She wrote the word “${p}” on the board.`,
    `Nothing - ${p} - was said; ${p}: that was all.`,
    `Then (${p}) and '${p}' and "${p}" again.`,
    `${p}: the first word of a sentence, and the ${p}’s coat.`
  ]
}

/** Pairs for `or` patterns: “he or she”, “actors and actresses”, “him/her”, reversed, separated… */
function pairSentences(): string[] {
  const out: string[] = []
  for (const pattern of patterns) {
    if (pattern.type !== 'or') continue
    const list = Object.keys(pattern.inconsiderate).map((phrase, n) => fill(phrase, n))
    for (let i = 0; i + 1 < list.length; i++) {
      const [a, b] = [list[i], list[i + 1]]
      out.push(
        `Every ${a} or ${b} may apply.`,
        `${capitalize(b)} and ${a} came along.`,
        `The ${a}/${b} list, the ${a} / ${b} list.`,
        `A ${a}, a ${b} and a ${a} and a sandwich ${b}.`,
        `The ${a} then the ${b} left.`,
        `${a} and/or ${b} or ${a}.`
      )
    }
  }
  return out
}

const plainProse = [
  'The committee met on a rainy Tuesday to discuss the new library hours.',
  'Residents asked whether the bridge would reopen before the winter market.',
  'Nobody expected the report to run to forty pages, yet it did.',
  'Our neighbour planted tomatoes, beans and a row of sunflowers along the fence.',
  'The council published the minutes a week later, with two corrections.',
  'A volunteer counted the birds at dawn and wrote the totals on a card.'
]

const tricky = [
  'He or she should answer. He and she answered. She or he left. Him or her? His or her book, his/her book.',
  "He'll go and she'll stay. She's here, he's there. He'd know; she'd know. Hell is other people.",
  'HE SAID SHE WAS LATE. he said she was late. He—she—they.',
  'Actors and actresses, actresses and actors, actor/actress, the actor or the actress.',
  'The chairman and the chairwoman. The Chairman. CHAIRMAN. chair-man. chairmen.',
  'Gipsy music. gipsy music. GIPSY music. The word “Gipsy” is quoted. Indian country, indian country.',
  'She suffers from MD. She suffers from md. He was afflicted with MD.',
  'The master and the slave. Master/slave replication. “master” and “slave” as literals.',
  'Make America great again. Make this town great again. Make the old town great again.',
  'The father of modern art. Father of the bride.',
  'Mrs. Smith and Miss. Jones met Mr. Doe. A.D.D. and a.d.h.d. and O.C.D. listed.',
  'Front men, frontmen and front women, frontwomen: all of them.',
  'Garbagemen and garbagewomen, garbagemen or garbagewomen, the garbageman.',
  'Him, her. Her and him. Her, or him. Herself and himself. Himself or herself.'
]

const markdownCorpus = [
  '# The chairman speaks\n\nThe *chairman* and **the actress** met `the actress` at [the master](https://example.org).\n',
  '- he or she\n- him and her\n- the *he* or *she*\n\n> She’ll know; he’ll see.\n',
  'Text with <span>chairman</span> html and a [link to the actress](https://example.org "the actor").\n\n    code block: chairman\n',
  '1. **Actors** and _actresses_\n2. The Gipsy band\n\n| chairman | actress |\n| --- | --- |\n| he | she |\n'
]

function paragraphs(sentences: string[], perParagraph: number): string {
  const out: string[] = []
  for (let i = 0; i < sentences.length; i += perParagraph) out.push(sentences.slice(i, i + perParagraph).join(' '))
  return out.join('\n\n')
}

function corpus(): string[] {
  // Every phrase in the plain template and in two of the others (rotating, so each template meets
  // every kind of phrase over the corpus).
  const sentences = phrases.flatMap(({phrase}, n) => {
    const all = phraseSentences(phrase, n)
    return [all[0], all[1 + (n % 6)], all[1 + ((n + 3) % 6)]]
  })
  const mixed: string[] = []
  sentences.forEach((sentence, n) => {
    mixed.push(sentence)
    if (n % 5 === 0) mixed.push(plainProse[n % plainProse.length])
  })
  // Long paragraphs: retext-equality's own cost is per paragraph (it re-indexes every phrase).
  return [paragraphs(mixed, 30), paragraphs(pairSentences(), 12), tricky.join('\n\n'), plainProse.join(' ')]
}

// A phrase containing a comma (`front men, frontmen`) is one search word `men,` that no WordNode
// normalises to: patterns made only of such phrases can never match, in retext-equality either.
const unmatchable = patterns
  .filter((pattern) => Object.keys(pattern.inconsiderate).every((phrase) => phrase.includes(',')))
  .map((pattern) => pattern.id)

describe('createEquality (port of retext-equality with a precomputed index)', () => {
  const texts = corpus()
  // Trees are parsed once: neither transformer mutates them.
  const trees = new Map<string, ReturnType<typeof parse>>()
  const parsed = (text: string, mode: Mode) => {
    const key = mode + '\0' + text
    let value = trees.get(key)
    if (!value) trees.set(key, (value = parse(text, mode)))
    return value
  }

  for (const {name, options} of optionSets) {
    it(`gives retext-equality's messages on the generated corpus (${name})`, () => {
      const ours = createEquality(options)
      const theirs = original(options)
      // Tens of thousands of VFileMessages (Error subclasses): capturing their stacks, which are not
      // compared, would dominate the run time.
      const stackTraceLimit = Error.stackTraceLimit
      Error.stackTraceLimit = 0
      onTestFinished(() => {
        Error.stackTraceLimit = stackTraceLimit
      })
      let total = 0
      const flagged = new Set<string>()
      for (const text of texts) {
        for (const mode of ['plain', 'markdown'] as const) {
          const {expected, actual} = compare(text, mode, ours, theirs, parsed(text, mode))
          expect(actual).toStrictEqual(expected)
          total += expected.length
          for (const message of expected) flagged.add(String(message.ruleId))
        }
      }
      for (const text of markdownCorpus) {
        const {expected, actual} = compare(text, 'markdown', ours, theirs, parsed(text, 'markdown'))
        expect(actual).toStrictEqual(expected)
        total += expected.length
      }
      // The corpus exercises every pattern (not a vacuous comparison).
      const missing = patterns.map((pattern) => pattern.id).filter((id) => !flagged.has(id))
      console.log(`[equality] ${name}: ${total} identical messages, ${flagged.size}/${patterns.length} patterns flagged`)
      expect(total).toBeGreaterThan(5000)
      expect(unmatchable.length).toBeLessThan(5)
      if (options?.ignore === undefined) expect(missing).toEqual(unmatchable)
    })
  }

  it('agrees on random token soups (fast-check)', () => {
    const vocabulary = [
      ...new Set(phrases.flatMap(({phrase}) => phrase.split(' ')).filter((word) => word !== '*'))
    ].slice(0, 400)
    const glue = ['and', 'or', 'and/or', '/', ',', '.', ';', ':', '-', '—', '“', '”', '"', "'", '(', ')', 'the', 'sandwich', 'He', 'SHE', "he's", 'she’ll', 'her', 'him', 'make', 'great', 'again', 'of', 'MD', 'Gipsy', 'blue']
    const token = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(...glue))
    const separator = fc.constantFrom(' ', ' ', ' ', '  ', '', '\n', '. ', '\n\n')
    const text = fc.array(fc.tuple(token, separator), {minLength: 1, maxLength: 40}).map((parts) => parts.map(([t, s]) => t + s).join(''))
    const transforms = optionSets.map(({options}) => ({ours: createEquality(options), theirs: original(options)}))
    let flaggedRuns = 0
    fc.assert(
      fc.property(text, fc.nat(optionSets.length - 1), fc.boolean(), (value, which, md) => {
        const {ours, theirs} = transforms[which]
        const {expected, actual} = compare(value, md ? 'markdown' : 'plain', ours, theirs)
        expect(actual).toStrictEqual(expected)
        if (expected.length > 0) flaggedRuns++
      }),
      {numRuns: 600, seed: 20261126}
    )
    expect(flaggedRuns).toBeGreaterThan(300)
  })

  it('keeps the documented behaviours (binary, ignore, literals, case, apostrophes)', () => {
    const run = (text: string, options?: EqualityOptions) => {
      const {tree, file} = parse(text, 'plain')
      const vfile = file()
      createEquality(options)(tree, vfile)
      return vfile.messages.map((m) => ({ruleId: m.ruleId, actual: m.actual, expected: m.expected, start: m.place && 'start' in m.place ? m.place.start.offset : undefined}))
    }
    expect(run('He or she should answer.').map((m) => m.actual)).toEqual(['He', 'she'])
    expect(run('He or she should answer.', {binary: true})).toEqual([])
    expect(run('He or she should answer.', {ignore: ['he']}).map((m) => m.actual)).toEqual(['she'])
    expect(run('The word “chairman” is quoted.')).toEqual([])
    const chair = patterns.find((pattern) => pattern.id === 'chairman-chairwoman')!
    expect(run('The Chairman spoke.')).toEqual([
      {ruleId: 'chairman-chairwoman', actual: 'Chairman', expected: Object.keys(chair.considerate!).map(capitalize), start: 4}
    ])
    expect(run('the chairman spoke.')[0].expected).toEqual(Object.keys(chair.considerate!))
    expect(run('Gipsy music and gipsy music.').map((m) => m.actual)).toEqual(['Gipsy'])
    expect(run("He'll come.").map((m) => m.actual)).toEqual(["He'll"])
    expect(run('Hell is empty.')).toEqual([])
    expect(run('Make this town great again.').map((m) => m.ruleId)).toEqual(['make-*-great-again'])
  })

  it('prints a micro-benchmark on a 2 000-word document (not asserted on time)', () => {
    const prose = [...plainProse, 'The chairman said he would help.', 'Every actor and actress rehearsed all week.']
    const words: string[] = []
    const paras: string[] = []
    let n = 0
    while (words.length < 2000) {
      const para: string[] = []
      for (let i = 0; i < 6; i++) para.push(prose[n++ % prose.length])
      paras.push(para.join(' '))
      words.push(...para.join(' ').split(/\s+/))
    }
    const text = paras.join('\n\n')
    const wordCount = text.split(/\s+/).length
    const builds: number[] = []
    for (let i = 0; i < 10; i++) {
      const start = performance.now()
      createEquality(undefined)
      builds.push(performance.now() - start)
    }
    const ours = createEquality(undefined)
    const theirs = original(undefined)
    const {tree, file} = parse(text, 'markdown')
    const time = (transform: EqualityTransform) => {
      const start = performance.now()
      transform(tree, file())
      return performance.now() - start
    }
    const parseTime = () => {
      const start = performance.now()
      parse(text, 'markdown')
      return performance.now() - start
    }
    for (let i = 0; i < 5; i++) {
      time(ours)
      time(theirs)
      parseTime()
    }
    const a: number[] = []
    const b: number[] = []
    const p: number[] = []
    for (let i = 0; i < 30; i++) {
      b.push(time(theirs))
      a.push(time(ours))
      p.push(parseTime())
    }
    const median = (list: number[]) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)]
    // Minimum and median of 30 interleaved runs: the minimum is the least disturbed by other load.
    const show = (list: number[]) => `${Math.min(...list).toFixed(2)} / ${median(list).toFixed(2)} ms`
    console.log(
      `[equality bench] ${wordCount} words, ${paras.length} paragraphs (min / median): retext-equality ${show(b)}, ` +
        `createEquality ${show(a)} (×${(Math.min(...b) / Math.min(...a)).toFixed(1)} / ×${(median(b) / median(a)).toFixed(1)} faster), ` +
        `markdown→nlcst parse ${show(p)}, index build (once per options) ${show(builds)}`
    )
    // Same output on the benchmark document too.
    const {expected, actual} = compare(text, 'markdown', ours, theirs)
    expect(actual).toStrictEqual(expected)
    expect(expected.length).toBeGreaterThan(0)
  })
})
