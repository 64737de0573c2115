// The export gate: error-level diagnostics stop an export unless the author acknowledges the risks
// (CLI `--force`, app « J'ai compris les risques »); a `blackmail` message stops an e-mail export
// whatever its configured severity, and even when an inline comment ignores it. Pure.
import type {LintResult, TemoinMessage} from '../types.js'
import type {ExportFormat} from './index.js'
import {frTypo} from './meta.js'

export interface GateResult {
  /** True when the export may go on without an acknowledgment. */
  open: boolean
  /** The messages that need an acknowledgment (sorted by position). */
  blocking: TemoinMessage[]
  /** The `blackmail` messages among them (shown first: art. 312-10 Code pénal). */
  blackmail: TemoinMessage[]
}

function key(m: TemoinMessage): string {
  return `${m.ruleId}:${m.place.start.offset}:${m.place.end.offset}`
}

export function gate(result: LintResult, format: ExportFormat): GateResult {
  const seen = new Set<string>()
  const blocking: TemoinMessage[] = []
  const add = (m: TemoinMessage) => {
    if (seen.has(key(m))) return
    seen.add(key(m))
    blocking.push(m)
  }
  for (const m of result.messages) if (m.severity === 'error') add(m)
  if (format === 'eml') {
    for (const m of result.messages) if (m.ruleId === 'blackmail') add(m)
    for (const i of result.ignored) if (i.message.ruleId === 'blackmail') add(i.message)
  }
  blocking.sort((a, b) => a.place.start.offset - b.place.start.offset)
  return {open: blocking.length === 0, blocking, blackmail: blocking.filter((m) => m.ruleId === 'blackmail')}
}

const SEVERITY_FR = {error: 'erreur', warning: 'avertissement', info: 'info'} as const

/** One line per message: `12:5  erreur  criminal-term  reason`. */
export function formatMessageLine(m: TemoinMessage): string {
  return `${m.line}:${m.column}-${m.endLine}:${m.endColumn}  ${SEVERITY_FR[m.severity]}  ${m.ruleId}  ${m.reason}`
}

export interface AcknowledgmentInput {
  draft: string
  output: string
  format: ExportFormat
  when: Date
  gate: GateResult
}

/** The text recorded next to a forced export: what was acknowledged, when, which messages. */
export function acknowledgmentReport(input: AcknowledgmentInput): string {
  const {blocking, blackmail} = input.gate
  const lines = [
    // Template lines get French typography; quoted passages and messages are kept as written.
    'Témoin — risques acceptés / acknowledged risks',
    '===============================================',
    '',
    `Brouillon / Draft : ${input.draft}`,
    `Export : ${input.output} (${input.format})`,
    `Date : ${input.when.toISOString()}`,
    '',
    `L’auteur a exporté ce texte malgré ${blocking.length} message(s) bloquant(s) ci-dessous, en déclarant avoir compris les risques (option --force ou « J’ai compris les risques »).`,
    `The author exported this text despite the ${blocking.length} blocking message(s) below, declaring they understood the risks (--force or “I understand the risks”).`,
    ''
  ].map(frTypo)
  if (blackmail.length > 0) {
    lines.push(
      frTypo('Attention : le texte lie la publication ou son retrait à de l’argent ou à une concession. Menacer de révéler des faits portant atteinte à l’honneur pour obtenir un paiement, une signature ou une renonciation est du chantage (Code pénal, art. 312-10 : 5 ans et 75\u202f000\u00a0€), que les faits soient vrais ou non ; une mise en demeure ou l’annonce d’une action en justice n’en est pas.'),
      'Warning: the text links publishing or withdrawing it to money or a concession; in France this is chantage (Code pénal, art. 312-10), true facts or not.',
      ''
    )
  }
  lines.push(frTypo('Messages :'), '')
  for (const m of blocking) {
    lines.push(`- ${formatMessageLine(m)}`)
    if (m.actual) lines.push(`  Passage\u00a0: «\u00a0${m.actual}\u00a0»`)
    if (m.note) lines.push(`  Note\u00a0: ${m.note}`)
    if (m.expected && m.expected.length > 0) lines.push(`  Suggestions\u00a0: ${m.expected.map((e) => `«\u00a0${e}\u00a0»`).join(', ')}`)
  }
  lines.push(
    '',
    'Ce document est une information, pas un conseil juridique. / This document is information, not legal advice.',
    ''
  )
  return lines.join('\n')
}
