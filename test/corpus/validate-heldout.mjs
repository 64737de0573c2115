// Validate test/corpus/heldout.jsonl: schema, unique ids, known labels, spans are exact substrings; print counts.
// Usage: node test/corpus/validate-heldout.mjs [path]
import fs from 'node:fs';

const file = process.argv[2] ?? new URL('./heldout.jsonl', import.meta.url);
const CATS = ['criminal-term', 'insult', 'fact-as-opinion', 'emotion', 'blackmail', 'personal-data', 'recording', 'presumption'];
const errors = [];
const lines = fs.readFileSync(file, 'utf8').split('\n');
if (lines.at(-1) === '') lines.pop();
const ids = new Set();
const items = [];
lines.forEach((line, i) => {
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${i + 1}: invalid JSON (${e.message})`); return; }
  const where = `line ${i + 1} (${o.id})`;
  const keys = Object.keys(o).sort().join(',');
  if (keys !== 'id,labels,lang,note,spans,text') errors.push(`${where}: keys ${keys}`);
  if (!/^h\d{3}$/.test(o.id)) errors.push(`${where}: bad id`);
  if (ids.has(o.id)) errors.push(`${where}: duplicate id`);
  ids.add(o.id);
  if (o.id !== `h${String(i + 1).padStart(3, '0')}`) errors.push(`${where}: id out of sequence`);
  if (!['fr', 'en'].includes(o.lang)) errors.push(`${where}: bad lang`);
  if (typeof o.text !== 'string' || !o.text.trim()) errors.push(`${where}: empty text`);
  if (typeof o.note !== 'string' || !o.note) errors.push(`${where}: empty note`);
  if (!Array.isArray(o.labels) || !Array.isArray(o.spans)) { errors.push(`${where}: labels/spans not arrays`); return; }
  for (const l of o.labels) if (!CATS.includes(l)) errors.push(`${where}: unknown label ${l}`);
  if (new Set(o.labels).size !== o.labels.length) errors.push(`${where}: duplicate label`);
  for (const s of o.spans) if (typeof s !== 'string' || !s || !o.text.includes(s)) errors.push(`${where}: span not in text: ${JSON.stringify(s)}`);
  if ((o.labels.length === 0) !== (o.spans.length === 0)) errors.push(`${where}: labels and spans disagree on none`);
  items.push(o);
});

const row = (name, f) => {
  const fr = items.filter((o) => o.lang === 'fr' && f(o)).length;
  const en = items.filter((o) => o.lang === 'en' && f(o)).length;
  return `| ${name} | ${fr} | ${en} | ${fr + en} |`;
};
console.log('| label | fr | en | all |\n|---|---:|---:|---:|');
for (const c of CATS) console.log(row(c, (o) => o.labels.includes(c)));
console.log(row('*none*', (o) => o.labels.length === 0));
console.log(row('multi-label (≥2)', (o) => o.labels.length >= 2));
console.log(row('three labels', (o) => o.labels.length >= 3));
console.log(row('Markdown', (o) => /^(#{1,6} |[-*] |> )|\*\*|\]\(/.test(o.text)));
console.log(row('items', () => true));
console.log(`gold spans: ${items.reduce((n, o) => n + o.spans.length, 0)}`);
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
console.log('OK');
