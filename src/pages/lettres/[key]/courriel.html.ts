import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArticleEntry } from '../../../data/articles.ts';
import { letterModel, siteLetters } from '../../../data/letters.ts';
import type { LetterIssue } from '../../../domain/letter.ts';
import { letterEmailHtml } from '../../../letter/letter-email.ts';

/** Each issue as an e-mail to paste into a mailing tool (letter-email.ts). */
export const getStaticPaths = (async () =>
  (await siteLetters()).issues.map((issue) => ({ params: { key: issue.key }, props: { issue } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ issue: LetterIssue<ArticleEntry> }> = async ({ props, site }) =>
  new Response(letterEmailHtml(await letterModel(props.issue, site!)), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
