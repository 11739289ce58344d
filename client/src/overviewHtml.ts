// The overview's page: a table with the people down one side and the sources across. Each cell
// is a button that asks the extension to open the text it counts. Pure: data in, HTML out.
import type { Overview, OverviewCell } from '../../server/src/features/overview';
import type { BundleStatus } from '../../server/src/features/status';
import type { Place } from '../../server/src/features/view';

/** `3 articles · 6 people · 9 quotes · 1 difference`, as the status bar and the overview say it. */
export function statusSummary(status: BundleStatus): string {
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const parts = [count(status.articles, 'article'), count(status.people, 'person', 'people'), count(status.quotes, 'quote')];
  parts.push(status.limited ? 'sources not compared (bundle over maxBundleSize)' : count(status.differences, 'difference'));
  const cut = status.outlineCut;
  if (cut) parts.push(`outline: articles only (over outline.maxItems, ${cut.maxItems} symbols)`);
  return parts.join(' · ');
}

export function overviewHtml(overview: Overview, page: { nonce: string; cspSource: string }): string {
  const head = overview.sources
    .map((s) => `<th scope="col">${jump(s.place, escape(s.label), [s.headline, s.date].filter(Boolean).join(' · '))}</th>`)
    .join('');
  const rows = overview.rows
    .map((row) => {
      const name = row.name === null ? '<em>speaker not given</em>' : escape(row.name);
      const roles = row.roles.length > 0 ? `<div class="roles">${escape(row.roles.join('; '))}</div>` : '';
      const cells = overview.sources.map(() => '<td></td>');
      for (const cell of row.cells) cells[cell.column] = cellHtml(cell);
      return `<tr><th scope="row">${name}${roles}</th>${cells.join('')}</tr>`;
    })
    .join('\n');
  const more = overview.morePeople > 0 ? `<p class="more">and ${overview.morePeople} more people, named less often</p>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${page.cspSource} 'nonce-${page.nonce}'; script-src 'nonce-${page.nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escape(overview.title)}</title>
<style nonce="${page.nonce}">
  body { color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  table { border-collapse: collapse; }
  th, td { border: 1px solid var(--vscode-editorGroup-border); padding: 2px 4px; vertical-align: top; }
  thead th { position: sticky; top: 0; background: var(--vscode-editor-background); }
  th[scope=row] { text-align: left; white-space: nowrap; }
  .roles { font-weight: normal; opacity: 0.75; }
  button { all: unset; cursor: pointer; display: block; min-width: 3em; text-align: center; }
  th button { text-align: left; font-weight: bold; }
  button:hover, button:focus { background: var(--vscode-list-hoverBackground); outline: 1px solid var(--vscode-focusBorder); }
  .quoted { font-weight: bold; }
  .differs { color: var(--vscode-editorWarning-foreground); }
  .mentioned { opacity: 0.7; }
  .legend, .more { opacity: 0.75; }
</style>
</head>
<body>
<h2>${escape(overview.title)}</h2>
<p class="status">${escape(statusSummary(overview.status))}</p>
<p class="legend">Each cell: ❝ quotes, · mentions, ≠ quotes another source prints differently. Click to open the text.</p>
<table>
<thead><tr><th scope="col">Person</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
${more}
<script nonce="${page.nonce}">
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-place]');
    if (button) vscode.postMessage({ open: JSON.parse(button.dataset.place) });
  });
</script>
</body>
</html>
`;
}

function cellHtml(cell: OverviewCell): string {
  const parts = [];
  if (cell.quotes > 0) parts.push(`❝${cell.quotes}`);
  if (cell.differs > 0) parts.push(`≠${cell.differs}`);
  if (cell.quotes === 0) parts.push(`·${cell.mentions}`);
  const kind = cell.differs > 0 ? 'differs' : cell.quotes > 0 ? 'quoted' : 'mentioned';
  const says = [`${cell.mentions} mention${cell.mentions === 1 ? '' : 's'}`, `${cell.quotes} quote${cell.quotes === 1 ? '' : 's'}`];
  if (cell.differs > 0) says.push(`${cell.differs} printed differently elsewhere`);
  return `<td class="${kind}">${jump(cell.place, parts.join(' '), says.join(', '))}</td>`;
}

function jump(place: Place, label: string, title: string): string {
  return `<button data-place="${escape(JSON.stringify(place))}" title="${escape(title)}">${label}</button>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
