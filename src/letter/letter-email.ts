/**
 * An issue as an e-mail for any mailing tool: a 600 px table layout, styles inlined by juice
 * (mail clients drop <style> blocks, Gmail among them, except its media queries), no script, no
 * web font, no image, every link absolute; and its plain-text version, holding every title and
 * link. The unsubscribe link is the tool's placeholder (LetterModel.unsubscribe).
 */
import juice from 'juice';
import { escapeXml } from '../domain/feed-items.ts';
import type { LetterModel } from './letter-model.ts';

const esc = escapeXml;

const STYLE = `
body { margin: 0; padding: 0; background: #f3f4f1; }
.wrap { width: 100%; background: #f3f4f1; }
.card { width: 600px; max-width: 100%; background: #ffffff; border-top: 6px solid #1e3a8a; }
.pad { padding: 24px 28px; font-family: Georgia, 'Times New Roman', serif; color: #1b1f24; font-size: 16px; line-height: 1.5; }
.brand { font-family: Arial, Helvetica, sans-serif; font-size: 14px; font-weight: bold; color: #1e3a8a; text-decoration: none; }
.meta { font-family: Arial, Helvetica, sans-serif; font-size: 13px; color: #4d5560; }
h1 { font-family: Arial, Helvetica, sans-serif; font-size: 24px; line-height: 1.25; margin: 8px 0 0; color: #1b1f24; }
h2 { font-family: Arial, Helvetica, sans-serif; font-size: 15px; text-transform: uppercase; letter-spacing: 1px; color: #1e3a8a; margin: 24px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #d6d9dd; }
h3 { font-family: Georgia, 'Times New Roman', serif; font-size: 18px; line-height: 1.3; margin: 16px 0 2px; }
h3 a { color: #1d4ed8; }
p { margin: 6px 0; }
.cite { font-family: Arial, Helvetica, sans-serif; font-size: 13px; color: #4d5560; margin: 0; }
.deadline { font-family: Arial, Helvetica, sans-serif; font-size: 14px; margin: 4px 0; }
.foot { font-family: Arial, Helvetica, sans-serif; font-size: 12px; color: #4d5560; padding: 16px 28px 28px; }
.foot a { color: #4d5560; }
@media only screen and (max-width: 620px) { .card { width: 100% !important; } .pad { padding: 18px 16px !important; } .foot { padding: 12px 16px 20px !important; } h1 { font-size: 21px !important; } }
`;

/** Gmail clips messages over 102 KB; the e-mail stays under this. */
export const EMAIL_MAX_BYTES = 100 * 1024;

/**
 * The issue's e-mail. An issue too long for one message (Gmail clips beyond about 100 KB) is
 * shortened in steps until it fits: summaries dropped first, then articles beyond the first of
 * each topic replaced by a count and a link to the issue on the site.
 */
export function letterEmailHtml(model: LetterModel): string {
  let html = emailHtml(model);
  if (Buffer.byteLength(html) <= EMAIL_MAX_BYTES) return html;
  const withoutSummaries = {
    ...model,
    groups: model.groups.map((group) => ({ ...group, articles: group.articles.map((article) => ({ ...article, summary: '' })) })),
  };
  html = emailHtml(withoutSummaries);
  for (
    let keep = Math.max(...model.groups.map((group) => group.articles.length)) - 1;
    keep >= 1 && Buffer.byteLength(html) > EMAIL_MAX_BYTES;
    keep = Math.floor(keep / 2)
  ) {
    html = emailHtml({
      ...withoutSummaries,
      groups: withoutSummaries.groups.map((group) => ({ ...group, articles: group.articles.slice(0, keep), more: Math.max(0, group.articles.length - keep) })),
    });
  }
  return html;
}

function emailHtml(model: LetterModel): string {
  const intro = model.intro ? `<h2>${esc(model.intro.heading)}</h2>${model.intro.html}` : '';
  const groups = model.groups
    .map(
      (group) =>
        `<h2>${esc(group.topic)}</h2>${group.articles
          .map(
            (article) =>
              `<h3><a href="${esc(article.url)}">${esc(article.title)}</a></h3><p class="cite">${esc([article.citation, article.date].filter(Boolean).join(' · '))}</p>${article.summary ? `<p>${esc(article.summary)}</p>` : ''}`,
          )
          .join(
            '',
          )}${group.more ? `<p class="cite"><a href="${esc(model.url)}">… et ${group.more} autre${group.more > 1 ? 's' : ''} article${group.more > 1 ? 's' : ''} sur ce thème, sur le site</a></p>` : ''}`,
    )
    .join('');
  const deadlines = model.deadlines.length
    ? `<h2>Prochaines échéances</h2>${model.deadlines
        .map(
          (d) => `<p class="deadline"><strong>${esc(d.date)}</strong> — ${esc(d.kind)} : ${esc(d.label)} (<a href="${esc(d.url)}">${esc(d.article)}</a>)</p>`,
        )
        .join('')}<p class="deadline"><a href="${esc(model.agendaUrl)}">Tout l’agenda</a></p>`
    : '';
  const html = `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light"><title>${esc(`${model.siteName} — Lettre n° ${model.number} — ${model.title}`)}</title><style>${STYLE}</style></head>
<body><table role="presentation" class="wrap" width="100%" cellpadding="0" cellspacing="0" border="0"><tbody><tr><td align="center">
<table role="presentation" class="card" width="600" cellpadding="0" cellspacing="0" border="0"><tbody><tr><td class="pad">
<a class="brand" href="${esc(model.siteUrl)}">${esc(model.siteName)}</a> <span class="meta">· Lettre de veille n° ${model.number}</span>
<h1>${esc(model.title)}</h1>
<p class="meta"><a href="${esc(model.url)}">Lire cette lettre sur le site</a></p>
${intro}${groups}${deadlines}
</td></tr><tr><td class="foot">
<p>Vous recevez cette lettre parce que vous y êtes abonné. <a href="${esc(model.unsubscribe)}">Se désabonner</a>.</p>
<p>Suivre la veille : <a href="${esc(model.siteUrl)}">le site</a> · <a href="${esc(model.feedUrl)}">le flux RSS des lettres</a>. Les articles informent et ne constituent pas un conseil juridique.</p>
</td></tr></tbody></table>
</td></tr></tbody></table></body></html>
`;
  // Media queries stay in a <style> block (for clients that read it); everything else is inlined.
  return juice(html, { preserveMediaQueries: true, removeStyleTags: true, applyWidthAttributes: true });
}

/** The text version: every title and link written out, for clients that show no HTML. */
export function letterEmailText(model: LetterModel): string {
  const lines = [`${model.siteName} — Lettre de veille n° ${model.number}`, model.title, '', `Sur le site : ${model.url}`, ''];
  if (model.intro) lines.push(model.intro.heading.toUpperCase(), '', model.intro.text, '');
  for (const group of model.groups) {
    lines.push(group.topic.toUpperCase(), '');
    for (const article of group.articles) {
      lines.push(`* ${article.title}`, `  ${[article.citation, article.date].filter(Boolean).join(' · ')}`, `  ${article.summary}`, `  ${article.url}`, '');
    }
  }
  if (model.deadlines.length) {
    lines.push('PROCHAINES ÉCHÉANCES', '');
    for (const d of model.deadlines) lines.push(`* ${d.date} — ${d.kind} : ${d.label}`, `  ${d.article} : ${d.url}`);
    lines.push('', `Tout l’agenda : ${model.agendaUrl}`, '');
  }
  lines.push(
    '--',
    `Se désabonner : ${model.unsubscribe}`,
    `Le flux RSS des lettres : ${model.feedUrl}`,
    'Les articles informent et ne constituent pas un conseil juridique.',
  );
  return `${lines.join('\n')}\n`;
}

/** The issue as the feed of issues carries it: the same contents, plain HTML, no layout table. */
export function letterFeedHtml(model: LetterModel): string {
  const intro = model.intro ? `<h2>${esc(model.intro.heading)}</h2>${model.intro.html}` : '';
  const groups = model.groups
    .map(
      (group) =>
        `<h2>${esc(group.topic)}</h2><ul>${group.articles
          .map((a) => `<li><a href="${esc(a.url)}">${esc(a.title)}</a> — ${esc([a.citation, a.date].filter(Boolean).join(' · '))}<br>${esc(a.summary)}</li>`)
          .join('')}</ul>`,
    )
    .join('');
  const deadlines = model.deadlines.length
    ? `<h2>Prochaines échéances</h2><ul>${model.deadlines.map((d) => `<li>${esc(d.date)} — ${esc(d.kind)} : ${esc(d.label)} (<a href="${esc(d.url)}">${esc(d.article)}</a>)</li>`).join('')}</ul>`
    : '';
  return `${intro}${groups}${deadlines}`;
}
