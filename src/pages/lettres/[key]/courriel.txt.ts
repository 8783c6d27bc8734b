import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArticleEntry } from '../../../data/articles.ts';
import { letterModel, siteLetters } from '../../../data/letters.ts';
import type { LetterIssue } from '../../../domain/letter.ts';
import { letterEmailText } from '../../../letter/letter-email.ts';

/** Each issue's e-mail as plain text, the version beside the HTML one. */
export const getStaticPaths = (async () =>
  (await siteLetters()).issues.map((issue) => ({ params: { key: issue.key }, props: { issue } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ issue: LetterIssue<ArticleEntry> }> = async ({ props, site }) =>
  new Response(letterEmailText(await letterModel(props.issue, site!)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
