import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agendaAnchorId, agendaEntries, agendaEntryId, groupAgenda, splitAgenda, stableHash } from '../../src/domain/agenda.ts';
import { agendaEvent, eventTitle } from '../../src/domain/agenda-calendar.ts';
import { buildCalendar, escapeText, foldLine, nextDay } from '../../src/domain/icalendar.ts';
import type { KeyDate } from '../../src/domain/article.ts';
import { article, day } from './articles-fixture.ts';

const kd = (date: string, precision: KeyDate['precision'], label: string, qualifier?: KeyDate['qualifier']): KeyDate => ({
  date,
  precision,
  kind: 'echeance',
  label,
  ...(qualifier ? { qualifier } : {}),
});

const items = [
  article('plan', {
    published: day('2025-01-15'),
    keyDates: [kd('2025-01-15', 'day', 'Présentation'), kd('2025', 'year', 'Bilan', 'fin'), kd('2026', 'year', 'Alerte', 'd-ici')],
  }),
  article('eaa', { published: day('2025-06-28'), keyDates: [kd('2025-06-28', 'day', 'Application')] }),
  article('mois', { published: day('2025-03-01'), keyDates: [kd('2025-06', 'month', 'Consultation')] }),
];

describe('agenda', () => {
  const { upcoming, past } = splitAgenda(agendaEntries(items), '2025-06-28');

  it('puts upcoming first, soonest first; a date on the build day is upcoming', () => {
    expect(upcoming.map((e) => e.keyDate.label)).toEqual(['Application', 'Consultation', 'Bilan', 'Alerte']);
  });
  it('lists past dates most recent first', () => {
    expect(past.map((e) => e.keyDate.label)).toEqual(['Présentation']);
  });
  it('groups by month, and year-only dates by year', () => {
    expect(groupAgenda(upcoming).map((g) => [g.heading, g.entries.length])).toEqual([
      ['Juin 2025', 2],
      ['2025', 1],
      ['2026', 1],
    ]);
  });
  it('gives a year one group even when months of that year sort between its dates', () => {
    const year = [
      article('an', {
        published: day('2025-01-01'),
        keyDates: [kd('2026', 'year', 'Début', 'debut'), kd('2026-03', 'month', 'Mars'), kd('2026', 'year', 'Mi', 'mi')],
      }),
    ];
    const { upcoming } = splitAgenda(agendaEntries(year), '2025-06-01');
    const groups = groupAgenda(upcoming);
    expect(groups.map((g) => [g.heading, g.entries.map((e) => e.keyDate.label)])).toEqual([
      ['2026', ['Début', 'Mi']],
      ['Mars 2026', ['Mars']],
    ]);
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
  });
  it('ids are stable and distinct', () => {
    const ids = agendaEntries(items).map(agendaEntryId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(agendaEntries(items).map(agendaEntryId)).toEqual(ids);
    expect(stableHash('abc')).toBe(stableHash('abc'));
    expect(stableHash('abc')).not.toBe(stableHash('abd'));
  });
  it('anchors begin with a letter even when the article slug begins with a digit', () => {
    const imported = agendaEntries([article('2025-06-11-cass-soc', { published: day('2025-06-11'), keyDates: [kd('2025-06-11', 'day', 'Arrêt')] })]);
    expect(agendaEntryId(imported[0]!)).toMatch(/^2025-06-11-cass-soc-[0-9a-f]{8}$/);
    expect(agendaAnchorId(imported[0]!)).toMatch(/^date-2025-06-11-cass-soc-[0-9a-f]{8}$/);
  });
});

describe('iCalendar', () => {
  it('escapes text and folds at 75 octets without splitting characters', () => {
    expect(escapeText('a; b, c\\d\ne')).toBe('a\\; b\\, c\\\\d\\ne');
    // A lone CR (old Mac line ends) is a line break too; control characters never reach a line.
    expect(escapeText('a\rb\r\nc')).toBe('a\\nb\\nc');
    expect(escapeText('a\u000bb\u000cc\u001bd\tz')).toBe('abcd\tz');
    const long = `SUMMARY:${'é'.repeat(80)} ${'€'.repeat(30)} ${'𝄞'.repeat(20)}`;
    const folded = foldLine(long).split('\r\n');
    const octets = (text: string) => new TextEncoder().encode(text).length;
    for (const line of folded) expect(octets(line)).toBeLessThanOrEqual(75);
    const texts = folded.map((line, i) => (i ? line.slice(1) : line));
    expect(texts.join('')).toBe(long);
    // Each line is as full as it can be: its next character would not have fitted.
    texts.slice(0, -1).forEach((text, i) => {
      expect(octets(text) + octets(String.fromCodePoint(texts[i + 1]!.codePointAt(0)!))).toBeGreaterThan(i ? 74 : 75);
    });
  });
  it('nextDay crosses months and leap days', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
  });
  it('produces a calendar that ical.js parses, with all-day events and CRLF', () => {
    const events = agendaEntries(items).map((entry) =>
      agendaEvent(entry, { url: (a) => `https://v.example/articles/${a.id}/`, kindLabel: () => 'Échéance', domain: 'v.example' }),
    );
    const text = buildCalendar({
      name: 'Vigie agenda',
      events: [
        ...events,
        { uid: 'x@v.example', start: '2025-01-02', end: '2025-01-03', stamp: day('2025-01-01'), summary: 'Virgule, point-virgule; barre \\ fin' },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Vigie agenda');
    const vevents = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents).toHaveLength(6);
    expect(vevents.at(-1)!.summary).toBe('Virgule, point-virgule; barre \\ fin');
    const month = vevents.find((e) => e.summary.includes('Consultation'))!;
    expect(month.startDate.isDate).toBe(true);
    expect(month.startDate.toString()).toBe('2025-06-01');
    expect(month.endDate.toString()).toBe('2025-07-01');
    const bilan = vevents.find((e) => e.summary.includes('Bilan'))!;
    expect(bilan.summary).toBe('Échéance : Bilan (fin 2025)');
    expect(bilan.description).toMatch(/^Date approximative : « fin 2025 » selon le texte, placée au 31 décembre 2025 dans ce calendrier\.\n/);
    expect(month.description).toMatch(/^Date approximative : « juin 2025 » selon le texte, sur tout le mois dans ce calendrier\.\n/);
    expect(bilan.startDate.toString()).toBe('2025-12-31');
    for (const event of vevents.slice(0, 5)) expect(event.uid).toMatch(/^[a-z0-9-]+@v\.example$/);
    expect(calendar.getAllSubcomponents('vevent')[0]!.getFirstPropertyValue('dtstamp')!.toString()).toMatch(/^2025-/);
  });
});

describe('eventTitle', () => {
  it('does not repeat the kind the label already says', () => {
    expect(eventTitle('Présentation', 'Présentation du programme de soutien')).toBe('Présentation du programme de soutien');
    expect(eventTitle('Présentation', 'Programme présenté par la Commission')).toBe('Présentation : Programme présenté par la Commission');
    expect(eventTitle('Entrée en application', 'Entrée en application de la directive')).toBe('Entrée en application de la directive');
    expect(eventTitle('Évaluation', 'évaluer le plan')).toBe('évaluer le plan');
    expect(eventTitle('Évaluation', 'Premier bilan de l’efficacité du plan')).toBe('Évaluation : Premier bilan de l’efficacité du plan');
    expect(eventTitle('Échéance', 'Système d’alerte précoce opérationnel')).toBe('Échéance : Système d’alerte précoce opérationnel');
    expect(eventTitle('Entrée en vigueur', 'Entreprises concernées : toutes')).toBe('Entrée en vigueur : Entreprises concernées : toutes');
    expect(eventTitle('Adoption', 'Adopté par le Parlement')).toBe('Adopté par le Parlement');
  });
});
