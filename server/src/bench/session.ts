// One server session in a process of its own, started by lsp.ts's measureSessionApart: the plan
// comes over IPC, the server's pid and then the figures (or the error) go back.
import { measureSession, SessionPlan } from './lsp';

process.once('message', (plan: SessionPlan) => {
  measureSession(plan, (serverPid) => process.send!({ serverPid }))
    .then((figures) => process.send!({ figures }, () => process.exit(0)))
    .catch((e) => process.send!({ error: String((e as Error)?.message ?? e) }, () => process.exit(1)));
});
