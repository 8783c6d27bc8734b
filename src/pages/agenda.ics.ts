import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { siteContent } from '../data/articles.ts';
import { calendarResponse } from '../data/calendars.ts';

export const GET: APIRoute = async (context) => calendarResponse(context, `${SITE.name} — agenda`, (await siteContent()).articles);
