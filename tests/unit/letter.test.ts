import { describe, expect, it } from 'vitest';
import { groupByMainTopic, issueDeadlines, issueNumber, letterIssues, periodBounds, periodKey, periodTitle } from '../../src/domain/letter.ts';
import { article, day } from './articles-fixture.ts';

describe('periods', () => {
  it('keys months and ISO weeks, and reads them back', () => {
    expect(periodKey(day('2025-06-30'), 'month')).toBe('2025-06');
    expect(periodKey(day('2025-06-16'), 'week')).toBe('2025-w25');
    expect(periodKey(day('2025-06-22'), 'week')).toBe('2025-w25');
    // ISO weeks: 29 December 2025 is in week 1 of 2026; 1 January 2021 in week 53 of 2020.
    expect(periodKey(day('2025-12-29'), 'week')).toBe('2026-w01');
    expect(periodKey(day('2021-01-01'), 'week')).toBe('2020-w53');
    expect(periodBounds('2026-w01', 'week')).toEqual({ start: day('2025-12-29'), end: day('2026-01-04') });
    expect(periodBounds('2025-02', 'month')).toEqual({ start: day('2025-02-01'), end: day('2025-02-28') });
    expect(periodBounds('2025-13', 'month')).toBeUndefined();
    expect(periodBounds('2025-w60', 'week')).toBeUndefined();
    expect(periodBounds('2025-06', 'week')).toBeUndefined();
  });

  it('titles periods in French', () => {
    expect(periodTitle(day('2025-06-01'), day('2025-06-30'), 'month')).toBe('Juin 2025');
    expect(periodTitle(day('2025-06-16'), day('2025-06-22'), 'week')).toBe('Semaine du 16 au 22 juin 2025');
    expect(periodTitle(day('2025-06-30'), day('2025-07-06'), 'week')).toBe('Semaine du 30 juin au 6 juillet 2025');
    expect(periodTitle(day('2025-12-29'), day('2026-01-04'), 'week')).toBe('Semaine du 29 décembre 2025 au 4 janvier 2026');
    expect(periodTitle(day('2025-09-01'), day('2025-09-07'), 'week')).toBe('Semaine du 1er au 7 septembre 2025');
  });

  it('numbers issues by the calendar from the first period, and says when `since` is malformed', () => {
    expect(issueNumber('2024-11', '2024-11', 'month')).toBe(1);
    expect(issueNumber('2025-06', '2024-11', 'month')).toBe(8);
    expect(issueNumber('2025-w02', '2024-w52', 'week')).toBe(3);
    expect(() => issueNumber('2025-06', 'juin 2025', 'month')).toThrow(/letter\.since "juin 2025" is not a month \(YYYY-MM\)/);
  });
});

describe('letterIssues', () => {
  const june = article('june', { published: day('2025-06-19') });
  const june2 = article('june2', { published: day('2025-06-02') });
  const may = article('may', { published: day('2025-05-22') });
  const january = article('january', { published: day('2025-01-15') });
  const old = article('old', { published: day('2024-03-01') });

  it('gives one issue per period with articles, newest first, from `since` on', () => {
    const issues = letterIssues([june, june2, may, january, old], 'month', '2024-11');
    expect(issues.map((issue) => [issue.key, issue.number, issue.title, issue.articles.map((a) => a.id)])).toEqual([
      ['2025-06', 8, 'Juin 2025', ['june', 'june2']],
      ['2025-05', 7, 'Mai 2025', ['may']],
      ['2025-01', 3, 'Janvier 2025', ['january']],
    ]);
    expect(issues[0]).toMatchObject({ start: '2025-06-01', end: '2025-06-30' });
  });

  it('keeps every number when an older article is added or one is removed', () => {
    const before = letterIssues([june, may], 'month', '2024-11');
    const after = letterIssues([june, may, january, article('dec', { published: day('2024-12-05') })], 'month', '2024-11');
    const numbers = (issues: typeof before) => Object.fromEntries(issues.map((issue) => [issue.key, issue.number]));
    expect(numbers(after)).toMatchObject(numbers(before));
    expect(numbers(letterIssues([june], 'month', '2024-11'))).toEqual({ '2025-06': 8 });
  });

  it('groups by week', () => {
    expect(letterIssues([june, june2], 'week', '2025-w01').map((issue) => [issue.key, issue.number])).toEqual([
      ['2025-w25', 25],
      ['2025-w23', 23],
    ]);
  });
});

describe('an issue’s contents', () => {
  it('groups articles under their main topic, in the taxonomy’s order', () => {
    const a = article('a', { topics: ['protection-donnees', 'cybersecurite'] });
    const b = article('b', { topics: ['cybersecurite'] });
    const c = article('c', { topics: ['protection-donnees'] });
    expect(groupByMainTopic([a, b, c], ['cybersecurite', 'protection-donnees']).map((g) => [g.topic, g.articles.map((x) => x.id)])).toEqual([
      ['cybersecurite', ['b']],
      ['protection-donnees', ['a', 'c']],
    ]);
  });

  it('announces the key dates of the weeks after the period, soonest first', () => {
    const withDates = article('dates', {
      keyDates: [
        { date: '2025-07-01', precision: 'day', kind: 'echeance', label: 'Dans la fenêtre' },
        { date: '2025-06-30', precision: 'day', kind: 'echeance', label: 'Dans la période' },
        { date: '2025-09-01', precision: 'day', kind: 'echeance', label: 'Trop loin' },
        { date: '2025-07', precision: 'month', kind: 'echeance', label: 'Juillet' },
      ],
    } as never);
    expect(issueDeadlines([withDates], '2025-06-30').map((d) => d.keyDate.label)).toEqual(['Dans la fenêtre', 'Juillet']);
  });
});

describe('the e-mail of a long issue', () => {
  it('stays under 100 KB: summaries go first, then articles beyond the first of each topic, counted and linked', async () => {
    const { letterEmailHtml, EMAIL_MAX_BYTES } = await import('../../src/letter/letter-email.ts');
    const articles = (n: number, summary: string) =>
      Array.from({ length: n }, (_, i) => ({ title: `Article ${i}`, url: `https://veille.example.org/articles/a-${i}/`, date: '1er juin 2025', summary }));
    const model = {
      siteName: 'Vigie',
      siteUrl: 'https://veille.example.org/',
      url: 'https://veille.example.org/lettres/2025-06/',
      number: 8,
      title: 'Juin 2025',
      groups: [{ topic: 'Cybersécurité', articles: articles(40, 'Résumé court.') }],
      deadlines: [],
      feedUrl: 'https://veille.example.org/lettres/rss.xml',
      agendaUrl: 'https://veille.example.org/agenda/',
      unsubscribe: '{{ unsubscribe }}',
    };
    expect(letterEmailHtml(model)).toContain('Résumé court.');
    const long = letterEmailHtml({ ...model, groups: [{ topic: 'Cybersécurité', articles: articles(400, 'Un résumé. '.repeat(60)) }] });
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(EMAIL_MAX_BYTES);
    expect(long).not.toContain('Un résumé.');
    const huge = letterEmailHtml({ ...model, groups: [{ topic: 'Cybersécurité', articles: articles(3000, 'x') }] });
    expect(Buffer.byteLength(huge)).toBeLessThanOrEqual(EMAIL_MAX_BYTES);
    expect(huge).toMatch(/… et \d+ autres articles sur ce thème, sur le site/);
  });
});
