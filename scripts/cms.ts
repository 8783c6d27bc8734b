/**
 * `npm run cms`: the editing interface on this computer, without any account. Starts Decap's local
 * backend (decap-server, which writes the files of this checkout: content/articles/) and the
 * site's dev server, whose /admin/ page is the interface; stops both when either stops or on
 * Ctrl+C. Options after `--` go to `astro dev` (`npm run cms -- --port 4322`); the backend's port
 * is 8081, or VIGIE_CMS_PORT.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { LOCAL_BACKEND_HOST } from '../src/admin/cms-config.ts';
import { localBackendPort } from '../src/admin/local-backend-port.ts';
import { LOCAL_ORIGIN } from '../src/domain/urls.ts';

const root = process.cwd();
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

const children: ChildProcess[] = [
  spawn(bin('decap-server'), [], {
    stdio: 'inherit',
    env: { ...process.env, PORT: String(localBackendPort()), BIND_HOST: LOCAL_BACKEND_HOST, GIT_REPO_DIRECTORY: root, MODE: 'fs' },
  }),
  spawn(bin('astro'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit' }),
];
console.log(`[vigie] Editing interface: open /admin/ on the dev server below (${LOCAL_ORIGIN}/admin/ by default). Ctrl+C stops it.`);

let stopping = false;
function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
