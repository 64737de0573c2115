// Rule documentation, bundled with the app (lint-rules/<id>/readme.md imported as raw text) and
// rendered inside the app: never fetched from the network.
const readmes = import.meta.glob<string>('../../../lint-rules/*/readme.md', {query: '?raw', import: 'default', eager: true})

const byRule = new Map<string, string>()
for (const [path, text] of Object.entries(readmes)) {
  const m = /lint-rules\/([^/]+)\/readme\.md$/.exec(path)
  if (m && m[1] !== 'support') byRule.set(m[1], text)
}

export function ruleDocMarkdown(ruleId: string): string | undefined {
  return byRule.get(ruleId)
}

export function documentedRules(): string[] {
  return [...byRule.keys()].sort()
}

/** A rule id named by a link inside a readme (`../insult/readme.md`, `../insult/`), if any. */
export function ruleIdFromHref(href: string): string | undefined {
  const m = /^(?:\.\.\/|\.\/)?([a-z][a-z0-9-]*)\/(?:readme\.md)?(?:#.*)?$/i.exec(href)
  return m && byRule.has(m[1]) ? m[1] : undefined
}
