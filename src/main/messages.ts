// User-facing strings of the main process, French first then English. French typography: U+202F
// (espace fine insécable) before ; : ! ? and inside « ».
import * as path from 'node:path'
import type {DirtyState, ExportFormat, FileErrorCode, UiLang} from '../preload/contract'

const NNBSP = '\u202f'

function q(lang: UiLang, text: string): string {
  return lang === 'fr' ? `«${NNBSP}${text}${NNBSP}»` : `“${text}”`
}

/** The message for a refused or failed file operation; always names the file. */
export function fileErrorMessage(
  lang: UiLang,
  code: FileErrorCode,
  file: string,
  action: 'open' | 'save',
  maxBytes = 5 * 1024 * 1024
): string {
  const name = q(lang, path.basename(file) || file)
  const mb = Math.round(maxBytes / (1024 * 1024))
  if (lang === 'fr') {
    const verb = action === 'open' ? 'ouvrir' : 'enregistrer'
    switch (code) {
      case 'binary':
        return `Impossible d’ouvrir ${name}${NNBSP}: ce fichier contient des données binaires, ce n’est pas un texte.`
      case 'invalid-utf8':
        return `Impossible d’ouvrir ${name}${NNBSP}: ce fichier n’est pas un texte UTF-8 valide. Réenregistrez-le en UTF-8 depuis l’application qui l’a créé.`
      case 'too-large':
        return `Impossible d’${verb} ${name}${NNBSP}: le fichier dépasse la limite de ${mb}${NNBSP}Mo pour un brouillon.`
      case 'not-found':
        return `Impossible d’${verb} ${name}${NNBSP}: le fichier ou son dossier n’existe plus.`
      case 'not-a-file':
        return `Impossible d’${verb} ${name}${NNBSP}: ce n’est pas un fichier.`
      case 'unsupported-type':
        return `Impossible d’${verb} ${name}${NNBSP}: Témoin ouvre et enregistre les fichiers .md et .txt.`
      case 'permission':
        return `Impossible d’${verb} ${name}${NNBSP}: accès refusé (droits insuffisants ou disque en lecture seule).`
      case 'not-allowed':
        return `Impossible d’${verb} ${name}${NNBSP}: choisissez ce fichier avec la boîte de dialogue.`
      case 'io':
        return action === 'save'
          ? `Impossible d’enregistrer ${name}${NNBSP}: erreur d’écriture (disque plein ou retiré${NNBSP}?). L’ancienne version du fichier est intacte.`
          : `Impossible d’ouvrir ${name}${NNBSP}: erreur de lecture.`
    }
  }
  const verb = action === 'open' ? 'open' : 'save'
  switch (code) {
    case 'binary':
      return `Cannot open ${name}: it contains binary data, it is not a text file.`
    case 'invalid-utf8':
      return `Cannot open ${name}: it is not valid UTF-8 text. Save it again as UTF-8 from the program that created it.`
    case 'too-large':
      return `Cannot ${verb} ${name}: the file exceeds the ${mb} MB limit for a draft.`
    case 'not-found':
      return `Cannot ${verb} ${name}: the file or its folder no longer exists.`
    case 'not-a-file':
      return `Cannot ${verb} ${name}: it is not a file.`
    case 'unsupported-type':
      return `Cannot ${verb} ${name}: Témoin opens and saves .md and .txt files.`
    case 'permission':
      return `Cannot ${verb} ${name}: permission denied (insufficient rights or read-only disk).`
    case 'not-allowed':
      return `Cannot ${verb} ${name}: choose the file with the dialog.`
    case 'io':
      return action === 'save'
        ? `Cannot save ${name}: write error (disk full or removed?). The previous version of the file is intact.`
        : `Cannot open ${name}: read error.`
  }
}

export function conflictMessage(lang: UiLang, file: string, deleted: boolean): string {
  const name = q(lang, path.basename(file))
  if (lang === 'fr')
    return deleted
      ? `${name} a été supprimé ou déplacé par un autre programme depuis son ouverture.`
      : `${name} a été modifié par un autre programme depuis son ouverture. Écraser ces modifications${NNBSP}?`
  return deleted
    ? `${name} was deleted or moved by another program since it was opened.`
    : `${name} was changed by another program since it was opened. Overwrite those changes?`
}

export function settingsCorruptMessage(lang: UiLang, backupPath: string, technical: string): string {
  const fields = /^invalid fields: (.*)$/.exec(technical)?.[1]
  const reason = technical.startsWith('JSON')
    ? lang === 'fr' ? 'contenu JSON invalide' : 'invalid JSON'
    : fields
      ? lang === 'fr' ? `valeurs invalides${NNBSP}: ${fields}` : `invalid values: ${fields}`
      : technical
  return lang === 'fr'
    ? `Le fichier des préférences était illisible (${reason}). Il a été conservé sous ${q(lang, backupPath)} et les préférences par défaut sont utilisées.`
    : `The settings file was unreadable (${reason}). It was kept as ${q(lang, backupPath)} and the default settings are in use.`
}

export interface Strings {
  file: string
  new: string
  newFromTemplate: string
  open: string
  openRecent: string
  noRecent: string
  clearRecent: string
  save: string
  saveAs: string
  export: string
  /** « Exporter… » (CmdOrCtrl+E): the export dialog with every format. */
  exportDialog: string
  exportFormats: Record<ExportFormat, string>
  recover: string
  close: string
  quit: string
  edit: string
  find: string
  view: string
  diagnostics: string
  readyToPublish: string
  language: string
  languageSystem: string
  window: string
  help: string
  about: string
  closeTitle: string
  closeMessage: (title: string) => string
  closeDetail: string
  closeSave: string
  closeDiscard: string
  closeCancel: string
  externalTitle: string
  externalMessage: string
  externalOpen: string
  externalCancel: string
  untitled: string
  templatesFr: string
  templatesEn: string
}

export const STRINGS: Record<UiLang, Strings> = {
  fr: {
    file: 'Fichier',
    new: 'Nouveau',
    newFromTemplate: 'Nouveau depuis un modèle',
    open: 'Ouvrir…',
    openRecent: 'Fichiers récents',
    noRecent: 'Aucun fichier récent',
    clearRecent: 'Effacer la liste',
    save: 'Enregistrer',
    saveAs: 'Enregistrer sous…',
    export: 'Exporter',
    exportDialog: 'Exporter…',
    exportFormats: {
      html: 'Fragment HTML pour un blog…',
      page: 'Page HTML autonome…',
      pdf: 'PDF…',
      wxr: 'Import WordPress (WXR)…',
      eml: 'Brouillon de courriel (.eml)…',
      txt: 'Texte brut…',
      md: 'Markdown nettoyé…'
    },
    recover: 'Brouillons récupérables…',
    close: 'Fermer',
    quit: 'Quitter Témoin',
    edit: 'Édition',
    find: 'Rechercher…',
    view: 'Affichage',
    diagnostics: 'Panneau des risques',
    readyToPublish: `Prêt à publier${NNBSP}?`,
    language: 'Langue',
    languageSystem: 'Langue du système',
    window: 'Fenêtre',
    help: 'Aide',
    about: 'À propos de Témoin',
    closeTitle: 'Modifications non enregistrées',
    closeMessage: (title) => `Enregistrer les modifications de ${q('fr', title)} avant de fermer${NNBSP}?`,
    closeDetail: 'Sans enregistrement, vos modifications seront perdues.',
    closeSave: 'Enregistrer',
    closeDiscard: 'Ne pas enregistrer',
    closeCancel: 'Annuler',
    externalTitle: 'Ouvrir un lien externe',
    externalMessage: `Ouvrir ce lien dans votre navigateur ou votre messagerie${NNBSP}?`,
    externalOpen: 'Ouvrir',
    externalCancel: 'Annuler',
    untitled: 'Sans titre',
    templatesFr: 'En français',
    templatesEn: 'En anglais'
  },
  en: {
    file: 'File',
    new: 'New',
    newFromTemplate: 'New from Template',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: 'No recent files',
    clearRecent: 'Clear Menu',
    save: 'Save',
    saveAs: 'Save As…',
    export: 'Export',
    exportDialog: 'Export…',
    exportFormats: {
      html: 'HTML Fragment for a Blog…',
      page: 'Standalone HTML Page…',
      pdf: 'PDF…',
      wxr: 'WordPress Import (WXR)…',
      eml: 'Draft E-mail (.eml)…',
      txt: 'Plain Text…',
      md: 'Clean Markdown…'
    },
    recover: 'Recoverable Drafts…',
    close: 'Close',
    quit: 'Quit Témoin',
    edit: 'Edit',
    find: 'Find…',
    view: 'View',
    diagnostics: 'Risk Panel',
    readyToPublish: 'Ready to Publish?',
    language: 'Language',
    languageSystem: 'System Language',
    window: 'Window',
    help: 'Help',
    about: 'About Témoin',
    closeTitle: 'Unsaved changes',
    closeMessage: (title) => `Save the changes to ${q('en', title)} before closing?`,
    closeDetail: 'Your changes will be lost if you don’t save them.',
    closeSave: 'Save',
    closeDiscard: 'Don’t Save',
    closeCancel: 'Cancel',
    externalTitle: 'Open an external link',
    externalMessage: 'Open this link in your browser or mail program?',
    externalOpen: 'Open',
    externalCancel: 'Cancel',
    untitled: 'Untitled',
    templatesFr: 'In French',
    templatesEn: 'In English'
  }
}

/** 'fr' for a French system locale (fr, fr-FR, fr-CA…), else 'en'. */
export function systemUiLang(locales: readonly string[]): UiLang {
  for (const locale of locales) {
    const base = locale.toLowerCase().split(/[-_]/)[0]
    if (base === 'fr') return 'fr'
    if (base === 'en') return 'en'
  }
  return 'fr'
}

/** Window title: « • » when there are unsaved changes (macOS uses setDocumentEdited instead). */
export function windowTitle(state: DirtyState, lang: UiLang, platform: NodeJS.Platform = process.platform): string {
  const name = state.title.trim() || STRINGS[lang].untitled
  // macOS shows the dirty state with setDocumentEdited (dot in the close button) instead.
  const marker = state.dirty && platform !== 'darwin' ? '• ' : ''
  return `${marker}${name} — Témoin`
}
