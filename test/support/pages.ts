/**
 * What a coordinator or beheerder sees on the coordination pages, read into plain values: tests
 * assert these instead of database rows (an organisation's facts, its accounts, a wave's settings,
 * the history of answers, the mail log).
 */
import { $, type Session } from './context.ts';

const clean = (t: string) => t.replace(/\s+/g, ' ').trim();

export interface Account {
  email: string;
  /** The status column: 'Actief', 'Gedeactiveerd', 'Uitgenodigd op …'. */
  status: string;
  /** From the row's action forms (absent where the page offers no action, e.g. one's own row). */
  id?: number;
}

/** The rows of an accounts table (the organisation page or the staff page). */
function accountsIn(page: ReturnType<typeof $>, table: string): Account[] {
  const status = page(`${table} thead th`).map((_i, th) => clean(page(th).text())).get().indexOf('Status');
  return page(`${table} tbody tr`).map((_i, tr) => {
    const row = page(tr);
    const action = row.find('form[action^="/beheer/gebruikers/"]').attr('action');
    const id = action ? Number(/\/beheer\/gebruikers\/(\d+)\//.exec(action)?.[1]) : undefined;
    return { email: clean(row.find('th').contents().first().text()), status: clean(row.children().eq(status).text()), id };
  }).get();
}

export interface OrganisationFacts {
  status: number;
  name: string;
  /** The facts list: Code, Soort, Provincie, Jeugdregio, Inwoners, Contactadres. */
  facts: Record<string, string>;
  /** The jeugdregio the page links to (absent for a region itself). */
  regionCode?: string;
  /** The 'Gegevens wijzigen' form as it is filled in. */
  form: { name: string; contactEmail: string; inhabitants: string; active: boolean };
  accounts: Account[];
}

/** The organisation page /beheer/organisaties/:code as a coordinator sees it (status 404: no such organisation). */
export async function organisationPage(s: Session, code: string): Promise<OrganisationFacts> {
  const res = await s.agent.get(`/beheer/organisaties/${encodeURIComponent(code)}`);
  const page = $(res.text);
  const facts: Record<string, string> = {};
  page('dl.coord-facts dt').each((_i, dt) => { facts[clean(page(dt).text())] = clean(page(dt).next('dd').text()); });
  const region = page('dl.coord-facts dd a[href^="/beheer/organisaties/"]').attr('href');
  return {
    status: res.status,
    name: clean(page('h1').text()),
    facts,
    regionCode: region?.split('/').pop(),
    form: {
      name: String(page('#name').val() ?? ''), contactEmail: String(page('#contactEmail').val() ?? ''),
      inhabitants: String(page('#inhabitants').val() ?? ''), active: page('#active').attr('checked') !== undefined,
    },
    accounts: accountsIn(page, '#accounts + .table-scroll table'),
  };
}

/** One account on an organisation page, with the id its action forms post to; throws when the page does not list it. */
export async function accountOn(s: Session, code: string, email: string): Promise<Account & { id: number }> {
  const found = (await organisationPage(s, code)).accounts.find((a) => a.email === email);
  if (found?.id === undefined) throw new Error(`${email} is not listed, with its actions, on the page of ${code}`);
  return { ...found, id: found.id };
}

/** The staff accounts on /beheer/gebruikers (beheerders only). */
export async function staffAccounts(s: Session): Promise<Account[]> {
  return accountsIn($((await s.agent.get('/beheer/gebruikers')).text), 'table');
}

export interface WaveSettings {
  /** 'Vragenlijst: <survey> · code <wave>' on an existing wave. */
  context: string;
  /** Only a beheerder's form has the title and the reference date. */
  title?: string;
  referenceDate?: string;
  opensOn: string;
  closesOn: string;
  state: string;
  namedComparison: boolean;
}

/** The wave form /beheer/rondes/:wave as the session's user sees it. */
export async function waveSettings(s: Session, wave: string): Promise<WaveSettings> {
  const page = $((await s.agent.get(`/beheer/rondes/${encodeURIComponent(wave)}`)).text);
  const value = (sel: string) => (page(sel).length ? String(page(sel).val() ?? '') : undefined);
  return {
    context: clean(page('main p.context').first().text()),
    title: value('#title'), referenceDate: value('#referenceDate'),
    opensOn: value('#opensOn') ?? '', closesOn: value('#closesOn') ?? '',
    state: String(page('input[name="state"][checked]').val() ?? ''),
    namedComparison: page('#namedComparison').attr('checked') !== undefined,
  };
}

export interface HistoryRow {
  when: string;
  who: string;
  channel: string;
  field: string;
  old: string;
  new: string;
}

/** Every change of every answer, newest first, as the history page shows it to a coordinator. */
export async function historyRows(s: Session, org: string, wave: string): Promise<HistoryRow[]> {
  const page = $((await s.agent.get(`/beheer/organisaties/${org}/geschiedenis?ronde=${encodeURIComponent(wave)}`)).text);
  return page('table tbody tr').map((_i, tr) => {
    const td = page(tr).find('td');
    const cell = (i: number) => td.eq(i);
    return {
      when: clean(cell(0).text()), who: clean(cell(1).contents().first().text()), channel: clean(cell(1).find('.coord-muted').text()),
      field: clean(cell(2).find('.coord-muted').text()), old: clean(cell(3).text()), new: clean(cell(4).text()),
    };
  }).get();
}

export interface LoggedMail {
  kind: string;
  to: string;
  subject: string;
  /** 'Verzonden', 'In outbox: …' or 'Mislukt: …'. */
  result: string;
}

/** The mail log /beheer/e-mail (with a query such as `soort=ontvangstbevestiging`). */
export async function mailLog(s: Session, query = ''): Promise<LoggedMail[]> {
  const page = $((await s.agent.get(`/beheer/e-mail${query ? `?${query}` : ''}`)).text);
  return page('table tbody tr').map((_i, tr) => {
    const td = page(tr).find('td');
    return { kind: clean(td.eq(1).text()), to: clean(td.eq(2).text()), subject: clean(td.eq(4).text()), result: clean(td.eq(5).text()) };
  }).get();
}
