// Which URLs may leave the app through shell.openExternal: parsed https: URLs with a host and no
// credentials, and mailto: URLs with an address. Everything else (file:, javascript:, http:, custom
// schemes, smb:…) is refused. The caller still asks the user before opening.

export const MAX_URL_LENGTH = 2048

export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null
  // Control characters and whitespace are never part of a URL the user should confirm.
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(raw)) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol === 'https:') {
    // Only the plain form `https://host…` (the parser would also turn `https:///x` into `https://x/`),
    // a dotted host name (no single-label intranet names), no credentials (`https://bank@evil`).
    if (!/^https:\/\/[^/\\]/i.test(raw) || !url.hostname.includes('.')) return null
    if (url.username !== '' || url.password !== '') return null
    return url.href
  }
  if (url.protocol === 'mailto:') {
    const address = decodeURIComponent(url.pathname.split(',')[0] ?? '')
    if (!/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(address)) return null
    return url.href
  }
  return null
}

/**
 * Is an IPC sender (its frame URL) one of the app's own pages? Compares parsed origins, never string
 * prefixes (`app://temoin.evil` ≠ `app://temoin`). `allowed` holds origins such as 'app://temoin' or,
 * in development only, 'http://localhost:5173'.
 */
export function isAppOrigin(frameUrl: string | undefined, allowed: readonly string[]): boolean {
  if (!frameUrl) return false
  let url: URL
  try {
    url = new URL(frameUrl)
  } catch {
    return false
  }
  const origin = url.protocol === 'app:' ? `app://${url.host}` : url.origin
  return allowed.includes(origin)
}
