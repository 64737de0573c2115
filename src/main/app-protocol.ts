// The app:// protocol that serves the built renderer (out/renderer) instead of file://
// (electron/electron docs/tutorial/security.md, "Use a custom protocol instead of file://").
// Plain module: resolves request URLs to files under the renderer root, refusing anything else.
import * as path from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'temoin'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm'
}

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps `app://temoin/<path>` to a file inside `root`. Returns null for another host or scheme, an
 * encoded or literal `..` escaping the root, NUL bytes, or a malformed URL. `/` serves index.html.
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  if (pathname.split('/').includes('..')) return null
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html'
  const base = path.resolve(root)
  const file = path.resolve(base, '.' + path.posix.normalize('/' + pathname))
  if (file !== base && !file.startsWith(base + path.sep)) return null
  return file
}
