// `temoin export`: lint gate, then one export format written atomically inside the chosen folder.
import {randomBytes} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {Configuration} from 'unified-engine'
import {lint} from '../core/index.js'
import {acknowledgmentReport, gate, type GateResult} from '../core/export/gate.js'
import {formatMessageLine} from '../core/export/gate.js'
import {EXPORT_FORMATS, defaultOutputName, isExportFormat, renderFormat, type ExportFormat} from '../core/export/index.js'
import {prepareDraft, type PreparedDraft} from '../core/export/document.js'
import {ExportInputError, frTypo} from '../core/export/meta.js'
import type {LintResult, LintSettings} from '../core/types.js'
import type {CliIo} from './io.js'
import {nodemailerComposer} from './mail-composer.js'

export {nodemailerComposer}
import {UsageError} from './args.js'
import {toSettings} from './lint.js'

export const exportUsage = `Usage : temoin export --to FORMAT [options] brouillon.md

Exporte un brouillon relu : FORMAT = html (fragment pour WordPress/Blogger), page (page HTML
imprimable), wxr (import WordPress), eml (brouillon de courriel), txt (formulaires web), md.
Le texte est d’abord relu : s’il reste des erreurs, rien n’est écrit (code 1), sauf avec --force,
qui enregistre alors un accusé « risques acceptés » à côté du fichier exporté.
Exports a reviewed draft; with errors left nothing is written unless --force (acknowledged in a file).

Options :
  --to FORMAT             format (ou --format FORMAT)
  -o, --out FICHIER       fichier de sortie (défaut : nom du brouillon dans le dossier courant ;
                          « - » = sortie standard). Jamais hors du dossier choisi.
  --force                 exporter malgré les erreurs et remplacer un fichier existant
  --title, --author, --subject TEXTE     remplacent titre, auteur, objet de l’en-tête
  --to ADRESSE, --from ADRESSE            destinataire(s) et expéditeur du courriel (eml)
  -h, --help              cette aide

En-tête (front matter) : titre/title, auteur/author, date, objet/subject, destinataires/to,
expediteur/from, categories, etiquettes/tags, agence, financeur.
Codes de sortie : 0 exporté, 1 erreurs de relecture (rien écrit), 2 erreur d’utilisation,
de fichier ou d’en-tête (rien écrit).
Témoin donne une information, pas un avis juridique.`


/** A problem with the command line, a file or a header value: exit 2, nothing written. */
export class CliFileError extends Error {}

// ---------------------------------------------------------------------------------------------
// Shared with src/cli/report.ts

export interface DraftFile {
  /** Absolute path. */
  path: string
  /** As shown to the user (relative to the cwd when inside it). */
  name: string
  text: string
}

export function displayName(file: string, cwd: string): string {
  const rel = path.relative(cwd, file)
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file
}

/** Reads a UTF-8 text draft; refuses missing, directory, binary and non-UTF-8 files. */
export async function readDraft(given: string, cwd: string): Promise<DraftFile> {
  const file = path.resolve(cwd, given)
  const name = displayName(file, cwd)
  let bytes: Buffer
  try {
    bytes = await fs.readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new CliFileError(`${name} : fichier introuvable (no such file)`)
    if (code === 'EISDIR') throw new CliFileError(`${name} : c’est un dossier, pas un brouillon (is a directory)`)
    if (code === 'EACCES') throw new CliFileError(`${name} : lecture refusée (permission denied)`)
    throw new CliFileError(`${name} : ${(error as Error).message}`)
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new CliFileError(`${name} : fichier binaire, pas un texte (binary file)`)
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    throw new CliFileError(`${name} : le fichier n’est pas en UTF-8 : enregistrez-le en UTF-8 (not UTF-8)`)
  }
  return {path: file, name, text}
}

/** The draft's `.temoinrc` / `package.json#temoin` settings, found as `temoin lint` finds them. */
export async function loadSettings(draftPath: string, cwd: string): Promise<LintSettings> {
  const marker = () => undefined
  const transform = (raw: unknown) => ({plugins: [[marker, toSettings(raw)]]})
  const configuration = new Configuration({
    cwd,
    rcName: '.temoinrc',
    packageField: 'temoin',
    detectConfig: true,
    configTransform: transform as never,
    defaultConfig: transform({}) as never
  })
  const result = await new Promise<{plugins: Array<[unknown, unknown]>} | undefined>((resolve, reject) =>
    configuration.load(draftPath, (error, value) => {
      if (error) reject(error)
      else resolve(value as never)
      return undefined
    })
  ).catch((error: Error) => {
    throw new CliFileError(`${displayName(draftPath, cwd)} : configuration illisible : ${error.message.split('\n')[0]}`)
  })
  const entry = result?.plugins.find((p) => p[0] === marker)
  return (entry?.[1] as LintSettings | undefined) ?? {}
}

/** Lints like `temoin lint` (a BOM is replaced by a space so offsets stay identical). */
export function lintDraft(text: string, settings: LintSettings): LintResult {
  return lint(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text, settings)
}

export interface OutputTarget {
  /** Absolute, symlink-free path of the file to write. */
  path: string
  name: string
}

/**
 * Resolves where to write. The chosen folder is the cwd (relative --out, or no --out) or the folder
 * of an absolute --out. Refused: `..` segments, a folder that resolves (through symlinks) outside
 * the cwd for relative paths, a symlink or directory as the target, an existing file without force.
 */
export async function resolveOutput(given: string, cwd: string, options: {force: boolean; forbid?: string[]}): Promise<OutputTarget> {
  const shown = given
  if (given.split(/[\\/]/).includes('..')) {
    throw new CliFileError(`${shown} : chemin refusé, « .. » sortirait du dossier choisi (path escapes the chosen folder)`)
  }
  const absolute = path.resolve(cwd, given)
  const base = path.basename(absolute)
  if (!base || base === '.' || given.endsWith('/') || given.endsWith(path.sep)) {
    throw new CliFileError(`${shown} : il faut un nom de fichier, pas un dossier (not a file name)`)
  }
  let realDir: string
  try {
    realDir = await fs.realpath(path.dirname(absolute))
  } catch {
    throw new CliFileError(`${shown} : dossier de destination introuvable (no such folder)`)
  }
  if (!path.isAbsolute(given)) {
    const realCwd = await fs.realpath(cwd)
    const rel = path.relative(realCwd, realDir)
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new CliFileError(`${shown} : chemin refusé, un lien symbolique mène hors du dossier courant (symlink escapes the current folder)`)
    }
  }
  const target = path.join(realDir, base)
  let stat: import('node:fs').Stats | undefined
  try {
    stat = await fs.lstat(target)
  } catch {
    stat = undefined
  }
  if (stat?.isSymbolicLink()) throw new CliFileError(`${shown} : est un lien symbolique, refusé même avec --force (target is a symlink)`)
  if (stat?.isDirectory()) throw new CliFileError(`${shown} : est un dossier (is a directory)`)
  for (const forbidden of options.forbid ?? []) {
    const real = await fs.realpath(forbidden).catch(() => forbidden)
    if (real === target) throw new CliFileError(`${shown} : c’est le brouillon lui-même, refusé (output would replace the draft)`)
  }
  if (stat && !options.force) {
    throw new CliFileError(`${shown} : le fichier existe déjà ; --force pour le remplacer (file exists)`)
  }
  return {path: target, name: shown}
}

/** Writes via a temp file in the same folder, then rename (replace) or link (no clobber, atomic). */
export async function writeAtomic(target: string, data: string | Uint8Array, options: {overwrite: boolean}): Promise<void> {
  const dir = path.dirname(target)
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  const handle = await fs.open(tmp, 'wx', 0o644)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    if (options.overwrite) await fs.rename(tmp, target)
    else {
      try {
        await fs.link(tmp, target) // fails with EEXIST if the file appeared meanwhile
        await fs.unlink(tmp)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EEXIST') throw new CliFileError(`${path.basename(target)} : le fichier existe déjà ; --force pour le remplacer (file exists)`)
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error
        // File systems without hard links: check, then rename.
        const exists = await fs.lstat(target).then(() => true, () => false)
        if (exists) throw new CliFileError(`${path.basename(target)} : le fichier existe déjà ; --force pour le remplacer (file exists)`)
        await fs.rename(tmp, target)
      }
    }
  } catch (error) {
    await fs.rm(tmp, {force: true})
    throw error
  }
}

/** Prints the blocking messages, as the gate's report. */
export function printBlocking(io: CliIo, draftName: string, result: GateResult): void {
  const lines = result.blocking.map((m) => `  ${formatMessageLine(m)}${m.note ? `\n      ${m.note}` : ''}`)
  io.stderr(`${draftName}\n${lines.join('\n')}\n`)
}

// ---------------------------------------------------------------------------------------------

interface ExportArgs {
  format?: string
  out?: string
  force: boolean
  help: boolean
  title?: string
  author?: string
  subject?: string
  from?: string
  recipients: string[]
  positionals: string[]
}

const STRING_OPTIONS = new Set(['to', 'format', 'out', 'title', 'author', 'subject', 'from', 'recipient'])

/**
 * `--to` names the format *and* the recipients, as the documented usage does: a value that is a
 * format name (html, page, wxr, eml, txt, md) sets the format, anything else is a recipient.
 */
export function parseExportArgs(argv: string[]): ExportArgs {
  const args: ExportArgs = {force: false, help: false, recipients: [], positionals: []}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      args.positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('-') || arg === '-') {
      args.positionals.push(arg)
      continue
    }
    let name = arg.replace(/^--?/, '')
    let value: string | undefined
    const eq = name.indexOf('=')
    if (eq !== -1) {
      value = name.slice(eq + 1)
      name = name.slice(0, eq)
    }
    if (name === 'o') name = 'out'
    if (name === 'f') name = 'format'
    if (name === 'h') name = 'help'
    if (name === 'force' || name === 'help') {
      if (value !== undefined) throw new UsageError(`l’option --${name} ne prend pas de valeur`)
      args[name] = true
      continue
    }
    if (!STRING_OPTIONS.has(name)) throw new UsageError(`option inconnue « ${arg} »`)
    if (value === undefined) {
      value = argv[++i]
      if (value === undefined) throw new UsageError(`l’option --${name} attend une valeur`)
    }
    if (name === 'to') {
      if (isExportFormat(value)) {
        if (args.format !== undefined && args.format !== value) throw new UsageError('deux formats donnés (--to)')
        args.format = value
      } else if (value.includes('@')) args.recipients.push(value)
      else throw new UsageError(`format inconnu « ${value} » (${EXPORT_FORMATS.join(', ')})`)
    } else if (name === 'format') args.format = value
    else if (name === 'recipient') args.recipients.push(value)
    else (args as unknown as Record<string, string>)[name] = value
  }
  return args
}

export async function run(argv: string[], rawIo: CliIo): Promise<number> {
  // Témoin's French messages get French typography (no-break spaces); stdout may carry an export, untouched.
  const io: CliIo = {...rawIo, stderr: (s) => rawIo.stderr(frTypo(s))}
  let args: ExportArgs
  try {
    args = parseExportArgs(argv)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`temoin export : ${error.message}\n\n${exportUsage}\n`)
      return 2
    }
    throw error
  }
  if (args.help) {
    io.stdout(frTypo(exportUsage) + '\n')
    return 0
  }
  const fail = (message: string) => {
    io.stderr(`temoin export : ${message}\n`)
    return 2
  }
  if (args.format === undefined) return fail(`précisez le format avec --to (${EXPORT_FORMATS.join(', ')})\n\n${exportUsage}`)
  if (!isExportFormat(args.format)) return fail(`format inconnu « ${args.format} » (${EXPORT_FORMATS.join(', ')})`)
  const format: ExportFormat = args.format
  if (args.positionals.length !== 1) return fail(`donnez un seul brouillon (${args.positionals.length} donnés)\n\n${exportUsage}`)

  try {
    const draftFile = await readDraft(args.positionals[0]!, io.cwd)
    const toStdout = args.out === '-'
    const outGiven = args.out ?? defaultOutputName(path.basename(draftFile.path).replace(/\.[^.]+$/, ''), format)
    const target = toStdout ? undefined : await resolveOutput(outGiven, io.cwd, {force: args.force, forbid: [draftFile.path]})

    // Lint first (its detected language signs English drafts in English), but report header
    // problems (exit 2) before the gate (exit 1).
    const result = lintDraft(draftFile.text, await loadSettings(draftFile.path, io.cwd))
    let draft: PreparedDraft
    try {
      draft = prepareDraft(draftFile.text, {
        title: args.title,
        author: args.author,
        subject: args.subject,
        from: args.from,
        to: args.recipients.length > 0 ? args.recipients : undefined,
        defaultLang: result.language
      })
    } catch (error) {
      if (error instanceof ExportInputError) return fail(`${draftFile.name} : ${error.message}`)
      throw error
    }

    const decision = gate(result, format)
    if (!decision.open && !args.force) {
      printBlocking(io, draftFile.name, decision)
      io.stderr(
        `temoin export : ${decision.blocking.length} message(s) bloquant(s) dans ${draftFile.name} : rien n’a été écrit. ` +
          `Corrigez-les, ou relancez avec --force pour exporter en acceptant les risques (un accusé sera enregistré).\n` +
          (decision.blackmail.length > 0 && format === 'eml'
            ? 'Un message lie la publication à de l’argent ou à une concession (chantage, Code pénal, art. 312-10) : pas de courriel sans accusé.\n'
            : '') +
          `Nothing was written: fix the messages above or use --force to acknowledge the risks.\n`
      )
      return 1
    }

    let content: string | Uint8Array
    try {
      content = await renderFormat(draft, format, {composer: nodemailerComposer})
    } catch (error) {
      if (error instanceof ExportInputError) return fail(`${draftFile.name} : ${error.message}`)
      throw error
    }

    // The acknowledgment is written first: an export forced past the gate never exists without it.
    if (!decision.open) {
      const ackGiven = target ? `${target.path}.risques-acceptes.txt` : `${path.basename(draftFile.path).replace(/\.[^.]+$/, '')}.${format}.risques-acceptes.txt`
      const ack = await resolveOutput(ackGiven, io.cwd, {force: true, forbid: [draftFile.path]})
      const report = acknowledgmentReport({draft: draftFile.name, output: target?.name ?? '(sortie standard / stdout)', format, when: new Date(), gate: decision})
      await writeAtomic(ack.path, report, {overwrite: true})
      io.stderr(`temoin export : ${decision.blocking.length} message(s) bloquant(s) acceptés (--force) ; accusé : ${displayName(ack.path, io.cwd)}\n`)
    }

    if (!target) {
      io.stdout(typeof content === 'string' ? content : Buffer.from(content).toString('utf8'))
      return 0
    }
    await writeAtomic(target.path, content, {overwrite: args.force})
    const others = result.messages.length - result.messages.filter((m) => m.severity === 'error').length
    io.stderr(
      `temoin export : ${displayName(target.path, io.cwd)} écrit (${format})` +
        (others > 0 ? ` ; ${others} avertissement(s) ou info restant(s) : temoin lint ${draftFile.name}` : '') +
        '\n'
    )
    return 0
  } catch (error) {
    if (error instanceof CliFileError) return fail(error.message)
    throw error
  }
}
