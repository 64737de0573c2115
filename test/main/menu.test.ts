import type {MenuItemConstructorOptions} from 'electron'
import {describe, expect, it} from 'vitest'
import {listTemplates} from '../../src/core/templates/index'
import {buildMenuTemplate, type MenuModel} from '../../src/main/menu'
import type {MenuCommand} from '../../src/preload/contract'

function model(overrides: Partial<MenuModel> = {}): {model: MenuModel; sent: MenuCommand[]; languages: string[]} {
  const sent: MenuCommand[] = []
  const languages: string[] = []
  return {
    sent,
    languages,
    model: {
      lang: 'fr',
      languageSetting: 'system',
      platform: 'linux',
      recent: [],
      templates: listTemplates(),
      devTools: false,
      send: (c) => sent.push(c),
      setLanguage: (l) => languages.push(l),
      clearRecent: () => undefined,
      ...overrides
    }
  }
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])])
}
function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = flatten(items).find((i) => i.label === label)
  if (!found) throw new Error(`no menu item ${label}`)
  return found
}
function click(item: MenuItemConstructorOptions): void {
  // The click handler only uses our closure; Electron's arguments are not needed.
  ;(item.click as unknown as () => void)()
}

describe('application menu', () => {
  it('French menus with the platform accelerators, and no F8 (left to the renderer)', () => {
    const {model: m, sent} = model()
    const menu = buildMenuTemplate(m)
    expect(menu.map((i) => i.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide'])
    const accel = Object.fromEntries(flatten(menu).filter((i) => i.accelerator).map((i) => [i.label, i.accelerator]))
    expect(accel).toMatchObject({
      Nouveau: 'CmdOrCtrl+N',
      'Ouvrir…': 'CmdOrCtrl+O',
      Enregistrer: 'CmdOrCtrl+S',
      'Enregistrer sous…': 'CmdOrCtrl+Shift+S',
      Fermer: 'CmdOrCtrl+W',
      'Quitter Témoin': 'CmdOrCtrl+Q'
    })
    expect(flatten(menu).some((i) => /F8/.test(String(i.accelerator ?? '')))).toBe(false)
    click(find(menu, 'Enregistrer sous…'))
    expect(sent).toEqual([{command: 'save-as'}])
  })

  it('File ▸ Exporter: the dialog (CmdOrCtrl+E) and one item per format, html, page, pdf, wxr, eml, txt, md', () => {
    const {model: m, sent} = model()
    const menu = buildMenuTemplate(m)
    const exportMenu = find(menu, 'Exporter')
    const items = (exportMenu.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator')
    expect(items[0]).toMatchObject({label: 'Exporter…', accelerator: 'CmdOrCtrl+E'})
    for (const i of items) click(i)
    expect(sent).toEqual([
      {command: 'export'},
      ...['html', 'page', 'pdf', 'wxr', 'eml', 'txt', 'md'].map((format) => ({command: 'export', format}))
    ])
    const en = buildMenuTemplate(model({lang: 'en'}).model)
    expect((find(en, 'Export').submenu as MenuItemConstructorOptions[]).map((i) => i.label).filter(Boolean)).toEqual([
      'Export…',
      'HTML Fragment for a Blog…',
      'Standalone HTML Page…',
      'PDF…',
      'WordPress Import (WXR)…',
      'Draft E-mail (.eml)…',
      'Plain Text…',
      'Clean Markdown…'
    ])
  })

  it('English labels when the UI language is English', () => {
    const menu = buildMenuTemplate(model({lang: 'en'}).model)
    expect(menu.map((i) => i.label)).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(find(menu, 'Save As…').accelerator).toBe('CmdOrCtrl+Shift+S')
  })

  it('macOS: app menu with Quit, a Window menu, no Quit in File', () => {
    const menu = buildMenuTemplate(model({platform: 'darwin'}).model)
    expect(menu.map((i) => i.label)).toEqual(['Témoin', 'Fichier', 'Édition', 'Affichage', 'Fenêtre'])
    const fileItems = menu[1].submenu as MenuItemConstructorOptions[]
    expect(fileItems.some((i) => i.role === 'quit')).toBe(false)
    expect((menu[0].submenu as MenuItemConstructorOptions[]).some((i) => i.role === 'quit')).toBe(true)
  })

  it('File ▸ Nouveau depuis un modèle lists the templates, French first, and sends the chosen one', () => {
    const {model: m, sent} = model()
    const sub = find(buildMenuTemplate(m), 'Nouveau depuis un modèle').submenu as MenuItemConstructorOptions[]
    const labels = sub.map((i) => i.label ?? i.type)
    expect(labels[0]).toBe('En français')
    expect(labels).toContain('En anglais')
    expect(labels.indexOf('En français')).toBeLessThan(labels.indexOf('En anglais'))
    const frCount = listTemplates('fr').length
    expect(sub.filter((i) => i.click)).toHaveLength(frCount + listTemplates('en').length)
    click(sub[1])
    expect(sent).toEqual([{command: 'new-from-template', templateId: listTemplates('fr')[0].id, lang: 'fr'}])
  })

  it('recent files submenu opens by path; the language radio switches the setting', () => {
    const {model: m, sent, languages} = model({
      recent: [{path: '/home/aline/témoignage.md', name: 'témoignage.md', at: '2026-03-01T10:00:00.000Z'}],
      languageSetting: 'fr'
    })
    const menu = buildMenuTemplate(m)
    click(find(menu, 'témoignage.md'))
    expect(sent).toEqual([{command: 'open-recent', path: '/home/aline/témoignage.md'}])
    const langMenu = find(menu, 'Langue').submenu as MenuItemConstructorOptions[]
    expect(langMenu.map((i) => [i.label, i.checked])).toEqual([
      ['Langue du système', false],
      ['Français', true],
      ['English', false]
    ])
    click(langMenu[2])
    expect(languages).toEqual(['en'])
    expect(find(buildMenuTemplate(model().model), 'Aucun fichier récent').enabled).toBe(false)
  })

  it('no DevTools item in packaged builds', () => {
    expect(flatten(buildMenuTemplate(model().model)).some((i) => i.role === 'toggleDevTools')).toBe(false)
    expect(flatten(buildMenuTemplate(model({devTools: true}).model)).some((i) => i.role === 'toggleDevTools')).toBe(true)
  })
})
