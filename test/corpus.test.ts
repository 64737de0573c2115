// Precision and recall per category and language on the shared development corpus
// (../shared/corpus/dev.jsonl, scored as its README says). Fails under 0.90 for either, per
// category with positives in that language. The corpus is read, never modified.
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {createLinter} from '../src/core/index.js'
import type {Lang} from '../src/core/types.js'

const CATEGORIES = ['criminal-term', 'insult', 'fact-as-opinion', 'emotion', 'blackmail', 'personal-data', 'recording', 'presumption']
const THRESHOLD = 0.9
const HELDOUT_THRESHOLD = Number(process.env.TEMOIN_HELDOUT_THRESHOLD ?? 0.8)
const PROBE_THRESHOLD = Number(process.env.TEMOIN_PROBE_THRESHOLD ?? 0.8)

interface Item {
  id: string
  lang: Lang
  text: string
  labels: string[]
  spans: string[]
}

function findCorpus(): string | undefined {
  const candidates = [process.env.TEMOIN_CORPUS, path.resolve('../shared/corpus/dev.jsonl'), path.resolve(__dirname, '../../shared/corpus/dev.jsonl')]
  return candidates.find((file) => file && fs.existsSync(file))
}

const corpusFile = findCorpus()
const heldoutFile = path.join(__dirname, 'corpus', 'heldout.jsonl')
const probeFile = path.join(__dirname, 'corpus', 'probe.jsonl')

describe('development corpus', () => {
  it('is present (../shared/corpus/dev.jsonl)', () => {
    expect(corpusFile, 'the shared corpus must sit beside the repository, as in CI').toBeTruthy()
  })

  it('reaches precision and recall ≥ 0.90 for each category in each language', () => {
    const failures = score('dev', corpusFile as string, THRESHOLD)
    expect(failures).toEqual([])
  })
})

// Written blind to the rules (test/corpus/README.md): it measures how the rules generalise.
describe('held-out corpus', () => {
  it(`reaches precision and recall ≥ ${HELDOUT_THRESHOLD} for each category in each language`, () => {
    const failures = score('held-out', heldoutFile, HELDOUT_THRESHOLD)
    expect(failures).toEqual([])
  })
})

// A second blind corpus (test/corpus/PROBE.md), written on 26 November: the rules were then worked
// on with the details of its odd-numbered half only; the even half stays unseen
// (scripts/corpus-report.ts refuses its details) and is reported separately.
describe('probe corpus', () => {
  it(`reaches precision and recall ≥ ${PROBE_THRESHOLD} for each category in each language`, () => {
    const failures = score('probe', probeFile, PROBE_THRESHOLD)
    expect(failures).toEqual([])
  })

  // Per category the unseen half holds 3 to 15 positives: it is checked on all categories together
  // (micro-averaged), per language.
  it(`its unseen even half reaches micro-averaged precision and recall ≥ ${PROBE_THRESHOLD} in each language`, () => {
    const failures = score('probe, even half (unseen)', probeFile, PROBE_THRESHOLD, (item) => Number(item.id.replace(/\D/g, '')) % 2 === 0, true)
    expect(failures).toEqual([])
  })
})

function score(name: string, file: string, threshold: number, keep: (item: Item) => boolean = () => true, micro = false): string[] {
  {
    const items: Item[] = (fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line)) as Item[]).filter(keep)
    const linters = {fr: createLinter({language: 'fr', equality: false}), en: createLinter({language: 'en', equality: false})}
    const predicted = new Map<string, Set<string>>()
    let spanHits = 0
    let spanTotal = 0
    for (const item of items) {
      const result = linters[item.lang].lint(item.text)
      predicted.set(item.id, new Set(result.messages.map((m) => m.ruleId)))
      for (const span of item.spans) {
        const from = item.text.indexOf(span)
        const to = from + span.length
        spanTotal++
        if (result.messages.some((m) => m.place.start.offset < to && m.place.end.offset > from)) spanHits++
      }
    }
    const lines: string[] = [`— ${name} corpus (${items.length} items) —`]
    const failures: string[] = []
    for (const lang of ['fr', 'en', 'all'] as const) {
      const subset = items.filter((item) => lang === 'all' || item.lang === lang)
      const f1s: number[] = []
      const total = {tp: 0, fp: 0, fn: 0}
      for (const category of CATEGORIES) {
        let tp = 0
        let fp = 0
        let fn = 0
        for (const item of subset) {
          const gold = item.labels.includes(category)
          const got = predicted.get(item.id)?.has(category) ?? false
          if (gold && got) tp++
          else if (got) fp++
          else if (gold) fn++
        }
        total.tp += tp
        total.fp += fp
        total.fn += fn
        const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
        const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
        const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
        f1s.push(f1)
        lines.push(`${lang.padEnd(3)} ${category.padEnd(16)} P=${precision.toFixed(2)} R=${recall.toFixed(2)} F1=${f1.toFixed(2)} (tp ${tp} fp ${fp} fn ${fn})`)
        if (!micro && lang !== 'all' && tp + fn > 0 && (precision < threshold || recall < threshold)) failures.push(`${lang} ${category}: P=${precision.toFixed(2)} R=${recall.toFixed(2)}`)
      }
      const microP = total.tp / Math.max(1, total.tp + total.fp)
      const microR = total.tp / Math.max(1, total.tp + total.fn)
      lines.push(`${lang.padEnd(3)} micro-averaged P=${microP.toFixed(2)} R=${microR.toFixed(2)} (tp ${total.tp} fp ${total.fp} fn ${total.fn})`)
      if (micro && lang !== 'all' && (microP < threshold || microR < threshold)) failures.push(`${lang} micro: P=${microP.toFixed(2)} R=${microR.toFixed(2)}`)
      const none = subset.filter((item) => item.labels.length === 0)
      const alarms = none.filter((item) => {
        const got = predicted.get(item.id) ?? new Set()
        return [...got].some((id) => CATEGORIES.includes(id))
      })
      lines.push(`${lang.padEnd(3)} macro-F1 ${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(2)} | false alarms on none: ${alarms.length}/${none.length}`)
    }
    lines.push(`spans overlapped by a message: ${spanHits}/${spanTotal}`)
    console.log(lines.join('\n'))
    // Item details only for the development corpus: the held-out items must stay unseen.
    if (process.env.TEMOIN_CORPUS_DETAILS && name === 'dev') {
      for (const item of items) {
        const got = [...(predicted.get(item.id) ?? [])].filter((id) => CATEGORIES.includes(id)).sort()
        const gold = [...item.labels].sort()
        if (got.join() !== gold.join()) console.log(`${item.id} gold=[${gold}] got=[${got}] ${item.text}`)
      }
    }
    return failures
  }
}
