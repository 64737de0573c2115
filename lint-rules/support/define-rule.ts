// One factory for every rule, as remark-lint's `unified-lint-rule` does: it stamps `source`,
// `ruleId`, `url` and `fatal` on messages. Ours also exposes the bare `check` so that the engine can
// call rules synchronously per paragraph and cache their results (unified-lint-rule's async
// wrapper would cost more than our rules themselves).
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Lang, Severity, Speller} from '../../src/core/types.js'
import {sourceRange, type TextView} from './view.js'

export interface RuleReport {
  /** When given, `start`/`end` are text indices in the view; otherwise source offsets. */
  view?: TextView
  start: number
  end: number
  reason: string
  actual?: string
  expected?: string[]
  note?: string
  /** Lexicon entry id, so that `{ignore: [id]}` in the config can drop it. */
  entry?: string
  sureness?: 0 | 1 | 2
}

export interface RuleContext {
  lang: Lang
  options: Record<string, unknown>
  frontmatter: Record<string, unknown>
  spellers?: Partial<Record<Lang, Speller>>
  report(report: RuleReport): void
}

export interface RuleMeta {
  id: string
  severity: Severity
  /** Languages the rule has data for. */
  languages: Lang[]
  title: {fr: string; en: string}
  summary: {fr: string; en: string}
}

export interface Rule extends RuleMeta {
  /** The rule's documentation page (ships offline: `lint-rules/<id>/readme.md`). */
  url: string
  check(tree: Root, context: RuleContext): void
}

/** A located finding, offsets relative to the checked tree's source. */
export interface Finding extends RuleReport {
  ruleId: string
  start: number
  end: number
}

export const RULE_URL_BASE = 'temoin://regles/'

export function defineRule(meta: RuleMeta, check: Rule['check']): Rule & {plugin: Plugin<[unknown?], Root>} {
  const rule: Rule = {...meta, url: RULE_URL_BASE + meta.id, check}
  const plugin: Plugin<[unknown?], Root> = function (config?: unknown) {
    const {severity, options} = parseRuleConfig(config, meta.severity)
    return function (tree: Root, file: VFile) {
      if (severity === 'off') return
      const lang = (options.lang as Lang) || 'fr'
      for (const finding of runRule(rule, tree, {lang, options, frontmatter: {}})) {
        const value = String(file)
        const message = file.message(finding.reason, {
          place: {start: pointAt(value, finding.start), end: pointAt(value, finding.end)},
          ruleId: meta.id,
          source: 'temoin'
        })
        stamp(message, finding, rule.url, severity)
      }
    }
  }
  return Object.assign(rule, {plugin})
}

/** Runs a rule on a tree and returns its findings with source offsets. Never throws. */
export function runRule(rule: Rule, tree: Root, context: Omit<RuleContext, 'report'>): Finding[] {
  const findings: Finding[] = []
  const report = (r: RuleReport) => {
    const range = r.view ? sourceRange(r.view, r.start, r.end) : {start: r.start, end: r.end}
    const actual = r.actual ?? (r.view ? r.view.text.slice(r.start, r.end) : undefined)
    findings.push({...r, ruleId: rule.id, start: range.start, end: range.end, actual, view: undefined})
  }
  try {
    rule.check(tree, {...context, report})
  } catch (error) {
    // A rule bug must never take the editor down: report it as an info on the document start.
    findings.push({
      ruleId: rule.id,
      start: 0,
      end: 0,
      reason: `Erreur interne de la règle « ${rule.id} » : ${(error as Error).message}`,
      sureness: 2
    })
  }
  return findings
}

export function stamp(
  message: {actual?: string; expected?: string[]; note?: string; url?: string; fatal?: boolean | null},
  finding: RuleReport,
  url: string,
  severity: Severity
): void {
  if (finding.actual !== undefined) message.actual = finding.actual
  if (finding.expected !== undefined) message.expected = finding.expected
  if (finding.note !== undefined) message.note = finding.note
  message.url = url
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/** `'error'`, `'warn'`, `2`, `['warn', {…}]`, `false`… → a severity and options. */
export function parseRuleConfig(
  config: unknown,
  fallback: Severity
): {severity: Severity | 'off'; options: Record<string, unknown>} {
  let level: unknown = config
  let options: Record<string, unknown> = {}
  if (Array.isArray(config)) {
    level = config[0]
    if (config[1] && typeof config[1] === 'object') options = config[1] as Record<string, unknown>
  } else if (config && typeof config === 'object') {
    level = undefined
    options = config as Record<string, unknown>
  }
  const severity = toSeverity(level, fallback)
  if (severity === undefined) throw new Error(`Sévérité inconnue : ${JSON.stringify(level)} (attendu : off, info, warn, error)`)
  return {severity, options}
}

export function toSeverity(level: unknown, fallback: Severity): Severity | 'off' | undefined {
  switch (level) {
    case undefined:
    case null:
    case true:
      return fallback
    case false:
    case 'off':
    case 0:
      return 'off'
    case 'info':
      return 'info'
    case 'warn':
    case 'warning':
    case 1:
      return 'warning'
    case 'error':
    case 2:
      return 'error'
    default:
      return undefined
  }
}

function pointAt(value: string, offset: number) {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < value.length; i++) {
    if (value.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return {line, column: offset - lineStart + 1, offset}
}
