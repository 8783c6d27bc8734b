/** The preview server (scripts/static-server.mjs, behind `npm start` and the browser tests) on odd request paths. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.mjs';

let site: Awaited<ReturnType<typeof startStaticServer>>;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'vigie-static-'));
  writeFileSync(join(root, 'index.html'), '<p>accueil</p>');
  writeFileSync(join(root, '404.html'), '<p>introuvable</p>');
  mkdirSync(join(root, 'agenda'));
  writeFileSync(join(root, 'agenda', 'index.html'), '<p>agenda</p>');
  site = await startStaticServer({ root });
});
afterAll(() => site.close());

/** A request with the path exactly as written (fetch would normalise it). */
function get(path: string): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: site.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body, ...(res.headers.location ? { location: res.headers.location } : {}) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static server', () => {
  it('serves pages, folders with their index, a redirect to the slash, and 404 otherwise', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: '<p>accueil</p>' });
    expect(await get('/agenda/')).toMatchObject({ status: 200, body: '<p>agenda</p>' });
    expect(await get('/agenda?x=1')).toMatchObject({ status: 301, location: '/agenda/?x=1' });
    expect(await get('/absent/')).toMatchObject({ status: 404, body: '<p>introuvable</p>' });
  });
  it('survives odd paths: repeated slashes, paths out of the folder, bad escapes', async () => {
    expect(await get('//')).toMatchObject({ status: 200, body: '<p>accueil</p>' });
    // Not a redirect to another host.
    expect(await get('//agenda')).toMatchObject({ status: 301, location: '/agenda/' });
    expect((await get('//example.org/x')).status).toBe(404);
    expect((await get('/../../etc/passwd')).status).toBe(404);
    expect((await get('/%E0%A4%A')).status).toBe(404);
    // Still up.
    expect((await get('/')).status).toBe(200);
  });
});
