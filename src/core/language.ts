// Language of a chunk of prose, among French and English, with franc-min's trigrams.
import {franc} from 'franc-min'
import type {Lang} from './types.js'

const only = ['fra', 'eng']
// Below this many letters, trigram statistics are noise: the document's language decides.
const minimum = 40

export function detectLanguage(prose: string): Lang | undefined {
  let letters = 0
  for (let i = 0; i < prose.length && letters < minimum; i++) {
    const code = prose.charCodeAt(i)
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 192) letters++
  }
  if (letters < minimum) return undefined
  const code = franc(prose.length > 600 ? prose.slice(0, 600) : prose, {only, minLength: 10})
  return code === 'fra' ? 'fr' : code === 'eng' ? 'en' : undefined
}

export function toLang(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined
  const lower = value.trim().toLowerCase()
  if (lower === 'fr' || lower.startsWith('fr-') || lower.startsWith('fr_') || lower === 'français' || lower === 'francais' || lower === 'french') return 'fr'
  if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_') || lower === 'anglais' || lower === 'english') return 'en'
  return undefined
}
