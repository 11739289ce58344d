// Hovers: on a person, who they are across the bundle; on a quote, every version of it.
// What the bundle's text says goes in as it is written (escaped): a quote's asterisks are its own.
import { Hover, MarkupKind } from 'vscode-languageserver-types';
import { Person, Quote, Span } from '../bundle/model';
import { differencesOf } from './differences';
import { BundleView, wordsWithin } from './view';

/** The most quoted wordings, articles and sources a hover lists before saying how many more there are. */
const MAX_QUOTED = 12;
const MAX_ARTICLES = 12;
const MAX_SOURCES = 6;

export function hover(view: BundleView, file: string, offset: number): Hover | null {
  const article = view.articleAt(file, offset);
  if (!article) return null;
  const seedOffset = offset - article.seed.offset;
  const within = (span: Span) => span.start <= seedOffset && seedOffset <= span.end;
  const mention = view.mentionsIn(article.id).find((m) => within(m.span));
  if (mention) return answer(personMarkdown(view, mention.person), view, article.id, mention.span);
  const quote = view.quotesIn(article.id).find((q) => within(q.span));
  if (quote) return answer(quoteMarkdown(view, quote), view, article.id, quote.span);
  return null;
}

/** The hover, over the whole name or quote it is about (not the word an editor would guess). */
function answer(value: string, view: BundleView, article: string, span: Span): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: view.place(article, span)!.range };
}

export function personMarkdown(view: BundleView, person: Person): string {
  const lines = [`**${escaped(person.name)}**`];
  if (person.aliases.length > 0) lines.push('', `Also named: ${person.aliases.map(escaped).join(', ')}`);
  if (person.roles.length > 0) {
    lines.push('', '**Roles**');
    for (const { text, sources } of rolesBySources(view, person)) lines.push(`- ${escaped(text)} — ${listed(sources, MAX_SOURCES)}`);
  }
  const perArticle = new Map<string, number>();
  // Indexed loops over mentions and quotes (thousands for the person a story is about): hovers are
  // too few for V8 to optimise this, and an unoptimised for-of makes an object a step.
  for (let i = 0; i < person.mentions.length; i++) {
    const { article } = person.mentions[i];
    perArticle.set(article, (perArticle.get(article) ?? 0) + 1);
  }
  lines.push('', perArticle.size > MAX_ARTICLES ? `**Mentioned in** ${perArticle.size} articles` : '**Mentioned in**');
  let listedArticles = 0;
  for (const [article, count] of perArticle) {
    if (listedArticles++ === MAX_ARTICLES) break;
    lines.push(`- ${escaped(view.sourceName(article))} (\`${article}\`): ${count}×`);
  }
  if (perArticle.size > MAX_ARTICLES) lines.push(`- …and ${perArticle.size - MAX_ARTICLES} more`);
  const wordings = wordingsOf(view.analysis.quotes.filter((q) => q.speaker === person.name));
  const differences = differencesOf(view);
  if (wordings.length > 0) {
    lines.push('', '**Quoted**');
    for (const wording of wordings.slice(0, MAX_QUOTED)) {
      const notes = [...otherSpeakers(view, wording, person.name)].map((name) => `also given to ${escaped(name)}`);
      if (wording.some((q) => differences.findings(q).some((f) => f.code === 'quote-wording'))) notes.push('worded otherwise elsewhere');
      lines.push(`- “${escaped(shorten(wording[0].text))}” — ${listed(sourcesOf(view, wording), MAX_SOURCES)}${notes.map((note) => ` · ${note}`).join('')}`);
    }
    if (wordings.length > MAX_QUOTED) lines.push(`- …and ${wordings.length - MAX_QUOTED} more`);
  }
  return lines.join('\n');
}

/** Each role the person is given once (as first written, case aside), with the sources that give it. */
function rolesBySources(view: BundleView, person: Person): { text: string; sources: string[] }[] {
  // Sets, not lists searched: one person can hold a role in hundreds of sources.
  const byRole = new Map<string, { text: string; sources: Set<string> }>();
  for (const role of person.roles) {
    const key = role.text.toLowerCase();
    let entry = byRole.get(key);
    if (!entry) byRole.set(key, (entry = { text: role.text, sources: new Set() }));
    entry.sources.add(view.sourceName(role.article));
  }
  return [...byRole.values()].map(({ text, sources }) => ({ text, sources: [...sources] }));
}

/** Quotes that print the same words (case and the marks around them aside), in order. */
function wordingsOf(quotes: Quote[]): Quote[][] {
  // By speaker, then by words: a key of both was a copy of every quote's words on each hover.
  const bySpeaker = new Map<string | null, Map<string, Quote[]>>();
  const wordings: Quote[][] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    let byWords = bySpeaker.get(q.speaker);
    if (!byWords) bySpeaker.set(q.speaker, (byWords = new Map()));
    const words = wordsWithin(q.text);
    const wording = byWords.get(words);
    if (wording) wording.push(q);
    else {
      const first = [q];
      byWords.set(words, first);
      wordings.push(first);
    }
  }
  return wordings;
}

/** The sources that print some quotes, each once, in order: asked only for the wordings a hover lists. */
function sourcesOf(view: BundleView, quotes: Quote[]): string[] {
  return [...new Set(quotes.map((q) => view.sourceName(q.article)))];
}

/** Who else the versions of these quotes are given to. */
function otherSpeakers(view: BundleView, quotes: Quote[], speaker: string): Set<string> {
  const others = new Set<string>();
  for (const q of quotes) for (const v of differencesOf(view).versions(q)) if (v.speaker && v.speaker !== speaker) others.add(v.speaker);
  return others;
}

function quoteMarkdown(view: BundleView, quote: Quote): string {
  const lines = [`**Quote** — ${escaped(quote.speaker ?? 'speaker not given')}`];
  const versions = differencesOf(view).versions(quote);
  const wordings = wordingsOf(versions);
  if (versions.length > 1) lines.push('', wordings.length > 1 ? `${versions.length} versions, ${wordings.length} wordings:` : `${versions.length} versions, one wording:`);
  for (const wording of wordings) {
    const given = wording[0].speaker;
    const speaker = given === quote.speaker ? '' : ` · given to ${escaped(given ?? 'no one named')}`;
    const articles = wording.map((q) => `${escaped(view.sourceName(q.article))} (\`${q.article}\`)`);
    lines.push('', `> ${quoted(shorten(wording[0].text, 400))}`, '', `— ${listed(articles, MAX_SOURCES)}${speaker}`);
  }
  // The comparison's findings on this version say word by word how the others differ.
  const differences = differencesOf(view).findings(quote);
  if (differences.length > 0) lines.push('', '**Differences**', ...differences.map((f) => `- ${escaped(f.message)}`));
  return lines.join('\n');
}

/** The first `max` items, then how many more. */
function listed(items: string[], max: number): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
}

function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Text as Markdown shows it as written: `f***ing` is not emphasis, `<b>` no tag. */
function escaped(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&]/g, '\\$&');
}

/** A line of a block quote: escaped, and not read as a list or a heading (`1. We will…`, `- and then`). */
function quoted(text: string): string {
  return escaped(text).replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+])/, '\\$1');
}
