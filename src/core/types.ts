// Public types of the Témoin engine. Shared by the CLI, the editor (renderer + worker) and exports.
// Pure: no `node:*`, no DOM, no `electron`.

export type Lang = 'fr' | 'en'
export type Severity = 'error' | 'warning' | 'info'
export type SeveritySetting = Severity | 'off' | 'warn' | 0 | 1 | 2

/** The rule ids are part of the public interface (CLI JSON, config, inline comments, editor). */
export const RULE_IDS = [
  'criminal-term',
  'insult',
  'fact-as-opinion',
  'emotion',
  'insinuation',
  'blackmail',
  'personal-data',
  'recording',
  'presumption',
  'spelling'
] as const
export type TemoinRuleId = (typeof RULE_IDS)[number]

export interface Point {
  line: number // 1-based
  column: number // 1-based
  offset: number // 0-based UTF-16 offset in the whole document
}

export interface Place {
  start: Point
  end: Point
}

/**
 * One diagnostic, as plain JSON (the shape `--format json` prints, like vfile-reporter-json).
 * `fatal`: true = error, false = warning, absent = info (vfile-message conventions).
 */
export interface TemoinMessage {
  ruleId: string
  source: string // 'temoin' for our rules, 'retext-equality' for equality ids
  reason: string
  actual?: string
  expected?: string[] // replacements; [] means "delete"
  note?: string
  url?: string
  fatal?: boolean
  severity: Severity
  lang: Lang
  line: number
  column: number
  endLine: number
  endColumn: number
  place: Place
}

/** An inline `<!--temoin ignore|disable|enable [rule…] ["justification"]-->` comment. */
export interface ControlComment {
  keyword: 'ignore' | 'disable' | 'enable'
  ruleIds: string[] // [] = every rule
  justification?: string
  place: Place
}

/** A message that was suppressed by an inline comment or an allowed phrase. */
export interface IgnoredMessage {
  message: TemoinMessage
  by: 'comment' | 'allow'
  justification?: string
  comment?: Place
}

export interface RuleConfig {
  severity: Severity | 'off'
  options?: Record<string, unknown>
}

export interface LintSettings {
  /** 'auto' (default): front matter `lang:`, else detection per paragraph. */
  language?: Lang | 'auto'
  /** Per-rule severity, as in `.temoinrc`: `{"emotion": "off", "criminal-term": ["warn", {...}]}`. */
  rules?: Record<string, SeveritySetting | [SeveritySetting, Record<string, unknown>?]>
  /** Phrases (case-insensitive) whose matches are never reported. */
  allow?: string[]
  /** Minimum lexicon sureness to report (0 = everything, 2 = only the surest). Default 0. */
  sureness?: 0 | 1 | 2
  /** Run retext-equality on English paragraphs (default true). */
  equality?: boolean
  /** Known words for spelling (personal dictionary). */
  words?: string[]
}

export interface LintResult {
  messages: TemoinMessage[] // sorted by offset, after control comments
  ignored: IgnoredMessage[]
  controls: ControlComment[]
  /** Problems in settings or inline comments (unknown rule ids…), as warnings with ruleId 'config'. */
  configMessages: TemoinMessage[]
  /** Dominant language of the document. */
  language: Lang
  /** Parsed YAML front matter ({} when absent or invalid). */
  frontmatter: Record<string, unknown>
  counts: {error: number; warning: number; info: number; words: number}
}

/** A spellchecker for one language (see src/core/spell). */
export interface Speller {
  correct(word: string): boolean
  suggest(word: string): string[]
}

/** Non-serialisable inputs of the engine. */
export interface LintOptions {
  /** Spelling runs only for the languages given here. */
  spellers?: Partial<Record<Lang, Speller>>
}
