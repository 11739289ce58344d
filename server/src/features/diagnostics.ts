// Problems of a bundle: format problems and the analysis's findings, each with the severity
// the settings give its code. The JSON of `seed-bundle analyze` and LSP diagnostics both use this.
import { Range } from 'vscode-languageserver-types';
import { DiagnosticCode, Severity } from '../bundle/model';
import { BundleView } from './view';

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

export function problems(view: BundleView, settings: SeveritySettings = {}): Problem[] {
  const severityOf = (code: DiagnosticCode) => settings[code] ?? DEFAULT_SEVERITY[code];
  const out: Problem[] = [];
  for (const p of view.analysis.text.problems) {
    const severity = severityOf(p.code);
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
  for (const f of view.analysis.findings) {
    const severity = severityOf(f.code);
    const place = view.place(f.article, f.span);
    if (severity === 'off' || !place) continue;
    const related = f.related.flatMap((r) => {
      const where = view.place(r.article, r.span);
      return where ? [{ ...where, message: r.message }] : [];
    });
    out.push({ code: f.code, severity, message: f.message, ...place, related });
  }
  return out;
}
