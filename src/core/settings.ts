// Settings (from `.temoinrc`, `package.json#temoin`, the CLI or the editor) → what the engine needs.
// Problems (unknown rule ids, bad severities) are collected as messages, never thrown and never
// silently accepted.
import {parseRuleConfig} from '../../lint-rules/support/define-rule.js'
import type {Rule} from '../../lint-rules/support/define-rule.js'
import {fold} from '../../lint-rules/support/text.js'
import type {Lang, LintSettings, Severity} from './types.js'

export interface NormalizedRule {
  severity: Severity | 'off'
  options: Record<string, unknown>
  /** Folded words and entry ids not to report. */
  ignore: Set<string>
}

export interface NormalizedSettings {
  language: Lang | 'auto'
  rules: Map<string, NormalizedRule>
  equality: NormalizedRule
  allow: string[]
  sureness: number
  words: string[]
  knownIds: Set<string>
  problems: string[]
  /** Whether rule results depend on the front matter (spelling knows its proper nouns). */
  usesFrontmatter: boolean
}

const SETTING_KEYS = new Set(['language', 'rules', 'allow', 'sureness', 'equality', 'words'])

export function normalizeSettings(input: LintSettings | undefined, rules: Map<string, Rule>): NormalizedSettings {
  const settings = (input && typeof input === 'object' ? input : {}) as LintSettings & Record<string, unknown>
  const problems: string[] = []
  for (const key of Object.keys(settings)) {
    if (!SETTING_KEYS.has(key)) problems.push(`Réglage inconnu « ${key} » ignoré (réglages possibles : ${[...SETTING_KEYS].join(', ')})`)
  }

  let language: Lang | 'auto' = 'auto'
  if (settings.language !== undefined) {
    if (settings.language === 'fr' || settings.language === 'en' || settings.language === 'auto') language = settings.language
    else problems.push(`Langue inconnue « ${String(settings.language)} » : fr, en ou auto`)
  }

  const normalized = new Map<string, NormalizedRule>()
  for (const rule of rules.values()) normalized.set(rule.id, {severity: rule.severity, options: {}, ignore: new Set()})
  let equality: NormalizedRule = {severity: 'warning', options: {}, ignore: new Set()}
  if (settings.equality === false) equality = {...equality, severity: 'off'}

  const configured = settings.rules && typeof settings.rules === 'object' ? settings.rules : {}
  for (const [id, value] of Object.entries(configured)) {
    const rule = rules.get(id)
    if (!rule && id !== 'equality') {
      problems.push(`Règle inconnue « ${id} » dans la configuration (règles connues : ${[...rules.keys(), 'equality'].join(', ')})`)
      continue
    }
    try {
      const {severity, options} = parseRuleConfig(value, rule ? rule.severity : 'warning')
      const ignore = new Set<string>()
      if (options.ignore !== undefined) {
        if (Array.isArray(options.ignore)) for (const word of options.ignore) ignore.add(typeof word === 'string' ? fold(word) : String(word))
        else problems.push(`Règle « ${id} » : \`ignore\` doit être une liste`)
      }
      const entry = {severity, options, ignore}
      if (id === 'equality') equality = entry
      else normalized.set(id, entry)
    } catch (error) {
      problems.push(`Règle « ${id} » : ${(error as Error).message}`)
    }
  }

  const allow: string[] = []
  if (settings.allow !== undefined) {
    if (Array.isArray(settings.allow)) {
      for (const phrase of settings.allow) {
        if (typeof phrase === 'string' && phrase.trim()) allow.push(phrase.trim().toLowerCase().replace(/[’ʼ]/g, "'"))
        else problems.push('`allow` ne contient que des expressions (texte)')
      }
    } else problems.push('`allow` doit être une liste d’expressions')
  }

  let sureness = 0
  if (settings.sureness !== undefined) {
    if (settings.sureness === 0 || settings.sureness === 1 || settings.sureness === 2) sureness = settings.sureness
    else problems.push('`sureness` vaut 0, 1 ou 2')
  }

  const words: string[] = []
  if (settings.words !== undefined) {
    if (Array.isArray(settings.words)) for (const word of settings.words) if (typeof word === 'string' && word.trim()) words.push(word.trim())
    else problems.push('`words` doit être une liste de mots')
  }

  const spelling = normalized.get('spelling')
  return {
    language,
    rules: normalized,
    equality,
    allow,
    sureness,
    words,
    knownIds: new Set([...rules.keys(), 'equality']),
    problems,
    usesFrontmatter: Boolean(spelling && spelling.severity !== 'off')
  }
}
