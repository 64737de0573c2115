// What the spelling worker runs, without the worker: a spelling-only Témoin engine (so prose
// extraction, per-paragraph language, front matter, `<!--temoin ignore spelling-->` and the
// per-paragraph cache are the engine's own) over the prepared dictionaries, plus suggestions
// computed within a time budget. No DOM: testable in Node.
import {rule as spellingRule, spellingReason, SUGGEST_MAX_LENGTH} from '../../../lint-rules/spelling/index'
import {createEngine} from '../../core/engine'
import {createSpeller, type PreparedSpeller} from '../../core/spell/index'
import type {Lang, LintSettings} from '../../core/types'

export interface SpellIssue {
  from: number
  to: number
  word: string
  lang: Lang
  reason: string
  /** Suggestions, best first; `null` while not computed yet (over the time budget). */
  expected: string[] | null
}

export interface SpellCheckResult {
  issues: SpellIssue[]
  /** Some issues still wait for suggestions: call `computePending()` then check again. */
  pending: boolean
}

const engine = createEngine({rules: [spellingRule]})
const MAX_SUGGESTIONS = 5
const MAX_WAITING = 200

export interface SpellService {
  setWords(words: readonly string[]): void
  setLanguage(language: Lang | 'auto'): void
  /** Issues of `text`; suggestions for at most `budgetMs` of work, the rest `null`. */
  check(text: string, budgetMs?: number): SpellCheckResult
  /** Computes suggestions for words left without (up to `budgetMs`); true when some remain. */
  computePending(budgetMs?: number): boolean
  suggest(word: string, lang: Lang): string[]
  readonly spellers: Record<Lang, PreparedSpeller>
}

export function createSpellService(dictionaries: Record<Lang, Uint8Array>): SpellService {
  const spellers: Record<Lang, PreparedSpeller> = {fr: createSpeller(dictionaries.fr), en: createSpeller(dictionaries.en)}
  // The engine only needs verdicts: suggestions are ours, budgeted and cached across edits.
  const verdictOnly = {
    fr: {correct: (w: string) => spellers.fr.correct(w), suggest: () => []},
    en: {correct: (w: string) => spellers.en.correct(w), suggest: () => []}
  }
  let settings: LintSettings = {language: 'auto', equality: false, words: []}
  const linter = engine.createLinter(settings, {spellers: verdictOnly})
  const cache: Record<Lang, Map<string, string[]>> = {fr: new Map(), en: new Map()}
  let waiting: Array<{word: string; lang: Lang}> = []

  const suggest = (word: string, lang: Lang) => {
    if (word.length > SUGGEST_MAX_LENGTH) return []
    let list = cache[lang].get(word)
    if (!list) {
      list = spellers[lang].suggest(word).slice(0, MAX_SUGGESTIONS)
      if (cache[lang].size > 5000) cache[lang].clear()
      cache[lang].set(word, list)
    }
    return list
  }

  return {
    spellers,
    setWords(words) {
      settings = {...settings, words: [...words]}
      linter.setSettings(settings)
    },
    setLanguage(language) {
      settings = {...settings, language}
      linter.setSettings(settings)
    },
    suggest,
    check(text, budgetMs = 60) {
      const result = linter.lint(text)
      const deadline = performance.now() + budgetMs
      const issues: SpellIssue[] = []
      waiting = []
      for (const m of result.messages) {
        if (m.ruleId !== 'spelling') continue
        const word = m.actual ?? text.slice(m.place.start.offset, m.place.end.offset)
        let expected = cache[m.lang].get(word) ?? null
        if (expected === null && performance.now() < deadline) expected = suggest(word, m.lang)
        // Background suggestions for the first issues only: a pasted page of gibberish must not
        // keep the worker busy for minutes (later ones get them when edited near the top).
        if (expected === null && waiting.length < MAX_WAITING) waiting.push({word, lang: m.lang})
        issues.push({
          from: m.place.start.offset,
          to: m.place.end.offset,
          word,
          lang: m.lang,
          expected,
          reason: spellingReason(m.lang, word, expected ?? [])
        })
      }
      return {issues, pending: waiting.length > 0}
    },
    computePending(budgetMs = 100) {
      const deadline = performance.now() + budgetMs
      while (waiting.length > 0 && performance.now() < deadline) {
        const {word, lang} = waiting.shift()!
        suggest(word, lang)
      }
      return waiting.length > 0
    }
  }
}
