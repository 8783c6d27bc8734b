#!/usr/bin/env node
/** Serves the built site (`dist/`, or $VIGIE_OUT_DIR) on 127.0.0.1: `npm start` and `npm run preview`. */
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

const root = process.env.VIGIE_OUT_DIR || 'dist';
if (!existsSync(root)) {
  console.error(`No built site in ${root}/: run "npm run build" first.`);
  process.exit(1);
}
const server = await startStaticServer({ root, base: process.env.VIGIE_BASE || '/', port: Number(process.env.PORT || 4321) });
console.log(`Vigie is served at ${server.url} (Ctrl+C to stop).`);
