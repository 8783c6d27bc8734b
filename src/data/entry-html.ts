/** A content entry's body as an HTML string (Astro's container API), for feeds and e-mails. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';

let container: Promise<AstroContainer> | undefined;

export async function entryHtml(entry: CollectionEntry<'articles'> | CollectionEntry<'mdxArticles'> | CollectionEntry<'letters'>): Promise<string> {
  container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(entry);
  return (await container).renderToString(Content);
}
