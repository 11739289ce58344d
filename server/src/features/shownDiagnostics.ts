// The diagnostics of a file an editor shows when there are more than it will show. VS Code shows at
// most 1,000 a file: past that it keeps the first by severity, in list order, and drops the rest
// with a note (ExtHostDiagnostics' maxDiagnosticsPerFile), wherever the user is working. A
// `.seeds` file of a thousand articles has thousands of quote differences, so the server chooses
// the ones shown itself: the most severe, and of equal severity those nearest where the user is
// (the line last edited or in view), under a note that says how many there are and where all are.
// Sending no more than are shown also spares each keystroke in such a file most of its
// publication (2.5 MB at 1,000 seeds).
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { withCommas } from '../bundle/numbers';

/**
 * At most `limit` of a file's diagnostics, the note among them when it has a severity (its code
 * `bundle-limit` may be set off): all of them when there are no more than that. Kept in their
 * order; `nearLine` is where the user is in the file (0 before they edit or scroll).
 */
export function shownDiagnostics(diagnostics: Diagnostic[], limit: number, nearLine: number, note?: DiagnosticSeverity): Diagnostic[] {
  if (diagnostics.length <= limit) return diagnostics;
  const kept = Math.max(0, note === undefined ? limit : limit - 1);
  // Ranked by one number each, severity, then distance, then place in the list, sorted natively:
  // a comparing function took 1.7 ms a keystroke at 1,000 seeds (2,900 diagnostics).
  const count = diagnostics.length;
  const ranks = new Float64Array(count);
  diagnostics.forEach((d, i) => {
    const distance = Math.min(Math.abs(d.range.start.line - nearLine), MAX_DISTANCE);
    ranks[i] = ((d.severity ?? DiagnosticSeverity.Error) * (MAX_DISTANCE + 1) + distance) * count + i;
  });
  ranks.sort();
  const chosen = new Uint8Array(count);
  for (let k = 0; k < kept; k++) chosen[ranks[k] % count] = 1;
  const shown: Diagnostic[] = note !== undefined && limit > 0 ? [limitNote(diagnostics.length, limit, note)] : [];
  diagnostics.forEach((d, i) => {
    if (chosen[i]) shown.push(d);
  });
  return shown;
}

/** Farther than this many lines counts as this far: a rank stays an exact integer (below 2^53) for up to a million diagnostics. */
const MAX_DISTANCE = 2 ** 28;

/** Says, on the file's first line, how many problems are shown and where all of them are. */
function limitNote(all: number, limit: number, severity: DiagnosticSeverity): Diagnostic {
  const shown = limit - 1;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity,
    code: 'bundle-limit',
    source: 'seed-bundle',
    message:
      `This file has ${withCommas(all)} problems and the editor shows at most ${withCommas(limit)} a file: shown are the ${withCommas(shown)} most severe ` +
      'and nearest the lines you view or edit. The bundle overview (Seed Bundle: Show Bundle Overview) counts them by person and source; `seed-bundle analyze` lists them all.',
  };
}
