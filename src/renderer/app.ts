// The editor window: toolbar (File menu), CodeMirror in a shadow root, side panel, status bar,
// dialogs. Talks to the outside world only through the bridge (`TemoinBridge`).
import {setDiagnosticsEffect} from '@codemirror/lint'
import {EditorState, type Extension} from '@codemirror/state'
import {openSearchPanel} from '@codemirror/search'
import {EditorView} from '@codemirror/view'
import type {DraftFile, FileStamp, MenuCommand, SettingsState, TemoinBridge, UiLang} from '../preload/contract'
import {onUiLangChange, setUiLang, t, uiLang} from './i18n'
import {countWords} from './editor/control-comments'
import {refreshDiagnostics, textOf, type EditorHooks} from './editor/diagnostics'
import {temoinExtensions} from './editor/extension-sets'
import {setTextLang, spellExtension} from './editor/extension-sets'
import {refreshSpelling} from './spell/index'
import type {WorkerLintClient} from './editor/lint-client'
import {confirmDialog, h, modal, promptText, toast} from './ui/dialogs'
import {createDocPanel} from './ui/doc-panel'
import {countBySeverity, renderSidePanel} from './ui/side-panel'
import {openChecklist} from './ui/checklist-panel'
import {openExportDialog} from './ui/export-dialog'

const AUTOSAVE_MS = 3000

interface DocState {
  path: string | null
  name: string | null
  /** File name suggested on the first save (a template's). */
  suggested: string | null
  stamp: FileStamp | null
  draftId: string
  savedText: string
}

function newDraftId(): string {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`
}

function titleOf(text: string, name: string | null): string {
  if (name) return name
  const heading = /^#{1,6}\s+(.+)$/m.exec(text)
  return heading ? heading[1].trim().slice(0, 80) : t().untitled
}

export async function startApp(bridge: TemoinBridge, backend: WorkerLintClient): Promise<{view: EditorView}> {
  const settings: SettingsState = await bridge.getSettings()
  setUiLang(settings.uiLanguage)
  document.documentElement.lang = uiLang()

  // ---- layout
  const app = document.getElementById('app')!
  app.replaceChildren()
  const toolbar = h('header', 'toolbar')
  const main = h('main', 'workspace')
  const host = h('div', 'editor-host')
  host.dataset.testid = 'editor-host'
  const side = h('aside', 'side-panel')
  side.dataset.testid = 'side-panel'
  const docPanelEl = h('aside', 'doc-panel')
  docPanelEl.dataset.testid = 'doc-panel'
  const status = h('footer', 'status-bar')
  status.dataset.testid = 'status-bar'
  main.append(host, side, docPanelEl)
  app.append(toolbar, main, status)

  // CodeMirror styles itself with style-mod. In a shadow root it uses constructable stylesheets,
  // which the strict CSP (`style-src 'self'`, no nonce, no 'unsafe-inline') allows; on the document
  // it would inject a <style> tag that this CSP blocks.
  const shadow = host.attachShadow({mode: 'open'})
  const editorParent = document.createElement('div')
  editorParent.className = 'editor-parent'
  shadow.append(editorParent)
  const hostStyle = new CSSStyleSheet()
  hostStyle.replaceSync(':host{display:block;min-height:0;overflow:hidden} .editor-parent{height:100%}')
  shadow.adoptedStyleSheets = [hostStyle]

  const docPanel = createDocPanel(docPanelEl, (url) => void bridge.openExternal(url))

  const hooks: EditorHooks = {
    lang: uiLang,
    askJustification: (ruleId) => promptText(`${t().ignoreTitle} (${ruleId})`, t().ignorePrompt, 'ignore'),
    openRuleDoc: (ruleId) => void docPanel.open(ruleId)
  }

  const doc: DocState = {path: null, name: null, suggested: null, stamp: null, draftId: newDraftId(), savedText: ''}
  let lintVersion = 0
  let textLanguage = 'fr' // the text's language, from the last lint result
  let wordTimer: ReturnType<typeof setTimeout> | undefined
  let words = 0

  const onUpdate = EditorView.updateListener.of((u) => {
    if (u.docChanged) {
      scheduleWords()
      markDirty()
      // The panel shows line numbers: new lines move them even when the findings stay the same
      // (the lint runner then dispatches nothing).
      if (u.state.doc.lines !== u.startState.doc.lines) scheduleSidePanel(false)
    }
    if (u.transactions.some((tr) => tr.effects.some((e) => e.is(setDiagnosticsEffect)))) {
      lintVersion++
      renderStatus()
      scheduleSidePanel()
    }
  })

  let dictionary = settings.settings.dictionary
  // The spelling actions' labels follow the UI language (read at each check).
  const spell = spellExtension(uiLang, {
    words: () => dictionary,
    add: async (word) => {
      if (dictionary.includes(word)) return
      const state = await bridge.setSettings({dictionary: [...dictionary, word]})
      dictionary = state.settings.dictionary
    }
  })
  const extensions = (): Extension[] =>
    temoinExtensions({
      backend,
      hooks,
      extra: [onUpdate, spell],
      placeholderText: uiLang() === 'fr' ? 'Écrivez votre témoignage ici…' : 'Write your testimony here…'
    }).concat(EditorView.contentAttributes.of({'aria-label': uiLang() === 'fr' ? 'Texte du témoignage' : 'Testimony text'}))

  const view = new EditorView({
    state: EditorState.create({doc: '', extensions: extensions()}),
    parent: editorParent,
    root: shadow
  })
  view.contentDOM.dataset.testid = 'editor'

  function setDocument(text: string, file: Partial<DocState>) {
    Object.assign(doc, {path: null, name: null, suggested: null, stamp: null, draftId: newDraftId()}, file)
    view.setState(EditorState.create({doc: text, extensions: extensions()}))
    // CodeMirror normalises line breaks: compare against its text, not the file's bytes.
    if (file.savedText === undefined) doc.savedText = textOf(view.state.doc)
    view.contentDOM.dataset.testid = 'editor'
    if (textLanguage !== 'fr') view.dispatch({effects: setTextLang(textLanguage)})
    words = countWords(view.state.doc)
    markDirty()
    renderStatus()
    renderSidePanel(side, view, backend.ruleMeta(), hooks.openRuleDoc)
    view.focus()
  }

  // ---- side panel: rebuilt when the diagnostics settle, not on every keystroke (a long document
  // has hundreds of entries; rebuilding them between two keystrokes would delay the next one).
  // `restart: false` (line numbers moved) keeps a pending rebuild where it is, so typing does not
  // postpone it.
  let sideTimer: ReturnType<typeof setTimeout> | undefined
  function scheduleSidePanel(restart = true) {
    if (!restart && sideTimer !== undefined) return
    clearTimeout(sideTimer)
    sideTimer = setTimeout(() => {
      sideTimer = undefined
      if (!side.hidden) renderSidePanel(side, view, backend.ruleMeta(), hooks.openRuleDoc)
    }, 300)
  }

  // ---- status bar
  function scheduleWords() {
    clearTimeout(wordTimer)
    wordTimer = setTimeout(() => {
      words = countWords(view.state.doc)
      renderStatus()
    }, 150)
  }

  // Built once; each render only rewrites the text or attribute that changed (no node rebuilt),
  // so a lint result or a keystroke never re-lays out the whole bar.
  const statusParts = {
    words: h('span', 'st-words'),
    errors: h('span', 'st-errors sev-error'),
    warnings: h('span', 'st-warnings sev-warning'),
    infos: h('span', 'st-infos sev-info'),
    lang: h('span', 'st-lang'),
    dirty: h('span', 'st-dirty')
  }
  status.append(
    statusParts.words,
    h('span', 'st-sep', '·'),
    statusParts.errors,
    statusParts.warnings,
    statusParts.infos,
    h('span', 'st-sep', '·'),
    statusParts.lang,
    h('span', 'st-spacer'),
    statusParts.dirty
  )
  const setText = (el: HTMLElement, text: string) => {
    if (el.textContent !== text) el.textContent = text
  }
  const setData = (key: string, value: string) => {
    if (status.dataset[key] !== value) status.dataset[key] = value
  }

  function renderLang() {
    const s = t()
    const detected = backend.last?.result.language
    setText(statusParts.lang, detected ? s.detected(s.langName[detected] ?? detected) : s.linting)
  }

  function renderStatus() {
    const s = t()
    const c = countBySeverity(view.state)
    setText(statusParts.words, s.words(words))
    setText(statusParts.errors, s.errors(c.error))
    setText(statusParts.warnings, s.warnings(c.warning))
    setText(statusParts.infos, s.infos(c.info))
    renderLang()
    setText(statusParts.dirty, isDirty() ? s.unsavedMark : '')
    setData('lintVersion', String(lintVersion))
    setData('errors', String(c.error))
    setData('warnings', String(c.warning))
    setData('infos', String(c.info))
  }

  // ---- dirty state and autosave
  // Cheap on every keystroke: the full text is only compared when the lengths match.
  const isDirty = () => view.state.doc.length !== doc.savedText.length || textOf(view.state.doc) !== doc.savedText
  let lastDirty: boolean | null = null
  let lastTitle = ''
  function markDirty() {
    const dirty = isDirty()
    const title = titleOf(view.state.doc.sliceString(0, 2000), doc.name)
    if (dirty !== lastDirty || title !== lastTitle) {
      lastDirty = dirty
      lastTitle = title
      docTitle.textContent = `${title}${dirty ? ' •' : ''}`
      void bridge.setDirty({dirty, title, path: doc.path, draftId: doc.draftId})
      renderStatus()
    }
  }

  let lastAutosaved = ''
  async function autosave() {
    if (!isDirty()) return
    const content = textOf(view.state.doc)
    if (content === lastAutosaved) return
    const r = await bridge.autosaveDraft({
      draftId: doc.draftId,
      content,
      path: doc.path,
      title: titleOf(content.slice(0, 2000), doc.name)
    })
    if (r.ok) {
      lastAutosaved = content
      status.dataset.autosavedAt = r.savedAt
    }
  }
  setInterval(() => void autosave(), AUTOSAVE_MS)
  window.addEventListener('blur', () => void autosave())
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void autosave()
  })

  // ---- file commands
  async function confirmDiscard(): Promise<boolean> {
    if (!isDirty()) return true
    const s = t()
    const ok = await confirmDialog(s.file, s.discardChanges, s.discard, s.cancel, 'discard')
    if (ok) await bridge.discardRecovery({draftId: doc.draftId})
    return ok
  }

  async function cmdNew() {
    if (await confirmDiscard()) setDocument('', {})
  }

  function openFile(file: DraftFile) {
    setDocument(file.content, {path: file.path, name: file.name, stamp: file.stamp})
  }

  async function cmdOpen(path?: string) {
    if (!(await confirmDiscard())) return
    const r = await bridge.openDraft(path ? {path} : undefined)
    if (r.ok) openFile(r.file)
    else if (r.reason === 'error') toast(r.message, 'error')
  }

  async function cmdSave(force = false): Promise<boolean> {
    const content = view.state.doc.toString()
    if (!doc.path) return cmdSaveAs()
    const r = await bridge.saveDraft({path: doc.path, content, expected: doc.stamp, force, draftId: doc.draftId})
    if (r.ok) {
      Object.assign(doc, {path: r.path, name: r.name, stamp: r.stamp, savedText: content})
      markDirty()
      toast(t().saved(r.name))
      return true
    }
    if (r.reason === 'conflict') {
      const s = t()
      const overwrite = await confirmDialog(s.save, r.message, s.save, s.cancel, 'conflict')
      return overwrite ? cmdSave(true) : false
    }
    if (r.reason === 'error') toast(t().saveFailed(r.message), 'error')
    return false
  }

  async function cmdSaveAs(): Promise<boolean> {
    const content = view.state.doc.toString()
    const r = await bridge.saveDraftAs({content, suggestedName: doc.name ?? doc.suggested ?? suggestedName(content), draftId: doc.draftId})
    if (r.ok) {
      Object.assign(doc, {path: r.path, name: r.name, stamp: r.stamp, savedText: content})
      markDirty()
      toast(t().saved(r.name))
      return true
    }
    if (r.reason === 'error') toast(t().saveFailed(r.message), 'error')
    return false
  }

  function suggestedName(content: string): string {
    const title = titleOf(content.slice(0, 2000), null)
    const base = title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
    return `${base || (uiLang() === 'fr' ? 'temoignage' : 'testimony')}.md`
  }

  async function cmdTemplates(templateId?: string, lang?: UiLang) {
    const s = t()
    const l = lang ?? uiLang()
    let id = templateId
    if (!id) {
      const list = await bridge.listTemplates(l)
      const body = h('div', 'template-list')
      if (list.length === 0) body.append(h('p', '', s.noTemplates))
      const chosen = modal<string | null>({
        title: s.templatesTitle,
        body,
        testid: 'templates',
        cancelValue: null,
        wide: true,
        buttons: [{label: s.cancel, value: null, testid: 'templates-cancel'}]
      })
      for (const tpl of list) {
        const b = h('button', 'template-item')
        b.type = 'button'
        b.dataset.template = tpl.id
        b.append(h('strong', '', tpl.title), h('span', '', tpl.description))
        b.addEventListener('click', () => {
          id = tpl.id
          ;(b.closest('dialog') as HTMLDialogElement).close()
        })
        body.append(b)
      }
      await chosen
      if (!id) return
    }
    if (!(await confirmDiscard())) return
    const tpl = await bridge.getTemplate({id, lang: l})
    if (!tpl) return
    // A new, unsaved document: it is dirty (and autosaved) until saved under a name.
    setDocument(tpl.content, {savedText: '', suggested: tpl.fileName})
  }

  async function cmdExport(format?: string) {
    await openExportDialog({
      bridge,
      view,
      backend,
      format,
      suggestedBase: (doc.name ?? doc.suggested ?? suggestedName(textOf(view.state.doc))).replace(/\.[a-z]+$/i, ''),
      draftName: doc.name ?? doc.suggested ?? titleOf(view.state.doc.sliceString(0, 2000), null),
      openDoc: hooks.openRuleDoc
    })
  }

  async function cmdChecklist() {
    await openChecklist({view, backend, openDoc: hooks.openRuleDoc})
  }

  async function restoreDrafts() {
    const drafts = (await bridge.recoverDrafts()).filter((d) => d.draftId !== doc.draftId)
    if (drafts.length === 0) return
    const d = drafts[0]
    const s = t()
    const when = new Date(d.savedAt).toLocaleString(uiLang() === 'fr' ? 'fr-FR' : 'en-GB')
    const ok = await confirmDialog(s.restoreTitle, `${d.title} — ${s.restorePrompt(when)}`, s.restore, s.discard, 'restore')
    if (ok) {
      // Keep the recovered draft's id, so it is replaced by the next autosave, removed on save.
      setDocument(d.content, {path: d.path, name: d.path ? d.title : null, draftId: d.draftId, savedText: ''})
      lastAutosaved = d.content
    } else {
      await bridge.discardRecovery({draftId: d.draftId})
    }
  }

  // ---- toolbar
  const docTitle = h('span', 'doc-title')
  docTitle.dataset.testid = 'doc-title'
  function renderToolbar() {
    const s = t()
    toolbar.replaceChildren()
    const menu = h('details', 'menu')
    menu.dataset.testid = 'file-menu'
    const summary = h('summary', '', s.file)
    const items = h('div', 'menu-items')
    const item = (label: string, testid: string, run: () => unknown, shortcut = '') => {
      const b = h('button', 'menu-item')
      b.type = 'button'
      b.dataset.testid = testid
      b.append(h('span', '', label), h('kbd', '', shortcut))
      b.addEventListener('click', () => {
        menu.open = false
        void run()
      })
      items.append(b)
    }
    const mod = bridge.platform === 'darwin' ? '⌘' : 'Ctrl+'
    // A browser keeps Ctrl+N for itself: the shortcut is only announced in the desktop app.
    item(s.newDoc, 'menu-new', cmdNew, bridge.platform === 'web' ? '' : `${mod}N`)
    item(s.newFromTemplate, 'menu-template', () => cmdTemplates())
    item(s.open, 'menu-open', () => cmdOpen(), `${mod}O`)
    item(s.save, 'menu-save', () => cmdSave(), `${mod}S`)
    item(s.saveAs, 'menu-save-as', cmdSaveAs, `${mod}${bridge.platform === 'darwin' ? '⇧' : 'Shift+'}S`)
    item(s.exportDoc, 'menu-export', () => cmdExport(), `${mod}E`)
    const recent = h('div', 'menu-recent')
    items.append(recent)
    menu.addEventListener('toggle', async () => {
      if (!menu.open) return
      const list = await bridge.recentDrafts()
      recent.replaceChildren()
      if (list.length === 0) return
      recent.append(h('div', 'menu-label', uiLang() === 'fr' ? 'Récents' : 'Recent'))
      for (const r of list.slice(0, 8)) {
        const b = h('button', 'menu-item', r.name)
        b.type = 'button'
        b.title = r.path
        b.dataset.testid = 'menu-recent'
        b.addEventListener('click', () => {
          menu.open = false
          void cmdOpen(r.path)
        })
        recent.append(b)
      }
    })
    menu.append(summary, items)
    const ready = h('button', 'ready-button', s.readyToPublish)
    ready.type = 'button'
    ready.dataset.testid = 'ready'
    ready.addEventListener('click', () => void cmdChecklist())
    const langSelect = h('select', 'lang-select')
    langSelect.dataset.testid = 'ui-lang'
    langSelect.title = s.language
    for (const [value, label] of [
      ['fr', 'Français'],
      ['en', 'English']
    ]) {
      const o = h('option', '', label)
      o.value = value
      o.selected = value === uiLang()
      langSelect.append(o)
    }
    langSelect.addEventListener('change', async () => {
      const state = await bridge.setSettings({language: langSelect.value as UiLang})
      setUiLang(state.uiLanguage)
    })
    const brand = h('span', 'brand', 'Témoin')
    toolbar.append(brand, menu, ready, docTitle, h('span', 'spacer'), langSelect)
  }

  function rerenderChrome() {
    document.documentElement.lang = uiLang()
    renderToolbar()
    lastDirty = null
    markDirty()
    renderStatus()
    renderSidePanel(side, view, backend.ruleMeta(), hooks.openRuleDoc)
    view.dispatch({effects: [refreshDiagnostics.of(null), refreshSpelling.of(null)]})
  }
  onUiLangChange(rerenderChrome)
  bridge.onSettingsChanged((st) => {
    dictionary = st.settings.dictionary
    setUiLang(st.uiLanguage)
  })

  // ---- keyboard shortcuts (the desktop menu sends the same commands through the bridge)
  window.addEventListener('keydown', (e) => {
    const mod = bridge.platform === 'darwin' ? e.metaKey : e.ctrlKey
    if (!mod || bridge.platform !== 'web') return
    const k = e.key.toLowerCase()
    if (k === 's') {
      e.preventDefault()
      void (e.shiftKey ? cmdSaveAs() : cmdSave())
    } else if (k === 'o') {
      e.preventDefault()
      void cmdOpen()
    } else if (k === 'e') {
      e.preventDefault()
      void cmdExport()
    }
  })

  bridge.onMenuCommand((c: MenuCommand) => {
    switch (c.command) {
      case 'new':
        return void cmdNew()
      case 'new-from-template':
        return void cmdTemplates(c.templateId, c.lang)
      case 'open':
        return void cmdOpen()
      case 'open-recent':
        return void cmdOpen(c.path)
      case 'save':
        return void cmdSave()
      case 'save-as':
        return void cmdSaveAs()
      case 'save-then-close':
        return void cmdSave().then((ok) => {
          if (ok) void bridge.confirmClose()
        })
      case 'export':
        return void cmdExport(c.format)
      case 'find':
        openSearchPanel(view)
        return
      case 'toggle-diagnostics':
        side.hidden = !side.hidden
        return
      case 'ready-to-publish':
        return void cmdChecklist()
      case 'recover':
        return void restoreDrafts()
      case 'about':
        return void toast('Témoin — ' + t().legalNotice)
    }
  })

  bridge.onFileChanged((e) => {
    if (e.path === doc.path) toast(uiLang() === 'fr' ? `Le fichier a été modifié par un autre programme.` : 'The file was changed by another program.', 'error')
  })

  renderToolbar()
  markDirty()
  renderStatus()
  renderSidePanel(side, view, backend.ruleMeta(), hooks.openRuleDoc)
  backend.onReady(() => renderSidePanel(side, view, backend.ruleMeta(), hooks.openRuleDoc))
  backend.onResult((result) => {
    // Only the language can change here: the counts follow when CodeMirror applies the
    // diagnostics (the update listener renders the whole bar then, once).
    renderLang()
    if (result.language !== textLanguage) {
      textLanguage = result.language
      view.dispatch({effects: setTextLang(textLanguage)})
    }
  })
  view.focus()
  await restoreDrafts()
  document.body.dataset.ready = 'true'
  return {view}
}
