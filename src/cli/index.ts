// `temoin` command-line entry: dispatches to one module per command.
import type {CliIo} from './io.js'

export const usage = `Témoin — témoigner sans diffamer (hors ligne)

Usage :
  temoin lint [fichiers…]          relire un brouillon (voir temoin lint --help)
  temoin export --to FORMAT draft.md   exporter (html, page, wxr, eml, txt, md)
  temoin report draft.md --out rapport.html   rapport de relecture pour un avocat
  temoin --version

Témoin donne une information, pas un avis juridique.
Témoin gives information, not legal advice.`

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'lint':
        return await (await import('./lint.js')).run(rest, io)
      case 'export':
        return await (await import('./export.js')).run(rest, io)
      case 'report':
        return await (await import('./report.js')).run(rest, io)
      case '--version':
      case '-v':
        io.stdout(`${VERSION}\n`)
        return 0
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(usage + '\n')
        return command === undefined ? 2 : 0
      default:
        io.stderr(`temoin : commande inconnue « ${command} »\n\n${usage}\n`)
        return 2
    }
  } catch (error) {
    io.stderr(`temoin : erreur inattendue : ${(error as Error).stack ?? error}\n`)
    return 2
  }
}

declare const __TEMOIN_VERSION__: string | undefined
const VERSION = typeof __TEMOIN_VERSION__ === 'string' ? __TEMOIN_VERSION__ : '0.0.0-dev'
