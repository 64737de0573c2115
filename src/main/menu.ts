// The application menu as data: French or English labels, each platform's conventions (macOS app
// menu and Window menu; File ▸ Quit elsewhere), accelerators CmdOrCtrl+N/O/S/Shift+S/W/Q, F8 left to
// the renderer. Only `import type` from electron, so the template is tested under Node.
import type {MenuItemConstructorOptions} from 'electron'
import type {ExportFormat, LanguageSetting, MenuCommand, RecentFile, TemplateSummary, UiLang} from '../preload/contract'
import {STRINGS} from './messages'

export interface MenuModel {
  lang: UiLang
  languageSetting: LanguageSetting
  platform: NodeJS.Platform
  recent: readonly RecentFile[]
  templates: readonly TemplateSummary[]
  /** Development builds get a DevTools item; packaged builds do not. */
  devTools: boolean
  send: (command: MenuCommand) => void
  setLanguage: (language: LanguageSetting) => void
  clearRecent: () => void
}

export function buildMenuTemplate(m: MenuModel): MenuItemConstructorOptions[] {
  const s = STRINGS[m.lang]
  const mac = m.platform === 'darwin'
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? {accelerator} : {}),
    click: () => m.send(command)
  })

  const templateItems = (lang: UiLang): MenuItemConstructorOptions[] =>
    m.templates
      .filter((t) => t.lang === lang)
      .map((t) => ({label: t.title, toolTip: t.description, click: () => m.send({command: 'new-from-template', templateId: t.id, lang: t.lang})}))
  const ordered: UiLang[] = m.lang === 'fr' ? ['fr', 'en'] : ['en', 'fr']
  const templatesSubmenu: MenuItemConstructorOptions[] = ordered.flatMap((lang, i) => [
    ...(i > 0 ? [{type: 'separator' as const}] : []),
    {label: lang === 'fr' ? s.templatesFr : s.templatesEn, enabled: false},
    ...templateItems(lang)
  ])

  const recentSubmenu: MenuItemConstructorOptions[] =
    m.recent.length === 0
      ? [{label: s.noRecent, enabled: false}]
      : [
          ...m.recent.map((r) => ({label: r.name, toolTip: r.path, click: () => m.send({command: 'open-recent', path: r.path})})),
          {type: 'separator'},
          {label: s.clearRecent, click: () => m.clearRecent()}
        ]

  const EXPORT_ORDER: ExportFormat[] = ['html', 'page', 'pdf', 'wxr', 'eml', 'txt', 'md']
  const exportSubmenu: MenuItemConstructorOptions[] = [
    item(s.exportDialog, {command: 'export'}, 'CmdOrCtrl+E'),
    {type: 'separator'},
    ...EXPORT_ORDER.map((format) => item(s.exportFormats[format], {command: 'export', format}))
  ]

  const file: MenuItemConstructorOptions = {
    label: s.file,
    submenu: [
      item(s.new, {command: 'new'}, 'CmdOrCtrl+N'),
      {label: s.newFromTemplate, submenu: templatesSubmenu},
      item(s.open, {command: 'open'}, 'CmdOrCtrl+O'),
      {label: s.openRecent, submenu: recentSubmenu},
      {type: 'separator'},
      item(s.save, {command: 'save'}, 'CmdOrCtrl+S'),
      item(s.saveAs, {command: 'save-as'}, 'CmdOrCtrl+Shift+S'),
      {label: s.export, submenu: exportSubmenu},
      {type: 'separator'},
      item(s.recover, {command: 'recover'}),
      {type: 'separator'},
      // role 'close' closes the window, which goes through the unsaved-changes prompt.
      {label: s.close, role: 'close', accelerator: 'CmdOrCtrl+W'},
      ...(mac ? [] : [{type: 'separator' as const}, {label: s.quit, role: 'quit' as const, accelerator: 'CmdOrCtrl+Q'}])
    ]
  }

  const edit: MenuItemConstructorOptions = {
    label: s.edit,
    submenu: [
      {role: 'undo', label: m.lang === 'fr' ? 'Annuler' : 'Undo'},
      {role: 'redo', label: m.lang === 'fr' ? 'Rétablir' : 'Redo'},
      {type: 'separator'},
      {role: 'cut', label: m.lang === 'fr' ? 'Couper' : 'Cut'},
      {role: 'copy', label: m.lang === 'fr' ? 'Copier' : 'Copy'},
      {role: 'paste', label: m.lang === 'fr' ? 'Coller' : 'Paste'},
      {role: 'selectAll', label: m.lang === 'fr' ? 'Tout sélectionner' : 'Select All'},
      {type: 'separator'},
      item(s.find, {command: 'find'}, 'CmdOrCtrl+F')
    ]
  }

  const languages: [LanguageSetting, string][] = [
    ['system', s.languageSystem],
    ['fr', 'Français'],
    ['en', 'English']
  ]
  const view: MenuItemConstructorOptions = {
    label: s.view,
    submenu: [
      item(s.diagnostics, {command: 'toggle-diagnostics'}),
      item(s.readyToPublish, {command: 'ready-to-publish'}),
      {type: 'separator'},
      {
        label: s.language,
        submenu: languages.map(([value, label]) => ({
          label,
          type: 'radio' as const,
          checked: m.languageSetting === value,
          click: () => m.setLanguage(value)
        }))
      },
      {type: 'separator'},
      {role: 'resetZoom', label: m.lang === 'fr' ? 'Taille réelle' : 'Actual Size'},
      {role: 'zoomIn', label: m.lang === 'fr' ? 'Zoom avant' : 'Zoom In'},
      {role: 'zoomOut', label: m.lang === 'fr' ? 'Zoom arrière' : 'Zoom Out'},
      {type: 'separator'},
      {role: 'togglefullscreen', label: m.lang === 'fr' ? 'Plein écran' : 'Toggle Full Screen'},
      ...(m.devTools ? [{role: 'toggleDevTools' as const}] : [])
    ]
  }

  const help: MenuItemConstructorOptions = {
    label: s.help,
    role: 'help',
    submenu: [item(s.about, {command: 'about'})]
  }

  if (!mac) return [file, edit, view, help]

  const appMenu: MenuItemConstructorOptions = {
    label: 'Témoin',
    submenu: [
      item(s.about, {command: 'about'}),
      {type: 'separator'},
      {role: 'services'},
      {type: 'separator'},
      {role: 'hide'},
      {role: 'hideOthers'},
      {role: 'unhide'},
      {type: 'separator'},
      {label: s.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q'}
    ]
  }
  const windowMenu: MenuItemConstructorOptions = {label: s.window, role: 'windowMenu'}
  // « À propos » lives in the app menu on macOS, so there is no Help menu there.
  return [appMenu, file, edit, view, windowMenu]
}
