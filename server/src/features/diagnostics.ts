// Problems of a bundle: format problems and the analysis's findings, each with the severity
// the settings give its code. The JSON of `seed-bundle analyze` and LSP diagnostics both use this.
import { Range } from 'vscode-languageserver-types';
import { DiagnosticCode, Finding, Severity } from '../bundle/model';
import { Anchor, BundleView } from './view';

export type SeveritySetting = Severity | 'off';
export type SeveritySettings = Partial<Record<DiagnosticCode, SeveritySetting>>;

export const DEFAULT_SEVERITY: Record<DiagnosticCode, Severity> = {
  'quote-wording': 'warning',
  'quote-speaker': 'warning',
  'role-differs': 'information',
  'name-spelling': 'information',
  'seed-duplicate': 'error',
  'seed-format': 'warning',
  'bundle-limit': 'information',
};

export interface Problem {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  file: string;
  range: Range;
  related: { file: string; range: Range; message: string }[];
}

/**
 * The problems made of findings, by finding, with the anchors of the articles they were placed in:
 * a finding the analysis gives again is placed again only where one of those articles moved.
 */
export type ProblemCache = WeakMap<Finding, { severity: Severity; anchors: (Anchor | undefined)[]; problem: Problem | undefined }>;

/** The severity the settings give a code. */
export function severityOf(settings: SeveritySettings, code: DiagnosticCode): SeveritySetting {
  return settings[code] ?? DEFAULT_SEVERITY[code];
}

export function problems(view: BundleView, settings: SeveritySettings = {}, cache: ProblemCache = new WeakMap()): Problem[] {
  const out: Problem[] = [];
  for (const p of view.analysis.text.problems) {
    const severity = severityOf(settings, p.code);
    if (severity === 'off') continue;
    out.push({
      code: p.code,
      severity,
      message: p.message,
      file: p.file,
      range: view.fileRange(p.file, p.span.start, p.span.end),
      related: p.related.map((r) => ({ file: r.file, range: view.fileRange(r.file, r.span.start, r.span.end), message: r.message })),
    });
  }
  // An indexed loop: for-of made an iterator result a finding, on every keystroke (2,900 at 1,000 seeds).
  const findings = view.analysis.findings;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const severity = severityOf(settings, f.code);
    if (severity === 'off') continue;
    let kept = cache.get(f);
    if (!kept || kept.severity !== severity || !placedAt(kept.anchors, view, f)) {
      // Made by map, the list is the size of its items: a spread leaves room for more (0.4 MB at 1,000 seeds).
      const anchors = [f.article, ...f.related.map((r) => r.article)].map((id) => view.anchor(id));
      kept = { severity, anchors, problem: placedFinding(view, f, severity) };
      cache.set(f, kept);
    }
    if (kept.problem) out.push(kept.problem);
  }
  return out;
}

/**
 * Whether a finding's article and related articles have the anchors it was placed at. Asked of
 * every finding on every keystroke: an indexed loop, where `every` made a closure a finding.
 */
function placedAt(anchors: (Anchor | undefined)[], view: BundleView, f: Finding): boolean {
  if (anchors.length !== f.related.length + 1 || anchors[0] !== view.anchor(f.article)) return false;
  for (let i = 0; i < f.related.length; i++) if (anchors[i + 1] !== view.anchor(f.related[i].article)) return false;
  return true;
}

function placedFinding(view: BundleView, f: Finding, severity: Severity): Problem | undefined {
  const place = view.place(f.article, f.span);
  if (!place) return undefined;
  const related = f.related.flatMap((r) => {
    const where = view.place(r.article, r.span);
    // A literal, not a spread of `where`: see the related entries of findings in compare.ts.
    return where ? [{ file: where.file, range: where.range, message: r.message }] : [];
  });
  return { code: f.code, severity, message: f.message, ...place, related };
}
