// French typography for template sources written with ordinary spaces: a narrow no-break space
// (U+202F) before ; : ! ? and inside « », a no-break space (U+00A0) after « n° » and between a number
// and its unit. Front matter (between the first two `---` lines) and HTML comments' syntax are left
// alone; URLs are not touched (no space before their colon).
const NNBSP = '\u202f'
const NBSP = '\u00a0'

export function frenchTypography(text: string): string {
  let body = text
  let head = ''
  const fm = /^---\n[\s\S]*?\n---\n/.exec(text)
  if (fm) {
    head = fm[0]
    body = text.slice(head.length)
  }
  body = body
    .replace(/ ([;:!?])(?=\s|$|\))/g, `${NNBSP}$1`)
    .replace(/« /g, `«${NNBSP}`)
    .replace(/ »/g, `${NNBSP}»`)
    .replace(/\bn° /g, `n°${NBSP}`)
    .replace(/(\d) (jours|mois|salariés|€)/g, `$1${NBSP}$2`)
    .replace(/\b(art\.|L\.|R\.) (\d)/g, `$1${NBSP}$2`)
  return head + body
}
