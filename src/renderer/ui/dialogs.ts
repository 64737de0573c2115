// Small modal dialogs built on <dialog> (Electron has no window.prompt()).
import {t} from '../i18n'

export interface DialogButton<T> {
  label: string
  value: T
  primary?: boolean
  testid?: string
}

function h<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag)
  if (cls) e.className = cls
  if (text !== undefined) e.textContent = text
  return e
}
export {h}

/** Show a modal with `body` and buttons; resolves with the chosen value, or `cancelValue` on Escape. */
export function modal<T>(opts: {
  title: string
  body: Node | Node[]
  buttons: DialogButton<T>[]
  cancelValue: T
  testid?: string
  onOpen?: (dialog: HTMLDialogElement) => void
  wide?: boolean
}): Promise<T> {
  return new Promise((resolve) => {
    const dialog = h('dialog', `modal${opts.wide ? ' modal-wide' : ''}`)
    if (opts.testid) dialog.dataset.testid = opts.testid
    const form = h('form')
    form.method = 'dialog'
    const title = h('h2', 'modal-title', opts.title)
    const body = h('div', 'modal-body')
    body.append(...(Array.isArray(opts.body) ? opts.body : [opts.body]))
    const bar = h('div', 'modal-buttons')
    let result = opts.cancelValue
    for (const b of opts.buttons) {
      const button = h('button', b.primary ? 'primary' : '', b.label)
      button.type = b.primary ? 'submit' : 'button'
      if (b.testid) button.dataset.testid = b.testid
      button.addEventListener('click', (e) => {
        e.preventDefault()
        result = b.value
        dialog.close()
      })
      bar.append(button)
    }
    form.addEventListener('submit', (e) => {
      e.preventDefault()
      const primary = opts.buttons.find((b) => b.primary)
      if (primary) result = primary.value
      dialog.close()
    })
    form.append(title, body, bar)
    dialog.append(form)
    dialog.addEventListener('close', () => {
      dialog.remove()
      resolve(result)
    })
    document.body.append(dialog)
    dialog.showModal()
    opts.onOpen?.(dialog)
  })
}

/** Ask for a line of text; null when cancelled. */
export async function promptText(title: string, label: string, testid = 'prompt'): Promise<string | null> {
  const s = t()
  const lab = h('label', 'field')
  const span = h('span', '', label)
  const input = h('input')
  input.type = 'text'
  input.dataset.testid = `${testid}-input`
  lab.append(span, input)
  const ok = await modal<boolean>({
    title,
    body: lab,
    testid,
    cancelValue: false,
    buttons: [
      {label: s.cancel, value: false, testid: `${testid}-cancel`},
      {label: s.ok, value: true, primary: true, testid: `${testid}-ok`}
    ],
    onOpen: () => input.focus()
  })
  return ok ? input.value.trim() : null
}

export function confirmDialog(title: string, text: string, yes: string, no: string, testid = 'confirm'): Promise<boolean> {
  return modal<boolean>({
    title,
    body: h('p', '', text),
    testid,
    cancelValue: false,
    buttons: [
      {label: no, value: false, testid: `${testid}-no`},
      {label: yes, value: true, primary: true, testid: `${testid}-yes`}
    ]
  })
}

let toastTimer: ReturnType<typeof setTimeout> | undefined
export function toast(text: string, kind: 'info' | 'error' = 'info'): void {
  let el = document.getElementById('toast')
  if (!el) {
    el = h('div')
    el.id = 'toast'
    el.setAttribute('role', 'status')
    document.body.append(el)
  }
  el.textContent = text
  el.className = `toast toast-${kind} visible`
  clearTimeout(toastTimer)
  toastTimer = setTimeout(() => el?.classList.remove('visible'), kind === 'error' ? 8000 : 3500)
}
