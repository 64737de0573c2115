import * as path from 'node:path'
import {describe, expect, it} from 'vitest'
import {APP_ORIGIN, mimeType, resolveAppFile} from '../../src/main/app-protocol'
import {guard, isTrustedSender, UntrustedSenderError} from '../../src/main/ipc-guard'
import {saveRequest} from '../../src/main/ipc-schemas'
import {ValidationError} from '../../src/main/validate'
import {readRuleDoc} from '../../src/main/docs'
import {repoRoot} from './helpers'

const top = (url: string) => ({senderFrame: {url, parent: null}})

describe('IPC guard', () => {
  it('only trusts the top frame of the app’s own origin', () => {
    expect(isTrustedSender(top('app://temoin/index.html'), [APP_ORIGIN])).toBe(true)
    expect(isTrustedSender({senderFrame: {url: 'app://temoin/index.html', parent: {}}}, [APP_ORIGIN])).toBe(false)
    expect(isTrustedSender({senderFrame: null}, [APP_ORIGIN])).toBe(false)
    expect(isTrustedSender(top('https://evil.example/'), [APP_ORIGIN])).toBe(false)
  })

  it('calls the handler with the validated payload, and rejects bad senders and payloads without calling it', async () => {
    const calls: unknown[] = []
    const logs: string[] = []
    const handler = guard(() => [APP_ORIGIN], saveRequest, (payload) => {
      calls.push(payload)
      return 'ok'
    }, (m) => logs.push(m))
    await expect(handler(top('app://temoin/index.html'), {path: '/a.md', content: 'x'})).resolves.toBe('ok')
    await expect(handler(top('https://evil.example/'), {path: '/a.md', content: 'x'})).rejects.toBeInstanceOf(UntrustedSenderError)
    await expect(handler(top('app://temoin/index.html'), {path: '/a.md'})).rejects.toBeInstanceOf(ValidationError)
    expect(calls).toEqual([{path: '/a.md', content: 'x'}])
    expect(logs).toHaveLength(2)
  })
})

describe('app:// protocol file resolution', () => {
  const root = path.resolve('/opt/temoin/renderer')
  it('maps app URLs into the renderer folder', () => {
    expect(resolveAppFile(root, 'app://temoin/')).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile(root, 'app://temoin/assets/index-abc.js')).toBe(path.join(root, 'assets/index-abc.js'))
    expect(resolveAppFile(root, 'app://temoin/assets/caf%C3%A9.css')).toBe(path.join(root, 'assets/café.css'))
  })
  it.each([
    'app://temoin/../../etc/passwd',
    'app://temoin/%2e%2e/%2e%2e/etc/passwd',
    'app://temoin/assets/..%2f..%2f..%2fetc/passwd',
    'app://temoin/a%5c..%5c..%5csecret',
    'app://temoin/a%00.js',
    'app://other/index.html',
    'file:///opt/temoin/renderer/index.html',
    'app://temoin/%E0%A4%A'
  ])('never resolves %s outside the renderer folder', (url) => {
    const file = resolveAppFile(root, url)
    // Literal and %2e%2e dot segments are already removed by the URL parser (the file stays inside
    // the root); encoded separators, NUL, other hosts and bad escapes are refused outright.
    expect(file === null || file.startsWith(root + path.sep)).toBe(true)
    if (/%2f|%5c|%00|%A$/i.test(url) || !url.startsWith('app://temoin/')) expect(file).toBeNull()
  })
  it('serves scripts and workers with a JavaScript MIME type', () => {
    expect(mimeType('a.js')).toMatch(/^text\/javascript/)
    expect(mimeType('a.html')).toMatch(/^text\/html/)
    expect(mimeType('a.bin')).toBe('application/octet-stream')
  })
})

describe('rule documentation', () => {
  it('refuses ids that are not rule ids and reports a missing doc', async () => {
    expect(await readRuleDoc([path.join(repoRoot, 'lint-rules')], '../package', 'fr')).toMatchObject({ok: false})
    expect(await readRuleDoc([path.join(repoRoot, 'lint-rules')], 'no-such-rule', 'fr')).toMatchObject({ok: false, message: expect.stringContaining('no-such-rule')})
  })
})
