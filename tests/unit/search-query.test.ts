import { describe, expect, it } from 'vitest';
import { foldWord } from '../../src/domain/fold-word.ts';
import {
  broaderForm,
  isGenuineMatch,
  joinedName,
  lettersAndNumber,
  significantTerms,
  normalizeQuery,
  parseSearchState,
  queryTerms,
  serializeSearchState,
  stripElision,
} from '../../src/search/search-query.ts';
import { forDisplay, htmlForIndex } from '../../src/search/search-text.ts';

describe('normalizeQuery', () => {
  it.each([
    ["l'intérêt légitime", 'intérêt légitime'],
    ['l’accessibilité', 'accessibilité'],
    ['jusqu’au bout', 'au bout'],
    ["Lorsqu'il", 'il'],
    ['"l’intérêt légitime"', '"intérêt légitime"'],
    ['  aujourd’hui  ', "aujourd'hui"],
    ['« prestataire informatique »', '"prestataire informatique"'],
    // Pasted or typed look-alikes: other apostrophes, soft hyphen, zero-width space, ligature.
    ['l‘intérêt l´accès l`IA', 'intérêt accès IA'],
    ['cyber\u00adsécurité cyber\u200bsécurité', 'cybersécurité cybersécurité'],
    ['ﬁches pratiques', 'fiches pratiques'],
    ['mise en œuvre', 'mise en oeuvre'],
    // Code articles in one spelling, as indexed.
    ['article L. 161-1 et R.133-14', 'article L 161-1 et R 133-14'],
    ['L161-1', 'L 161-1'],
    // Dates in figures are spelled as the site writes them; impossible ones stay as typed.
    ['28/06/2025', '28 juin 2025'],
    ['1.6.2025', '1er juin 2025'],
    ['2025-05-22', '22 mai 2025'],
    ['31/02/2025', '31/02/2025'],
    // "n°" goes, "art." becomes the word the text uses.
    ['pourvoi n° 23-18.432', 'pourvoi 23-18.432'],
    ['n°857', '857'],
    ['art. 857 CPC', 'article 857 CPC'],
    ['art.145', 'article 145'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected);
  });
  it('significantTerms drops function words, unless nothing would be left', () => {
    expect(significantTerms(['accident', 'du', 'travail'])).toEqual(['accident', 'travail']);
    expect(significantTerms(['de', 'la'])).toEqual(['de', 'la']);
    // In capitals, a function word is an acronym: "CE" is the Conseil d'État.
    expect(significantTerms(['CE', '2025'])).toEqual(['CE', '2025']);
    expect(significantTerms(['ce', '2025'])).toEqual(['2025']);
    expect(significantTerms(['A', 'la'])).toEqual(['A', 'la']);
  });
  it('queryTerms drops quotes and punctuation', () => {
    expect(queryTerms('"intérêt légitime", art.')).toEqual(['intérêt', 'légitime', 'art']);
  });
  it('stripElision only strips real elisions', () => {
    expect(stripElision('d’accès')).toBe('accès');
    expect(stripElision('quoi')).toBe('quoi');
    expect(stripElision("l'")).toBe("l'");
  });
  it('foldWord folds accents and ligatures', () => {
    expect(foldWord('Œuvre Hôpitaux ÉTATS')).toBe('oeuvre hopitaux etats');
  });
});

describe('isGenuineMatch', () => {
  it.each([
    ['hôpital', 'hôpitaux.'],
    ['hopital', 'hôpitaux'],
    ['cyberattaque', 'cyberattaques.'],
    ['securite', 'sécurité'],
    ['accès', "l'accès"],
    ['professionnel', 'non-professionnel'],
    ['intérêt', "l'intérêt"],
    ['cheval', 'chevaux'],
    ['publié', 'publiées'],
    ['loi', 'lois'],
    ['IA', '(IA)'],
    ['2025', '2025.'],
    ['857', '857'],
    ['CA', 'CA'],
    // Other forms of one stem, either way: infinitive and participles, -eau/-eaux and -eu/-eux plurals.
    ['mentionner', 'mentionnée'],
    ['notifiant', 'notifié'],
    ['déclarée', 'déclarer'],
    ['calculée', 'calculé'],
    ['porterait', 'porter'],
    ['sociaux', 'sociale'],
    ['réseaux', 'réseau'],
    ['nouveau', 'nouveaux'],
    ['lieux', 'lieu'],
    // Acronyms and codes match themselves; a long word in capitals is still a word.
    ['CNIL', 'CNIL'],
    ['ECLI', 'ECLI:FR:CCASS:2025:SO00287'],
    ['162-5', '162-5'],
    ['HÔPITAUX', 'hôpital'],
    ['DÉLAI', 'délais'],
  ])('%s matches %s', (term, word) => {
    expect(isGenuineMatch(term, word)).toBe(true);
  });
  it.each([
    ['agisse', 'a'],
    ['agisse', 'à'],
    ['égalité', 'également'],
    ['cyber', 'cy'],
    ['rétractation', 'requête'],
    // Short words and numbers match only themselves (and a three-letter word its plural).
    ['mai', 'mais'],
    ['cas', 'Cass.'],
    ['CA', 'cadre'],
    ['AI', 'ainsi'],
    ['I', 'IA'],
    ['14', '145'],
    ['8570', '857'],
    ['1', '19'],
    ['2', '2025'],
    // A shared stem needs a derivation ending past it: "contrat" is not "contre".
    ['contrat', 'contre'],
    ['contrats', 'contre'],
    // Nor does a longer word that merely starts like the typed one.
    ['accès', 'accessibilité'],
    ['deces', 'décembre'],
    ['décès', 'décret'],
    ['site', 'situation'],
    ['jour', 'journal'],
    ['entre', 'entreprises'],
    ['personnes', 'personnel'],
    ['mois', 'moins'],
    ['fois', 'foi'],
    ['cours', 'cour'],
    ['fonds', 'fond'],
    ['sommes', 'sommaire'],
    ['majorés', 'majorité'],
    ['CELEX', 'celles'],
    ['162-5', '162-5-16'],
    ['L161-1', 'L161-17-3'],
    ['14', '145'],
    // A derivation is another word: a directive is not a directeur, a publication not "publié".
    ['directive', 'directeur'],
    ['directive', 'direction'],
    ['publié', 'publication'],
    ['transposer', 'transposition'],
    ['rembourser', 'remboursement'],
  ])('%s does not match %s', (term, word) => {
    expect(isGenuineMatch(term, word)).toBe(false);
  });
});

describe('broaderForm', () => {
  it.each([
    // Participles keep their "é" ("retraités" is not "retrait").
    ['calculées', 'calculé'],
    ['assurée', 'assuré'],
    ["l'assurée", 'assuré'],
    ['salariée', 'salarié'],
    ['données', 'donné'],
    ['retraités', 'retraité'],
    ['lois', 'loi'],
    ['justifiant', 'justifi'],
    ['notifier', 'notifi'],
    ['conclus', 'conclu'],
    ['prévus', 'prévu'],
    ['prévues', 'prévu'],
    ['prescrites', 'prescrit'],
    ['dernière', 'derni'],
    ['créées', 'créé'],
    // A name with a number, asked apart as its official name is written.
    ['NIS2', 'NIS 2'],
    ['DAC7', 'DAC 7'],
    ['covid19', 'covid 19'],
  ])('%s → %s', (term, root) => {
    expect(broaderForm(term)).toBe(root);
    // The words the root brings back are checked with the typed word: its forms are kept.
    expect(isGenuineMatch(term, root)).toBe(true);
  });
  // Matched exactly (numbers, acronyms, short words), not plain letters, a root of less than five
  // letters ("délai" would become "déla"), an ending Pagefind's stemming handles ("cotisations",
  // "hôpitaux"), a word whose root is another word ("retraite" is not "retrait", "fois" not
  // "foi"), or a verb in "-ent", too often a noun ("accident").
  it.each([
    'loi',
    'mai',
    'CNIL',
    '2025',
    '162-5',
    'L161-1',
    '2e',
    'B2',
    'H2O',
    'web-scraping',
    'contrat',
    'délai',
    'délais',
    'cotisations',
    'hôpitaux',
    'retraite',
    'fois',
    'paiement',
    'accident',
    'exercent',
    'politique',
    'PRÉVUS',
  ])('%s has none', (term) => {
    expect(broaderForm(term)).toBeUndefined();
  });
});

describe('search state in the URL', () => {
  it('round-trips and is stable', () => {
    const state = parseSearchState('?q=cyberattaque&theme=sante-numerique&theme=cybersecurite&tri=date');
    expect(state).toEqual({ q: 'cyberattaque', filters: { theme: ['sante-numerique', 'cybersecurite'], juridiction: [], type: [], annee: [] }, sort: 'date' });
    expect(serializeSearchState(state)).toBe('?q=cyberattaque&theme=cybersecurite&theme=sante-numerique&tri=date');
  });
  it('ignores unknown parameters and defaults the sort', () => {
    expect(parseSearchState('?foo=1&tri=nimporte')).toEqual({ q: '', filters: { theme: [], juridiction: [], type: [], annee: [] }, sort: 'pertinence' });
    expect(serializeSearchState(parseSearchState(''))).toBe('');
  });
});

describe('apostrophes for the index', () => {
  it('makes typographic apostrophes ASCII for Pagefind and restores them for display', () => {
    expect(htmlForIndex('<p>l’intérêt d’accès</p>')).toBe("<p>l'intérêt d'accès</p>");
    expect(
      htmlForIndex(
        '<html lang="fr"><body><nav>menu</nav><main><article class="article article--toc"><h1>T’</h1></article><section>liés</section></main></body></html>',
      ),
    ).toBe('<html lang="fr"><body><article class="article article--toc"><h1>T\'</h1></article></body></html>');
    expect(htmlForIndex('<p>fondamentaux\u00a0: «\u202fintérêt\u202f» n°&nbsp;5</p>')).toBe('<p>fondamentaux : « intérêt » n° 5</p>');
    expect(forDisplay("l'<mark>égalité</mark>")).toBe('l’<mark>égalité</mark>');
  });
  it('indexes ligatures as readers type them, and shows them as written', () => {
    // The search labels follow the text behind the mark, with the acronyms' equivalents.
    expect(
      htmlForIndex('<article class="article"><p>Le RGPD s’applique.</p><template data-search-labels><p>CNIL</p></template></article>', [
        { short: ['RGPD'], long: ['règlement général sur la protection des données'] },
      ]),
    ).toBe(
      '<html lang="fr"><body><article class="article"><p>Le RGPD s\'applique.</p><div data-pagefind-body><p>⁂</p><p>CNIL</p><p>règlement général sur la protection des données</p></div></article></body></html>',
    );
    expect(htmlForIndex('<p>mise en œuvre, Œuvre, cæcum</p>')).toBe('<p>mise en oeuvre, OEuvre, caecum</p>');
    expect(htmlForIndex('<p>Les articles L. 161-1, R.133-14 et L162-5 ; M. Dupont, annexe A. 2 parties</p>')).toBe(
      '<p>Les articles L 161-1, R 133-14 et L 162-5 ; M. Dupont, annexe A. 2 parties</p>',
    );
    expect(forDisplay('articles L 161-1 et <mark>R 133-14</mark>')).toBe('articles L.\u00a0161-1 et <mark>R.\u00a0133-14</mark>');
    expect(forDisplay('la mise en <mark>oeuvre</mark>, une manoeuvre, le coeur, Oeuvre')).toBe('la mise en <mark>œuvre</mark>, une manœuvre, le cœur, Œuvre');
    // Words whose "oe" is no ligature stay as they are.
    expect(forDisplay('coefficient, coexistence, poème')).toBe('coefficient, coexistence, poème');
  });
});

describe('names with a number ("NIS 2", "DAC7")', () => {
  it.each([
    ['NIS2', 'NIS', '2'],
    ['dac7', 'dac', '7'],
    ['eIDAS2', 'eIDAS', '2'],
    ['ISO27001', 'ISO', '27001'],
    ["l'AI2", 'AI', '2'],
  ])('%s is %s and %s', (term, letters, number) => {
    expect(lettersAndNumber(term)).toEqual({ letters, number });
  });
  it.each(['L161-1', '2e', 'B2', 'H2O', '162-5', 'NIS', '2025', 'NIS123456'])('%s is not one', (term) => {
    expect(lettersAndNumber(term)).toBeUndefined();
  });
  it('joins a name typed in capitals and the number after it, nothing else', () => {
    expect(joinedName('NIS', '2')).toBe('NIS2');
    expect(joinedName('eIDAS', '2')).toBe('eIDAS2');
    expect(joinedName('DAC', '7')).toBe('DAC7');
    expect(joinedName('NIS', 'deux')).toBeUndefined();
    expect(joinedName('N', '2')).toBeUndefined();
    expect(joinedName('NIS', undefined)).toBeUndefined();
    // Dates and article numbers are not names.
    expect(joinedName('juin', '2025')).toBeUndefined();
    expect(joinedName('article', '857')).toBeUndefined();
    expect(joinedName('Mai', '2025')).toBeUndefined();
  });
});
