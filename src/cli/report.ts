// `temoin report`: the review report for a lawyer, written as a standalone HTML page.
import path from 'node:path'
import {computeChecklist} from '../core/checklist.js'
import {frTypo, resolveMeta, parseDay, splitFrontMatter} from '../core/export/meta.js'
import {renderReviewReport} from '../core/export/report.js'
import type {CliIo} from './io.js'
import {parseArgs, UsageError} from './args.js'
import {CliFileError, displayName, lintDraft, loadSettings, readDraft, resolveOutput, writeAtomic} from './export.js'

export const reportUsage = `Usage : temoin report [options] brouillon.md

Écrit un rapport de relecture pour un avocat (HTML) : messages restants et leurs notes,
passages ignorés et leurs justifications, liste « Prêt à publier ? », et fin du délai de
prescription de trois mois (loi du 29 juillet 1881, art. 65) à partir de la date de publication.
Writes a review report for a lawyer (HTML).

Options :
  -o, --out FICHIER          fichier de sortie (défaut : brouillon.rapport.html ; « - » = sortie standard)
  --published AAAA-MM-JJ     date de première publication (défaut : « date: » de l’en-tête)
  --force                    remplacer un rapport existant
  -h, --help                 cette aide

Codes de sortie : 0 rapport écrit (même s’il reste des messages), 2 erreur d’utilisation ou de fichier.
Le rapport est une information, pas un conseil juridique.`

export async function run(argv: string[], rawIo: CliIo): Promise<number> {
  // Témoin's French messages get French typography (no-break spaces); stdout may carry an export, untouched.
  const io: CliIo = {...rawIo, stderr: (s) => rawIo.stderr(frTypo(s))}
  const fail = (message: string) => {
    io.stderr(`temoin report : ${message}\n`)
    return 2
  }
  let args
  try {
    args = parseArgs(argv, {boolean: ['force', 'help'], string: ['out', 'published'], alias: {o: 'out', h: 'help'}})
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n\n${reportUsage}`)
    throw error
  }
  if (args.flags.help) {
    io.stdout(frTypo(reportUsage) + '\n')
    return 0
  }
  if (args.positionals.length !== 1) return fail(`donnez un seul brouillon (${args.positionals.length} donnés)\n\n${reportUsage}`)
  const published = args.flags.published as string | undefined
  if (published !== undefined && !parseDay(published)) return fail(`--published : date invalide « ${published} » (format AAAA-MM-JJ, ex. 2024-03-12)`)

  try {
    const draft = await readDraft(args.positionals[0]!, io.cwd)
    const out = args.flags.out as string | undefined
    const base = path.basename(draft.path).replace(/\.[^.]+$/, '')
    const target = out === '-' ? undefined : await resolveOutput(out ?? `${base}.rapport.html`, io.cwd, {force: Boolean(args.flags.force), forbid: [draft.path]})

    const result = lintDraft(draft.text, await loadSettings(draft.path, io.cwd))
    const meta = resolveMeta(Object.keys(result.frontmatter).length > 0 ? result.frontmatter : splitFrontMatter(draft.text).data)
    const publishedOn = published ?? (parseDay(meta.date) ? meta.date : undefined)
    if (!publishedOn) {
      io.stderr(
        `temoin report : ${draft.name} : date de publication inconnue (« date: AAAA-MM-JJ » ou --published) : le rapport ne pourra pas dater la prescription.\n`
      )
    }
    const html = renderReviewReport({
      draftName: draft.name,
      title: meta.title,
      author: meta.author,
      result,
      checklist: computeChecklist(draft.text, result),
      publishedOn,
      now: new Date()
    })
    if (!target) {
      io.stdout(html)
      return 0
    }
    await writeAtomic(target.path, html, {overwrite: Boolean(args.flags.force)})
    io.stderr(`temoin report : ${displayName(target.path, io.cwd)} écrit (${result.messages.length} message(s), ${result.ignored.length} ignoré(s))\n`)
    return 0
  } catch (error) {
    if (error instanceof CliFileError) return fail(error.message)
    throw error
  }
}
