// Hovers: on a person, who they are across the bundle; on a quote, every version of it.
import { Hover, MarkupKind } from 'vscode-languageserver-types';
import { Person, Quote } from '../bundle/model';
import { BundleView, withoutRepeats } from './view';

export function hover(view: BundleView, file: string, offset: number): Hover | null {
  const article = view.articleAt(file, offset);
  if (!article) return null;
  const seedOffset = offset - article.seed.offset;
  const person = view.personAt(article.id, seedOffset);
  if (person) return markdown(personMarkdown(view, person));
  const quote = view.quotesIn(article.id).find((q) => q.span.start <= seedOffset && seedOffset <= q.span.end);
  if (quote) return markdown(quoteMarkdown(view, quote));
  return null;
}

function markdown(value: string): Hover {
  return { contents: { kind: MarkupKind.Markdown, value } };
}

export function personMarkdown(view: BundleView, person: Person): string {
  const lines = [`**${person.name}**`];
  if (person.aliases.length > 0) lines.push('', `Also named: ${person.aliases.join(', ')}`);
  if (person.roles.length > 0) {
    lines.push('', '**Roles**');
    for (const { text, sources } of rolesBySources(view, person)) lines.push(`- ${text} — ${sources.join(', ')}`);
  }
  const perArticle = new Map<string, number>();
  for (const m of person.mentions) perArticle.set(m.article, (perArticle.get(m.article) ?? 0) + 1);
  lines.push('', '**Mentioned in**');
  for (const [article, count] of perArticle) lines.push(`- ${view.sourceName(article)} (${article}): ${count}×`);
  const quotes = withoutRepeats(view.analysis.quotes.filter((q) => q.speaker === person.name));
  if (quotes.length > 0) {
    lines.push('', '**Quoted**');
    for (const q of quotes.slice(0, 12)) lines.push(`- “${shorten(q.text)}” — ${view.sourceName(q.article)}`);
    if (quotes.length > 12) lines.push(`- …and ${quotes.length - 12} more`);
  }
  return lines.join('\n');
}

/** Each role the person is given once (as first written, case aside), with the sources that give it. */
function rolesBySources(view: BundleView, person: Person): { text: string; sources: string[] }[] {
  const byRole = new Map<string, { text: string; sources: string[] }>();
  for (const role of person.roles) {
    const key = role.text.toLowerCase();
    let entry = byRole.get(key);
    if (!entry) byRole.set(key, (entry = { text: role.text, sources: [] }));
    const source = view.sourceName(role.article);
    if (!entry.sources.includes(source)) entry.sources.push(source);
  }
  return [...byRole.values()];
}

/** The versions of a quote across the bundle, with their sources. */
export function quoteVersions(view: BundleView, quote: Quote): Quote[] {
  const index = view.analysis.quotes.indexOf(quote);
  const group = view.analysis.comparison.groups.find((g) => g.includes(index));
  return group ? group.map((i) => view.analysis.quotes[i]) : [quote];
}

function quoteMarkdown(view: BundleView, quote: Quote): string {
  const lines = [`**Quote** — ${quote.speaker ?? 'speaker not given'}`];
  const versions = quoteVersions(view, quote);
  if (versions.length > 1) lines.push('', `${versions.length} versions:`);
  for (const v of versions) lines.push('', `> ${shorten(v.text, 400)}`, '', `— ${view.sourceName(v.article)} (${v.article})`);
  // The comparison's findings on this version say word by word how the others differ.
  const differences = view.analysis.findings.filter(
    (f) => (f.code === 'quote-wording' || f.code === 'quote-speaker') && f.article === quote.article && f.span.start === quote.span.start,
  );
  if (differences.length > 0) lines.push('', '**Differences**', ...differences.map((f) => `- ${f.message}`));
  return lines.join('\n');
}

function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
