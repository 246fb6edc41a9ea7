import type { Test } from 'supertest';

/** Form and query keys the routes read (grep of req.body / req.query and of the views' form fields). */
export const KEYS = [
  'actie', 'active', 'actor', 'answers', 'bases', 'closesOn', 'code', 'concepten', 'confirm', 'conflicten', 'contactEmail',
  'email', 'emails', 'id', 'indienen', 'inhabitants', 'met', 'name', 'onderwerp', 'opensOn', 'organisatie', 'partij',
  'password', 'provincie', 'q', 'referenceDate', 'regio', 'role', 'ronde', 'scheiding', 'search', 'soort', 'state',
  'status', 'surveyId', 'tekst', 'thema', 'theme', 'title', 'token', 'versie', 'version', 'vraag', 'zoek',
  'gemeente.reikwijdte.01', 'gemeente.reikwijdte.01.toelichting',
];

const each = (value: (key: string) => unknown) => Object.fromEntries(KEYS.map((k) => [k, value(k)]));
const form = (pairs: string) => (t: Test) => t.set('Content-Type', 'application/x-www-form-urlencoded').send(pairs);
const json = (body: string) => (t: Test) => t.set('Content-Type', 'application/json').send(body);

/** Odd values for path parameters: bad %-escapes, traversal, prototype names, huge, not numeric. */
export const ODD_PARAMS: Record<string, string> = {
  'invalid escape': '%E0%A4%A',
  'lone percent': '%',
  'nul byte': '%00',
  traversal: '..%2F..%2Fetc%2Fpasswd',
  'proto name': '__proto__',
  'constructor name': 'constructor',
  'very long': 'x'.repeat(4000),
  'not numeric': '1e999',
  negative: '-1',
  'huge number': '99999999999999999999999',
  emoji: '%F0%9F%98%80',
  quote: "'%22%3Cb%3E",
};

/** Odd query strings, on every route. */
export const ODD_QUERIES: Record<string, string> = {
  'keys twice (arrays)': KEYS.map((k) => `${k}=1&${k}=2`).join('&'),
  'keys with brackets (objects)': KEYS.map((k) => `${k}[a]=1&${k}[]=2`).join('&'),
  'invalid escapes': KEYS.map((k) => `${k}=%E0%A4%A`).join('&'),
  'very long value': `q=${'x'.repeat(6000)}&ronde=${'9'.repeat(400)}`,
  'proto keys': '__proto__=1&constructor=2&hasOwnProperty=3',
};

/** Odd bodies, on every state-changing route (the CSRF token goes in the header). */
export const ODD_BODIES: Record<string, (t: Test) => Test> = {
  'broken JSON': json('{"answers": '),
  'JSON array': json('[1, 2, 3]'),
  'JSON string': json('"tekst"'),
  'JSON null': json('null'),
  'JSON keys as objects': json(JSON.stringify(each(() => ({ a: { b: 1 } })))),
  'JSON keys as arrays': json(JSON.stringify(each(() => ['a', 'b']))),
  'JSON keys as numbers': json(JSON.stringify(each(() => 1e308))),
  'JSON keys as null': json(JSON.stringify(each(() => null))),
  'JSON keys as true': json(JSON.stringify(each(() => true))),
  'JSON answers wrong': json(JSON.stringify({ version: 'x', bases: [1], answers: { 'gemeente.reikwijdte.01': { a: 1 }, x: [null] } })),
  'JSON deep nesting': json('{"answers":' + '['.repeat(3000) + ']'.repeat(3000) + '}'),
  'JSON proto': json('{"__proto__": {"admin": true}, "constructor": {"prototype": 1}, "answers": {"__proto__": 1}}'),
  'form keys twice': form(KEYS.map((k) => `${k}=1&${k}=2`).join('&')),
  'form keys with brackets': form(KEYS.map((k) => `${k}[a]=1`).join('&')),
  'form invalid escapes': form(KEYS.map((k) => `${k}=%E0%A4%A`).join('&') + '&%=%'),
  'form empty values': form(KEYS.map((k) => `${k}=`).join('&')),
  'form very long values': form(KEYS.map((k) => `${k}=${'x'.repeat(20_000)}`).join('&')),
  'form too many parameters': form(Array.from({ length: 6000 }, (_v, i) => `p${i}=1`).join('&')),
  'form over the size limit': form(`tekst=${'x'.repeat(2_200_000)}`),
  'text/plain': (t) => t.set('Content-Type', 'text/plain').send('gewoon tekst'),
  'multipart without boundary': (t) => t.set('Content-Type', 'multipart/form-data').send('--x\r\n\r\n'),
  'multipart garbage': (t) => t.set('Content-Type', 'multipart/form-data; boundary=zzz').send('--zzz\r\nContent-Disposition: form-data; name="bestand"; filename="a.xlsx"\r\n\r\nPK\x03\x04kapot'),
  'JSON in utf-7': (t) => t.set('Content-Type', 'application/json; charset=utf-7').send('{}'),
  'JSON in latin1': (t) => t.set('Content-Type', 'application/json; charset=latin1').send('{}'),
  'form in utf-16': (t) => t.set('Content-Type', 'application/x-www-form-urlencoded; charset=utf-16').send('a=1'),
  'gzip garbage': (t) => t.set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('geen gzip'),
  'unknown encoding': (t) => t.set('Content-Type', 'application/json').set('Content-Encoding', 'x-onbekend').send('{}'),
  'xml': (t) => t.set('Content-Type', 'application/xml').send('<a>1</a>'),
};
