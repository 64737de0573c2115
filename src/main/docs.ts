// Rule documentation bundled with the app: lint-rules/<id>/readme.md (readme.<lang>.md when present).
// Looked up in the packaged resources first, then in the source tree (development).
import {promises as fsp} from 'node:fs'
import * as path from 'node:path'
import type {DocsResult, UiLang} from '../preload/contract'

export async function readRuleDoc(roots: readonly string[], ruleId: string, lang: UiLang): Promise<DocsResult> {
  if (!/^[a-z][a-z0-9-]*$/.test(ruleId)) return {ok: false, message: `unknown rule: ${ruleId}`}
  for (const root of roots) {
    for (const name of [`readme.${lang}.md`, 'readme.md']) {
      try {
        const markdown = await fsp.readFile(path.join(root, ruleId, name), 'utf8')
        return {ok: true, ruleId, markdown}
      } catch {
        // try the next candidate
      }
    }
  }
  return {
    ok: false,
    message: lang === 'fr' ? `Documentation introuvable pour la règle « ${ruleId} ».` : `No documentation found for rule “${ruleId}”.`
  }
}
