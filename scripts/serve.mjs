#!/usr/bin/env node
/**
 * Serves the built site (`dist/`, or $VIGIE_OUT_DIR) on 127.0.0.1: `npm start` and `npm run preview`.
 * Port: $PORT, else 4321 or the next free one.
 */
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

const root = process.env.VIGIE_OUT_DIR || 'dist';
if (!existsSync(root)) {
  console.error(`No built site in ${root}/: run "npm run build" first.`);
  process.exit(1);
}
const fixed = process.env.PORT ? Number(process.env.PORT) : undefined;
const base = process.env.VIGIE_BASE || '/';
let server;
for (let port = fixed ?? 4321; !server; port++) {
  try {
    server = await startStaticServer({ root, base, port });
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || fixed !== undefined || port >= 4340) {
      console.error(`Cannot serve on 127.0.0.1:${port}: ${error.code ?? error.message}${error.code === 'EADDRINUSE' ? ' (port in use; set PORT to another one)' : ''}.`);
      process.exit(1);
    }
  }
}
console.log(`Vigie is served at ${server.url} (Ctrl+C to stop).`);
