// Go to definition, find references and highlights for people; references between the
// versions of one quote.
import { DocumentHighlight, DocumentHighlightKind } from 'vscode-languageserver-types';
import { Person } from '../bundle/model';
import { differencesOf } from './differences';
import { BundleView, Place } from './view';

/**
 * Every place that names the person at the offset, or every version of the quote there; without
 * `includeDeclaration`, not the person's defining mention (see definition), nor the version there.
 */
export function references(view: BundleView, file: string, offset: number, includeDeclaration = true): Place[] {
  const article = view.articleAt(file, offset);
  if (!article) return [];
  const seedOffset = offset - article.seed.offset;
  const person = view.personAt(article.id, seedOffset);
  if (person) {
    const defining = definingMention(person);
    return person.mentions.filter((m) => includeDeclaration || m !== defining).map((m) => view.place(m.article, m.span)!);
  }
  const quote = view.quotesIn(article.id).find((q) => q.span.start <= seedOffset && seedOffset <= q.span.end);
  if (!quote) return [];
  return differencesOf(view)
    .versions(quote)
    .filter((q) => includeDeclaration || q !== quote)
    .map((q) => view.place(q.article, q.span)!);
}

/** The person's defining mention: the first that uses the fullest form of the name. */
export function definition(view: BundleView, file: string, offset: number): Place | null {
  const person = personAt(view, file, offset);
  if (!person) return null;
  const mention = definingMention(person);
  return view.place(mention.article, mention.span) ?? null;
}

function definingMention(person: Person): Person['mentions'][number] {
  return person.mentions.find((m) => m.text === person.name) ?? person.mentions[0];
}

/** The other mentions, in this file, of the person at the offset. */
export function highlights(view: BundleView, file: string, offset: number): DocumentHighlight[] {
  const person = personAt(view, file, offset);
  if (!person) return [];
  return person.mentions
    .map((m) => view.place(m.article, m.span)!)
    .filter((p) => p.file === file)
    .map((p) => ({ range: p.range, kind: DocumentHighlightKind.Text }));
}

function personAt(view: BundleView, file: string, offset: number): Person | undefined {
  const article = view.articleAt(file, offset);
  return article && view.personAt(article.id, offset - article.seed.offset);
}
