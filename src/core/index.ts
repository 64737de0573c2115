// The public API of the Témoin engine (pure: text in, results out). See docs/dev/TEAM.md.
import {rules} from '../../lint-rules/index.js'
import type {Rule} from '../../lint-rules/support/define-rule.js'
import {createEngine, type Linter} from './engine.js'
import type {LintOptions, LintResult, LintSettings, Severity} from './types.js'

export * from './types.js'
export {parseFrontmatter, frontmatterString} from './frontmatter.js'
export type {Linter} from './engine.js'
export {splitChunks} from './chunks.js'

const engine = createEngine({rules})

/** An incremental linter: re-processes only the paragraphs that changed since its last call. */
export function createLinter(settings?: LintSettings, options?: LintOptions): Linter {
  return engine.createLinter(settings, options)
}

/** Lints a whole Markdown document. Never throws. */
export function lint(text: string, settings?: LintSettings, options?: LintOptions): LintResult {
  return engine.createLinter(settings, options).lint(text)
}

export interface RuleInfo {
  id: string
  severity: Severity
  languages: string[]
  title: {fr: string; en: string}
  summary: {fr: string; en: string}
  url: string
}

export const ruleList: Rule[] = rules
export const ruleMeta: Record<string, RuleInfo> = Object.fromEntries(
  rules.map((rule) => [
    rule.id,
    {id: rule.id, severity: rule.severity, languages: rule.languages, title: rule.title, summary: rule.summary, url: rule.url}
  ])
)
