// UI strings, French first. French typography: U+202F (narrow no-break space) before ; : ! ?
// and inside « », U+00A0 elsewhere where a break would be wrong.
export type UiLang = 'fr' | 'en'

const NNBSP = '\u202F'

const fr = {
  appTitle: 'Témoin',
  file: 'Fichier',
  newDoc: 'Nouveau',
  newFromTemplate: 'Nouveau depuis un modèle…',
  open: 'Ouvrir…',
  save: 'Enregistrer',
  saveAs: 'Enregistrer sous…',
  exportDoc: 'Exporter…',
  readyToPublish: `Prêt à publier${NNBSP}?`,
  language: 'Langue',
  diagnostics: 'Points à revoir',
  noDiagnostics: 'Aucun point à revoir.',
  words: (n: number) => `${formatInt(n, 'fr')}${'\u00A0'}mot${n > 1 ? 's' : ''}`,
  errors: (n: number) => `${n}${'\u00A0'}erreur${n > 1 ? 's' : ''}`,
  warnings: (n: number) => `${n}${'\u00A0'}avertissement${n > 1 ? 's' : ''}`,
  infos: (n: number) => `${n}${'\u00A0'}info${n > 1 ? 's' : ''}`,
  detected: (l: string) => `Langue détectée${NNBSP}: ${l}`,
  langName: {fr: 'français', en: 'anglais'} as Record<string, string>,
  linting: 'Analyse…',
  lintFailed: (why: string) => `L’analyse a échoué${NNBSP}: ${why}`,
  severity: {error: 'Erreur', warning: 'Avertissement', info: 'Info'} as Record<string, string>,
  riskGroups: {error: 'Risque élevé', warning: 'Risque modéré', info: 'Ton et mesure'} as Record<string, string>,
  remove: 'Supprimer',
  replaceWith: (s: string) => `«${NNBSP}${s}${NNBSP}»`,
  ignoreHere: 'Ignorer ici',
  disableRule: 'Désactiver la règle pour ce document',
  ruleDoc: 'Documentation de la règle',
  ignoreTitle: 'Ignorer ce signalement ici',
  ignorePrompt: `Justification (facultative), par exemple «${NNBSP}pièce n°${'\u00A0'}4${NNBSP}»${NNBSP}:`,
  ok: 'Valider',
  cancel: 'Annuler',
  close: 'Fermer',
  templatesTitle: 'Nouveau depuis un modèle',
  noTemplates: 'Aucun modèle disponible.',
  restoreTitle: 'Brouillon récupéré',
  restorePrompt: (when: string) =>
    `Un brouillon non enregistré du ${when} a été retrouvé. Voulez-vous le restaurer${NNBSP}?`,
  restore: 'Restaurer',
  discard: 'Ignorer le brouillon',
  untitled: 'Sans titre',
  unsavedMark: '(modifié)',
  saved: (name: string) => `Enregistré${NNBSP}: ${name}`,
  saveFailed: (why: string) => `Échec de l’enregistrement${NNBSP}: ${why}. Le fichier précédent est intact.`,
  openFailed: (why: string) => `Impossible d’ouvrir le fichier${NNBSP}: ${why}`,
  discardChanges: `Des modifications ne sont pas enregistrées. Les abandonner${NNBSP}?`,
  checklistTitle: `Prêt à publier${NNBSP}?`,
  checklistUnavailable: 'La liste de vérification n’est pas encore disponible dans cette version.',
  exportTitle: 'Exporter',
  exportFormat: 'Format',
  exportGateTitle: 'Des erreurs restent dans le texte',
  exportGateIntro: 'Ces passages présentent un risque juridique élevé. Revoyez-les avant de publier.',
  exportAcknowledge: 'J’ai compris les risques',
  exportGo: 'Exporter',
  exportUnavailable: 'L’export n’est pas encore disponible dans cette version.',
  exportDone: (name: string) => `Exporté${NNBSP}: ${name}`,
  exportDoneAck: (name: string, ack: string) => `Exporté${NNBSP}: ${name}. Accusé des risques acceptés${NNBSP}: ${ack}`,
  exportDesktopOnly: 'application de bureau uniquement',
  exportBlackmail: `Le texte lie la publication à de l’argent ou à une concession (chantage, Code pénal, art.${'\u00A0'}312-10)${NNBSP}: pas de courriel sans accusé des risques.`,
  docPanelTitle: 'Règle',
  docMissing: 'La documentation de cette règle n’est pas disponible.',
  note: 'Pourquoi',
  legalNotice: 'Information, pas un conseil juridique.',
  previousDiag: 'Précédent (Maj+F8)',
  nextDiag: 'Suivant (F8)'
}

type Strings = typeof fr

const en: Strings = {
  appTitle: 'Témoin',
  file: 'File',
  newDoc: 'New',
  newFromTemplate: 'New from template…',
  open: 'Open…',
  save: 'Save',
  saveAs: 'Save as…',
  exportDoc: 'Export…',
  readyToPublish: 'Ready to publish?',
  language: 'Language',
  diagnostics: 'Things to review',
  noDiagnostics: 'Nothing to review.',
  words: (n: number) => `${formatInt(n, 'en')} word${n === 1 ? '' : 's'}`,
  errors: (n: number) => `${n} error${n === 1 ? '' : 's'}`,
  warnings: (n: number) => `${n} warning${n === 1 ? '' : 's'}`,
  infos: (n: number) => `${n} info${n === 1 ? '' : 's'}`,
  detected: (l: string) => `Detected language: ${l}`,
  langName: {fr: 'French', en: 'English'},
  linting: 'Checking…',
  lintFailed: (why: string) => `Checking failed: ${why}`,
  severity: {error: 'Error', warning: 'Warning', info: 'Info'},
  riskGroups: {error: 'High risk', warning: 'Moderate risk', info: 'Tone and restraint'},
  remove: 'Delete',
  replaceWith: (s: string) => `“${s}”`,
  ignoreHere: 'Ignore here',
  disableRule: 'Disable the rule for this document',
  ruleDoc: 'Rule documentation',
  ignoreTitle: 'Ignore this finding here',
  ignorePrompt: 'Justification (optional), e.g. “exhibit no. 4”:',
  ok: 'OK',
  cancel: 'Cancel',
  close: 'Close',
  templatesTitle: 'New from template',
  noTemplates: 'No template available.',
  restoreTitle: 'Draft recovered',
  restorePrompt: (when: string) => `An unsaved draft from ${when} was found. Restore it?`,
  restore: 'Restore',
  discard: 'Discard the draft',
  untitled: 'Untitled',
  unsavedMark: '(modified)',
  saved: (name: string) => `Saved: ${name}`,
  saveFailed: (why: string) => `Save failed: ${why}. The previous file is intact.`,
  openFailed: (why: string) => `Cannot open the file: ${why}`,
  discardChanges: 'Some changes are not saved. Discard them?',
  checklistTitle: 'Ready to publish?',
  checklistUnavailable: 'The checklist is not available in this version yet.',
  exportTitle: 'Export',
  exportFormat: 'Format',
  exportGateTitle: 'Errors remain in the text',
  exportGateIntro: 'These passages carry a high legal risk. Review them before publishing.',
  exportAcknowledge: 'I understand the risks',
  exportGo: 'Export',
  exportUnavailable: 'Export is not available in this version yet.',
  exportDone: (name: string) => `Exported: ${name}`,
  exportDoneAck: (name: string, ack: string) => `Exported: ${name}. Acknowledgment of the risks: ${ack}`,
  exportDesktopOnly: 'desktop app only',
  exportBlackmail: 'The text links publishing to money or a concession (chantage, French Code pénal, art. 312-10): no e-mail without acknowledging the risks.',
  docPanelTitle: 'Rule',
  docMissing: 'This rule’s documentation is not available.',
  note: 'Why',
  legalNotice: 'Information, not legal advice.',
  previousDiag: 'Previous (Shift+F8)',
  nextDiag: 'Next (F8)'
}

const tables: Record<UiLang, Strings> = {fr, en}

function formatInt(n: number, lang: UiLang): string {
  // fr-FR groups with U+202F; do it by hand so the result does not depend on ICU data.
  const s = String(Math.trunc(n))
  const sep = lang === 'fr' ? NNBSP : ','
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep)
}

let current: UiLang = 'fr'
const listeners = new Set<(l: UiLang) => void>()

/** The system language: French unless the first preferred language is English. */
export function systemLang(languages: readonly string[] | undefined): UiLang {
  for (const l of languages ?? []) {
    const base = l.toLowerCase().slice(0, 2)
    if (base === 'fr') return 'fr'
    if (base === 'en') return 'en'
  }
  return 'fr'
}

export function uiLang(): UiLang {
  return current
}

export function setUiLang(l: UiLang): void {
  if (l === current) return
  current = l
  for (const f of listeners) f(l)
}

export function onUiLangChange(f: (l: UiLang) => void): () => void {
  listeners.add(f)
  return () => listeners.delete(f)
}

export function t(): Strings {
  return tables[current]
}

export function strings(l: UiLang): Strings {
  return tables[l]
}
