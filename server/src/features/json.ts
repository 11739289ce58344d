// The JSON of `seed-bundle analyze` (shared/spec/cli-and-json.md, version 1).
import { Problem, problems, SeveritySettings } from './diagnostics';
import { BundleView } from './view';

export const JSON_VERSION = 1;

export function bundleJson(view: BundleView, severities: SeveritySettings = {}) {
  const { analysis } = view;
  const place = (article: string, span: { start: number; end: number }) => view.place(article, span)!;
  return {
    path: analysis.text.path,
    form: analysis.text.form,
    articles: analysis.articles.map((a) => ({
      id: a.id,
      file: a.seed.file,
      range: view.fileRange(a.seed.file, a.seed.header?.start ?? a.seed.offset, a.seed.offset + a.seed.text.length),
      headline: a.anatomy.headline,
      outlet: a.anatomy.outlet,
      wire: a.anatomy.wire,
      date: a.anatomy.date,
    })),
    people: analysis.people.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      roles: p.roles.map((r) => ({ text: r.text, article: r.article })),
      mentions: p.mentions.map((m) => ({ article: m.article, ...place(m.article, m.span), text: m.text })),
    })),
    quotes: analysis.quotes.map((q) => ({ article: q.article, ...place(q.article, q.span), text: q.text, speaker: q.speaker, partial: q.partial })),
    diagnostics: problems(view, severities).map(problemJson),
  };
}

export function problemJson(p: Problem) {
  return { code: p.code, severity: p.severity, message: p.message, file: p.file, range: p.range, related: p.related };
}

/** How much JSON text is gathered before it is written out. */
const CHUNK = 1 << 20;
/** A value of at most this many parts (the values in its lists and objects, nested ones too) is stringified whole. */
const SMALL_VALUE = 10_000;

/**
 * Writes plain data as `JSON.stringify(value, null, 2)` would, in chunks: the JSON of a big bundle
 * can be longer than the longest string JavaScript can hold (about 500 million characters). Only
 * the big lists and objects are walked here; the many small values inside them (an article, a
 * quote, a diagnostic) go to JSON.stringify, several times faster than writing them piece by piece.
 */
export function writeJson(value: unknown, out: (text: string) => void, smallValue = SMALL_VALUE): void {
  let pending = '';
  const emit = (text: string) => {
    pending += text;
    if (pending.length >= CHUNK) {
      out(pending);
      pending = '';
    }
  };
  const write = (item: unknown, indent: string): void => {
    if (item === null || typeof item !== 'object' || partsLeft(item, smallValue) >= 0) {
      // JSON strings hold no raw line break: each one starts a line, to be indented as deep as the item.
      const text = JSON.stringify(item, null, 2) ?? 'null'; // undefined in a list is null, as JSON.stringify writes it
      emit(indent === '' ? text : text.replaceAll('\n', `\n${indent}`));
      return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(item)) {
      item.forEach((element, i) => {
        emit(i === 0 ? `[\n${inner}` : `,\n${inner}`);
        write(element, inner);
      });
      return emit(`\n${indent}]`);
    }
    const entries = Object.entries(item).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return emit('{}');
    entries.forEach(([key, v], i) => {
      emit(`${i === 0 ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
      write(v, inner);
    });
    emit(`\n${indent}}`);
  };
  write(value, '');
  if (pending) out(pending);
}

/** `budget` less the number of parts of `item`; below zero (and no further counting) once they are more. */
function partsLeft(item: unknown, budget: number): number {
  if (item === null || typeof item !== 'object') return budget;
  if (Array.isArray(item)) {
    for (let i = 0; i < item.length && budget >= 0; i++) budget = partsLeft(item[i], budget - 1);
    return budget;
  }
  // Not Object.values: no list is made for each of the many small objects asked.
  for (const key in item) {
    budget = partsLeft((item as Record<string, unknown>)[key], budget - 1);
    if (budget < 0) break;
  }
  return budget;
}
