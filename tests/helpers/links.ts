/**
 * Link checker over a built site: every internal href/src of every HTML page must resolve to a
 * file of dist/, and every #fragment to an id on the target page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attributeValues, ids, isLetterEmail, listFiles } from './dist.ts';

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

export function brokenLinks(dist: string, base = '/', origin = 'https://veille.example.org'): BrokenLink[] {
  const prefix = base.replace(/\/+$/, '');
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = idCache.get(file);
    if (!set) {
      set = ids(readFileSync(file, 'utf8'));
      idCache.set(file, set);
    }
    return set;
  };
  for (const file of listFiles(dist, '.html')) {
    const html = readFileSync(file, 'utf8');
    const page = file.slice(dist.length);
    const pageUrl = new URL(`${prefix}${page.replace(/index\.html$/, '')}`, origin);
    for (const link of [...attributeValues(html, 'href'), ...attributeValues(html, 'src')]) {
      // The letter's unsubscribe link is the mailing tool's merge tag, filled in when it sends.
      if (isLetterEmail(file) && /^(\{\{.*\}\}|\*\|.*\|\*)$/.test(link)) continue;
      const url = new URL(link, pageUrl);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(`${prefix}/`)) {
        broken.push({ page, link, reason: `outside the base path ${base}` });
        continue;
      }
      let target = join(dist, decodeURIComponent(url.pathname.slice(prefix.length)));
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      if (!existsSync(target)) {
        broken.push({ page, link, reason: 'no such file' });
        continue;
      }
      if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push({ page, link, reason: `no id ${url.hash} on the target page` });
      }
    }
  }
  return broken;
}
