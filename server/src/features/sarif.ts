// SARIF 2.1.0 for `seed-bundle check --format sarif`, as code-scanning tools read it.
import { Problem } from './diagnostics';
import { DEFAULT_SEVERITY } from './diagnostics';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function sarifLog(all: Problem[], version: string) {
  const region = (r: Problem['range']) => ({
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  });
  const location = (file: string, range: Problem['range'], message?: string) => ({
    physicalLocation: { artifactLocation: { uri: file }, region: region(range) },
    ...(message ? { message: { text: message } } : {}),
  });
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'seed-bundle',
            version,
            rules: Object.entries(DEFAULT_SEVERITY).map(([id, severity]) => ({ id, defaultConfiguration: { level: LEVEL[severity] } })),
          },
        },
        results: all.map((p) => ({
          ruleId: p.code,
          level: LEVEL[p.severity],
          message: { text: p.message },
          locations: [location(p.file, p.range)],
          relatedLocations: p.related.map((r) => location(r.file, r.range, r.message)),
        })),
      },
    ],
  };
}
