// In-app panel showing a rule's bundled documentation.
import {t} from '../i18n'
import {h} from './dialogs'
import {ruleDocMarkdown, ruleIdFromHref} from './rule-docs'

export function createDocPanel(root: HTMLElement, openExternal: (url: string) => void) {
  root.hidden = true
  async function open(ruleId: string): Promise<void> {
    const s = t()
    root.replaceChildren()
    const bar = h('div', 'doc-bar')
    const title = h('h2', 'panel-title', `${s.docPanelTitle}\u00A0: ${ruleId}`)
    const close = h('button', 'doc-close', '×')
    close.type = 'button'
    close.title = s.close
    close.setAttribute('aria-label', s.close)
    close.addEventListener('click', () => (root.hidden = true))
    bar.append(title, close)
    const body = h('div', 'doc-body')
    root.append(bar, body)
    root.dataset.rule = ruleId
    root.hidden = false
    const md = ruleDocMarkdown(ruleId)
    if (!md) {
      body.append(h('p', '', s.docMissing))
      return
    }
    const {renderMarkdown} = await import('./markdown-dom')
    body.append(
      renderMarkdown(md, (href) => {
        const other = ruleIdFromHref(href)
        if (other) void open(other)
        else if (/^(https:|mailto:)/i.test(href)) openExternal(href)
      })
    )
    body.append(h('p', 'doc-notice', s.legalNotice))
  }
  return {open, close: () => (root.hidden = true)}
}
