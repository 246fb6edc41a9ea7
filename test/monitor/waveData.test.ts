import { describe, expect, it } from 'vitest';
import { waveDataIndexer } from '../../server/domain/monitor/waveData.ts';
import { org } from './build.ts';

describe('the answer index', () => {
  it('reads every kind of stored value back as it was saved, across batches, and ignores unknown organisations', () => {
    const long = `Wij werken samen met de regio aan "normaliseren"; ${'zie verslag. '.repeat(20)}`;
    const values = {
      'a.status': 'mee_bezig',
      'a.toelichting': 'Kort',
      'a.lang': long.replaceAll('"', 'x'),
      'a.quotes': long,
      'a.keuzes': ['een', 'twee'],
      'a.getal': 12.5,
      'a.unicode': 'Één – café',
    };
    const indexer = waveDataIndexer([org('GM0001', 'gemeente'), org('GM0002', 'gemeente')]);
    const rows = (code: string) => Object.entries(values).map(([field, v]) => ({ org: code, field, value: JSON.stringify(v) }));
    indexer.add(rows('GM0001'));
    indexer.add([...rows('GM0002'), ...rows('GM9999')]);
    for (const [field, v] of Object.entries(values)) {
      expect([...indexer.data.answers.get(field)!.entries()], field).toEqual([['GM0001', v], ['GM0002', v]]);
    }
  });
});
