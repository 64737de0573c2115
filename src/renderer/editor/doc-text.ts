// The document as one string, built once per document version (`Text` is immutable) and shared
// by every consumer of that version: the rule diagnostics, the spellcheck, the dirty check, autosave.
import type {Text} from '@codemirror/state'

const texts = new WeakMap<Text, string>()
export function textOf(doc: Text): string {
  let s = texts.get(doc)
  if (s === undefined) texts.set(doc, (s = doc.toString()))
  return s
}
