// A small, strict argument parser: unknown options are usage errors (exit 2), not ignored.
export class UsageError extends Error {}

export interface ArgSpec {
  boolean?: string[]
  string?: string[]
  alias?: Record<string, string>
}

export interface ParsedArgs {
  flags: Record<string, string | boolean | undefined>
  positionals: string[]
}

export function parseArgs(argv: string[], spec: ArgSpec): ParsedArgs {
  const booleans = new Set(spec.boolean ?? [])
  const strings = new Set(spec.string ?? [])
  const flags: ParsedArgs['flags'] = {}
  const positionals: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (arg.startsWith('-') && arg !== '-') {
      let name = arg.replace(/^--?/, '')
      let value: string | undefined
      const eq = name.indexOf('=')
      if (eq !== -1) {
        value = name.slice(eq + 1)
        name = name.slice(0, eq)
      }
      name = spec.alias?.[name] ?? name
      if (booleans.has(name)) {
        if (value !== undefined) throw new UsageError(`l’option --${name} ne prend pas de valeur`)
        flags[name] = true
      } else if (strings.has(name)) {
        if (value === undefined) {
          value = argv[++i]
          if (value === undefined) throw new UsageError(`l’option --${name} attend une valeur`)
        }
        flags[name] = value
      } else {
        throw new UsageError(`option inconnue « ${arg} »`)
      }
    } else {
      positionals.push(arg)
    }
  }
  return {flags, positionals}
}
