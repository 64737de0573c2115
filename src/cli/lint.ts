// `temoin lint`: built on unified-engine the way alex is, so that file discovery, `.temoinrc`,
// `.temoinrc.yml`, `package.json#temoin` and `.temoinignore` work as in the rest of the ecosystem.
import fs from 'node:fs'
import path from 'node:path'
import {Readable, Writable} from 'node:stream'
import {unified, type Plugin, type PluggableList} from 'unified'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {createLinter} from '../core/index.js'
import type {Lang, LintResult, LintSettings, Speller, TemoinMessage} from '../core/types.js'
import type {CliIo} from './io.js'
import {parseArgs, UsageError} from './args.js'
import {docUrl} from './docs.js'

export const EXTENSIONS = ['md', 'markdown', 'mdown', 'mkd', 'txt', 'text']

export const lintUsage = `Usage : temoin lint [options] [fichiers|dossiers|globs…]

Relit un brouillon avant publication et signale les passages à risque
(diffamation, injure, chantage, données personnelles…). Rien ne quitte l’ordinateur.
Reviews a draft before publication and flags risky passages. Nothing leaves the machine.

Options :
  --stdin              lire le texte sur l’entrée standard / read standard input
  --lang fr|en|auto    langue du texte (défaut : en-tête, configuration, sinon auto)
  --format text|json   format du rapport (défaut : text)
  --why                afficher le pourquoi (note juridique) de chaque message
  --quiet              n’afficher que les fichiers avec des messages
  --spell              vérifier aussi l’orthographe (français et anglais)
  -h, --help           cette aide

Codes de sortie : 0 rien ou seulement des avertissements, 1 erreurs trouvées,
2 erreur d’utilisation ou fichier illisible (absent, binaire, non UTF-8).
Configuration : .temoinrc, .temoinrc.yml, .temoinrc.json ou « temoin » dans package.json ;
chemins exclus : .temoinignore ; commentaires : <!--temoin ignore criminal-term "justification"-->.
Ces messages sont une information, pas un avis juridique.`

interface FileState {
  result?: LintResult
  inputError?: string
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let args
  try {
    args = parseArgs(argv, {
      boolean: ['stdin', 'why', 'quiet', 'spell', 'help'],
      string: ['lang', 'format'],
      alias: {h: 'help'}
    })
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`temoin lint : ${error.message}\n${lintUsage}\n`)
      return 2
    }
    throw error
  }
  if (args.flags.help) {
    io.stdout(lintUsage + '\n')
    return 0
  }
  const format = (args.flags.format as string | undefined) ?? 'text'
  if (format !== 'text' && format !== 'json') {
    io.stderr(`temoin lint : format inconnu « ${format} » (text ou json)\n`)
    return 2
  }
  const lang = args.flags.lang as string | undefined
  if (lang !== undefined && lang !== 'fr' && lang !== 'en' && lang !== 'auto') {
    io.stderr(`temoin lint : langue inconnue « ${lang} » (fr, en ou auto)\n`)
    return 2
  }
  if (args.flags.stdin && args.positionals.length > 0) {
    io.stderr('temoin lint : --stdin ne se combine pas avec des fichiers\n')
    return 2
  }

  let spellers: Partial<Record<Lang, Speller>> | undefined
  if (args.flags.spell) {
    try {
      const {loadSpellers} = await import('./spell.js')
      spellers = await loadSpellers(['fr', 'en'])
    } catch (error) {
      io.stderr(`temoin lint : dictionnaires introuvables : ${(error as Error).message}\n`)
      return 2
    }
  }

  const states = new WeakMap<VFile, FileState>()
  const overrides: LintSettings = lang ? {language: lang as Lang | 'auto'} : {}

  // The "parser" keeps nothing: the engine parses the Markdown itself, per paragraph.
  const parse: Plugin<[], string, {type: 'root'; children: []}> = function () {
    this.parser = () => ({type: 'root', children: []})
  }
  const temoin: Plugin<[LintSettings?]> = function (settings) {
    return (_tree, file) => {
      const state: FileState = {}
      states.set(file, state)

      let text = String(file.value ?? '')
      const problem = inputProblem(file, text)
      if (problem) {
        state.inputError = problem
        return
      }
      if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1) // keep offsets, drop the BOM
      const result = createLinter({...settings, ...overrides}, {spellers}).lint(text)
      state.result = result
      for (const message of [...result.configMessages, ...result.messages]) attach(file, message)
    }
  }

  const transform = (raw: unknown) => ({plugins: [[temoin, toSettings(raw)]] as PluggableList})
  const files = args.flags.stdin ? [] : args.positionals.length > 0 ? args.positionals : ['.']
  let stdinText: string | undefined
  if (args.flags.stdin) stdinText = io.stdin ? await io.stdin() : ''

  const context = await new Promise<{code: number; files: VFile[]}>((resolve, reject) => {
    engine(
      {
        processor: unified().use(parse),
        files,
        extensions: EXTENSIONS,
        cwd: io.cwd,
        streamIn: stdinText !== undefined ? Readable.from([stdinText]) : undefined,
        filePath: stdinText !== undefined ? 'stdin.md' : undefined,
        streamError: sink(() => undefined),
        streamOut: sink(() => undefined),
        out: false,
        output: false,
        rcName: '.temoinrc',
        packageField: 'temoin',
        ignoreName: '.temoinignore',
        detectConfig: true,
        detectIgnore: true,
        configTransform: transform,
        defaultConfig: transform({}),
        reporter: () => '',
        silentlyIgnore: args.positionals.length === 0,
        color: false
      },
      (error, code, ctx) => {
        if (error) reject(error)
        else resolve({code: code ?? 0, files: (ctx?.files ?? []) as VFile[]})
      }
    )
  }).catch((error: Error) => {
    io.stderr(`temoin lint : ${error.message}\n`)
    return undefined
  })
  if (!context) return 2

  const given = context.files.filter((file) => file.data.unifiedEngineGiven && !file.data.unifiedEngineIgnored)
  // Input problems: one clear line per file, exit 2 (missing, unreadable, binary, non-UTF-8).
  const inputErrors: string[] = []
  for (const file of context.files) {
    const state = states.get(file)
    const name = displayPath(file, io.cwd)
    if (state?.inputError) inputErrors.push(`${name} : ${state.inputError}`)
    for (const message of file.messages) {
      if (message.source !== 'temoin' && message.fatal) inputErrors.push(`${name} : ${translateEngineError(message.reason)}`)
    }
  }
  if (inputErrors.length > 0) {
    io.stderr(inputErrors.map((line) => `temoin lint : ${line}`).join('\n') + '\n')
    return 2
  }
  if (given.length === 0 && stdinText === undefined) {
    io.stderr(`temoin lint : aucun fichier à relire (extensions : ${EXTENSIONS.join(', ')})\n`)
    return 2
  }

  const reportable = given.filter((file) => !states.get(file)?.inputError)
  if (format === 'json') {
    io.stdout(JSON.stringify(reportable.map((file) => toJson(file, states.get(file), io.cwd)), null, 2) + '\n')
  } else {
    for (const file of reportable) {
      for (const message of file.messages) if (message.url) message.url = docUrl(message.url)
      // A file outside the working folder is named by its absolute path, not « ../../x.md ».
      if (file.path) file.history = [displayPath(file, io.cwd)]
    }
    const report = reporter(reportable, {quiet: Boolean(args.flags.quiet), verbose: Boolean(args.flags.why)})
    if (report) io.stderr(report + (report.endsWith('\n') ? '' : '\n'))
  }
  const errors = reportable.some((file) => states.get(file)?.result?.messages.some((m) => m.severity === 'error'))
  return errors ? 1 : 0
}

function displayPath(file: VFile, cwd: string): string {
  if (!file.path) return 'stdin'
  const absolute = path.resolve(file.cwd, file.path)
  const relative = path.relative(cwd, absolute)
  return relative && !relative.startsWith('..') ? relative : absolute
}

function attach(file: VFile, message: TemoinMessage) {
  const vmessage = file.message(message.reason, {place: message.place, ruleId: message.ruleId, source: message.source})
  if (message.actual !== undefined) vmessage.actual = message.actual
  if (message.expected !== undefined) vmessage.expected = message.expected
  if (message.note !== undefined) vmessage.note = message.note
  if (message.url !== undefined) vmessage.url = message.url
  vmessage.fatal = message.severity === 'error' ? true : message.severity === 'warning' ? false : undefined
}

function toJson(file: VFile, state: FileState | undefined, cwd: string) {
  const result = state?.result
  const messages = result ? [...result.configMessages, ...result.messages] : []
  return {
    path: displayPath(file, cwd),
    language: result?.language,
    messages: messages.map((m) => ({...m, url: m.url ? docUrl(m.url) : undefined})),
    ignored: (result?.ignored ?? []).map((i) => ({
      ruleId: i.message.ruleId,
      actual: i.message.actual,
      line: i.message.line,
      column: i.message.column,
      by: i.by,
      justification: i.justification ?? null
    }))
  }
}

/** `.temoinrc` content → engine settings. Unknown keys are passed on and reported by the engine. */
export function toSettings(raw: unknown): LintSettings {
  if (raw === null || raw === undefined) return {}
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new Error('la configuration doit être une table de réglages (language, rules, allow, sureness, equality, words)')
  const settings = {...(raw as Record<string, unknown>)}
  // `lang` is accepted as an alias of `language`.
  if (settings.lang !== undefined && settings.language === undefined) {
    settings.language = settings.lang
    delete settings.lang
  }
  return settings as LintSettings
}

function inputProblem(file: VFile, text: string): string | undefined {
  if (!text.includes('\u0000') && !text.includes('\uFFFD')) return undefined
  let bytes: Uint8Array | undefined
  if (file.path) {
    try {
      bytes = fs.readFileSync(path.resolve(file.cwd, file.path))
    } catch {
      return undefined
    }
  } else {
    bytes = new TextEncoder().encode(text)
  }
  const sample = bytes.subarray(0, 8000)
  if (sample.includes(0)) return 'fichier binaire, pas un texte : rien n’a été relu (binary file)'
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return 'le fichier n’est pas en UTF-8 : enregistrez-le en UTF-8 puis relancez (not UTF-8)'
  }
  return undefined
}

function translateEngineError(reason: string): string {
  if (/no such file/i.test(reason)) return 'fichier ou dossier introuvable (no such file or folder)'
  if (/EACCES|permission/i.test(reason)) return 'lecture refusée (permission denied)'
  if (/Cannot (parse|process) file/i.test(reason) || /config/i.test(reason)) return `configuration illisible : ${reason}`
  return reason
}

function sink(write: (chunk: string) => void): Writable {
  return new Writable({
    write(chunk, _encoding, callback) {
      write(String(chunk))
      callback()
    }
  })
}
