// Precision and recall per category and language on a labelled corpus (schema of
// ../shared/corpus/README.md), with the misses listed on request.
//   node scripts/run-ts.mjs scripts/corpus-report.ts FILE [--half odd|even] [--details]
// The probe corpus (test/corpus/probe.jsonl) is split in two halves by id parity: rules may be
// worked on with the odd half's details; the even half stays unseen and measures generalisation,
// so --details is refused for it (and for the held-out corpus).
import fs from 'node:fs'
import path from 'node:path'
import {createLinter} from '../src/core/index.js'
import type {Lang} from '../src/core/types.js'

const CATEGORIES = ['criminal-term', 'insult', 'fact-as-opinion', 'emotion', 'blackmail', 'personal-data', 'recording', 'presumption']
const args = process.argv.slice(2)
const file = args.find((arg) => !arg.startsWith('--'))
const halfAt = args.indexOf('--half')
const half = halfAt === -1 ? 'all' : args[halfAt + 1]
const details = args.includes('--details')
if (!file || !['odd', 'even', 'all'].includes(half)) {
  console.error('usage: corpus-report.ts FILE [--half odd|even] [--details]')
  process.exit(2)
}
if (details && (path.basename(file) === 'heldout.jsonl' || half === 'even' || (half === 'all' && path.basename(file) === 'probe.jsonl'))) {
  console.error('--details only for the development corpus or the odd half of the probe: the rest must stay unseen')
  process.exit(2)
}

interface Item {
  id: string
  lang: Lang
  text: string
  labels: string[]
  spans: string[]
  note?: string
}
const items = (fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line)) as Item[]).filter((item) => {
  if (half === 'all') return true
  const number = Number(item.id.replace(/\D/g, ''))
  return half === 'odd' ? number % 2 === 1 : number % 2 === 0
})
const linters = {fr: createLinter({language: 'fr', equality: false}), en: createLinter({language: 'en', equality: false})}
const stats = new Map<string, {tp: number; fp: number; fn: number}>()
const misses: string[] = []
for (const item of items) {
  const result = linters[item.lang].lint(item.text)
  const got = new Set(result.messages.map((m) => m.ruleId).filter((id) => CATEGORIES.includes(id)))
  for (const category of CATEGORIES) {
    const key = `${item.lang} ${category}`
    const s = stats.get(key) ?? {tp: 0, fp: 0, fn: 0}
    stats.set(key, s)
    const gold = item.labels.includes(category)
    const predicted = got.has(category)
    if (gold && predicted) s.tp++
    else if (predicted) {
      s.fp++
      const found = result.messages.filter((m) => m.ruleId === category).map((m) => m.actual)
      misses.push(`FP ${key.padEnd(19)} ${item.id} ${item.text}   [flagged: ${found.join(' | ')}]`)
    } else if (gold) {
      s.fn++
      misses.push(`FN ${key.padEnd(19)} ${item.id} ${item.text}   (${item.note ?? ''})`)
    }
  }
}
console.log(`${path.basename(file)}${half === 'all' ? '' : ` (${half} half)`}: ${items.length} items`)
for (const [key, s] of stats) {
  if (s.tp + s.fn + s.fp === 0) continue
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp)
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn)
  console.log(`${key.padEnd(20)} P=${precision.toFixed(2)} R=${recall.toFixed(2)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`)
}
if (details) for (const line of misses.sort()) console.log(line)
