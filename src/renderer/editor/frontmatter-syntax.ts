// YAML front matter (`---` … `---` at the very top) as one block for the Markdown parser, so
// `auteur: …` followed by `---` is not shown as a setext heading. Highlighted as meta.
import {tags} from '@lezer/highlight'
import type {MarkdownConfig} from '@lezer/markdown'

const fence = /^(?:---|\.\.\.)\s*$/

export const frontMatterSyntax: MarkdownConfig = {
  defineNodes: [{name: 'FrontMatter', block: true, style: tags.meta}],
  parseBlock: [
    {
      name: 'FrontMatter',
      before: 'HorizontalRule',
      parse(cx, line) {
        if (cx.lineStart !== 0 || !/^---\s*$/.test(line.text)) return false
        const from = cx.lineStart
        // Up to the closing fence; an unclosed block stops at the first blank line (highlighting only:
        // the engine decides what counts as front matter).
        while (cx.nextLine()) {
          if (fence.test(line.text)) {
            cx.nextLine()
            break
          }
          if (line.text.trim() === '') break
        }
        cx.addElement(cx.elt('FrontMatter', from, cx.prevLineEnd()))
        return true
      }
    }
  ]
}
