import { describe, expect, it } from 'vitest';
import {
  countStates, cumulativeSubmissions, groupBy, responseStateOf, responseTable, type OrganisationStatus,
} from '../../server/domain/responseRates.ts';
import { formatPercentage } from '../../server/presenters/format.ts';
import { cumulativeChartSvg, tickStep } from '../../server/presenters/svgChart.ts';

const org = (code: string, actorKind: string, state: OrganisationStatus['state'], extra: Partial<OrganisationStatus> = {}): OrganisationStatus => ({
  code, name: code, actorKind, provinceCode: null, provinceName: null, regionCode: null, regionName: null,
  state, submittedAt: null, lastActivity: null, ...extra,
});

describe('response state', () => {
  it('is not started without a response or with nothing saved, in progress while a concept, submitted when submitted', () => {
    expect(responseStateOf(null)).toBe('niet-gestart');
    expect(responseStateOf({ state: 'concept', version: 0 })).toBe('niet-gestart');
    expect(responseStateOf({ state: 'concept', version: 3 })).toBe('bezig');
    expect(responseStateOf({ state: 'ingediend', version: 3 })).toBe('ingediend');
  });
});

describe('table 1.3', () => {
  it('reproduces the 2024 report: 41 of 42 regions, 308 of 342 gemeenten, one of each national party', () => {
    const orgs = [
      org('RIJK', 'rijk', 'ingediend'),
      ...Array.from({ length: 42 }, (_, i) => org(`JZ${i}`, 'regio', i < 41 ? 'ingediend' : 'bezig')),
      ...Array.from({ length: 342 }, (_, i) => org(`GM${i}`, 'gemeente', i < 308 ? 'ingediend' : i < 330 ? 'bezig' : 'niet-gestart')),
    ];
    const { rows, total } = responseTable(
      [{ id: 'rijk', label: 'Rijk', questionCount: 33 }, { id: 'regio', label: "Jeugdhulpregio's", questionCount: 20 }, { id: 'gemeente', label: 'Gemeenten', questionCount: 28 }],
      orgs,
    );
    expect(rows).toEqual([
      { actorKind: 'rijk', label: 'Rijk', organisations: 1, submitted: 1, inProgress: 0, notStarted: 0, responsePercentage: 100, questionCount: 33 },
      { actorKind: 'regio', label: "Jeugdhulpregio's", organisations: 42, submitted: 41, inProgress: 1, notStarted: 0, responsePercentage: 97.6, questionCount: 20 },
      { actorKind: 'gemeente', label: 'Gemeenten', organisations: 342, submitted: 308, inProgress: 22, notStarted: 12, responsePercentage: 90.1, questionCount: 28 },
    ]);
    expect(total).toMatchObject({ label: 'Totaal', organisations: 385, submitted: 350, inProgress: 23, notStarted: 12, responsePercentage: 90.9, questionCount: null });
  });

  it('gives 0% for a kind without organisations instead of dividing by zero', () => {
    // No organisations: no percentage ('–' on the page), not 0% (issue 14: it read as 'nobody responded').
    expect(countStates([])).toEqual({ organisations: 0, submitted: 0, inProgress: 0, notStarted: 0, responsePercentage: null });
  });

  it('writes percentages the Dutch way, always with one decimal (one way of writing them, as in the export)', () => {
    expect(formatPercentage(100)).toBe('100,0%');
    expect(formatPercentage(94.9)).toBe('94,9%');
    expect(formatPercentage(71)).toBe('71,0%');
    expect(formatPercentage(0)).toBe('0,0%');
  });
});

describe('drill-down', () => {
  it('groups by province and by region, sorted by name, leaving out organisations without one', () => {
    const orgs = [
      org('A', 'gemeente', 'ingediend', { provinceCode: 'PV21', provinceName: 'Fryslân', regionCode: 'JZ02', regionName: 'Friesland' }),
      org('B', 'gemeente', 'bezig', { provinceCode: 'PV20', provinceName: 'Groningen', regionCode: 'JZ01', regionName: 'Groningen' }),
      org('C', 'gemeente', 'ingediend', { provinceCode: 'PV20', provinceName: 'Groningen', regionCode: 'JZ01', regionName: 'Groningen' }),
      org('RIJK', 'rijk', 'ingediend'),
    ];
    expect(groupBy(orgs, 'province')).toEqual([
      { code: 'PV21', label: 'Fryslân', organisations: 1, submitted: 1, inProgress: 0, notStarted: 0, responsePercentage: 100 },
      { code: 'PV20', label: 'Groningen', organisations: 2, submitted: 1, inProgress: 1, notStarted: 0, responsePercentage: 50 },
    ]);
    expect(groupBy(orgs, 'region').map((r) => r.code)).toEqual(['JZ02', 'JZ01']);
  });
});

describe('cumulative submissions per day', () => {
  const orgs = [
    org('A', 'gemeente', 'ingediend', { submittedAt: '2024-04-05T10:00:00Z' }), // before opening: counts on day one
    org('B', 'gemeente', 'ingediend', { submittedAt: '2024-04-09T21:30:00Z' }), // 23:30 in Amsterdam: still the 9th
    org('C', 'gemeente', 'ingediend', { submittedAt: '2024-04-09T22:30:00Z' }), // 00:30 in Amsterdam: the 10th
    org('D', 'gemeente', 'bezig', { submittedAt: null }),
  ];

  it('counts per Amsterdam calendar day from opening up to today while fieldwork runs', () => {
    const days = cumulativeSubmissions(orgs, '2024-04-08', '2024-06-30', new Date('2024-04-11T08:00:00Z'));
    expect(days).toEqual([
      { date: '2024-04-08', submitted: 1, cumulative: 1 },
      { date: '2024-04-09', submitted: 1, cumulative: 2 },
      { date: '2024-04-10', submitted: 1, cumulative: 3 },
      { date: '2024-04-11', submitted: 0, cumulative: 3 },
    ]);
  });

  it('runs to the closing date once fieldwork is over', () => {
    const days = cumulativeSubmissions(orgs, '2024-04-08', '2024-06-30', new Date('2024-09-01T08:00:00Z'));
    expect(days).toHaveLength(84);
    expect(days.at(-1)).toEqual({ date: '2024-06-30', submitted: 0, cumulative: 3 });
  });
});

describe('chart', () => {
  it('is an image with a title and a description, and a line up to the total', () => {
    const svg = cumulativeChartSvg(
      [{ date: '2024-04-08', submitted: 2, cumulative: 2 }, { date: '2024-04-09', submitted: 1, cumulative: 3 }],
      10,
      { id: 'g', title: 'Titel <test>', description: 'Beschrijving' },
    );
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="g-titel g-beschrijving"');
    expect(svg).toContain('<title id="g-titel">Titel &lt;test&gt;</title>');
    expect(svg).toContain('10 organisaties');
    expect(svg).toContain('<path d="M');
    expect(svg).not.toContain('style=');
  });

  it('uses round tick steps', () => {
    expect(tickStep(4)).toBe(1);
    expect(tickStep(42)).toBe(10);
    expect(tickStep(389)).toBe(100);
  });
});
