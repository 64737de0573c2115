// Inline control comments, as in alex and remark-lint:
//   <!--temoin ignore criminal-term "pièce 4 : jugement du 3 mai 2022"-->   the next block only
//   <!--temoin disable emotion-->  …  <!--temoin enable emotion-->          a range
// No rule id means every rule. The quoted justification ("…" or « … ») is kept and reported.

export interface ParsedControl {
  keyword: 'ignore' | 'disable' | 'enable'
  ruleIds: string[]
  justification?: string
}

const comment = /^<!--\s*temoin\s+([\s\S]*?)\s*-->$/

/** Parses one HTML comment; undefined when it is not ours; `{error}` when it is ours but malformed. */
export function parseControl(html: string): ParsedControl | {error: string} | undefined {
  const match = comment.exec(html.trim())
  if (!match) return undefined
  let body = match[1]
  let justification: string | undefined
  const quoted = /(?:"([^"]*)"|«\s*([^»]*?)\s*»|“([^”]*)”)\s*$/.exec(body)
  if (quoted) {
    justification = (quoted[1] ?? quoted[2] ?? quoted[3] ?? '').trim()
    body = body.slice(0, quoted.index)
  }
  const words = body.trim().split(/[\s,]+/).filter(Boolean)
  const keyword = words.shift()
  if (keyword !== 'ignore' && keyword !== 'disable' && keyword !== 'enable') {
    return {error: `mot-clé inconnu « ${keyword ?? ''} » dans un commentaire temoin (attendu : ignore, disable ou enable)`}
  }
  return {keyword, ruleIds: words, justification: justification || undefined}
}
