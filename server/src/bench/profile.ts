// A CPU profile of some work in this process (V8's sampling profiler through node:inspector),
// summed by function and by source file: where the time goes, for the report.
import { Session } from 'inspector';
import * as path from 'path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: Hotspot[];
  byFile: Hotspot[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

/** Profiles `run` (sampling every 100 µs) and sums self time by function and by file. */
export async function profile(run: () => void, top = 12): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
    await post(session, 'Profiler.start');
    run();
    const { profile } = await post<{ profile: Profile }>(session, 'Profiler.stop');
    return summarize(profile, top);
  } finally {
    session.disconnect();
  }
}

function summarize(profile: Profile, top: number): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  // The first sample's delta runs from the profiler's own start-up: not the work measured.
  profile.samples.forEach((id, i) => {
    if (i === 0) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    total += ms;
    const file = frame.url ? shortPath(frame.url) : '(native)';
    const name = frame.url ? `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}` : frame.functionName;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  });
  const ranked = (sums: Map<string, number>) =>
    [...sums]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: total > 0 ? ms / total : 0 }));
  return { totalMs: total, byFunction: ranked(byFunction), byFile: ranked(byFile) };
}

/** `bundle/compare.js` for a file of the project, `node_modules/<pkg>` for a dependency. */
function shortPath(url: string): string {
  const file = url.replace(/^file:\/\//, '');
  const modules = file.lastIndexOf('node_modules/');
  if (modules >= 0) return file.slice(modules).split('/').slice(0, 2).join('/');
  const out = file.indexOf('/server/out/');
  if (out >= 0) return file.slice(out + '/server/out/'.length);
  const src = file.indexOf('/server/src/');
  if (src >= 0) return file.slice(src + '/server/src/'.length);
  return path.basename(file);
}
