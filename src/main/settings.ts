// Settings stored as JSON in userData, written atomically. A corrupted or invalid file is backed up
// next to it (never deleted) and reported; the valid parts are kept, the rest falls back to defaults.
import {promises as fsp} from 'node:fs'
import * as path from 'node:path'
import type {LanguageSetting, RecentFile, Settings, SettingsPatch} from '../preload/contract'
import {atomicWrite} from './files'
import {MAX_RECENT} from './recent'

export const MAX_DICTIONARY_WORDS = 5000
export const MAX_WORD_LENGTH = 64

export const DEFAULT_SETTINGS: Settings = {language: 'system', dictionary: [], recent: []}

export interface LoadedSettings {
  settings: Settings
  /** Present when the file could not be used as is. */
  problem?: {reason: string; backupPath: string}
}

const LANGUAGES: readonly LanguageSetting[] = ['system', 'fr', 'en']

export function normaliseDictionary(words: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of words) {
    const word = raw.normalize('NFC').trim()
    if (word === '' || word.length > MAX_WORD_LENGTH || /\s/.test(word) || seen.has(word)) continue
    seen.add(word)
    out.push(word)
    if (out.length >= MAX_DICTIONARY_WORDS) break
  }
  return out
}

function isRecentFile(value: unknown): value is RecentFile {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.path === 'string' && path.isAbsolute(v.path) && typeof v.name === 'string' && typeof v.at === 'string'
}

/** Validates parsed JSON. Returns the usable settings and the list of problems found. */
export function validateSettings(value: unknown): {settings: Settings; problems: string[]} {
  const problems: string[] = []
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {settings: structuredClone(DEFAULT_SETTINGS), problems: ['not an object']}
  const v = value as Record<string, unknown>
  const settings = structuredClone(DEFAULT_SETTINGS)
  if (v.language !== undefined) {
    if (typeof v.language === 'string' && (LANGUAGES as readonly string[]).includes(v.language))
      settings.language = v.language as LanguageSetting
    else problems.push('language')
  }
  if (v.dictionary !== undefined) {
    if (Array.isArray(v.dictionary) && v.dictionary.every((w) => typeof w === 'string'))
      settings.dictionary = normaliseDictionary(v.dictionary as string[])
    else problems.push('dictionary')
  }
  if (v.recent !== undefined) {
    if (Array.isArray(v.recent)) {
      settings.recent = v.recent.filter(isRecentFile).slice(0, MAX_RECENT)
      if (settings.recent.length !== Math.min(v.recent.length, MAX_RECENT)) problems.push('recent')
    } else problems.push('recent')
  }
  return {settings, problems}
}

export class SettingsStore {
  readonly file: string
  private current: Settings = structuredClone(DEFAULT_SETTINGS)
  private writing: Promise<void> = Promise.resolve()

  constructor(file: string) {
    this.file = file
  }

  get settings(): Settings {
    return structuredClone(this.current)
  }

  /** Loads the file. Missing → defaults. Unreadable or invalid → backed up, reported, valid parts kept. */
  async load(now: Date = new Date()): Promise<LoadedSettings> {
    let text: string
    try {
      text = await fsp.readFile(this.file, 'utf8')
    } catch (error) {
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') {
        this.current = structuredClone(DEFAULT_SETTINGS)
        return {settings: this.settings}
      }
      throw error
    }
    let parsed: unknown
    let reason: string | undefined
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      reason = `JSON: ${error instanceof Error ? error.message : String(error)}`
    }
    const {settings, problems} = reason === undefined ? validateSettings(parsed) : {settings: structuredClone(DEFAULT_SETTINGS), problems: []}
    if (reason === undefined && problems.length > 0) reason = `invalid fields: ${problems.join(', ')}`
    this.current = settings
    if (reason === undefined) return {settings: this.settings}
    const stamp = now.toISOString().replace(/[:.]/g, '-')
    const backupPath = path.join(path.dirname(this.file), `${path.basename(this.file, '.json')}.corrupt-${stamp}.json`)
    await fsp.copyFile(this.file, backupPath)
    return {settings: this.settings, problem: {reason, backupPath}}
  }

  /** Applies a change and writes the file atomically (writes are serialised). */
  async update(change: SettingsPatch & {recent?: RecentFile[]}): Promise<Settings> {
    const next = structuredClone(this.current)
    if (change.language !== undefined) next.language = change.language
    if (change.dictionary !== undefined) next.dictionary = normaliseDictionary(change.dictionary)
    if (change.recent !== undefined) next.recent = change.recent.slice(0, MAX_RECENT)
    this.current = next
    const snapshot = JSON.stringify(next, null, 2) + '\n'
    const write = this.writing.then(async () => {
      await fsp.mkdir(path.dirname(this.file), {recursive: true})
      await atomicWrite(this.file, snapshot)
    })
    this.writing = write.catch(() => undefined)
    await write
    return this.settings
  }
}
