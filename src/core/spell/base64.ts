// Base64 → bytes without `atob` string round-trips or `fetch` (the renderer CSP has
// `connect-src 'none'`, which also blocks fetching `data:` URLs). Accepts a bare base64 string or a
// `data:…;base64,` URL (what Vite's `?url&inline` import yields). Pure.

const TABLE = new Uint8Array(256).fill(255)
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
for (let i = 0; i < ALPHABET.length; i++) TABLE[ALPHABET.charCodeAt(i)] = i
TABLE['-'.charCodeAt(0)] = 62 // base64url
TABLE['_'.charCodeAt(0)] = 63

export function decodeBase64(input: string): Uint8Array {
  let start = 0
  if (input.startsWith('data:')) {
    const comma = input.indexOf(',')
    if (comma < 0 || !input.slice(0, comma).endsWith(';base64')) throw new Error('spell: not a base64 data URL')
    start = comma + 1
  }
  let end = input.length
  while (end > start && (input.charCodeAt(end - 1) === 61 /* = */ || input.charCodeAt(end - 1) <= 32)) end--
  const out = new Uint8Array(Math.floor(((end - start) * 3) / 4))
  let buffer = 0
  let bits = 0
  let o = 0
  for (let i = start; i < end; i++) {
    const code = input.charCodeAt(i)
    const v = code < 256 ? TABLE[code] : 255
    if (v === 255) {
      if (code <= 32) continue // whitespace / line breaks
      throw new Error(`spell: invalid base64 character at ${i}`)
    }
    buffer = (buffer << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[o++] = (buffer >> bits) & 0xff
    }
  }
  return o === out.length ? out : out.subarray(0, o)
}
