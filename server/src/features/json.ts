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
